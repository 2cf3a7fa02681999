"""The archive screen: filing into a case, the retention list, a destruction act."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.gui.archive_view import ArchiveView
from app.gui.main_window import SECTIONS, MainWindow
from db.models import Letter, Page, StoredFile, User
from db.store import FileStore
from letters.actors import resolve_actor
from letters.archive import file_letters
from letters.permissions import PermissionDenied
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter

OLD = dt.datetime(2019, 5, 6, 10, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 3, 1)


def _closed_letter(session, actor, store: FileStore, text: str) -> Letter:
    page = FileDraft(store.put_bytes(f"scan {text}".encode()), "image/png", "page")
    source = FileDraft(store.put_bytes(f"%PDF {text}".encode()), "application/pdf", "source")
    draft = LetterDraft(
        received_on=OLD.date(),
        sender_name="Соколова Вера Андреевна",
        sender_phone="+79001234567",
        summary="Жалоба на начисления",
        full_text=text,
        content_hash=source.blob.sha256,
        pages=[PageDraft(image=page, ocr_text=text)],
        files=[source],
    )
    letter = session.get(Letter, register_letter(session, actor, draft, now=OLD).id)
    letter.status = "done"
    return letter


@pytest.fixture
def archive(database, store_dir):
    store = FileStore(store_dir)
    with database.write() as session:
        actor = resolve_actor(session, None)
        session.add(User(login="clerk", full_name="Клерк", role="clerk"))
        first = _closed_letter(session, actor, store, "Прошу проверить начисления.").reg_no
        second = _closed_letter(session, actor, store, "Перерасчёт не выполнен.").reg_no
        file_letters(session, actor, [second])  # filed already; the view files the first
    return database, store, first, second


def _view(qtbot, database, store, actor_login=None) -> ArchiveView:
    with database.read() as session:
        actor = resolve_actor(session, actor_login)
    view = ArchiveView(database, store, actor)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    return view


def test_file_then_destroy_by_an_act(qtbot, archive, tmp_path) -> None:
    database, store, first, second = archive
    view = _view(qtbot, database, store)
    view.show()
    cases = view.cases
    qtbot.waitUntil(lambda: cases.table.rowCount() > 0)
    assert any(cases.table.item(r, 0).text() == "01-12" for r in range(cases.table.rowCount()))
    cases.case.setCurrentIndex(cases.case.findData("01-12"))
    cases.set_letters([first])
    with qtbot.waitSignal(cases.changed):
        cases.file_button.click()
    assert "Filed 1 letters." in cases.info.text() and "01-12 of 2019" in cases.info.text()

    page = view.retention
    view.setCurrentWidget(page)
    page.on.setDate(QDate(2024, 12, 31))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.due.rowCount() == 0 and not page.create_button.isEnabled()
    page.on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    due = {page.due.item(r, 0).text() for r in range(page.due.rowCount())}
    assert due == {first, second}
    assert page.due.item(0, 4).text() == "01.01.2025"

    with qtbot.waitSignal(page.loaded):
        page.create_button.click()
    qtbot.waitUntil(lambda: page.selected_act() is not None)
    act = page.selected_act()
    assert act.status == "draft" and act.letters == 2 and page.due.rowCount() == 0
    assert page.confirm_button.isEnabled() and page.cancel_button.isEnabled()
    draft_pdf = tmp_path / "draft.pdf"
    with qtbot.waitSignal(page.status_message, timeout=15000) as saved:
        page.save_pdf(draft_pdf)
    assert saved.args == [f"Act saved to {draft_pdf}."]
    assert draft_pdf.read_bytes().startswith(b"%PDF")

    with database.read() as session:
        letter_id = session.scalar(select(Letter.id).where(Letter.reg_no == first))
        scans = [
            session.get(StoredFile, i).rel_path
            for i in session.scalars(select(Page.image_file_id).where(Page.letter_id == letter_id))
        ]
    assert scans and all(store.path_of(p).is_file() for p in scans)
    box = page.confirm_act()
    with qtbot.waitSignal(page.changed, timeout=15000):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "confirmed" in page.info.text())
    assert "2 letters destroyed" in page.info.text()
    with database.read() as session:
        letter = session.scalars(select(Letter).where(Letter.reg_no == first)).one()
        assert letter.status == "destroyed" and letter.sender_name == ""
    assert not any(store.path_of(p).exists() for p in scans)
    state = {page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert state == {"confirmed"}
    view.shutdown()


def test_cancel_a_draft(qtbot, archive) -> None:
    database, store, _, second = archive
    view = _view(qtbot, database, store)
    page = view.retention
    page.on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    with qtbot.waitSignal(page.loaded):
        page.create_act()
    qtbot.waitUntil(lambda: page.selected_act() is not None)
    with qtbot.waitSignal(page.loaded):
        page.cancel_act()
    assert page.table.item(0, 1).text() == "cancelled"
    assert [page.due.item(r, 0).text() for r in range(page.due.rowCount())] == [second]
    view.shutdown()


def test_a_clerk_has_no_archive(qtbot, archive, tmp_path) -> None:
    database, store, first, _ = archive
    with database.read() as session:
        clerk = resolve_actor(session, "clerk")
    window = MainWindow(database, tmp_path / "store", actor=clerk)
    qtbot.addWidget(window)
    assert window.archive_view is None
    assert window.nav.item(SECTIONS.index("archive")).isHidden()
    window.show_section("archive")
    assert window.current_section() != "archive"
    # The service refuses regardless of the GUI; the view says why.
    view = _view(qtbot, database, store, "clerk")
    view.cases.set_letters([first])
    view.cases.file_letters()
    qtbot.waitUntil(lambda: "Not allowed" in view.cases.info.text())
    view.shutdown()
    window.close()
    with database.write() as session, pytest.raises(PermissionDenied):
        file_letters(session, clerk, [first])
