"""The execution-discipline report: numbers, then the PDF and XLSX read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from db.engine import Database
from db.migrate import upgrade
from db.models import Department, User
from letters.actors import Actor, resolve_actor
from letters.deadlines import on_registered
from letters.discipline import discipline_report, find_fonts, write_report
from letters.register import LetterDraft, register_letter
from letters.resolutions import write_resolution
from letters.workflow import mark_reply_sent, transition

D = dt.date
READER = Actor(0, "admin", "admin")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def filled(db: Database) -> Database:
    """December 2025: Расчёты answers 3 letters (one late), Сети 1 on time and has one open
    overdue letter; one letter withdrawn (not rated)."""
    with db.write() as session:
        resolve_actor(session, None)
        people = {}
        for code, name, login, full in [
            ("billing", "Расчёты", "ann", "Анна Петрова"),
            ("grid", "Сети", "bob", "Борис Сидоров"),
        ]:
            dept = Department(code=code, name=name)
            session.add(dept)
            session.flush()
            user = User(login=login, full_name=full, role="specialist", department_id=dept.id)
            session.add(user)
        session.add(User(login="head", full_name="Начальник", role="head"))
    with db.read() as session:
        people = {x: resolve_actor(session, x) for x in ("ann", "bob", "head")}

    def letter(registered: dt.date, who: Actor) -> int:
        with db.write() as session:
            admin = resolve_actor(session, None)
            done = register_letter(
                session,
                admin,
                LetterDraft(received_on=registered, category="billing"),
                now=dt.datetime.combine(registered, dt.time(9), dt.UTC),
            )
            on_registered(session, admin, done.id)
            write_resolution(session, people["head"], done.id, executor_ids=[who.id])
            return done.id

    answers = [
        (D(2025, 11, 3), "ann", D(2025, 12, 1)),  # due 03.12: 2 days early, 28 days
        (D(2025, 11, 10), "ann", D(2025, 12, 5)),  # due 10.12: 5 early, 25 days
        (D(2025, 11, 5), "ann", D(2025, 12, 9)),  # due 05.12: 4 late, 34 days
        (D(2025, 11, 20), "bob", D(2025, 12, 19)),  # due 22.12 (20.12 Sat): 3 early, 29 days
    ]
    for n, (registered, who, sent) in enumerate(answers):
        letter_id = letter(registered, people[who])
        with db.write() as session:
            mark_reply_sent(session, people[who], letter_id, sent, f"ИСХ-{n}")
    letter(D(2025, 11, 6), people["bob"])  # due 08.12 (06.12 Sat): open, overdue
    withdrawn = letter(D(2025, 11, 7), people["bob"])
    with db.write() as session:
        transition(session, people["bob"], withdrawn, "withdrawn", on=D(2025, 12, 2))
    return db


def test_numbers(filled: Database) -> None:
    with filled.read() as session:
        report = discipline_report(
            session, D(2025, 12, 1), D(2025, 12, 31), as_of=D(2026, 1, 20), actor=READER
        )
    assert report.as_of == D(2025, 12, 31)
    t = report.totals
    assert (t.closed, t.on_time, t.late, t.open_overdue) == (4, 3, 1, 1)
    assert t.on_time_pct == 75.0 and t.avg_days_to_answer == 29.0
    depts = {r.name: r for r in report.by_department}
    assert (depts["Расчёты"].closed, depts["Расчёты"].on_time_pct) == (3, 66.7)
    assert depts["Расчёты"].avg_days_to_answer == 29.0
    assert (depts["Сети"].closed, depts["Сети"].open_overdue) == (1, 1)
    assert [r.name for r in report.by_executor] == ["Анна Петрова", "Борис Сидоров"]
    assert [(o.days_late, o.closed_on) for o in report.overdue] == [
        (23, None),  # still open on 31.12.2025, due 08.12.2025
        (4, D(2025, 12, 9)),
    ]


def test_pdf_and_xlsx_read_back(filled: Database, tmp_path: Path) -> None:
    find_fonts()  # a missing Cyrillic font must fail here, clearly, not be skipped
    with filled.read() as session:
        report = discipline_report(
            session, D(2025, 12, 1), D(2025, 12, 31), as_of=D(2026, 1, 20), actor=READER
        )
    pdf_path, xlsx_path = tmp_path / "discipline.pdf", tmp_path / "discipline.xlsx"
    write_report(report, pdf_path)
    write_report(report, xlsx_path)

    pdf = pdfium.PdfDocument(pdf_path)
    try:
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    flat = " ".join(text.split())
    assert "Исполнительская дисциплина с 01.12.2025 по 31.12.2025" in flat
    assert "в срок: 3 (75,0 %)" in flat
    expected = ("Расчёты", "Сети", "Анна Петрова", "Борис Сидоров", "66,7", "не исполнено")
    for piece in (*expected, "стр. 2"):
        assert piece in flat

    book = load_workbook(xlsx_path, read_only=True)
    try:
        assert book.sheetnames == ["Итоги", "Отделы", "Исполнители", "Просрочено"]
        departments = list(book["Отделы"].iter_rows(values_only=True))
        overdue = list(book["Просрочено"].iter_rows(values_only=True))
    finally:
        book.close()
    assert departments[0][:4] == ("Отдел", "Исполнено", "В срок", "С нарушением")
    assert departments[1][:5] == ("Расчёты", 3, 2, 1, 66.7)
    assert [row[4] for row in overdue[1:]] == [23, 4]
    with pytest.raises(ValueError):
        write_report(report, tmp_path / "discipline.docx")
