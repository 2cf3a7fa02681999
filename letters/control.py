"""Control dashboard data: what is late and who is overloaded.

Buckets of an open letter (its clock still runs), on the date ``today``:
- ``overdue``: the legal due date has passed (``due_on < today``);
- ``due_today``: not overdue, and the control date is today or already passed;
- ``due_soon``: the control date falls within the next ``soon_days`` working days.
Callbacks promised on the phone are listed beside them. Only letters in these buckets are
read (an index range on ``due_on``/``control_on``), never the whole register.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models import Department, Letter, User
from db.models_deadlines import Resolution
from letters import workflow
from letters.actors import Actor
from letters.calendar import Calendar, load_calendar
from letters.deadlines import HEAD_ROLES
from letters.permissions import require
from letters.phone import CallbackDTO, open_callbacks

BUCKETS = ("overdue", "due_today", "due_soon")
UNASSIGNED = ""


@dataclass(frozen=True, slots=True)
class ControlItem:
    letter_id: int
    reg_no: str
    sender_name: str
    category: str
    status: str
    due_on: dt.date
    control_on: dt.date | None
    bucket: str
    executor_id: int | None
    executor: str  # full name, "" when unassigned
    department_id: int | None
    department: str


@dataclass(frozen=True, slots=True)
class CountRow:
    key: int | None  # user or department id; None: unassigned
    name: str
    overdue: int = 0
    due_today: int = 0
    due_soon: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.due_today + self.due_soon


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    items: list[ControlItem]
    totals: dict[str, int]
    by_executor: list[CountRow]
    by_department: list[CountRow]
    callbacks: list[CallbackDTO] = field(default_factory=list)

    def letters(self, bucket: str) -> list[ControlItem]:
        return [i for i in self.items if i.bucket == bucket]


def dashboard(
    session: Session,
    *,
    actor: Actor,
    today: dt.date,
    calendar: Calendar | None = None,
    executor_id: int | None = None,
    department_ids: tuple[int, ...] = (),
    soon_days: int = 3,
) -> Dashboard:
    """The buckets for one executor, for some departments, or (neither given) for all.

    Everyone may see their own (``executor_id`` is the actor's id); anything wider is a
    report (``report.view``)."""
    if executor_id != actor.id or department_ids:
        require(actor, "report.view")
    calendar = calendar or load_calendar(session)
    horizon = calendar.add_working_days(today, soon_days)
    active = and_(Resolution.letter_id == Letter.id, Resolution.active.is_(True))
    stmt = (
        select(
            Letter.id,
            Letter.reg_no,
            Letter.sender_name,
            Letter.category,
            Letter.status,
            Letter.due_on,
            Letter.control_on,
            Resolution.executor_id,
            Resolution.department_id,
        )
        .outerjoin(Resolution, active)
        .where(
            Letter.status.in_(workflow.OPEN_STATUSES),
            Letter.due_on.is_not(None),
            or_(Letter.due_on <= horizon, Letter.control_on <= horizon),
        )
        .order_by(Letter.due_on, Letter.id)
    )
    if executor_id is not None:
        stmt = stmt.where(Resolution.executor_id == executor_id)
    if department_ids:
        stmt = stmt.where(Resolution.department_id.in_(department_ids))
    rows = session.execute(stmt).all()
    users = _user_names(session, {r.executor_id for r in rows})
    depts = _department_names(session, {r.department_id for r in rows})
    items = []
    for r in rows:
        bucket = _bucket(r.due_on, r.control_on, today, horizon)
        if bucket is None:
            continue
        items.append(
            ControlItem(
                r.id,
                r.reg_no,
                r.sender_name,
                r.category,
                r.status,
                r.due_on,
                r.control_on,
                bucket,
                r.executor_id,
                users.get(r.executor_id, UNASSIGNED),
                r.department_id,
                depts.get(r.department_id, UNASSIGNED),
            )
        )
    until = dt.datetime.combine(horizon, dt.time.max).astimezone()
    callbacks = open_callbacks(session, executor_id, until=until)
    return Dashboard(
        today=today,
        items=items,
        totals={b: sum(1 for i in items if i.bucket == b) for b in BUCKETS},
        by_executor=_count(items, lambda i: (i.executor_id, i.executor)),
        by_department=_count(items, lambda i: (i.department_id, i.department)),
        callbacks=callbacks,
    )


def dashboard_for(session: Session, actor: Actor, today: dt.date) -> Dashboard:
    """A head (or an administrator) sees every department; anyone else their own letters."""
    if actor.role in HEAD_ROLES:
        return dashboard(session, actor=actor, today=today)
    return dashboard(session, actor=actor, today=today, executor_id=actor.id)


def _bucket(
    due_on: dt.date, control_on: dt.date | None, today: dt.date, horizon: dt.date
) -> str | None:
    watch = min(due_on, control_on) if control_on else due_on
    if due_on < today:
        return "overdue"
    if watch <= today:
        return "due_today"
    if watch <= horizon:
        return "due_soon"
    return None


def _user_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.scalars(select(User).where(User.id.in_(wanted)))
    return {u.id: u.full_name or u.login for u in rows}


def _department_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.scalars(select(Department).where(Department.id.in_(wanted)))
    return {d.id: d.name for d in rows}


def _count(
    items: list[ControlItem], key: Callable[[ControlItem], tuple[int | None, str]]
) -> list[CountRow]:
    counts: dict[tuple[int | None, str], Counter[str]] = {}
    for item in items:
        counts.setdefault(key(item), Counter())[item.bucket] += 1
    rows = [
        CountRow(k, name, c["overdue"], c["due_today"], c["due_soon"])
        for (k, name), c in counts.items()
    ]
    rows.sort(key=lambda r: (-r.overdue, -r.total, r.name))
    return rows
