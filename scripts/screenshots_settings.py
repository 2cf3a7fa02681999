#!/usr/bin/env python3
"""Save offscreen screenshots of the administrator's calendar and routing settings pages.

    .venv/bin/python scripts/screenshots_settings.py [--out docs/screenshots] [--lang ru]

Builds a small register in a temporary folder (departments, specialists, letters of the
last weeks on every channel, routing rules and an override of the production calendar)
and saves ``app_<lang>_settings_calendar.png`` and ``app_<lang>_settings_routing.png``.
Russian uses the shipped translations plus ``app/translations/pending_*.json`` (see
``scripts/screenshots.py``).
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

SIZE = (1360, 820)
PASSWORD = "пароль-для-снимков"
DEPARTMENTS = (
    ("01", "Расчётный отдел"),
    ("02", "Отдел по работе с потребителями"),
    ("03", "Сетевой отдел"),
)
PEOPLE = (
    ("kuzmina", "Кузьмина Ольга Петровна", "01"),
    ("belov", "Белов Артём Игоревич", "01"),
    ("orlova", "Орлова Вера Николаевна", "02"),
    ("gromov", "Громов Сергей Павлович", "03"),
)
# (days ago, channel, category, sender)
LETTERS = (
    (1, "post", "billing", "Соколов Павел Андреевич"),
    (1, "email", "billing", "Белова Ирина Олеговна"),
    (2, "phone", "power_quality", "Кравцова Нина Юрьевна"),
    (2, "post", "recalculation", "Мельников Дмитрий Олегович"),
    (3, "internet", "billing", "Захарова Анна Викторовна"),
    (3, "post", "billing", "Тихонов Роман Сергеевич"),
    (4, "post", "meter_readings", "Фролова Елена Ивановна"),
    (5, "phone", "billing", "Гусев Максим Петрович"),
    (6, "email", "recalculation", "Лебедева Ольга Андреевна"),
    (7, "post", "power_quality", "Никитин Василий Егорович"),
    (8, "post", "billing", "Ершова Светлана Николаевна"),
    (9, "internet", "contract", "Смирнов Кирилл Андреевич"),
    (10, "post", "billing", "Полякова Мария Дмитриевна"),
)
# (category, channel, department code, strategy, note, active)
RULES = (
    ("power_quality", "", "03", "least_loaded", "Качество электроэнергии: сетевикам", True),
    ("billing", "email", "02", "round_robin", "Вопросы по счёту, пришедшие почтой", True),
    ("billing", "", "01", "round_robin", "", True),
    ("recalculation", "", "01", "least_loaded", "Перерасчёты", True),
    ("meter_readings", "", "02", "round_robin", "Пока разбирает канцелярия", False),
)


def build(folder: Path):  # type: ignore[no-untyped-def]
    from db.engine import Database
    from db.migrate import upgrade
    from letters import routing, users
    from letters.actors import resolve_actor
    from letters.calendar import set_override
    from letters.register import LetterDraft, register_letter

    database = Database(f"sqlite:///{folder / 'mailroom.sqlite3'}")
    upgrade(database.engine)
    with database.write() as session:
        admin = resolve_actor(session, None)
        codes = {
            code: users.save_department(session, admin, users.DepartmentInfo(None, code, name))
            for code, name in DEPARTMENTS
        }
        for login, name, department in PEOPLE:
            users.save_user(
                session,
                admin,
                users.UserInfo(None, login, name, "specialist", codes[department]),
                PASSWORD,
            )
    now = dt.datetime.now(dt.UTC).replace(hour=9, minute=30)
    with database.write() as session:
        for days_ago, channel, category, sender in LETTERS:
            when = now - dt.timedelta(days=days_ago)
            draft = LetterDraft(
                received_on=when.date(),
                channel=channel,
                sender_name=sender,
                category=category,
                category_confidence=1.0,
                needs_review=False,
            )
            register_letter(session, admin, draft, now=when)
        for position, (category, channel, department, strategy, note, active) in enumerate(
            RULES, 1
        ):
            rule = routing.RoutingRuleDTO(
                codes[department], position * 10, category, channel, strategy, note, active
            )
            routing.save_rule(session, admin, rule)
        year = now.year
        set_override(
            session,
            admin,
            dt.date(year, 12, 26),
            True,
            "Постановление Правительства РФ о переносе выходного дня",
        )
    return database, admin


def _settle(condition, tries: int = 200) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        wait(50)
        if condition():
            return


def shoot(language: str, out: Path) -> list[Path]:
    from app import workstation as ws
    from app.gui.settings_view import SettingsView

    install_language(language)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mailroom-settings-shots-") as tmp:
        folder = Path(tmp)
        database, admin = build(folder)
        view = SettingsView(database, admin, ws.Workstation(), folder / "workstation.json")
        view.resize(*SIZE)
        view.show()

        calendar = view.admin_pages["calendar"]
        view.tabs.setCurrentWidget(calendar)
        _settle(lambda: calendar.data is not None)
        year = calendar.data.year
        day = dt.date(year, 6, 19)
        calendar.pick_day(day)
        calendar.reason.setText("Указ губернатора области № 112 от 15.05.2026")
        calendar.add_button.click()
        _settle(lambda: calendar.overrides.rowCount() == 2)
        calendar.pick_day(day)
        wait(150)
        saved.append(out / f"app_{language}_settings_calendar.png")
        view.grab().save(str(saved[-1]))

        routing = view.admin_pages["routing"]
        view.tabs.setCurrentWidget(routing)
        _settle(lambda: routing.data is not None)
        routing.rules.selectRow(2)
        wait(150)
        saved.append(out / f"app_{language}_settings_routing.png")
        view.grab().save(str(saved[-1]))

        view.close()
        for page in view.admin_pages.values():
            page.shutdown()  # type: ignore[attr-defined]
        if view.users_page is not None:
            view.users_page.shutdown()  # type: ignore[attr-defined]
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
