"""What the control forms show before the user acts: plain data for the resolution, the
extension, the status change and the phone forms (read-only; the actions themselves are
``letters.resolutions``, ``letters.deadlines``, ``letters.workflow`` and ``letters.phone``).

Each loader checks the same permission as the action it prepares, so a refused user learns
it when the form opens, not after typing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Department, Letter, User
from db.models_deadlines import LetterDeadline, RoutingRule
from letters import deadlines, resolutions, routing, workflow
from letters.actors import Actor
from letters.calendar import load_calendar
from letters.consumers import clean_account
from letters.permissions import MATRIX, require, require_letter

# Who may be named executor of a resolution or of a callback: those who work the letters.
EXECUTOR_ROLES = tuple(sorted(MATRIX["reply.prepare"]))


@dataclass(frozen=True, slots=True)
class Assignee:
    id: int
    name: str  # full name, the login when empty
    role: str
    department_id: int | None
    department: str


@dataclass(frozen=True, slots=True)
class DepartmentChoice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class LetterSummary:
    id: int
    reg_no: str
    sender_name: str
    category: str
    channel: str
    status: str
    due_on: dt.date | None
    control_on: dt.date | None
    explanation: str  # the one-line Russian reason of the dates


@dataclass(frozen=True, slots=True)
class ResolutionForm:
    letter: LetterSummary
    departments: list[DepartmentChoice]
    assignees: list[Assignee]
    current: resolutions.ResolutionDTO | None
    suggested_department_id: int | None  # the routing rule's, or the current one's
    suggested_executor_id: int | None
    default_control_on: dt.date | None  # from the legal deadline, on the production calendar


@dataclass(frozen=True, slots=True)
class ExtensionForm:
    letter: LetterSummary
    rule_code: str
    basis: str
    limit_days: int  # the rule's extension limit
    extended_days: int  # already added
    closed: bool  # the clock has stopped: nothing to extend
    previews: dict[int, deadlines.DueDates] = field(default_factory=dict)  # days → new dates

    @property
    def left(self) -> int:
        return 0 if self.closed else max(0, self.limit_days - self.extended_days)


def assignees(session: Session) -> list[Assignee]:
    """Active users who may be named executors, by name."""
    rows = session.execute(
        select(User, Department.name)
        .outerjoin(Department, Department.id == User.department_id)
        .where(User.active.is_(True), User.role.in_(EXECUTOR_ROLES))
        .order_by(User.full_name, User.login)
    ).all()
    return [
        Assignee(u.id, u.full_name or u.login, u.role, u.department_id, dept or "")
        for u, dept in rows
    ]


def departments(session: Session) -> list[DepartmentChoice]:
    return [
        DepartmentChoice(d.id, d.name)
        for d in session.scalars(select(Department).order_by(Department.name))
    ]


def letter_summary(session: Session, letter_id: int) -> LetterSummary:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise resolutions.ResolutionError("not_found", letter_id)
    row = session.get(LetterDeadline, letter_id)
    return LetterSummary(
        letter.id,
        letter.reg_no,
        letter.sender_name,
        letter.category,
        letter.channel,
        letter.status,
        letter.due_on,
        letter.control_on,
        row.explanation if row else "",
    )


def resolution_form(session: Session, actor: Actor, letter_id: int) -> ResolutionForm:
    """The choices of a head's resolution on one letter (``PermissionDenied`` for others)."""
    require(actor, "letter.resolve")
    summary = letter_summary(session, letter_id)
    letter = session.get(Letter, letter_id)
    assert letter is not None
    current = resolutions.current(session, letter_id)
    department_id = current.department_id if current else None
    executor_id = current.executor_ids[0] if current and current.executor_ids else None
    if department_id is None:
        rule = next(
            (r for r in routing.list_rules(session) if r.matches(letter.category, letter.channel)),
            None,
        )
        if rule is not None and rule.id is not None:
            department_id = rule.department_id
            row = session.get(RoutingRule, rule.id)
            executor_id = routing.choose_executor(session, row) if row is not None else None
    return ResolutionForm(
        letter=summary,
        departments=departments(session),
        assignees=assignees(session),
        current=current,
        suggested_department_id=department_id,
        suggested_executor_id=executor_id,
        default_control_on=_default_control(session, letter),
    )


def _default_control(session: Session, letter: Letter) -> dt.date | None:
    """The control date the rule gives (the working day before the unshifted due date),
    counting any extension already granted; the stored one when no rule applies."""
    if letter.status in workflow.CLOSED_STATUSES:
        return letter.control_on
    rules = deadlines.load_rules(session)
    row = session.get(LetterDeadline, letter.id)
    extended = row.extended_days if row else 0
    try:
        dates = deadlines.due_dates_for(
            deadlines.facts_of(letter, extended or 0), rules, load_calendar(session)
        )
    except LookupError:
        return letter.control_on
    return dates.control


def extension_form(session: Session, actor: Actor, letter_id: int) -> ExtensionForm:
    """How far the head may extend the answer period, with the dates each choice gives."""
    require_letter(session, actor, "letter.extend", letter_id)
    summary = letter_summary(session, letter_id)
    letter = session.get(Letter, letter_id)
    assert letter is not None
    row = session.get(LetterDeadline, letter_id)
    extended = (row.extended_days or 0) if row else 0
    closed = (row is not None and row.closed_on is not None) or (
        letter.status in workflow.CLOSED_STATUSES
    )
    rules = deadlines.load_rules(session)
    rule = deadlines.pick_rule(deadlines.facts_of(letter), rules)
    if rule is None:
        return ExtensionForm(summary, "", "", 0, extended, closed)
    form = ExtensionForm(
        summary, rule.code, rule.basis_short, rule.extension_max_days, extended, closed
    )
    calendar = load_calendar(session)
    for days in range(1, form.left + 1):
        facts = deadlines.facts_of(letter, extended + days)
        form.previews[days] = deadlines.due_dates_for(facts, rules, calendar)
    return form


def find_account(session: Session, account: str, *, actor: Actor) -> tuple[str, str] | None:
    """``(account, full name)`` of the consumer with this account, or ``None``."""
    require(actor, "consumer.view")
    clean = clean_account(account)
    if not clean:
        return None
    found = session.execute(
        select(Consumer.account, Consumer.full_name).where(Consumer.account == clean)
    ).first()
    return (found.account, found.full_name) if found else None
