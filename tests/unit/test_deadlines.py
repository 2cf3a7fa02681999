"""Properties of due dates that must hold for any rule, start date and calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from letters.calendar import Calendar, default_calendar
from letters.deadlines import DeadlineRule, LetterFacts, due_dates_for, pick_rule, rules_from_json

DATES = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 6, 30))
RULES = st.builds(
    DeadlineRule,
    code=st.just("r"),
    period_days=st.integers(min_value=1, max_value=60),
    counting=st.sampled_from(["calendar", "working"]),
    start_event=st.sampled_from(["registered", "received"]),
)
# Administrators' overrides: any few days made working or not.
OVERRIDES = st.dictionaries(DATES, st.booleans(), max_size=25)
EXTENSION = st.integers(min_value=0, max_value=30)
SETTINGS = settings(max_examples=150, deadline=None)


def facts(start: dt.date, extended: int = 0) -> LetterFacts:
    return LetterFacts("other", "post", start, start, extended)


@SETTINGS
@given(rule=RULES, start=DATES, extended=EXTENSION, overrides=OVERRIDES)
def test_due_dates_are_working_days_and_control_never_after_legal(
    rule: DeadlineRule, start: dt.date, extended: int, overrides: dict[dt.date, bool]
) -> None:
    calendar = Calendar(overrides)
    dates = due_dates_for(facts(start, extended), [rule], calendar)
    assert calendar.is_working_day(dates.legal)
    assert calendar.is_working_day(dates.control)
    assert dates.control <= dates.legal
    assert dates.legal >= dates.unshifted > start
    # Civil Code art. 193: nothing but days off between the computed and the legal date.
    day = dates.unshifted
    while day < dates.legal:
        assert not calendar.is_working_day(day)
        day += dt.timedelta(days=1)


@SETTINGS
@given(rule=RULES, first=DATES, later_by=st.integers(min_value=0, max_value=40), ext=EXTENSION)
def test_a_later_start_never_gives_an_earlier_date(
    rule: DeadlineRule, first: dt.date, later_by: int, ext: int
) -> None:
    calendar = default_calendar()
    early = due_dates_for(facts(first, ext), [rule], calendar)
    late = due_dates_for(facts(first + dt.timedelta(days=later_by), ext), [rule], calendar)
    assert late.legal >= early.legal
    assert late.control >= early.control


@SETTINGS
@given(rule=RULES, start=DATES, ext=st.integers(min_value=1, max_value=30))
def test_an_extension_never_shortens_the_period(
    rule: DeadlineRule, start: dt.date, ext: int
) -> None:
    calendar = default_calendar()
    plain = due_dates_for(facts(start), [rule], calendar)
    extended = due_dates_for(facts(start, ext), [rule], calendar)
    assert extended.legal >= plain.legal
    assert "продлён на" in extended.explanation_ru


def test_the_most_specific_rule_wins() -> None:
    rules = [
        DeadlineRule("any", 30, position=100),
        DeadlineRule("phone", 20, channel="phone", position=1),
        DeadlineRule("quality", 3, category="power_quality", position=50),
        DeadlineRule("quality_phone", 2, category="power_quality", channel="phone", position=90),
        DeadlineRule("forward", 7, purpose="forward"),
    ]

    def code(category: str, channel: str) -> str | None:
        found = pick_rule(LetterFacts(category, channel, dt.date.today(), dt.date.today()), rules)
        return found.code if found else None

    assert code("billing", "post") == "any"
    assert code("billing", "phone") == "phone"
    assert code("power_quality", "post") == "quality"
    assert code("power_quality", "phone") == "quality_phone"
    assert code("other", "email") == "any"
    assert pick_rule(facts(dt.date.today()), rules[1:4]) is None


def test_shipped_rules_have_their_sources() -> None:
    rules = rules_from_json()
    by_code = {r.code: r for r in rules}
    assert len(by_code) == len(rules)
    default = by_code["reply_written_59fz"]
    assert (default.period_days, default.counting, default.start_event) == (
        30,
        "calendar",
        "registered",
    )
    assert default.extension_max_days == 30 and not default.category and not default.channel
    for rule in rules:
        assert rule.legal_basis and rule.source_text and rule.basis_short, rule.code
        assert rule.counting in ("calendar", "working") and rule.start_event in (
            "registered",
            "received",
        )
        if rule.verify:
            assert "(verify)" in rule.note, rule.code
    assert by_code["forward_59fz"].verify and by_code["utility_quality_complaint_354"].verify
    assert by_code["personal_data_request_152fz"].extension_max_days == 5
