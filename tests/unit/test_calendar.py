"""The production calendar: transfers, working Saturdays and overrides, table-driven."""

from __future__ import annotations

import datetime as dt
from importlib.metadata import version

import pytest

from letters.calendar import (
    Calendar,
    CalendarError,
    add_working_days,
    default_calendar,
    is_working_day,
    next_working_day,
    previous_working_day,
)
from letters.deadlines import DeadlineRule, LetterFacts, due_dates_for, rules_from_json

D = dt.date


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        (D(2025, 11, 1), True, "working Saturday (transfer to 03.11.2025)"),
        (D(2025, 11, 3), False, "day off transferred from 01.11.2025"),
        (D(2025, 11, 4), False, "Unity Day"),
        (D(2025, 12, 30), True, "ordinary Tuesday"),
        (D(2025, 12, 31), False, "day off transferred from 05.01.2025"),
        (D(2026, 1, 1), False, "New Year holidays"),
        (D(2026, 1, 9), False, "day off transferred from 03.01.2026"),
        (D(2026, 1, 12), True, "first working day of 2026"),
        (D(2025, 5, 2), False, "May holidays 2025"),
        (D(2025, 5, 5), True, "between the May holidays"),
        (D(2025, 5, 8), False, "May holidays 2025, transfer from 23.02"),
        (D(2025, 5, 12), True, "after the May holidays"),
        (D(2026, 3, 9), False, "08.03.2026 falls on a Sunday"),
        (D(2026, 1, 17), False, "ordinary Saturday"),
    ],
)
def test_working_days(day: dt.date, working: bool, why: str) -> None:
    assert is_working_day(day) is working, why


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        (D(2025, 4, 30), 3, D(2025, 5, 7)),  # across 01–04.05.2025
        (D(2025, 5, 7), 3, D(2025, 5, 14)),  # across 08–11.05.2025
        (D(2025, 10, 31), 1, D(2025, 11, 1)),  # the working Saturday counts
        (D(2025, 10, 31), 3, D(2025, 11, 6)),  # 01.11 works, 02–04.11 are off
        (D(2025, 12, 29), 2, D(2026, 1, 12)),  # 30.12, then the New Year break
        (D(2026, 1, 12), -1, D(2025, 12, 30)),
        (D(2026, 1, 3), 0, D(2026, 1, 12)),  # 0: rolled forward
    ],
)
def test_add_working_days(start: dt.date, count: int, expected: dt.date) -> None:
    assert add_working_days(start, count) == expected


def test_next_and_previous_are_strict() -> None:
    assert next_working_day(D(2025, 12, 30)) == D(2026, 1, 12)
    assert previous_working_day(D(2025, 12, 30)) == D(2025, 12, 29)
    assert previous_working_day(D(2026, 1, 12)) == D(2025, 12, 30)
    assert next_working_day(D(2025, 10, 31)) == D(2025, 11, 1)


@pytest.mark.parametrize(
    ("registered", "legal", "control", "explanation"),
    [
        (
            D(2025, 12, 2),
            D(2026, 1, 12),
            D(2025, 12, 30),
            "30 календарных дней с даты регистрации (59-ФЗ, ст. 12); "
            "01.01.2026 — нерабочий день, срок 12.01.2026; контроль 30.12.2025",
        ),
        (
            D(2025, 10, 2),  # + 30 = 01.11.2025, a working Saturday: no shift
            D(2025, 11, 1),
            D(2025, 11, 1),
            "30 календарных дней с даты регистрации (59-ФЗ, ст. 12); "
            "срок 01.11.2025; контроль 01.11.2025",
        ),
        (
            D(2026, 2, 6),  # + 30 = 08.03.2026 (Sunday), 09.03 is off too
            D(2026, 3, 10),
            D(2026, 3, 6),
            "30 календарных дней с даты регистрации (59-ФЗ, ст. 12); "
            "08.03.2026 — нерабочий день, срок 10.03.2026; контроль 06.03.2026",
        ),
    ],
)
def test_written_appeal_dates(
    registered: dt.date, legal: dt.date, control: dt.date, explanation: str
) -> None:
    facts = LetterFacts("billing", "post", registered - dt.timedelta(days=1), registered)
    dates = due_dates_for(facts, rules_from_json(), default_calendar())
    assert (dates.legal, dates.control) == (legal, control)
    assert dates.explanation_ru == explanation
    assert dates.rule_code == "reply_written_59fz"


def test_three_working_days_across_the_may_holidays() -> None:
    rule = DeadlineRule(
        "q", 3, category="power_quality", counting="working", start_event="received"
    )
    facts = LetterFacts("power_quality", "post", D(2025, 4, 30), D(2025, 5, 5))
    dates = due_dates_for(facts, [rule], default_calendar())
    assert (dates.legal, dates.control) == (D(2025, 5, 7), D(2025, 5, 7))
    assert dates.explanation_ru.startswith("3 рабочих дня с даты получения; срок 07.05.2025")


def test_overrides_win_over_the_package() -> None:
    calendar = Calendar({D(2025, 12, 31): True, D(2025, 12, 30): False}, {D(2025, 12, 31): "x"})
    assert calendar.is_working_day(D(2025, 12, 31))
    assert not calendar.is_working_day(D(2025, 12, 30))
    assert calendar.describe(D(2025, 12, 31)).overridden
    facts = LetterFacts("billing", "post", D(2025, 12, 2), D(2025, 12, 2))
    dates = due_dates_for(facts, rules_from_json(), calendar)
    assert (dates.legal, dates.control) == (D(2026, 1, 12), D(2025, 12, 31))


def test_a_calendar_without_working_days_fails_clearly() -> None:
    start = D(2030, 1, 1)
    calendar = Calendar({start + dt.timedelta(days=i): False for i in range(400)})
    with pytest.raises(CalendarError):
        calendar.roll_forward(start)


def test_year_view() -> None:
    days = default_calendar().year(2026)
    assert len(days) == 365
    assert sum(d.is_working for d in days) == 247  # the official 2026 production calendar
    jan1 = days[0]
    assert not jan1.is_working and jan1.reason


def test_holidays_package_version_knows_2026() -> None:
    major, minor = (int(x) for x in version("holidays").split(".")[:2])
    assert (major, minor) >= (0, 60)
    assert not is_working_day(D(2026, 12, 31))  # transfer from 04.01.2026
