"""Deadlines: the legal due date and the internal control date of a letter, with the reason.

How a date is counted (DOMAIN.md §6):
- a period runs from the day after its start event (receipt or registration);
- calendar days: the legal due date moves to the NEXT working day when it falls on a day
  off (Civil Code art. 193); working days: the count lands on a working day by itself;
- the control date is the last working day on or before the unshifted date: the office
  answers before the holidays rather than after them (registered 02.12.2025 + 30 days =
  01.01.2026, a holiday: legal 12.01.2026, control 30.12.2025 as 31.12.2025 is off).

The rules are data (``deadline_rule``, seeded from ``rules/deadlines.json``); the most
specific active rule of a purpose wins. ``due_dates_for`` is pure; the services below fill
``letter.due_on``/``control_on`` and keep the explanation in ``letter_deadline``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Letter
from db.models_deadlines import DeadlineRuleRow, LetterDeadline, ReplyTask, Resolution
from letters import audit
from letters.actors import Actor
from letters.calendar import Calendar, load_calendar
from letters.permissions import require_letter

RULES_PATH = Path(__file__).with_name("rules") / "deadlines.json"
PURPOSES = ("reply", "register", "forward")
HEAD_ROLES = frozenset({"head", "admin"})
NO_CLOCK_STATUSES = frozenset({"merged"})


class DeadlineError(Exception):
    """A refused deadline action; ``code`` is stable for the front ends to translate:
    ``not_found``, ``not_allowed``, ``reason_required``, ``bad_days``, ``not_extendable``,
    ``extension_too_long`` (``details['left']`` days may still be added), ``closed``."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(f"{code}: {details}" if details else code)
        self.code = code
        self.details = details


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    code: str
    period_days: int
    purpose: str = "reply"
    category: str = ""
    channel: str = ""
    counting: str = "calendar"  # | working
    start_event: str = "registered"  # | received
    extension_max_days: int = 0
    basis_short: str = ""
    legal_basis: str = ""
    source_text: str = ""
    verify: bool = False
    note: str = ""
    position: int = 0

    def matches(self, category: str, channel: str) -> bool:
        return (not self.category or self.category == category) and (
            not self.channel or self.channel == channel
        )

    @property
    def specificity(self) -> int:
        return (2 if self.category else 0) + (1 if self.channel else 0)


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What the dates depend on."""

    category: str
    channel: str
    received_on: dt.date
    registered_on: dt.date
    extended_days: int = 0


@dataclass(frozen=True, slots=True)
class DueDates:
    legal: dt.date
    control: dt.date
    explanation_ru: str
    rule_code: str
    start: dt.date
    unshifted: dt.date


def rules_from_json(path: Path = RULES_PATH) -> list[DeadlineRule]:
    names = {f.name for f in fields(DeadlineRule)}
    data = json.loads(path.read_text(encoding="utf-8"))
    return [DeadlineRule(**{k: v for k, v in r.items() if k in names}) for r in data["rules"]]


def no_answer_reasons(path: Path = RULES_PATH) -> list[dict[str, str]]:
    return list(json.loads(path.read_text(encoding="utf-8")).get("no_answer_reasons", []))


def load_rules(session: Session) -> list[DeadlineRule]:
    rows = session.scalars(
        select(DeadlineRuleRow)
        .where(DeadlineRuleRow.active.is_(True))
        .order_by(DeadlineRuleRow.position, DeadlineRuleRow.id)
    )
    names = [f.name for f in fields(DeadlineRule)]
    return [DeadlineRule(**{n: getattr(r, n) for n in names}) for r in rows]


def pick_rule(
    facts: LetterFacts, rules: Sequence[DeadlineRule], purpose: str = "reply"
) -> DeadlineRule | None:
    found = [r for r in rules if r.purpose == purpose and r.matches(facts.category, facts.channel)]
    return min(found, key=lambda r: (-r.specificity, r.position, r.code), default=None)


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _days_phrase(n: int, counting: str) -> str:
    if counting == "working":
        adjective = _plural(n, "рабочий", "рабочих", "рабочих")
    else:
        adjective = _plural(n, "календарный", "календарных", "календарных")
    return f"{n} {adjective} {_plural(n, 'день', 'дня', 'дней')}"


def _ru(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def due_dates_for(
    facts: LetterFacts,
    rules: Sequence[DeadlineRule],
    calendar: Calendar,
    *,
    purpose: str = "reply",
) -> DueDates:
    """The legal due date and the control date of a letter, with a one-line explanation.

    ``LookupError`` when no rule of ``purpose`` matches (the shipped rules have a
    catch-all; an administrator could deactivate it).
    """
    rule = pick_rule(facts, rules, purpose)
    if rule is None:
        raise LookupError(f"no {purpose} deadline rule for {facts.category}/{facts.channel}")
    start = facts.registered_on if rule.start_event == "registered" else facts.received_on
    total = rule.period_days + facts.extended_days
    if rule.counting == "working":
        unshifted = calendar.add_working_days(start, total)
    else:
        unshifted = start + dt.timedelta(days=total)
    legal = calendar.roll_forward(unshifted)
    control = calendar.roll_back(unshifted)
    since = "с даты регистрации" if rule.start_event == "registered" else "с даты получения"
    head = f"{_days_phrase(rule.period_days, rule.counting)} {since}"
    if rule.basis_short:
        head += f" ({rule.basis_short})"
    if facts.extended_days:
        head += f", продлён на {_days_phrase(facts.extended_days, rule.counting)}"
    shifted = f"{_ru(unshifted)} — нерабочий день, " if legal != unshifted else ""
    text = f"{head}; {shifted}срок {_ru(legal)}; контроль {_ru(control)}"
    return DueDates(legal, control, text, rule.code, start, unshifted)


# --- Services --------------------------------------------------------------------------------


def registration_day(registered_at: dt.datetime) -> dt.date:
    """The office's local date of a registration time (naive values are UTC, as SQLite
    returns them)."""
    if registered_at.tzinfo is None:
        registered_at = registered_at.replace(tzinfo=dt.UTC)
    return registered_at.astimezone().date()


def facts_of(letter: Letter, extended_days: int = 0) -> LetterFacts:
    return LetterFacts(
        category=letter.category,
        channel=letter.channel,
        received_on=letter.received_on,
        registered_on=registration_day(letter.registered_at),
        extended_days=extended_days,
    )


def _letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise DeadlineError("not_found", letter_id=letter_id)
    return letter


def deadline_row(session: Session, letter_id: int) -> LetterDeadline:
    row = session.get(LetterDeadline, letter_id)
    if row is None:
        row = LetterDeadline(letter_id=letter_id, extended_days=0)
        session.add(row)
    return row


def _resolution_control(session: Session, letter_id: int) -> dt.date | None:
    return session.scalar(
        select(Resolution.control_on).where(
            Resolution.letter_id == letter_id, Resolution.active.is_(True)
        )
    )


def apply_deadlines(
    session: Session,
    actor: Actor,
    letter_id: int,
    *,
    calendar: Calendar | None = None,
    rules: Sequence[DeadlineRule] | None = None,
    action: str = "letter.deadlines",
) -> DueDates | None:
    """(Re)compute a letter's dates and store them with the explanation and the rule.

    A head's control date from the active resolution is kept when it is still on or
    before the new legal date. ``None`` for a merged tombstone, or when no rule matches
    (the dates are then cleared and the explanation says so).
    """
    letter = _letter(session, letter_id)
    if letter.status in NO_CLOCK_STATUSES:
        return None
    calendar = calendar or load_calendar(session)
    rules = load_rules(session) if rules is None else rules
    row = deadline_row(session, letter_id)
    rule = pick_rule(facts_of(letter), rules)
    extended = min(row.extended_days or 0, rule.extension_max_days if rule else 0)
    before = {
        "due_on": _iso(letter.due_on),
        "control_on": _iso(letter.control_on),
        "rule": row.rule_code,
    }
    dates = None if rule is None else due_dates_for(facts_of(letter, extended), rules, calendar)
    if dates is None:
        letter.due_on = letter.control_on = None
        row.rule_code, row.explanation = "", "Нет правила срока для этой категории и канала"
    else:
        letter.due_on, letter.control_on = dates.legal, dates.control
        head_control = _resolution_control(session, letter_id)
        if head_control is not None and head_control <= dates.legal:
            letter.control_on = head_control
        row.rule_code, row.explanation = dates.rule_code, dates.explanation_ru
        if row.closed_on is not None and row.days_early_or_late is not None:
            row.days_early_or_late = (dates.legal - row.closed_on).days
    row.extended_days = extended
    row.computed_at = dt.datetime.now(dt.UTC)
    after = {
        "due_on": _iso(letter.due_on),
        "control_on": _iso(letter.control_on),
        "rule": row.rule_code,
    }
    if after != before:
        audit.record(session, actor, action, "letter", letter_id, before, after)
    session.flush()
    return dates


def on_registered(session: Session, actor: Actor, letter_id: int) -> DueDates | None:
    """Call right after ``register_letter`` in the same unit of work."""
    return apply_deadlines(session, actor, letter_id)


def on_category_changed(session: Session, actor: Actor, letter_id: int) -> DueDates | None:
    """Call after a letter's category (or channel) changed, in the same unit of work."""
    return apply_deadlines(session, actor, letter_id, action="letter.deadlines_recomputed")


