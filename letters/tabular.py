"""Read registry exports: CSV (UTF-8 with or without BOM, or Windows-1251; ``;`` or ``,``)
and XLSX. Column headers are recognised in Russian or English."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "account": (
        "лицевой счет",
        "л/с",
        "лс",
        "account",
        "лицевой",
        "номер лицевого счета",
        "абонентский номер",
    ),
    "full_name": ("фио", "потребитель", "full_name", "full name", "name", "абонент"),
    "address": ("адрес", "address", "адрес потребителя"),
    "postal_code": ("индекс", "postal_code", "postal code", "zip", "почтовый индекс"),
    "phone": ("телефон", "phone", "тел", "тел."),
    "email": ("email", "e-mail", "эл. почта", "эл.почта", "электронная почта", "почта"),
    "meter_no": (
        "номер счетчика",
        "№ пу",
        "meter_no",
        "meter no",
        "номер пу",
        "счетчик",
        "прибор учета",
    ),
}


class RegistryFileError(Exception):
    """The whole file is unusable: ``code`` is ``unreadable``, ``no_header`` or
    ``no_account_column``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def canonical_header(text: str) -> str | None:
    key = " ".join(text.replace("\ufeff", "").strip().lower().replace("ё", "е").split())
    for name, aliases in HEADER_ALIASES.items():
        if key in aliases:
            return name
    return None


@dataclass(slots=True)
class SourceRow:
    line: int  # the row number the user sees in the file (header is row 1)
    values: dict[str, str]


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


def _map_header(cells: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        name = canonical_header(cell or "")
        if name and name not in mapping.values():
            mapping[index] = name
    if not mapping:
        raise RegistryFileError("no_header", ", ".join(cells))
    if "account" not in mapping.values():
        raise RegistryFileError("no_account_column", ", ".join(cells))
    return mapping


def _rows(cells_iter: Iterator[tuple[int, list[str]]]) -> Iterator[SourceRow]:
    mapping: dict[int, str] | None = None
    for line, cells in cells_iter:
        if mapping is None:
            mapping = _map_header(cells)
            continue
        if not any((c or "").strip() for c in cells):
            continue
        values = {name: (cells[i] if i < len(cells) else "") or "" for i, name in mapping.items()}
        yield SourceRow(line, {k: str(v).strip() for k, v in values.items()})
    if mapping is None:
        raise RegistryFileError("no_header", "empty file")


def read_registry(path: Path) -> Iterator[SourceRow]:
    data = path.read_bytes()
    if data[:2] == b"PK":
        yield from _xlsx_rows(data)
        return
    try:
        text = decode_csv(data)
    except UnicodeDecodeError as exc:  # pragma: no cover - cp1251 decodes any byte but 0x98
        raise RegistryFileError("unreadable", str(exc)) from exc
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    yield from _rows((reader.line_num, row) for row in reader)


def _xlsx_rows(data: bytes) -> Iterator[SourceRow]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise RegistryFileError("unreadable", str(exc)) from exc
    try:
        sheet = workbook.worksheets[0]
        cells = (
            (n, [_cell_text(v) for v in row])
            for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        yield from _rows(cells)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_NON_DIGITS = re.compile(r"\D")


def normalize_phone(raw: str) -> str:
    """Russian phone to ``+7XXXXXXXXXX``; empty when it is not a plausible number."""
    digits = _NON_DIGITS.sub("", raw or "")
    if len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    if len(digits) == 10:
        return "+7" + digits
    return ""


_INDEX = re.compile(r"(?<!\d)(\d{6})(?!\d)")


def postal_code_from_address(address: str) -> str:
    match = _INDEX.search(address or "")
    return match.group(1) if match else ""
