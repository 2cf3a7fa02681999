"""Registration journals for a period: rows, landscape PDF with page numbers, XLSX."""

from __future__ import annotations

import datetime as dt
import io

import pypdfium2 as pdfium
from openpyxl import load_workbook

from letters.actors import Actor
from letters.journals import journal_pdf, journal_rows, journal_title, journal_xlsx
from ocr.archive_pdf import pdf_text
from tests.integration.search_data import build

FIRST, LAST = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
READER = Actor(0, "admin", "admin")  # a clerk's or an administrator's print


def test_rows_for_a_period_direction_and_channel(database) -> None:
    numbers = build(database)
    with database.read() as session:
        rows = journal_rows(session, "incoming", FIRST, LAST, actor=READER)
        assert [r.registered_on for r in rows] == sorted(r.registered_on for r in rows)
        assert numbers["recalc"] not in {r.reg_no for r in rows}  # registered in 2025
        assert [r.n for r in rows] == list(range(1, len(rows) + 1))
        phone = journal_rows(session, "incoming", FIRST, LAST, channel="phone", actor=READER)
        assert [(r.reg_no, r.channel) for r in phone] == [(numbers["quality"], "Телефон")]
        assert journal_rows(session, "outgoing", FIRST, LAST, actor=READER) == []
        whole = journal_rows(session, "incoming", dt.date(2025, 1, 1), LAST, actor=READER)
    first = {r.reg_no: r for r in whole}[numbers["readings"]]
    assert first.account == "4012345678" and first.category == "Показания приборов учёта"
    assert "Смирнова Ольга Петровна, г. Калининград" in first.correspondent
    assert first.status == "Зарегистрировано"


def test_pdf_is_landscape_numbered_and_searchable(database) -> None:
    build(database)
    with database.read() as session:
        rows = journal_rows(session, "incoming", dt.date(2025, 1, 1), LAST, actor=READER) * 12
    title = journal_title("incoming", dt.date(2025, 1, 1), LAST, None)
    pdf = journal_pdf(rows, title, "АО «Энергосбыт»")
    document = pdfium.PdfDocument(pdf)
    try:
        sizes = [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()
    assert len(sizes) >= 2 and all(w > h for w, h in sizes)
    texts = pdf_text(pdf)
    assert "Журнал регистрации входящих обращений" in texts[0]
    assert f"стр. 1 из {len(sizes)}" in texts[0] and f"стр. {len(sizes)} из" in texts[-1]
    assert "Рег. номер" in texts[-1]  # the header row repeats


def test_xlsx_has_the_same_rows(database) -> None:
    numbers = build(database)
    with database.read() as session:
        rows = journal_rows(session, "incoming", dt.date(2025, 1, 1), LAST, actor=READER)
    sheet = load_workbook(io.BytesIO(journal_xlsx(rows, "Журнал"))).active
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [v[1] for v in values] == [r.reg_no for r in rows]
    assert numbers["recalc"] in {v[1] for v in values}
    assert sheet["A1"].value == "Журнал" and sheet["B2"].value == "Рег. номер"