def recompute_open(session: Session, actor: Actor, letter_ids: Sequence[int] = ()) -> int:
    """Recompute the given letters, or every letter whose clock still runs; returns how
    many dates changed. The calendar and rules are loaded once."""
    calendar, rules = load_calendar(session), load_rules(session)
    if letter_ids:
        ids = list(letter_ids)
    else:
        ids = list(
            session.scalars(
                select(Letter.id)
                .outerjoin(LetterDeadline, LetterDeadline.letter_id == Letter.id)
                .where(LetterDeadline.closed_on.is_(None), Letter.status.not_in(NO_CLOCK_STATUSES))
                .order_by(Letter.id)
            )
        )
    changed = 0
    for letter_id in ids:
        letter = _letter(session, letter_id)
        old = (letter.due_on, letter.control_on)
        apply_deadlines(
            session,
            actor,
            letter_id,
            calendar=calendar,
            rules=rules,
            action="letter.deadlines_recomputed",
        )
        changed += old != (letter.due_on, letter.control_on)
    return changed


def extend_deadline(
    session: Session, actor: Actor, letter_id: int, days: int, reason: str
) -> DueDates:
    """A head extends the answer period within the rule's limit; the consumer notice is
    queued for the replies work (``reply_task`` of kind ``extension_notice``)."""
    require_letter(session, actor, "letter.extend", letter_id)
    reason = reason.strip()
    if not reason:
        raise DeadlineError("reason_required")
    if days < 1:
        raise DeadlineError("bad_days", days=days)
    letter = _letter(session, letter_id)
    row = deadline_row(session, letter_id)
    if row.closed_on is not None or letter.status in NO_CLOCK_STATUSES:
        raise DeadlineError("closed", status=letter.status)
    calendar, rules = load_calendar(session), load_rules(session)
    rule = pick_rule(facts_of(letter), rules)
    if rule is None or rule.extension_max_days <= 0:
        raise DeadlineError("not_extendable", rule=rule.code if rule else "")
    already = row.extended_days or 0
    if already + days > rule.extension_max_days:
        raise DeadlineError("extension_too_long", left=rule.extension_max_days - already)
    old_due = letter.due_on
    row.extended_days = already + days
    row.extension_reason = "\n".join(filter(None, [row.extension_reason, reason]))
    dates = apply_deadlines(
        session, actor, letter_id, calendar=calendar, rules=rules, action="letter.deadlines"
    )
    assert dates is not None
    payload = {"days": days, "old_due_on": _iso(old_due), "due_on": _iso(dates.legal)}
    session.add(ReplyTask(letter_id=letter_id, kind="extension_notice", payload=payload))
    audit.record(
        session,
        actor,
        "letter.extend",
        "letter",
        letter_id,
        {"due_on": _iso(old_due), "extended_days": already},
        {**payload, "extended_days": row.extended_days, "reason": reason},
    )
    session.flush()
    return dates


