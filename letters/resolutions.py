"""Resolutions (резолюции): a head assigns a department, executors, an instruction and a
control date; reassignment and automatic routing add rows, they never overwrite, so the
letter's assignment history stays readable. Only the newest row of a letter is active.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Department, Letter, User
from db.models_deadlines import Resolution, ResolutionExecutor
from letters import audit, workflow
from letters.actors import Actor
from letters.permissions import require

KINDS = ("resolution", "routing", "reassignment")


class ResolutionError(Exception):
    """A refused resolution; ``code`` is stable for the front ends to translate:
    ``not_found``, ``not_allowed``, ``no_executor``, ``unknown_user``,
    ``unknown_department``, ``control_after_due``, ``letter_closed``, ``reason_required``."""

    def __init__(self, code: str, detail: object = "") -> None:
        super().__init__(f"{code}: {detail}" if detail != "" else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class ResolutionDTO:
    id: int
    letter_id: int
    kind: str
    author: str
    department_id: int | None
    department: str
    executor_ids: tuple[int, ...]
    executors: tuple[str, ...]  # full names (login when empty), the lead one first
    text: str
    control_on: dt.date | None
    reason: str
    active: bool
    created_at: dt.datetime


def write_resolution(
    session: Session,
    actor: Actor,
    letter_id: int,
    *,
    executor_ids: Sequence[int],
    department_id: int | None = None,
    text: str = "",
    control_on: dt.date | None = None,
) -> ResolutionDTO:
    """A head's resolution; the letter goes to work (``in_progress``)."""
    _require_head(actor)
    if not executor_ids:
        raise ResolutionError("no_executor")
    return add_resolution(
        session, actor, letter_id, "resolution", executor_ids, department_id, text, control_on
    )


def reassign(
    session: Session,
    actor: Actor,
    letter_id: int,
    *,
    executor_ids: Sequence[int],
    reason: str,
    department_id: int | None = None,
) -> ResolutionDTO:
    """Hand the letter to other executors; the instruction and control date carry over."""
    _require_head(actor)
    if not reason.strip():
        raise ResolutionError("reason_required")
    if not executor_ids:
        raise ResolutionError("no_executor")
    previous = current(session, letter_id)
    return add_resolution(
        session,
        actor,
        letter_id,
        "reassignment",
        executor_ids,
        department_id,
        previous.text if previous else "",
        previous.control_on if previous else None,
        reason=reason.strip(),
    )


def add_resolution(
    session: Session,
    actor: Actor,
    letter_id: int,
    kind: str,
    executor_ids: Sequence[int],
    department_id: int | None,
    text: str,
    control_on: dt.date | None,
    *,
    reason: str = "",
) -> ResolutionDTO:
    """Store a new active resolution row (no role check: the callers do it)."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise ResolutionError("not_found", letter_id)
    if letter.status in workflow.CLOSED_STATUSES:
        raise ResolutionError("letter_closed", letter.status)
    users = [_active_user(session, uid) for uid in dict.fromkeys(executor_ids)]
    if department_id is None and users:
        department_id = users[0].department_id
    if department_id is not None and session.get(Department, department_id) is None:
        raise ResolutionError("unknown_department", department_id)
    if control_on is not None and letter.due_on is not None and control_on > letter.due_on:
        raise ResolutionError("control_after_due", letter.due_on.isoformat())
    before = current(session, letter_id)
    session.execute(
        update(Resolution)
        .where(Resolution.letter_id == letter_id, Resolution.active.is_(True))
        .values(active=False)
    )
    row = Resolution(
        letter_id=letter_id,
        kind=kind,
        author_id=actor.id,
        department_id=department_id,
        executor_id=users[0].id if users else None,
        text=text.strip(),
        control_on=control_on,
        reason=reason,
        active=True,
    )
    session.add(row)
    session.flush()
    for position, user in enumerate(users):
        session.add(ResolutionExecutor(resolution_id=row.id, user_id=user.id, position=position))
    if control_on is not None:
        letter.control_on = control_on
    if letter.status in (workflow.REGISTERED, workflow.ON_RESOLUTION):
        target = workflow.IN_PROGRESS if users else workflow.ON_RESOLUTION
        if target != letter.status:
            workflow.transition(session, actor, letter_id, target, reason=kind)
    audit.record(
        session,
        actor,
        f"letter.{kind}",
        "letter",
        letter_id,
        _summary(before) if before else None,
        {
            "department_id": department_id,
            "executor_ids": [u.id for u in users],
            "text": row.text,
            "control_on": control_on.isoformat() if control_on else None,
            "reason": reason,
        },
    )
    session.flush()
    found = current(session, letter_id)
    assert found is not None
    return found


def current(session: Session, letter_id: int) -> ResolutionDTO | None:
    rows = _load(session, letter_id, active_only=True)
    return rows[0] if rows else None


def history(session: Session, letter_id: int) -> list[ResolutionDTO]:
    """Every resolution of the letter, oldest first."""
    return _load(session, letter_id, active_only=False)


def _load(session: Session, letter_id: int, *, active_only: bool) -> list[ResolutionDTO]:
    stmt = select(Resolution).where(Resolution.letter_id == letter_id).order_by(Resolution.id)
    if active_only:
        stmt = stmt.where(Resolution.active.is_(True))
    rows = list(session.scalars(stmt))
    if not rows:
        return []
    links = session.execute(
        select(ResolutionExecutor.resolution_id, ResolutionExecutor.user_id)
        .where(ResolutionExecutor.resolution_id.in_([r.id for r in rows]))
        .order_by(ResolutionExecutor.resolution_id, ResolutionExecutor.position)
    ).all()
    user_ids = {u for _, u in links} | {r.author_id for r in rows if r.author_id}
    names = {
        u.id: u.full_name or u.login
        for u in session.scalars(select(User).where(User.id.in_(user_ids)))
    }
    dept_ids = {r.department_id for r in rows if r.department_id}
    depts = {
        d.id: d.name for d in session.scalars(select(Department).where(Department.id.in_(dept_ids)))
    }
    result = []
    for r in rows:
        executor_ids = tuple(u for rid, u in links if rid == r.id)
        result.append(
            ResolutionDTO(
                id=r.id,
                letter_id=r.letter_id,
                kind=r.kind,
                author=names.get(r.author_id or 0, ""),
                department_id=r.department_id,
                department=depts.get(r.department_id or 0, ""),
                executor_ids=executor_ids,
                executors=tuple(names.get(u, "") for u in executor_ids),
                text=r.text,
                control_on=r.control_on,
                reason=r.reason,
                active=r.active,
                created_at=r.created_at,
            )
        )
    return result


def _summary(res: ResolutionDTO) -> dict[str, object]:
    return {
        "department_id": res.department_id,
        "executor_ids": list(res.executor_ids),
        "control_on": res.control_on.isoformat() if res.control_on else None,
    }


def _require_head(actor: Actor) -> None:
    require(actor, "letter.resolve")


def _active_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise ResolutionError("unknown_user", user_id)
    return user
