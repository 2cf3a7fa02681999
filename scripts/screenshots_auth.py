#!/usr/bin/env python3
"""Save offscreen screenshots of signing in, the users page and the audit log viewer.

    .venv/bin/python scripts/screenshots_auth.py [--out docs/screenshots] [--lang ru]

Builds a small register in a temporary folder (an administrator, users of every role,
departments, a few letters and their audit trail) and saves ``app_<lang>_login.png``,
``app_<lang>_users.png`` and ``app_<lang>_audit.png``. Russian uses the shipped
translations plus ``app/translations/pending_*.json`` (see ``scripts/screenshots.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import install_language, wait  # noqa: E402

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


def shoot(language: str, out: Path) -> list[Path]:
    from app import workstation as ws
    from app.gui.audit_view import AuditView
    from app.gui.login_dialog import LoginDialog
    from app.gui.settings_view import SettingsView

    install_language(language)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mailroom-auth-shots-") as tmp:
        folder = Path(tmp)
        database, admin = build(folder)

        login = LoginDialog(database, "ivanova")
        login.show()
        login.password.setText("неверный")
        login.ok_button.click()
        for _ in range(100):
            wait(50)
            if login.ok_button.isEnabled() and login.message.text():
                break
        login.adjustSize()
        wait(100)
        saved.append(out / f"app_{language}_login.png")
        login.grab().save(str(saved[-1]))
        login.reject()

        settings = SettingsView(database, admin, ws.Workstation(), folder / "workstation.json")
        settings.resize(1360, 820)
        settings.tabs.setCurrentIndex(1)
        settings.show()
        page = settings.users_page
        for _ in range(100):
            wait(50)
            if page is not None and getattr(page, "data", None) is not None:
                break
        if page is not None:
            page.users.selectRow(0)
        wait(100)
        saved.append(out / f"app_{language}_users.png")
        settings.grab().save(str(saved[-1]))
        settings.close()

        view = AuditView(database, admin)
        view.resize(1360, 820)
        view.show()
        for _ in range(100):
            wait(50)
            if view.model.rowCount():
                break
        accepted = next(
            r
            for r in range(view.model.rowCount())
            if (e := view.model.entry(r)) is not None and e.action == "letter.accept"
        )
        view.table.selectRow(accepted)
        wait(100)
        saved.append(out / f"app_{language}_audit.png")
        view.grab().save(str(saved[-1]))
        view.close()
        database.dispose()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=["ru", "en"])
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mailroom screenshots")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for language in args.lang or ["ru"]:
        for path in shoot(language, out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
