"""The synthetic consumer registry (реестр потребителей) and its CSV/XLSX exports."""

from __future__ import annotations

import csv
import random
import re
import zipfile
from pathlib import Path

from tests.corpus import people

FIELDS = ["account", "full_name", "address", "postal_code", "phone", "email", "meter_no"]
RUSSIAN_HEADERS = [
    "Лицевой счет",
    "ФИО",
    "Адрес",
    "Индекс",
    "Телефон",
    "Email",
    "Номер счетчика",
]

FIXED_STAMP = b"2025-01-01T00:00:00Z"
NAMESAKE_SHARE = 0.06  # rows that share surname and initials with an earlier row


def random_account(rng: random.Random) -> str:
    """10 digits for most consumers, 12 for the newer numbering."""
    length = 12 if rng.random() < 0.2 else 10
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length - 1))


def random_meter_no(rng: random.Random) -> str:
    length = rng.choice([7, 8, 8, 15])
    first = str(rng.randint(0, 9)) if length == 8 else str(rng.randint(1, 9))
    return first + "".join(rng.choice("0123456789") for _ in range(length - 1))


def make_registry(n: int, seed: int) -> list[dict[str, str]]:
    """``n`` consumers with unique accounts; some are namesakes of each other.

    Namesakes share surname and initials (sometimes the whole name) but live at
    another address, so linking by name alone is ambiguous.
    """
    rng = random.Random(f"registry-{seed}")
    rows: list[dict[str, str]] = []
    accounts: set[str] = set()
    for _ in range(n):
        account = random_account(rng)
        while account in accounts:
            account = random_account(rng)
        accounts.add(account)
        if rows and rng.random() < NAMESAKE_SHARE:
            full_name = people.namesake_of(rng.choice(rows)["full_name"], rng)
        else:
            full_name = people.random_person(rng)
        address = people.random_address(rng)
        email = people.random_email(full_name, rng) if rng.random() < 0.6 else ""
        rows.append(
            {
                "account": account,
                "full_name": full_name,
                "address": address.canonical(),
                "postal_code": address.postal_code,
                "phone": people.random_phone(rng),
                "email": email,
                "meter_no": random_meter_no(rng),
            }
        )
    return rows


def namesake_groups(rows: list[dict[str, str]]) -> dict[str, list[int]]:
    """Row indexes keyed by «Фамилия И.О.», only for keys shared by two or more rows."""
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(people.short_name(row["full_name"]), []).append(i)
    return {k: v for k, v in groups.items() if len(v) > 1}


def write_registry_csv(
    rows: list[dict[str, str]],
    path: str | Path,
    encoding: str = "cp1251",
    delimiter: str = ";",
    russian_headers: bool = True,
) -> None:
    """Write the registry as billing exports it (default: Windows-1251, ``;``)."""
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(RUSSIAN_HEADERS if russian_headers else FIELDS)
        for row in rows:
            writer.writerow([row[f] for f in FIELDS])


def write_registry_xlsx(rows: list[dict[str, str]], path: str | Path) -> None:
    """Write the registry as an Excel sheet with Russian headers; all cells are text."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"
    ws.append(RUSSIAN_HEADERS)
    for row in rows:
        ws.append([row[f] for f in FIELDS])
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.number_format = "@"  # keep leading zeros of meter numbers
    for col, width in zip("ABCDEFG", [16, 36, 60, 9, 14, 28, 18], strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    _normalise_zip(Path(path))


def _normalise_zip(path: Path) -> None:
    """Make the .xlsx byte-reproducible: fixed document dates and zip entry times."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", FIXED_STAMP, data)
            zout.writestr(
                zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )
