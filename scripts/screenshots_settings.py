"""The administrator's settings pages: calendar, routing, deadline rules and journals (run
by ``scripts/screenshots.py``).

Builds a small register (departments, specialists, letters of the last weeks on every
channel, routing rules, an override of the production calendar, a journal of its own for
phone calls) and saves ``app_<lang>_settings_calendar.png``,
``app_<lang>_settings_routing.png``, ``app_<lang>_settings_deadlines.png`` and
``app_<lang>_settings_journals.png``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shots_common import SIZE, save, wait, wait_until

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
    from letters.journal_settings import save_journal, set_channel_journal
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
        save_journal(session, admin, "phone", "Телефонные обращения", "Т-{year}-{seq:05d}")
        set_channel_journal(session, admin, "phone", "phone")
    return database, admin


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app import workstation as ws
    from app.gui.settings_view import SettingsView

    folder = work / language
    folder.mkdir()
    database, admin = build(folder)
    view = SettingsView(database, admin, ws.Workstation(), folder / "workstation.json")
    view.resize(*SIZE)
    view.show()
    saved: list[Path] = []

    calendar = view.admin_pages["calendar"]
    view.tabs.setCurrentWidget(calendar)
    wait_until(lambda: calendar.data is not None)
    day = dt.date(calendar.data.year, 6, 19)
    calendar.pick_day(day)
    calendar.reason.setText("Указ губернатора области № 112 от 15.05.2026")
    calendar.add_button.click()
    wait_until(lambda: calendar.overrides.rowCount() == 2)
    calendar.pick_day(day)
    saved.append(save(view, out, language, "settings_calendar", 150))

    routing = view.admin_pages["routing"]
    view.tabs.setCurrentWidget(routing)
    wait_until(lambda: routing.data is not None)
    routing.rules.selectRow(2)
    saved.append(save(view, out, language, "settings_routing", 150))

    for name in ("deadlines", "journals"):
        page = view.admin_pages[name]
        view.tabs.setCurrentWidget(page)
        wait_until(lambda page=page: page.data is not None)
        saved.append(save(view, out, language, f"settings_{name}", 150))

    view.close()
    for page in view.admin_pages.values():
        page.shutdown()  # type: ignore[attr-defined]
    if view.users_page is not None:
        view.users_page.shutdown()  # type: ignore[attr-defined]
    wait(100)
    database.dispose()
    return saved
