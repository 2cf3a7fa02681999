"""Signing in, the first administrator, refused actions, the users page, the audit viewer and
two people editing the same card."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.gui.audit_view import AuditView
from app.gui.consumers_view import ConsumersView
from app.gui.jobs import JobRunner
from app.gui.login_dialog import FirstAdminDialog, LoginDialog, sign_in_at_start
from app.gui.main_window import MainWindow
from app.gui.startup import _who_works
from app.gui.users_page import UsersPage
from app.gui.verification.station import VerificationStation
from db.models import AuditEvent, Letter, Setting
from letters import audit, auth, users
from letters.actors import Actor, resolve_actor
from letters.register import LetterDraft, register_letter

WAIT = 20_000
ADMIN_PASSWORD = "надёжный-пароль"
PASSWORD = "пароль-клерка"


def _people(database) -> dict[str, Actor]:
    """An administrator with a password, and one user of each other role."""
    with database.write() as session:
        admin = auth.create_first_admin(session, "boss", "Начальникова Н. Н.", ADMIN_PASSWORD)
    people = {"boss": admin}
    with database.write() as session:
        for login, role in (
            ("ivanova", "clerk"),
            ("sidorova", "archivist"),
            ("petrov", "head"),
        ):
            info = users.UserInfo(None, login, f"{login.title()} Т. Т.", role)
            users.save_user(session, admin, info, PASSWORD)
    with database.read() as session:
        for login in ("ivanova", "sidorova", "petrov"):
            people[login] = resolve_actor(session, login)
    return people


def _events(database, action: str) -> list[AuditEvent]:
    with database.read() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


# --- signing in ----------------------------------------------------------------------------------


def test_login_with_wrong_then_right_password(qtbot, database) -> None:
    _people(database)
    dialog = LoginDialog(database, "ivanova")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("не-тот-пароль")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits
    assert failed.args == ["Wrong password for ivanova."]
    assert dialog.message.text() == "Wrong password for ivanova."
    assert dialog.password.text() == "" and dialog.actor is None and dialog.isVisible()
    [failure] = _events(database, "auth.failed")
    assert (failure.entity_id, failure.after) == ("ivanova", {"why": "wrong_password"})

    dialog.login.setText("nobody")
    dialog.password.setText("что-угодно")
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        dialog.ok_button.click()
    assert "nobody" in failed.args[0]

    dialog.login.setText("ivanova")
    dialog.login.setFocus()
    qtbot.keyClick(dialog.login, Qt.Key.Key_Return)  # Enter in the login: on to the password
    assert dialog.password.hasFocus() and dialog.message.text() == ""
    dialog.ok_button.click()
    assert dialog.message.text() == "Enter the password."

    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and (dialog.actor.login, dialog.actor.role) == (
        "ivanova",
        "clerk",
    )
    assert [e.user_login for e in _events(database, "auth.sign_in")] == ["ivanova"]
    assert len(_events(database, "auth.failed")) == 2


def test_a_blocked_user_cannot_sign_in(qtbot, database) -> None:
    people = _people(database)
    with database.write() as session:
        me = next(u for u in users.list_users(session, people["boss"]) if u.login == "ivanova")
        users.save_user(
            session,
            people["boss"],
            users.UserInfo(me.id, me.login, me.full_name, me.role, active=False),
        )
    dialog = LoginDialog(database, "ivanova")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as failed:
        dialog.ok_button.click()
    assert failed.args == ["User ivanova is blocked."]


def test_first_run_creates_the_administrator_then_asks_for_the_password(qtbot, database) -> None:
    with database.write() as session:
        resolve_actor(session, None)  # a fresh install's passwordless local administrator
        assert auth.needs_first_admin(session)
    seen: dict[str, str] = {}

    def first_admin(db, parent=None):
        dialog = FirstAdminDialog(db, parent=parent)

        def fill() -> None:
            dialog.login.setText("boss")
            dialog.full_name.setText("Начальникова Нина Николаевна")
            dialog.password.setText("short")
            dialog.repeat.setText("short")
            dialog.ok_button.click()
            seen["weak"] = dialog.message.text()
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.repeat.setText(ADMIN_PASSWORD + "x")
            seen["hint"] = dialog.hint.text()
            dialog.ok_button.click()
            seen["differ"] = dialog.message.text()
            dialog.repeat.setText(ADMIN_PASSWORD)
            qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

        QTimer.singleShot(0, fill)
        return dialog

    def no_login(*_args, **_kwargs):
        raise AssertionError("the first run creates the administrator: no login dialog")

    actor = sign_in_at_start(
        database, os_login="", first_admin_dialog=first_admin, login_dialog=no_login
    )
    assert seen["weak"] == "The password is too short: at least 8 characters."
    assert seen["hint"] == seen["differ"] == "The passwords differ."
    assert actor is not None and (actor.login, actor.role) == ("boss", "admin")
    assert actor.full_name == "Начальникова Нина Николаевна"
    with database.read() as session:
        assert not auth.needs_first_admin(session)
        assert auth.authenticate(session, "boss", ADMIN_PASSWORD) == actor
    assert [e.user_login for e in _events(database, "user.first_admin")] == ["boss"]

    # the next start asks for the password, with the last login filled in
    logins: list[str] = []

    def login(db, last, parent=None):
        dialog = LoginDialog(db, last, parent=parent)
        logins.append(dialog.login.text())

        def fill() -> None:
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.ok_button.click()

        QTimer.singleShot(0, fill)
        return dialog

    again = sign_in_at_start(database, os_login="", login_dialog=login)
    assert logins == ["boss"] and again == actor

    def cancel(db, last, parent=None):
        dialog = LoginDialog(db, last, parent=parent)
        QTimer.singleShot(0, dialog.reject)
        return dialog

    assert sign_in_at_start(database, os_login="", login_dialog=cancel) is None


def test_os_sign_on_skips_the_dialog_once_enabled(qtbot, database) -> None:
    people = _people(database)

    def login(db, last, parent=None):
        dialog = LoginDialog(db, last, parent=parent)
        QTimer.singleShot(0, dialog.reject)
        return dialog

    assert sign_in_at_start(database, os_login="ivanova", login_dialog=login) is None
    with database.write() as session:
        auth.set_os_sign_on(session, people["boss"], True)
    actor = sign_in_at_start(database, os_login="ivanova", login_dialog=login)
    assert actor is not None and actor.login == "ivanova"
    assert sign_in_at_start(database, os_login="stranger", login_dialog=login) is None
    assert [e.user_login for e in _events(database, "auth.os_sign_on")] == ["ivanova"]


def test_the_demo_opens_as_the_local_administrator_without_a_dialog(database) -> None:
    actor = _who_works(database, local_admin=True)
    assert actor is not None and (actor.login, actor.role) == ("admin", "admin")


# --- refused actions ------------------------------------------------------------------------------


def test_an_archivist_importing_the_registry_gets_a_clear_message(
    qtbot, database, tmp_path: Path
) -> None:
    people = _people(database)
    registry = tmp_path / "registry.csv"
    registry.write_text("account;full_name\n4000000001;Петров Пётр\n", encoding="utf-8")
    runner = JobRunner()
    view = ConsumersView(database, people["sidorova"], runner)
    qtbot.addWidget(view)
    job = view.import_registry_file(registry)
    with qtbot.waitSignal(job.ended, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)), timeout=WAIT)
    [box] = view.findChildren(QMessageBox)
    assert box.text() == "Not allowed for the role archivist: import the consumer registry"
    box.close()
    runner.shutdown()


def test_a_clerk_cannot_open_the_users_list(qtbot, database) -> None:
    people = _people(database)
    page = UsersPage(database, people["ivanova"])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Not allowed" in page.info.text(), timeout=WAIT)
    assert page.info.text() == "Not allowed for the role clerk: manage users"
    assert page.users.rowCount() == 0 and not page.add_user_button.isEnabled()
    page.shutdown()


def test_the_window_hides_what_the_role_cannot_do(qtbot, database, tmp_path: Path) -> None:
    people = _people(database)
    clerk = MainWindow(database, tmp_path / "store", actor=people["ivanova"])
    qtbot.addWidget(clerk)
    assert clerk.intake is not None
    assert clerk.settings_view.users_page is None and not clerk.settings_view.may_manage
    assert not clerk.audit_action.isVisible() and clerk.open_audit_log() is None
    assert "clerk" in clerk.user_label.text()

    archivist = MainWindow(database, tmp_path / "store", actor=people["sidorova"])
    qtbot.addWidget(archivist)
    assert archivist.intake is None  # no intake tab: archivists do not register letters
    assert archivist.incoming.count() == 1
    assert archivist.consumers.import_button.isHidden()
    assert archivist.audit_action.isVisible()
    view = archivist.open_audit_log()
    assert isinstance(view, AuditView)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        pass

    admin = MainWindow(database, tmp_path / "store", actor=people["boss"])
    qtbot.addWidget(admin)
    assert admin.settings_view.users_page is not None
    assert admin.settings_view.tabs.count() == 6  # General, Users and the settings pages


# --- the users page -------------------------------------------------------------------------------


def test_the_users_page_creates_a_user_who_can_then_sign_in(qtbot, database) -> None:
    people = _people(database)
    page = UsersPage(database, people["boss"])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT)
    logins = [page.users.item(r, 0).text() for r in range(page.users.rowCount())]
    assert logins == ["boss", "ivanova", "petrov", "sidorova"]
    assert page.users.item(0, 2).text() == "administrator"
    assert page.users.item(0, 5).text() == "set"

    department = page.add_department()
    department.code.setText("02")
    department.name.setText("Отдел по работе с потребителями")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        department.save_button.click()
    assert page.departments.item(0, 1).text() == "Отдел по работе с потребителями"

    dialog = page.add_user()
    assert dialog is not None
    dialog.login.setText("kuzmina")
    dialog.full_name.setText("Кузьмина Ольга Петровна")
    dialog.role.setCurrentIndex(dialog.role.findData("specialist"))
    assert "draft replies" in dialog.duties.text()
    dialog.department.setCurrentIndex(1)
    dialog.password.setText("kuzmina-2026")
    dialog.repeat.setText("kuzmina-2027")
    dialog.save_button.click()
    assert dialog.message.text() == "The passwords differ." and dialog.isVisible()
    dialog.repeat.setText("kuzmina-2026")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        dialog.save_button.click()
    row = next(r for r in range(page.users.rowCount()) if page.users.item(r, 0).text() == "kuzmina")
    assert [page.users.item(row, c).text() for c in range(6)] == [
        "kuzmina",
        "Кузьмина Ольга Петровна",
        "specialist",
        "Отдел по работе с потребителями",
        "active",
        "set",
    ]

    taken = page.add_user()
    assert taken is not None
    taken.login.setText("kuzmina")
    taken.password.setText("another-one")
    taken.repeat.setText("another-one")
    taken.save_button.click()
    qtbot.waitUntil(lambda: taken.message.text() != "", timeout=WAIT)
    assert taken.message.text() == "Already taken: kuzmina"
    taken.reject()

    login = LoginDialog(database, "kuzmina")
    qtbot.addWidget(login)
    login.show()
    login.password.setText("kuzmina-2026")
    with qtbot.waitSignal(login.accepted, timeout=WAIT):
        login.ok_button.click()
    assert login.actor is not None and login.actor.role == "specialist"
    assert login.actor.department_id is not None

    with qtbot.waitSignal(page.status_message, timeout=WAIT):
        page.os_sign_on.setChecked(True)
    with database.read() as session:
        assert auth.os_sign_on_enabled(session)
        assert session.get(Setting, auth.OS_SIGN_ON_KEY) is not None
    [switched] = _events(database, "settings.os_sign_on")
    assert switched.after == {"enabled": True} and switched.user_login == "boss"
    page.shutdown()


# --- the audit viewer -----------------------------------------------------------------------------


def test_the_audit_viewer_filters_by_user_and_exports(
    qtbot, qtmodeltester, database, tmp_path: Path
) -> None:
    people = _people(database)
    audit.log(database, people["ivanova"], "search", "letters", "", {"query": "счётчик"})
    audit.log(database, people["petrov"], "letter.open", "letter", 7, {"reg_no": "ВХ-7"})
    audit.log(database, people["ivanova"], "letter.open", "letter", 8, {"reg_no": "ВХ-8"})
    view = AuditView(database, people["sidorova"])
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT) as everything:
        pass
    total = everything.args[0]
    assert total == view.model.rowCount() >= 3 + 4  # three reads, the admin and three users
    assert view.user.findData("ivanova") > 0 and view.user.findData("petrov") > 0
    assert view.model.index(0, 1).data() == "ivanova"  # newest first
    qtmodeltester.check(view.model)

    with qtbot.waitSignal(view.loaded, timeout=WAIT) as filtered:
        view.user.setCurrentIndex(view.user.findData("ivanova"))
        view.refresh()
    assert filtered.args == [2]
    assert {view.model.index(r, 1).data() for r in range(2)} == {"ivanova"}
    assert view.model.index(0, 2).data() == "card opened"
    assert view.model.index(0, 3).data() == "letter 8"
    view.table.selectRow(1)
    assert "search" in view.details_title.text()
    cells = [
        [view.details.item(r, c).text() for c in range(3)] for r in range(view.details.rowCount())
    ]
    assert ["query", "", "счётчик"] in cells

    with qtbot.waitSignal(view.loaded, timeout=WAIT) as opened:
        view.action.setCurrentIndex(view.action.findData("letter."))
        view.user.setCurrentIndex(0)
        view.refresh()
    assert opened.args == [2]
    with qtbot.waitSignal(view.loaded, timeout=WAIT) as typed:
        view.action.setEditText("user.create")
        view.refresh()
    assert typed.args == [3]

    target = tmp_path / "extract.csv"
    with qtbot.waitSignal(view.exported, timeout=WAIT) as written:
        view.export_to(target, "csv")
    assert written.args == [3]
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {r["action"] for r in rows} == {"user.create"}
    [export] = _events(database, "audit.export")
    assert export.user_login == "sidorova" and export.after["entries"] == 3

    clerk_view = AuditView(database, people["ivanova"])
    qtbot.addWidget(clerk_view)
    qtbot.waitUntil(lambda: "Not allowed" in clerk_view.info.text(), timeout=WAIT)
    assert clerk_view.info.text() == "Not allowed for the role clerk: view the audit log"
    assert clerk_view.model.rowCount() == 0


# --- two people, one card -------------------------------------------------------------------------


@pytest.fixture
def two_stations(qtbot, database, store_dir: Path):
    with database.write() as session:
        admin = resolve_actor(session, None)
        letter = register_letter(
            session,
            admin,
            LetterDraft(
                received_on=dt.date(2026, 11, 2),
                sender_name="Иванов Иван Иванович",
                sender_address="г. Калининград, ул. Мира, д. 1",
                summary="Просит пересчитать начисления",
            ),
        )
    with database.write() as session:
        users.save_user(session, admin, users.UserInfo(None, "petrova", "Петрова О. В."), PASSWORD)
    with database.read() as session:
        petrova = resolve_actor(session, "petrova")
    stations = []
    for actor in (admin, petrova):
        station = VerificationStation(database, store_dir, actor)
        qtbot.addWidget(station)
        station.resize(1100, 700)
        station.show()
        with qtbot.waitSignal(station.card_shown, timeout=WAIT):
            station.open_letter(letter.id)
        stations.append(station)
    yield letter.id, stations[0], stations[1]
    for station in stations:
        qtbot.waitUntil(lambda s=station: not s.busy, timeout=WAIT)
        station.shutdown()


def _letter(database, letter_id: int) -> Letter:
    with database.read() as session:
        row = session.get(Letter, letter_id)
        assert row is not None
        return row


def test_a_concurrent_edit_shows_the_other_change_and_overwrite_keeps_both(
    qtbot, database, two_stations
) -> None:
    letter_id, first, second = two_stations
    first.form.line("name").setText("Иванова Мария Петровна")
    with qtbot.waitSignal(first.card_shown, timeout=WAIT):
        first.accept()
    assert _letter(database, letter_id).sender_name == "Иванова Мария Петровна"

    second.form.summary.setPlainText("Жалоба на грубость оператора")
    with qtbot.waitSignal(second.conflict_shown, timeout=WAIT) as shown:
        second.accept()
    dialog = shown.args[0]
    assert dialog is second.conflict and dialog.isVisible()
    assert "admin" in dialog.headline.text() and "card accepted" in dialog.headline.text()
    theirs = [
        [dialog.their_table.item(r, c).text() for c in range(3)]
        for r in range(dialog.their_table.rowCount())
    ]
    assert ["Sender", "Иванов Иван Иванович", "Иванова Мария Петровна"] in theirs
    mine = [
        [dialog.my_table.item(r, c).text() for c in range(3)]
        for r in range(dialog.my_table.rowCount())
    ]
    assert mine == [["Summary", "Просит пересчитать начисления", "Жалоба на грубость оператора"]]
    assert "petrova" not in dialog.headline.text()
    assert "admin" in second.message.text()  # the message above the card says it too
    assert second.form.line("name").text() == "Иванова Мария Петровна"  # the saved card

    with qtbot.waitSignal(second.card_shown, timeout=WAIT):
        dialog.overwrite_button.click()
    row = _letter(database, letter_id)
    assert row.sender_name == "Иванова Мария Петровна"  # their change stays
    assert row.summary == "Жалоба на грубость оператора"  # and mine is saved on top
    accepts = _events(database, "letter.accept")
    assert [e.user_login for e in accepts] == ["admin", "petrova"]
    assert second.conflict is None


def test_reload_after_a_concurrent_edit_keeps_the_saved_card(qtbot, database, two_stations) -> None:
    letter_id, first, second = two_stations
    first.form.line("name").setText("Иванова Мария Петровна")
    with qtbot.waitSignal(first.card_shown, timeout=WAIT):
        first.accept()

    second.form.line("name").setText("Иванов Пётр Иванович")
    with qtbot.waitSignal(second.conflict_shown, timeout=WAIT) as shown:
        second.accept()
    dialog = shown.args[0]
    mine = [
        [dialog.my_table.item(r, c).text() for c in range(3)]
        for r in range(dialog.my_table.rowCount())
    ]
    # both changed the sender: the dialog shows it, highlighted
    assert mine == [["Sender", "Иванова Мария Петровна", "Иванов Пётр Иванович"]]
    assert dialog.my_table.item(0, 0).font().bold()
    with qtbot.waitSignal(dialog.chosen, timeout=WAIT) as chosen:
        dialog.reload_button.click()
    assert chosen.args == ["reload"]
    assert second.conflict is None and not second.busy
    assert second.form.line("name").text() == "Иванова Мария Петровна"
    assert second.card is not None and second.card.version == _letter(database, letter_id).version
    assert _letter(database, letter_id).sender_name == "Иванова Мария Петровна"
    assert [e.user_login for e in _events(database, "letter.accept")] == ["admin"]


def test_roles_that_do_not_verify_see_the_card_read_only(qtbot, database, store_dir) -> None:
    people = _people(database)
    with database.write() as session:
        letter = register_letter(
            session, people["boss"], LetterDraft(received_on=dt.date(2026, 11, 2))
        )
    station = VerificationStation(database, store_dir, people["petrov"])
    qtbot.addWidget(station)
    station.show()
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        station.open_letter(letter.id)
    assert not station.actions_by_name["accept"].isEnabled()
    assert not station.accept_button.isEnabled() and not station.form.isEnabled()
    assert "head of department" in station.message.text()
    station.accept()  # the shortcut is disabled; a direct call is refused in the GUI too
    assert not station.busy and "Read only" in station.message.text()
    station.shutdown()
