"""Read registry exports: CSV (UTF-8 with or without BOM, or Windows-1251; ``;`` or ``,``)
and XLSX. Column headers are recognised in Russian or English."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
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
    # Fields whose cell holds a formula that was never calculated (a sheet written by a
    # program, not saved by Excel): field -> the formula. The cell reads as empty.
    formulas: dict[str, str] = field(default_factory=dict)


# Russian exports come in these; the header row tells which one was meant. Excel's
# "Unicode text" is UTF-16 with a byte-order mark.
CSV_ENCODINGS = ("utf-8", "cp1251", "koi8-r", "cp866")
HEADER_SEARCH_ROWS = 10  # title rows ("Реестр потребителей на …") above the header
FIELD_SIZE_LIMIT = 1 << 24  # the csv module's 128 KB would refuse a whole file for one cell


def decode_csv(data: bytes) -> str:
    """The text of a CSV export: a byte-order mark decides; otherwise the first of
    ``CSV_ENCODINGS`` that decodes and shows a known header, else UTF-8 or Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    texts = []
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = text.splitlines()[:HEADER_SEARCH_ROWS]
        if any(_header_kind(_split(line)) == "account" for line in lines):
            return text
        texts.append(text)
    if texts:
        return texts[0]
    raise UnicodeDecodeError("cp1251", data, 0, len(data), "not a known encoding")


def _split(line: str) -> list[str]:
    return [cell.strip().strip('"') for cell in re.split(r"[;,\t]", line)]


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


def _header_kind(cells: list[str]) -> str | None:
    """'account' for a header with an account column, 'other' for one without, else None."""
    names = {canonical_header(cell or "") for cell in cells} - {None}
    if not names:
        return None
    return "account" if "account" in names else "other"


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


Cells = tuple[int, list[str], dict[int, str]]  # line, cell texts, uncalculated formulas


def _rows(cells_iter: Iterator[Cells]) -> Iterator[SourceRow]:
    mapping: dict[int, str] | None = None
    first: list[str] | None = None
    for line, cells, formulas in cells_iter:
        if mapping is None:
            # The header is the first row with an account column, among the first few:
            # exports often carry a title or a date above it.
            first = cells if first is None and any(c.strip() for c in cells) else first
            if _header_kind(cells) == "account":
                mapping = _map_header(cells)
            elif line >= HEADER_SEARCH_ROWS:
                break
            continue
        if not any((c or "").strip() for c in cells):
            continue
        values = {name: (cells[i] if i < len(cells) else "") or "" for i, name in mapping.items()}
        yield SourceRow(
            line,
            {k: _clean(v) for k, v in values.items()},
            {name: formulas[i] for i, name in mapping.items() if i in formulas},
        )
    if mapping is None:
        if first is None:
            raise RegistryFileError("no_header", "empty file")
        _map_header(first)  # raises no_header or no_account_column
        raise RegistryFileError("no_header", ", ".join(first))


def _clean(value: object) -> str:
    # NUL cannot be stored in PostgreSQL text; other control characters are noise too.
    return _CONTROL.sub("", str(value)).strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_registry(path: Path) -> Iterator[SourceRow]:
    data = path.read_bytes()
    if data[:2] == b"PK":
        yield from _xlsx_rows(data)
        return
    try:
        text = decode_csv(data)
    except UnicodeDecodeError as exc:
        raise RegistryFileError("unreadable", str(exc)) from exc
    first = next((line for line in text.splitlines() if line.strip()), "")
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    yield from _rows((reader.line_num, row, {}) for row in reader)


def _xlsx_rows(data: bytes) -> Iterator[SourceRow]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = (
            load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            if _has_formulas(data)
            else None
        )
    except Exception as exc:
        raise RegistryFileError("unreadable", str(exc)) from exc
    try:
        values = workbook.worksheets[0].iter_rows(values_only=True)
        sources = (
            formulas.worksheets[0].iter_rows(values_only=True) if formulas is not None else None
        )

        def cells() -> Iterator[Cells]:
            for n, row in enumerate(values, start=1):
                written = next(sources, ()) if sources is not None else ()
                uncalculated = {
                    i: str(f)
                    for i, f in enumerate(written)
                    if isinstance(f, str)
                    and f.startswith("=")
                    and (row[i : i + 1] or (None,))[0] is None
                }
                yield n, [_cell_text(v) for v in row], uncalculated

        yield from _rows(cells())
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()


def _has_formulas(data: bytes) -> bool:
    """Does any worksheet of the XLSX hold a formula (``<f>`` element)?"""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with archive.open(name) as xml:
                    if re.search(rb"<(?:\w+:)?f[ >/]", xml.read()):
                        return True
    return False


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
