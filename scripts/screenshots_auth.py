"""Signing in, the users page and the audit log viewer (run by ``scripts/screenshots.py``).

Builds a small register (an administrator, users of every role, departments, a few letters
and their audit trail) and saves ``app_<lang>_login.png``, ``app_<lang>_users.png`` and
``app_<lang>_audit.png``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shots_common import SIZE, save, wait_until

PASSWORD = "пароль-для-снимков"
PEOPLE = (
    ("ivanova", "Иванова Мария Петровна", "clerk", "01", True),
    ("orlov", "Орлов Игорь Дмитриевич", "clerk", "01", False),
    ("kuzmina", "Кузьмина Ольга Петровна", "specialist", "02", True),
    ("petrov", "Петров Андрей Сергеевич", "head", "02", True),
    ("sidorova", "Сидорова Анна Ильинична", "archivist", "03", True),
)
DEPARTMENTS = (
    ("01", "Канцелярия"),
    ("02", "Отдел по работе с потребителями"),
    ("03", "Архив"),
)


def build(folder: Path):  # type: ignore[no-untyped-def]
    from db.engine import Database
    from db.migrate import upgrade
    from letters import audit, auth, users
    from letters.actors import resolve_actor
    from letters.register import LetterDraft, register_letter
    from letters.verification import accept_card, load_card
    from letters.verification_types import CardEdits

    database = Database(f"sqlite:///{folder / 'mailroom.sqlite3'}")
    upgrade(database.engine)
    with database.write() as session:
        resolve_actor(session, None)
        admin = auth.create_first_admin(session, "admin", "Смирнова Елена Викторовна", PASSWORD)
    with database.write() as session:
        codes = {}
        for code, name in DEPARTMENTS:
            codes[code] = users.save_department(
                session, admin, users.DepartmentInfo(None, code, name)
            )
        for login, name, role, department, active in PEOPLE:
            info = users.UserInfo(None, login, name, role, codes[department], active=active)
            users.save_user(session, admin, info, PASSWORD)
        auth.set_os_sign_on(session, admin, False)
    with database.read() as session:
        clerk = resolve_actor(session, "ivanova")
        archivist = resolve_actor(session, "sidorova")
    audit.log(database, clerk, "auth.sign_in", "user", clerk.id)
    letter_ids = []
    with database.write() as session:
        for sender, summary in (
            ("Соколов Павел Андреевич", "Просит пересчитать начисления за октябрь"),
            ("Белова Ирина Олеговна", "Не согласна с показаниями счётчика"),
        ):
            draft = LetterDraft(
                received_on=dt.date(2026, 11, 2),
                sender_name=sender,
                sender_address="г. Калининград, ул. Мира, д. 12, кв. 5",
                summary=summary,
            )
            letter_ids.append(register_letter(session, clerk, draft).id)
    with database.write() as session:
        card = load_card(session, letter_ids[0], actor=clerk)
        edits = CardEdits(
            name="Соколов Павел Андреевич",
            address="236000, г. Калининград, ул. Мира, д. 12, кв. 5",
            phone="+7 911 123-45-67",
            email="",
            account="",
            category="recalculation",
            summary="Просит пересчитать начисления за октябрь",
            received_on=dt.date(2026, 11, 2),
        )
        accept_card(session, clerk, letter_ids[0], card.version, edits)
    audit.log(database, archivist, "search", "letters", "", {"query": "перерасчёт"})
    audit.log(database, archivist, "letter.open", "letter", letter_ids[0], {"reg_no": "ВХ-1"})
    try:
        with database.read() as session:
            auth.authenticate(session, "kuzmina", "не-тот-пароль")
    except auth.AuthError as exc:
        auth.log_failure(database, exc)
    return database, admin


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app import workstation as ws
    from app.gui.audit_view import AuditView
    from app.gui.login_dialog import LoginDialog
    from app.gui.settings_view import SettingsView

    folder = work / language
    folder.mkdir()
    database, admin = build(folder)
    saved: list[Path] = []

    login = LoginDialog(database, "ivanova")
    login.show()
    login.password.setText("неверный")
    login.ok_button.click()
    wait_until(lambda: login.ok_button.isEnabled() and login.message.text(), 30)
    login.adjustSize()
    saved.append(save(login, out, language, "login", 100))
    login.reject()

    settings = SettingsView(database, admin, ws.Workstation(), folder / "workstation.json")
    settings.resize(*SIZE)
    page = settings.users_page
    assert page is not None
    settings.tabs.setCurrentWidget(page)
    settings.show()
    wait_until(lambda: getattr(page, "data", None) is not None)
    page.users.selectRow(0)  # type: ignore[attr-defined]
    saved.append(save(settings, out, language, "users", 100))
    settings.close()

    view = AuditView(database, admin)
    view.resize(*SIZE)
    view.show()
    wait_until(lambda: view.model.rowCount())
    accepted = next(
        r
        for r in range(view.model.rowCount())
        if (e := view.model.entry(r)) is not None and e.action == "letter.accept"
    )
    view.table.selectRow(accepted)
    saved.append(save(view, out, language, "audit", 100))
    view.close()
    database.dispose()
    return saved
