"""The archive screen: filing into a case (also from the register's selection), the
retention list, a destruction act."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.gui.archive_view import ArchiveView
from app.gui.main_window import SECTIONS, MainWindow
from app.gui.register_replies import letter_menu
from db.models import Letter, Page, StoredFile, User
from db.models_search import ArchiveCase, CaseFiling, NomenclatureItem
from db.store import FileStore
from letters.actors import resolve_actor
from letters.archive import file_letters
from letters.archive_acts import confirm_act, create_act
from letters.permissions import PermissionDenied
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter
from ocr.archive_pdf import pdf_text

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


def _cases_of(database, reg_nos) -> dict[str, tuple[str, int]]:
    """Where the letters are filed: registration number → (heading index, case year)."""
    with database.read() as session:
        rows = session.execute(
            select(Letter.reg_no, NomenclatureItem.index, ArchiveCase.year)
            .join(CaseFiling, CaseFiling.letter_id == Letter.id)
            .join(ArchiveCase, ArchiveCase.id == CaseFiling.case_id)
            .join(NomenclatureItem, NomenclatureItem.id == ArchiveCase.item_id)
            .where(Letter.reg_no.in_(reg_nos))
        ).all()
    return {reg_no: (index, year) for reg_no, index, year in rows}


def _select(register, *reg_nos: str) -> None:
    """Select the register's rows of these letters, as a Ctrl+click would."""
    model, selection = register.model, register.table.selectionModel()
    register.table.clearSelection()
    for row in range(model.rowCount()):
        if model.row_at(row).reg_no in reg_nos:
            selection.select(
                model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )


def _filing_action(menu):
    return next(a for a in menu.actions() if a.objectName() == "file_into_case")


def test_file_letters_selected_in_the_register(qtbot, archive, store_dir) -> None:
    database, store, first, second = archive
    with database.write() as session:
        actor = resolve_actor(session, None)
        third = _closed_letter(session, actor, store, "Прошу вернуть переплату.").reg_no
        letter = _closed_letter(session, actor, store, "Ответа пока нет.")
        letter.status = "in_progress"
        still_open = letter.reg_no
    window = MainWindow(database, store_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_section("register")
    register = window.register
    qtbot.waitUntil(lambda: register.model.rowCount() == 4)  # loads in the background
    assert register.file_button.isVisible() and not register.file_button.isEnabled()

    # An open letter among the selected: nothing to file yet, and the menu says why.
    _select(register, first, still_open)
    assert not register.file_button.isEnabled()
    assert "1 of the selected" in register.file_button.toolTip()
    action = _filing_action(letter_menu(register, window.actor))
    assert action.isVisible() and not action.isEnabled() and "not all" in action.text()

    _select(register, first, third)
    assert register.file_button.isEnabled()
    with qtbot.waitSignal(register.file_requested) as asked:
        register.file_button.click()
    assert sorted(asked.args[0]) == sorted([first, third])
    action = _filing_action(letter_menu(register, window.actor))
    assert action.isEnabled() and action.text() == "File 2 letters into a case…"
    action.trigger()  # the context menu's entry: the archive opens with the letters

    archive_view = window.archive_view
    cases = archive_view.cases
    assert window.current_section() == "archive"
    assert archive_view.currentWidget() is cases
    assert sorted(cases.numbers.toPlainText().splitlines()) == sorted([first, third])
    qtbot.waitUntil(lambda: cases.case.findData("01-13") >= 0)  # the nomenclature is read
    assert "Letters ready to file: 2." in cases.info.text()
    cases.case.setCurrentIndex(cases.case.findData("01-13"))
    with qtbot.waitSignal(cases.changed, timeout=15000):
        cases.file_button.click()
    assert "Letters filed: 2." in cases.info.text()
    assert "01-13 of 2019, kept permanently" in cases.info.text()
    assert cases.numbers.toPlainText() == ""
    assert _cases_of(database, [first, second, third, still_open]) == {
        first: ("01-13", 2019),
        second: ("01-12", 2019),  # filed before, untouched
        third: ("01-13", 2019),
    }
    window.close()


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
    assert "Letters filed: 1." in cases.info.text() and "01-12 of 2019" in cases.info.text()

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
    draft_text = " ".join(" ".join(pdf_text(draft_pdf.read_bytes())).split())
    assert "ПРОЕКТ" in draft_text and "Итого: 2 обращения" in draft_text
    assert "Подлежат уничтожению" in draft_text and "Уничтожены" not in draft_text

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
    assert window.register.file_button.isHidden()  # no filing from the register either
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 2)
    _select(window.register, first)
    action = _filing_action(letter_menu(window.register, clerk))
    assert not action.isVisible() and not action.isEnabled()
    window.file_into_case([first])
    assert window.current_section() != "archive"
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


