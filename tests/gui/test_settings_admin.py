"""The administrator's settings pages on a real database: the production calendar with its
overrides, routing rules with their preview, deadline rules, and journals per channel; and
that nobody else gets them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import workstation as ws
from app.gui.settings_calendar import (
    COLOURS,
    HOLIDAY,
    OVERRIDE_OFF,
    WORKING_WEEKEND,
    CalendarPage,
    day_kind,
)
from app.gui.settings_common import SettingsPage, settings_error_text
from app.gui.settings_deadlines import DeadlinesPage
from app.gui.settings_journals import JournalsPage
from app.gui.settings_routing import RoutingPage
from app.gui.settings_view import SettingsView
from db.engine import Database
from db.models import AuditEvent, Department, Letter, User
from db.models_deadlines import DeadlineRuleRow, RoutingRule
from letters import routing
from letters.actors import Actor, resolve_actor
from letters.calendar import set_override
from letters.deadline_rules import DeadlineRuleError
from letters.journal_settings import JournalError
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter

WAIT = 20_000
D = dt.date


@dataclass
class Office:
    database: Database
    admin: Actor
    head: Actor
    clerk: Actor
    billing: int
    grid: int


@pytest.fixture
def office(database: Database) -> Iterator[Office]:
    with database.write() as session:
        admin = resolve_actor(session, None)
        billing = Department(code="billing", name="Расчётный отдел")
        grid = Department(code="grid", name="Сетевой отдел")
        session.add_all([billing, grid])
        session.flush()
        people = {}
        for login, role, department in (("head", "head", billing.id), ("clerk", "clerk", None)):
            user = User(login=login, full_name=login.title(), role=role, department_id=department)
            session.add(user)
            session.flush()
            people[login] = Actor.of(user)
        ids = (billing.id, grid.id)
    yield Office(database, admin, people["head"], people["clerk"], *ids)


def register(
    office: Office,
    sender: str,
    *,
    category: str = "billing",
    channel: str = "post",
    on: dt.datetime | None = None,
) -> tuple[int, str]:
    with office.database.write() as session:
        draft = LetterDraft(
            received_on=(on or dt.datetime.now(dt.UTC)).date(),
            sender_name=sender,
            category=category,
            channel=channel,
        )
        done = register_letter(session, office.admin, draft, now=on)
        return done.id, done.reg_no


def due_on(office: Office, letter_id: int) -> dt.date | None:
    with office.database.read() as session:
        return session.scalar(select(Letter.due_on).where(Letter.id == letter_id))


def actions(office: Office, prefix: str) -> list[AuditEvent]:
    with office.database.read() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.like(f"{prefix}%"))
                .order_by(AuditEvent.id)
            )
        )


def shown(qtbot, page: SettingsPage) -> SettingsPage:
    """The page on screen with its data loaded (it loads when first shown)."""
    qtbot.addWidget(page)
    assert not page.started
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    return page


@pytest.fixture
def pages() -> Iterator[list[SettingsPage]]:
    """Pages to stop at the end: no worker thread outlives a test."""
    made: list[SettingsPage] = []
    yield made
    for page in made:
        page.shutdown()


# --- the production calendar ------------------------------------------------------------------


def test_calendar_shows_the_working_saturday_and_the_holiday(qtbot, office, pages) -> None:
    page = CalendarPage(office.database, office.admin)
    pages.append(page)
    page.year.setValue(2025)
    shown(qtbot, page)
    saturday, holiday, monday = D(2025, 11, 1), D(2025, 11, 4), D(2025, 11, 10)
    assert page.info_of(saturday).is_working
    assert day_kind(page.info_of(saturday)) == WORKING_WEEKEND
    assert page.day_colour(saturday) == COLOURS[WORKING_WEEKEND][0]
    assert not page.info_of(holiday).is_working
    assert day_kind(page.info_of(holiday)) == HOLIDAY
    assert page.day_colour(holiday) == COLOURS[HOLIDAY][0]
    assert page.day_colour(monday) is None  # an ordinary working day
    assert page.months[10].days[holiday].reason == "Unity Day"
    assert "2025: 247 working days, 118 days off" in page.info.text()
    # a click on a working day prepares the override that makes it a day off
    page.pick_day(monday)
    assert page.chosen_day() == monday and page.kind.currentData() is False
    assert page.months[10].selected == monday
    assert not page.add_button.isEnabled()  # the reason is required

    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.year.setValue(2026)
    assert page.data.year == 2026 and page.info_of(D(2026, 1, 1)).reason == "New Year Holidays"


def test_an_override_changes_the_colour_recomputes_and_is_audited(qtbot, office, pages) -> None:
    letter_id, _ = register(office, "Иванов И. И.", on=dt.datetime(2025, 10, 6, 9, tzinfo=dt.UTC))
    assert due_on(office, letter_id) == D(2025, 11, 5)  # 30 calendar days, a Wednesday
    page = CalendarPage(office.database, office.admin)
    pages.append(page)
    page.year.setValue(2025)
    shown(qtbot, page)
    day = D(2025, 11, 5)
    assert page.day_colour(day) is None
    page.pick_day(day)
    page.add_override()  # no reason: refused on the spot
    assert page.info.text() == "Give the reason: the decree or order."
    page.reason.setText("Постановление Правительства РФ № 999")
    assert page.add_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.day_colour(day) == COLOURS[OVERRIDE_OFF][0]
    assert page.info_of(day).overridden and not page.info_of(day).is_working
    assert page.overrides.rowCount() == 1
    assert page.overrides.item(0, 0).text() == "05.11.2025"
    assert page.overrides.item(0, 2).text() == "Постановление Правительства РФ № 999"
    assert page.info.text().startswith(
        "05.11.2025 is now a day off. Deadlines recomputed: the dates of 1 open letter(s) changed."
    )
    assert due_on(office, letter_id) == D(2025, 11, 6)
    [event] = actions(office, "calendar.")
    assert (event.action, event.entity_id, event.user_login) == (
        "calendar.override",
        "2025-11-05",
        "admin",
    )
    assert event.after == {"is_working": False, "reason": "Постановление Правительства РФ № 999"}
    assert [e.entity_id for e in actions(office, "letter.deadlines_recomputed")] == [str(letter_id)]

    page.overrides.selectRow(0)
    assert page.remove_button.isEnabled() and page.reason.text().startswith("Постановление")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.remove_button.click()
    assert page.day_colour(day) is None and page.overrides.rowCount() == 0
    assert due_on(office, letter_id) == D(2025, 11, 5)
    assert [e.action for e in actions(office, "calendar.")] == [
        "calendar.override",
        "calendar.override_removed",
    ]


# --- routing rules ------------------------------------------------------------------------------


def test_routing_preview_lists_the_recent_letters_each_rule_would_get(qtbot, office, pages) -> None:
    _, post1 = register(office, "Первый")
    _, mail = register(office, "Второй", channel="email")
    _, post2 = register(office, "Третий")
    _, quality = register(office, "Четвёртый", category="power_quality")
    with office.database.write() as session:
        routing.save_rule(
            session,
            office.admin,
            routing.RoutingRuleDTO(office.grid, 10, "billing", "email", note="почта"),
        )
        routing.save_rule(
            session, office.admin, routing.RoutingRuleDTO(office.billing, 20, "billing")
        )
    page = RoutingPage(office.database, office.admin)
    pages.append(page)
    shown(qtbot, page)
    assert page.rules.rowCount() == 2
    assert [page.rules.item(r, 6).text() for r in range(2)] == ["1", "2"]
    assert page.rules.item(0, 3).text() == "Сетевой отдел"
    page.rules.selectRow(1)
    assert sorted(page.preview_reg_nos()) == sorted([post1, post2])
    assert page.preview_title.text() == (
        "Rule 2 would have got 2 of the last 4 letters. 1 more match it but go to an earlier rule."
    )
    page.rules.selectRow(0)
    assert page.preview_reg_nos() == [mail]
    assert "1 match no rule" in page.info.text()

    dialog = page.add_rule()
    assert dialog is not None
    dialog.category.setCurrentIndex(dialog.category.findData("power_quality"))
    assert "matches 1 on its own" in dialog.preview.text() and quality in dialog.preview.text()
    dialog.department.setCurrentIndex(dialog.department.findData(office.grid))
    dialog.strategy.setCurrentIndex(dialog.strategy.findData("least_loaded"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        dialog.save_button.click()
    assert page.rules.rowCount() == 3 and page.rules.currentRow() == 2
    assert page.preview_reg_nos() == [quality]
    assert "0 match no rule" in page.info.text()

    assert not page.down_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.up_button.click()
    assert page.rules.currentRow() == 1 and page.preview_reg_nos() == [quality]
    with office.database.read() as session:
        order = session.execute(
            select(RoutingRule.category, RoutingRule.position).order_by(RoutingRule.position)
        ).all()
    assert [tuple(r) for r in order] == [
        ("billing", 10),
        ("power_quality", 20),
        ("billing", 30),
    ]
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.delete_selected(confirm=False)
    assert page.rules.rowCount() == 2
    assert [e.action for e in actions(office, "routing.")] == [
        "routing.rule",
        "routing.rule",
        "routing.rule",  # added
        "routing.rule",  # moved up
        "routing.rule",  # moved down
        "routing.rule_deleted",
    ]


# --- deadline rules -------------------------------------------------------------------------


def test_a_deadline_rule_edit_is_saved_and_used(qtbot, office, pages) -> None:
    before, _ = register(office, "Иванов И. И.", on=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC))
    assert due_on(office, before) == D(2026, 4, 1)
    page = DeadlinesPage(office.database, office.admin)
    pages.append(page)
    shown(qtbot, page)
    codes = [page.rules.item(r, 8).text() for r in range(page.rules.rowCount())]
    assert "reply_written_59fz" in codes and len(codes) == 7
    page.rules.selectRow(codes.index("reply_written_59fz"))
    assert "59-ФЗ" in page.details.text()
    dialog = page.edit_rule()
    assert dialog is not None and dialog.code.isReadOnly()
    assert dialog.period.value() == 30 and dialog.extendable.isChecked()
    dialog.period.setValue(20)
    assert "20 календарных дней с даты регистрации (59-ФЗ, ст. 12)" in dialog.example.text()
    dialog.legal_basis.setPlainText("")
    dialog.save_button.click()
    assert dialog.message.text() == "Give the legal basis of the rule."
    dialog.legal_basis.setPlainText("Федеральный закон № 59-ФЗ, ст. 12 (внутренний срок 20 дней)")
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        dialog.save_button.click()
    with office.database.read() as session:
        row = session.scalar(
            select(DeadlineRuleRow).where(DeadlineRuleRow.code == "reply_written_59fz")
        )
        assert (row.period_days, row.extension_max_days) == (20, 30)
    assert page.offer.isVisibleTo(page)
    assert page.info.text().startswith("Deadline rule saved.")
    # used at once by a new registration; the open letter follows when asked
    after, _ = register(office, "Петров П. П.", on=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC))
    assert due_on(office, after) == D(2026, 3, 23)  # 22.03.2026 is a Sunday
    assert due_on(office, before) == D(2026, 4, 1)
    page.offer_button.click()
    qtbot.waitUntil(lambda: "recomputed" in page.info.text(), timeout=WAIT)
    assert page.info.text() == "Deadlines recomputed: the dates of 1 open letter(s) changed."
    assert due_on(office, before) == D(2026, 3, 23) and not page.offer.isVisibleTo(page)
    [event] = actions(office, "deadline.rule")
    assert event.before["period_days"] == 30 and event.after["period_days"] == 20

    dialog = page.add_rule()  # a duplicate of the default is refused by the service
    dialog.code.setText("second_default")
    dialog.legal_basis.setPlainText("Дубликат")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT)
    assert dialog.message.text().startswith("The active rule reply_written_59fz already matches")
    dialog.reject()


# --- journals -----------------------------------------------------------------------------------


def test_journals_page_example_follows_typing_and_maps_a_channel(
    qtbot, office, tmp_path: Path
) -> None:
    view = SettingsView(office.database, office.admin, ws.Workstation(), tmp_path / "ws.json")
    qtbot.addWidget(view)
    view.show()
    page = view.admin_pages["journals"]
    assert isinstance(page, JournalsPage) and not page.started
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        view.tabs.setCurrentWidget(page)
    year = dt.date.today().year
    assert page.journals.rowCount() == 2
    page.new_journal()
    assert page.code.isEnabled() and not page.save_button.isEnabled()
    qtbot.keyClicks(page.code, "phone")
    page.name.setText("Телефонные обращения")  # QTest types Latin-1 only
    page.number_format.setText("Т-")
    assert page.example.text().startswith("not a valid format")
    qtbot.keyClicks(page.number_format, "{year}-")
    assert page.example.text().startswith("not a valid format")
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.number_format, "{seq:05d}")
    assert page.example.text() == f"Т-{year}-00001, Т-{year}-00123"
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(page.number_format, Qt.Key.Key_Return)
    assert page.journals.rowCount() == 3
    assert page.selected().code == "phone"
    assert page.info.text().startswith("Journal «Телефонные обращения» saved")
    # the General tab's list of formats shows the new journal too
    assert "phone" in [view.journals.item(r, 0).text() for r in range(view.journals.rowCount())]

    combo = page.channels["phone"]
    assert combo.currentData() == "incoming"
    combo.setCurrentIndex(combo.findData("phone"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        combo.activated.emit(combo.currentIndex())
    assert page.data.channel_journal == {"phone": "phone"}
    assert page.selected().channels == ("phone",)
    _, phone_no = register(office, "Звонивший", channel="phone")
    _, post_no = register(office, "Писавший")
    assert (phone_no, post_no) == (f"Т-{year}-00001", f"ВХ-{year}-000001")
    assert [e.action for e in actions(office, "settings.")] == [
        "settings.journal",
        "settings.channel_journal",
    ]

    page.journals.selectRow(0)  # the incoming journal: not deletable, format editable
    assert not page.delete_button.isEnabled()
    page.number_format.setText("Т-{year}-{seq:05d}")  # the phone journal's: refused
    page.save_button.click()
    qtbot.waitUntil(lambda: "gives the same numbers" in page.info.text(), timeout=WAIT)
    view.close()
    for admin_page in view.admin_pages.values():
        admin_page.shutdown()
    view.users_page.shutdown()


# --- who gets the pages -------------------------------------------------------------------------


def test_only_the_administrator_gets_the_pages_and_the_services_refuse(
    qtbot, office, pages, tmp_path: Path
) -> None:
    for person in (office.head, office.clerk):
        view = SettingsView(office.database, person, ws.Workstation(), tmp_path / "ws.json")
        qtbot.addWidget(view)
        assert view.admin_pages == {} and view.tabs.count() == 1
    admin = SettingsView(office.database, office.admin, ws.Workstation(), tmp_path / "ws.json")
    qtbot.addWidget(admin)
    titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
    assert titles == ["General", "Users", "Calendar", "Routing", "Deadlines", "Journals"]
    assert not any(p.started for p in admin.admin_pages.values())  # nothing loads unseen
    admin.users_page.shutdown()

    # a page opened by someone else anyway: the services refuse, the page says why
    journals = JournalsPage(office.database, office.head)
    pages.append(journals)
    qtbot.addWidget(journals)
    journals.show()
    qtbot.waitUntil(lambda: "Not allowed" in journals.info.text(), timeout=WAIT)
    assert journals.info.text() == "Not allowed for the role head of department: change settings"
    assert journals.journals.rowCount() == 0 and not journals.new_button.isEnabled()
    calendar = CalendarPage(office.database, office.head)
    pages.append(calendar)
    shown(qtbot, calendar)  # the calendar itself is anyone's to read
    calendar.reason.setText("Указ")
    calendar.add_override()
    qtbot.waitUntil(lambda: "Not allowed" in calendar.info.text(), timeout=WAIT)
    assert calendar.info.text() == "Not allowed for the role head of department: change settings"
    with office.database.write() as session:
        with pytest.raises(PermissionDenied):
            set_override(session, office.head, D(2026, 12, 30), False, "Указ")
        with pytest.raises(PermissionDenied):
            routing.save_rule(session, office.head, routing.RoutingRuleDTO(office.billing))
    assert actions(office, "calendar.") == []


def test_every_refusal_of_the_settings_services_has_a_message(qtbot) -> None:
    journal_codes = [
        "bad_code",
        "bad_format",
        "format_clash",
        "bad_channel",
        "not_found",
        "not_incoming",
        "in_use",
        "built_in",
    ]
    for code in [*journal_codes, "name_required"]:
        text = settings_error_text(JournalError(code, "phone"))
        assert text and code not in text, code
    assert "{year}" in settings_error_text(JournalError("bad_format", "Т-{seq"))
    rule_codes = [
        "bad_code",
        "code_taken",
        "bad_purpose",
        "bad_category",
        "bad_channel",
        "bad_period",
        "bad_counting",
        "bad_start_event",
        "bad_extension",
        "basis_required",
        "basis_too_long",
        "duplicate_match",
        "last_default",
        "not_found",
    ]
    for code in rule_codes:
        text = settings_error_text(DeadlineRuleError([code], "reply_written_59fz"))
        assert text and code not in text, code
    both = settings_error_text(DeadlineRuleError(["bad_period", "basis_required"]))
    assert both == "The period is 1 to 366 days. Give the legal basis of the rule."
    assert settings_error_text(routing.RoutingError("unknown_department"))
    assert settings_error_text(ValueError("reason_required"))
    assert settings_error_text(RuntimeError("a bug")) is None