def close_clock(
    session: Session,
    letter_id: int,
    closed_on: dt.date,
    *,
    rated_against: dt.date | None,
    reply_reg_no: str = "",
) -> int | None:
    """Stop the clock: store the close date and the days early (+) or late (-) against
    ``rated_against`` (the legal due date; ``None`` for an exit that is not rated)."""
    row = deadline_row(session, letter_id)
    row.closed_on = closed_on
    row.days_early_or_late = None if rated_against is None else (rated_against - closed_on).days
    if reply_reg_no:
        row.reply_reg_no = reply_reg_no
    return row.days_early_or_late


def forward_due(session: Session, letter: Letter) -> dt.date | None:
    """The date by which the letter must be forwarded (59-FZ art. 8 p. 3 rule)."""
    try:
        dates = due_dates_for(
            facts_of(letter), load_rules(session), load_calendar(session), purpose="forward"
        )
    except LookupError:
        return None
    return dates.legal


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True, slots=True)
class DeadlineSummary:
    """What a card shows of a letter's clock."""

    due_on: dt.date | None
    control_on: dt.date | None
    explanation: str  # the one-line Russian explanation of how the dates were computed
    extended_days: int
    closed_on: dt.date | None
    days_early_or_late: int | None


def deadline_summary(session: Session, letter_id: int, *, actor: Actor) -> DeadlineSummary:
    require_letter(session, actor, "letter.view", letter_id)
    letter = _letter(session, letter_id)
    row = session.get(LetterDeadline, letter_id)
    return DeadlineSummary(
        letter.due_on,
        letter.control_on,
        row.explanation if row else "",
        row.extended_days if row else 0,
        row.closed_on if row else None,
        row.days_early_or_late if row else None,
    )