def _column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_a_heading_shows_its_cases_and_a_case_its_letters(qtbot, archive, store_dir) -> None:
    database, store, first, second = archive
    window = MainWindow(database, store_dir)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    window.show()
    window.show_section("archive")
    cases = window.archive_view.cases
    qtbot.waitUntil(lambda: cases.case.findData("01-12") >= 0)
    cases.case.setCurrentIndex(cases.case.findData("01-12"))
    cases.set_letters([first])
    with qtbot.waitSignal(cases.changed, timeout=15000):
        cases.file_button.click()

    with qtbot.waitSignal(cases.loaded, timeout=15000):
        cases.select_heading("01-12")
    assert cases.heading == "01-12" and "Cases of 01-12 by year: 1." in cases.cases_label.text()
    assert [_column(cases.cases_table, c) for c in range(4)] == [
        ["2019"], ["2"], ["01.01.2025"], [""]
    ]  # fmt: skip
    assert cases.letters_table.rowCount() == 0
    with qtbot.waitSignal(cases.loaded, timeout=15000):
        cases.select_case(2019)
    letters = cases.letters_table
    assert _column(letters, 0) == [first, second]
    assert _column(letters, 1) == ["06.05.2019", "06.05.2019"]
    assert set(_column(letters, 2)) == {"Соколова Вера Андреевна"}
    assert set(_column(letters, 3)) == {"Жалоба на начисления"}
    assert set(_column(letters, 4)) == {"Done"} and set(_column(letters, 5)) == {"kept"}
    assert cases.letters_label.text() == (
        "Case 01-12 of 2019: 2 letters, may be destroyed from 01.01.2025."
    )

    # A heading without cases says so, and choosing the first again shows its case.
    with qtbot.waitSignal(cases.loaded, timeout=15000):
        cases.select_heading("01-13")
    assert cases.cases_table.rowCount() == 0 and "No cases of 01-13" in cases.cases_label.text()
    with qtbot.waitSignal(cases.loaded, timeout=15000):
        cases.select_heading("01-12")
    with qtbot.waitSignal(cases.loaded, timeout=15000):
        cases.select_case(2019)

    with database.read() as session:
        ids = {n: i for n, i in session.execute(select(Letter.reg_no, Letter.id))}
    # Double-click opens the letter's card, as from the register.
    with qtbot.waitSignal(window.archive_view.letter_requested) as opened:
        letters.doubleClicked.emit(letters.model().index(1, 3))
    assert opened.args == [ids[second]]
    assert window.current_section() == "incoming"  # the main window showed the card
    window.show_section("archive")
    letters.setFocus()
    letters.selectRow(0)
    with qtbot.waitSignal(cases.letter_requested) as opened:
        qtbot.keyClick(letters, Qt.Key.Key_Return)
    assert opened.args == [ids[first]]

    # After a confirmed act only the tombstones are left, and the case says so.
    with database.write() as session:
        actor = resolve_actor(session, None)
        confirm_act(session, actor, create_act(session, actor, TODAY).number, store)
    window.show_section("archive")
    cases.load_cases()
    qtbot.waitUntil(lambda: _column(cases.letters_table, 4) == ["Destroyed", "Destroyed"])
    assert _column(cases.cases_table, 1) == ["2 (2 destroyed)"]
    assert _column(cases.cases_table, 3) == ["yes"]
    assert _column(letters, 0) == [first, second] and _column(letters, 2) == ["", ""]
    assert all(text.startswith("destroyed, act ") for text in _column(letters, 5))
    window.close()
