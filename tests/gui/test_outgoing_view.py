"""The Replies section on a real database: the day's outgoing register, the post details of
selected replies (ШПИ checked, audited), envelopes and the Form 103 list written to files and
read back, and the roles that may not dispatch."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.gui import outgoing_dispatch, outgoing_print, reply_output
from app.gui.control_common import stop_runner
from app.gui.jobs import JobRunner
from app.gui.main_window import SECTIONS, MainWindow
from app.gui.outgoing_model import COLUMNS
from app.gui.outgoing_view import OutgoingView
from db.engine import Database
from db.models import AuditEvent, Letter, User
from db.models_replies import Reply
from db.store import FileStore
from letters.actors import Actor, resolve_actor
from letters.outgoing import OutgoingError, record_dispatch, register_reply
from letters.outgoing_register import (
    DispatchChange,
    normalize_tracking_id,
    record_dispatches,
    tracking_problem,
)
from letters.replies import prepare_reply
from letters.reply_templates import load_shipped
from tests.integration.test_replies import (
    example_values,
    flat,
    make_letter,
    migrated_database,
    pdf_pages,
)

WAIT = 30_000
NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
DAY = NOW.astimezone().date()
DOMESTIC = "23602280000018"  # a valid check digit (3·odd + even ≡ 0 mod 10)
INTERNATIONAL = "RA123456785RU"  # UPU S10 check digit 5
SENDERS = [
    ("Иванов Пётр Сергеевич", "г. Калининград, ул. Ленина, д. 5, кв. 3", "236022", "registered"),
    (
        "Седых Анна Викторовна",
        "Калининградская обл., Гурьевский р-н, пос. Васильково, ул. Садовая, д. 3",
        "238311",
        "registered_notice",
    ),
    ("Цой Виктор Робертович", "г. Черняховск, ул. Ленина, д. 12, кв. 7", "238150", "simple"),
    ("Ким Анна Сергеевна", "г. Гусев, ул. Мира, д. 1", "238050", "email"),
]


@dataclass
class Env:
    database: Database
    store: FileStore
    admin: Actor
    reply_ids: list[int]
    letter_numbers: list[str]

    def user(self, login: str, role: str) -> Actor:
        with self.database.write() as session:
            session.add(User(login=login, full_name=f"{login} user", role=role))
        with self.database.read() as session:
            return resolve_actor(session, login)

    def reply(self, reply_id: int) -> Reply:
        with self.database.read() as session:
            found = session.get(Reply, reply_id)
            assert found is not None
            return found


@pytest.fixture
def env(db_url: str, tmp_path: Path) -> Iterator[Env]:
    """A day of post: four replies (two registered, one simple, one by e-mail)."""
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    store = FileStore(store_dir)
    values = example_values(load_shipped()["free_text"])
    for database in migrated_database(db_url):
        ids, numbers = [], []
        with database.write() as session:
            admin = resolve_actor(session, None)
            for n, (name, address, index, mail_type) in enumerate(SENDERS):
                letter_id = make_letter(
                    session,
                    admin,
                    name=name,
                    address=address,
                    postal_code=index,
                    account=f"39001000{n}",
                    now=NOW - dt.timedelta(days=5),
                )
                doc = prepare_reply(session, admin, [letter_id], "free_text", values)
                done = register_reply(session, admin, store, doc, now=NOW, mail_type=mail_type)
                ids.append(done.id)
                letter = session.get(Letter, letter_id)
                assert letter is not None
                numbers.append(letter.reg_no)
        yield Env(database, store, admin, ids, numbers)


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    stop_runner(runner)


def open_view(qtbot: Any, env: Env, runner: JobRunner, actor: Actor | None = None) -> OutgoingView:
    view = OutgoingView(env.database, env.store, actor or env.admin, runner, today=DAY)
    qtbot.addWidget(view)
    view.resize(1300, 600)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.show()
    return view


def cell(view: OutgoingView, row: int, column: str) -> str:
    return view.proxy.index(row, COLUMNS.index(column)).data()


def rows_by_addressee(view: OutgoingView) -> dict[str, int]:
    return {cell(view, r, "addressee"): r for r in range(view.proxy.rowCount())}


def select_replies(view: OutgoingView, reply_ids: list[int]) -> None:
    view.table.clearSelection()
    view._reselect(set(reply_ids))
    assert sorted(e.item.id for e in view.selected_entries()) == sorted(reply_ids)


def test_the_days_replies_are_listed_filtered_and_opened(
    qtbot, qtmodeltester, env: Env, runner: JobRunner, monkeypatch, tmp_path: Path
) -> None:
    with env.database.write() as session:
        record_dispatch(session, env.admin, env.reply_ids[0], tracking_id=DOMESTIC, weight_g=24)
    view = open_view(qtbot, env, runner)
    assert view.day() == DAY
    assert view.proxy.rowCount() == 4
    rows = rows_by_addressee(view)
    first = rows["Иванов Пётр Сергеевич"]
    assert cell(view, first, "reg_no") == "ИСХ-2026-000001"
    assert cell(view, first, "reg_date") == DAY.strftime("%d.%m.%Y")
    assert cell(view, first, "sent_on") == DAY.strftime("%d.%m.%Y")
    assert cell(view, first, "address") == "236022, г. Калининград, ул. Ленина, д. 5, кв. 3"
    assert cell(view, first, "letters") == env.letter_numbers[0]
    assert cell(view, first, "mail_type") == "Письмо заказное"
    assert cell(view, first, "tracking_id") == DOMESTIC
    assert cell(view, first, "weight") == "24"
    # registered mail still without its ШПИ is marked, and counted below the table
    second = rows["Седых Анна Викторовна"]
    assert "ШПИ" in view.proxy.index(second, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert view.proxy.index(second, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.proxy.index(first, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.info.text().startswith("4 outgoing letter(s) sent on")
    assert "(ШПИ): 1." in view.info.text()
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)

    view.filter_edit.setText("седых")
    assert view.proxy.rowCount() == 1 and cell(view, 0, "addressee") == "Седых Анна Викторовна"
    view.filter_edit.setText(DOMESTIC[:6])  # the ШПИ and the index both match
    assert view.proxy.rowCount() == 1
    view.filter_edit.clear()

    with qtbot.waitSignal(view.loaded, timeout=WAIT) as loaded:
        view.shift(1)
    assert loaded.args == [0] and view.proxy.rowCount() == 0
    with qtbot.waitSignal(view.loaded, timeout=WAIT) as loaded:
        view.set_period(DAY - dt.timedelta(days=3), DAY + dt.timedelta(days=1))
    assert loaded.args == [4] and view.day() is None
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.set_day(DAY)

    opened: list[str] = []
    monkeypatch.setattr(reply_output, "open_url", lambda url: opened.append(url) or True)
    assert view.select_reply(env.reply_ids[1])
    with qtbot.waitSignal(view.opened, timeout=WAIT) as shown:
        view.open_selected()
    copy = Path(shown.args[0])
    assert opened and copy.read_bytes().startswith(b"%PDF")
    assert "ИСХ-2026-000002" in flat(" ".join(pdf_pages(copy.read_bytes())))
    saved = tmp_path / "reply.pdf"
    with qtbot.waitSignal(view.status_message, timeout=WAIT):
        view.save_selected(saved)
    assert saved.read_bytes() == copy.read_bytes()


def test_recording_a_dispatch_stores_tracking_and_weight_and_is_audited(
    qtbot, env: Env, runner: JobRunner
) -> None:
    view = open_view(qtbot, env, runner)
    chosen = env.reply_ids[:2]
    select_replies(view, chosen)
    dialog = view.record_dispatch()
    assert dialog is not None and dialog.isVisible()
    assert [e.item.id for e in dialog.entries] == chosen
    assert dialog.mail_type.currentData() == ""  # two ways of sending: each keeps its own
    dialog.tracking_edits[0].setText("236022 80 00001 8")  # as printed on the receipt
    dialog.tracking_edits[1].setText(INTERNATIONAL.lower())
    dialog.weight_spins[0].setValue(24)
    dialog.weight_spins[1].setValue(31)
    with qtbot.waitSignals([dialog.saved, view.loaded], timeout=WAIT):
        dialog.save()
    first, second = env.reply(chosen[0]), env.reply(chosen[1])
    assert (first.tracking_id, first.weight_g) == (DOMESTIC, 24)
    assert (second.tracking_id, second.weight_g) == (INTERNATIONAL, 31)
    assert (first.mail_type, second.mail_type) == ("registered", "registered_notice")
    assert first.sent_on == DAY
    with env.database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "reply.dispatch")
        ).all()
    assert sorted(int(e.entity_id) for e in events) == sorted(chosen)
    assert {e.after["tracking_id"] for e in events if e.after} == {DOMESTIC, INTERNATIONAL}
    assert all(e.user_login == env.admin.login for e in events)
    rows = rows_by_addressee(view)
    assert cell(view, rows["Иванов Пётр Сергеевич"], "tracking_id") == DOMESTIC
    assert cell(view, rows["Седых Анна Викторовна"], "weight") == "31"
    assert sorted(e.item.id for e in view.selected_entries()) == sorted(chosen)  # kept

    # one way of sending for the selection: the day moves with the sent date
    select_replies(view, [env.reply_ids[2]])
    dialog = view.record_dispatch()
    assert dialog is not None and dialog.mail_type.currentData() == "simple"
    dialog.mail_type.setCurrentIndex(dialog.mail_type.findData("registered"))
    dialog.sent_on.setDate(dialog.sent_on.date().addDays(1))
    with qtbot.waitSignals([dialog.saved, view.loaded], timeout=WAIT):
        dialog.save()
    moved = env.reply(env.reply_ids[2])
    assert (moved.mail_type, moved.sent_on) == ("registered", DAY + dt.timedelta(days=1))
    assert view.proxy.rowCount() == 3


def test_an_invalid_tracking_number_is_refused_with_a_message(
    qtbot, env: Env, runner: JobRunner, monkeypatch
) -> None:
    assert tracking_problem(DOMESTIC) is None and tracking_problem(INTERNATIONAL) is None
    assert tracking_problem("23602280000017") == "check_digit"
    assert tracking_problem("RA123456784RU") == "check_digit"
    assert tracking_problem("12345") == "format" and tracking_problem("") is None
    assert normalize_tracking_id(" ra-123 456 785 ru ") == INTERNATIONAL
    view = open_view(qtbot, env, runner)
    select_replies(view, [env.reply_ids[0]])
    dialog = view.record_dispatch()
    assert dialog is not None
    dialog.tracking_edits[0].setText("12345")
    assert dialog.save() is None
    assert dialog.error.isVisibleTo(dialog) and "12345" in dialog.error.text()
    assert "14" in dialog.error.text()
    dialog.tracking_edits[0].setText("23602280000017")
    assert dialog.save() is None
    assert "23602280000017" in dialog.error.text() and "14" not in dialog.error.text()
    assert dialog.isVisible()
    # the service refuses it too, whatever the screen let through
    monkeypatch.setattr(outgoing_dispatch, "tracking_problem", lambda _value: None)
    job = dialog.save()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT)
    assert isinstance(job.error.exception if job.error else None, OutgoingError)
    assert "23602280000017" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    dialog.reject()
    reply = env.reply(env.reply_ids[0])
    assert reply.tracking_id == "" and reply.weight_g == 20
    with env.database.read() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "reply.dispatch")
        ).all()
    # all or nothing: one bad number among good ones stores none of them
    with pytest.raises(OutgoingError) as info, env.database.write() as session:
        record_dispatches(
            session,
            env.admin,
            [
                DispatchChange(env.reply_ids[0], DOMESTIC),
                DispatchChange(env.reply_ids[1], "RA123456784RU"),
            ],
        )
    assert info.value.code == "bad_tracking_id"
    assert env.reply(env.reply_ids[0]).tracking_id == ""


def test_envelopes_and_form_103_are_written_and_read_back(
    qtbot, env: Env, runner: JobRunner, monkeypatch, tmp_path: Path
) -> None:
    with env.database.write() as session:
        record_dispatch(session, env.admin, env.reply_ids[0], tracking_id=DOMESTIC, weight_g=24)
    view = open_view(qtbot, env, runner)

    dialog = view.envelopes()
    assert dialog is not None
    assert not dialog.selected_radio.isEnabled() and dialog.all_radio.isChecked()
    assert dialog.all_count == 3  # the e-mailed reply gets no envelope
    dialog.format.setCurrentIndex(dialog.format.findData("C5"))
    path = tmp_path / "envelopes.pdf"
    with qtbot.waitSignal(view.status_message, timeout=WAIT):
        dialog.save_to(path)
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        assert len(pdf) == 3
        width, height = pdf[0].get_size()
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (229, 162)
    finally:
        pdf.close()
    text = flat(" ".join(pdf_pages(path.read_bytes())))
    for name, *_ in SENDERS[:3]:
        assert name in text
    assert "Ким Анна" not in text and "ИСХ-2026-000001" in text

    select_replies(view, [env.reply_ids[1], env.reply_ids[3]])
    dialog = view.envelopes()
    assert dialog is not None and dialog.selected_radio.isChecked()
    assert dialog.selected_count == 1
    printed: list[tuple[bytes, tuple[float, float]]] = []
    monkeypatch.setattr(
        outgoing_print,
        "print_in_background",
        lambda _parent, _runner, data, _title, size, done=None: printed.append((data, size)),
    )
    dialog.print_envelopes()
    qtbot.waitUntil(lambda: bool(printed), timeout=WAIT)
    data, size = printed[0]
    assert size == (220, 110)  # DL
    assert flat(" ".join(pdf_pages(data))).count("Седых Анна Викторовна") == 1

    form = view.form103()
    assert form is not None
    with qtbot.waitSignal(form.counted, timeout=WAIT) as counted:
        pass
    assert counted.args == [2, 2] and form.save_button.isEnabled()
    pdf_path = tmp_path / "f103.pdf"
    with qtbot.waitSignal(view.status_message, timeout=WAIT):
        form.save_to(pdf_path, "pdf")
    pages = [flat(p) for p in pdf_pages(pdf_path.read_bytes())]
    assert len(pages) == 2
    assert "Иванов Пётр Сергеевич" in pages[0] and DOMESTIC in pages[0]
    assert "Седых Анна Викторовна" in pages[1]

    form = view.form103()
    assert form is not None
    qtbot.waitUntil(lambda: form.letters == 2, timeout=WAIT)
    csv_path = tmp_path / "f103.csv"
    with qtbot.waitSignal(view.status_message, timeout=WAIT):
        form.save_to(csv_path, "csv")
    rows = list(csv.reader(io.StringIO(csv_path.read_text("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert len(rows) == 3
    by_name = {r[header.index("ФИО получателя")]: r for r in rows[1:]}
    assert by_name["Иванов Пётр Сергеевич"][header.index("ШПИ")] == DOMESTIC
    assert by_name["Седых Анна Викторовна"][header.index("Индекс")] == "238311"

    form = view.form103()
    assert form is not None
    qtbot.waitUntil(lambda: form.letters == 2, timeout=WAIT)
    xlsx_path = tmp_path / "f103.xlsx"
    with qtbot.waitSignal(view.status_message, timeout=WAIT):
        form.save_to(xlsx_path, "xlsx")
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None and sheet.max_row == 3

    # a day without registered mail has no list to make
    form = view.form103()
    assert form is not None
    with qtbot.waitSignal(form.counted, timeout=WAIT):
        pass
    with qtbot.waitSignal(form.counted, timeout=WAIT) as counted:
        form.day_edit.setDate(form.day_edit.date().addDays(1))
    assert counted.args == [0, 0]
    assert not form.save_button.isEnabled() and not form.print_button.isEnabled()
    form.reject()


def test_roles_without_dispatch_get_no_dispatch_or_print_buttons(
    qtbot, env: Env, runner: JobRunner
) -> None:
    archivist = env.user("arch", "archivist")
    view = open_view(qtbot, env, runner, archivist)
    assert view.proxy.rowCount() == 4  # every role may read the register
    for button in (view.dispatch_button, view.envelopes_button, view.form103_button):
        assert not button.isVisibleTo(view)
    assert view.open_button.isVisibleTo(view)
    select_replies(view, [env.reply_ids[0]])
    assert view.record_dispatch() is None and view.envelopes() is None
    assert view.form103() is None
    texts = [a.text() for a in view.context_menu().actions()]
    assert "Record dispatch…" not in texts and "Envelopes…" not in texts
    assert "Open PDF" in texts

    clerk = env.user("clerk", "clerk")
    clerk_view = open_view(qtbot, env, runner, clerk)
    for button in (
        clerk_view.dispatch_button,
        clerk_view.envelopes_button,
        clerk_view.form103_button,
    ):
        assert button.isVisibleTo(clerk_view)

    # a specialist sees the replies to the letters in their scope: none here
    specialist = env.user("spec", "specialist")
    spec_view = open_view(qtbot, env, runner, specialist)
    assert spec_view.proxy.rowCount() == 0
    assert not spec_view.dispatch_button.isVisibleTo(spec_view)


def test_the_main_window_shows_the_register_in_the_replies_section(
    qtbot, env: Env, tmp_path: Path
) -> None:
    window = MainWindow(env.database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    page = window.stack.widget(SECTIONS.index("replies"))
    assert page is window.outgoing and isinstance(page, OutgoingView)
    with qtbot.waitSignal(window.outgoing.loaded, timeout=WAIT):
        window.show_section("replies")
    window.close()
