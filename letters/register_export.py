"""Export the filtered register (what the clerk sees) to CSV or XLSX.

Rows are read in keyset pages (``letters.queries``), so a million-letter export streams in
constant memory. The caller chooses the columns and their headers (translated in the front
end); values keep their types, and dates are written as dd.mm.yyyy.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from db.engine import Database
from letters import audit
from letters.actors import Actor
from letters.permissions import require
from letters.queries import RegisterQuery, RegisterRow, register_count, register_page

PAGE = 2000
RowValues = Callable[[RegisterRow], Sequence[Any]]


class Cancel(Protocol):
    @property
    def cancelled(self) -> bool: ...


class ExportCancelled(Exception):
    """The user cancelled; no file was written."""


def default_values(row: RegisterRow) -> list[Any]:
    return [
        row.reg_no,
        row.registered_at.astimezone(),
        row.received_on,
        row.channel,
        row.sender,
        row.account,
        row.link_status,
        row.category,
        row.status,
        row.due_on,
        row.pages,
    ]


DEFAULT_HEADERS = [
    "reg_no",
    "registered_at",
    "received_on",
    "channel",
    "sender",
    "account",
    "link_status",
    "category",
    "status",
    "due_on",
    "pages",
]


def iter_rows(database: Database, query: RegisterQuery, actor: Actor) -> Iterator[RegisterRow]:
    """Every row of ``query`` in its order, one short read transaction per page."""
    cursor = None
    while True:
        with database.read() as session:
            page = register_page(session, query, cursor, PAGE, actor=actor)
        yield from page.rows
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _write_csv(path: Path, headers: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    # UTF-8 with a BOM and ";" is what Excel opens correctly in a Russian locale.
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(headers)
        for values in rows:
            writer.writerow([_text(v) for v in values])
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Register")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for values in rows:
        cells: list[Any] = []
        for value in values:
            if isinstance(value, dt.datetime):
                cell = WriteOnlyCell(sheet, value=value.replace(tzinfo=None))
                cell.number_format = "DD.MM.YYYY HH:MM"
                cells.append(cell)
            elif isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD.MM.YYYY"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count


def export_register(
    database: Database,
    actor: Actor,
    query: RegisterQuery,
    path: Path,
    *,
    headers: Sequence[str] = DEFAULT_HEADERS,
    values: RowValues = default_values,
    progress: Callable[[int, int], None] | None = None,
    cancel: Cancel | None = None,
) -> int:
    """Write the rows of ``query`` to ``path`` (``.csv`` or ``.xlsx``); return the row count.

    The file appears only when complete (temporary file, then an atomic rename); on
    cancel nothing is written and ``ExportCancelled`` is raised. The export of personal
    data is recorded in the audit trail.
    """
    require(actor, "letter.export")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unsupported export format: {path.suffix}")
    with database.read() as session:
        total = register_count(session, query.filter, actor=actor)

    def rows() -> Iterator[Sequence[Any]]:
        for done, row in enumerate(iter_rows(database, query, actor), start=1):
            if cancel is not None and cancel.cancelled:
                raise ExportCancelled()
            if progress is not None and (done % 500 == 0 or done == total):
                progress(done, total)
            yield values(row)

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = _write_csv if suffix == ".csv" else _write_xlsx
        count = writer(tmp, headers, rows())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    with database.write() as session:
        audit.record(
            session,
            actor,
            "register.export",
            "register",
            "",
            None,
            {"file": path.name, "rows": count, "query": repr(query)},
        )
    return count
