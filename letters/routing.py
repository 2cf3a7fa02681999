"""Routing rules: category (and channel) → department → executor.

Rules are data with an explicit order (``position``): the first active rule that matches
a letter wins. Within the department the executor is taken in turn (``round_robin``, the
rule remembers whom it gave the last letter) or is the one with the fewest open letters
(``least_loaded``; ties go to the lower user id). ``preview_rule`` shows which recent
letters a rule would match, before the administrator saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Department, Letter, User
from db.models_deadlines import Resolution, RoutingRule
from letters import audit, workflow
from letters.actors import Actor
from letters.permissions import require, scope_clause
from letters.resolutions import add_resolution

STRATEGIES = ("round_robin", "least_loaded")
EXECUTOR_ROLES = ("specialist", "executor")  # users who receive letters by routing


class RoutingError(Exception):
    """``code``: ``not_allowed``, ``unknown_department``, ``bad_strategy``, ``not_found``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class RoutingRuleDTO:
    department_id: int
    position: int = 0
    category: str = ""  # empty: any
    channel: str = ""  # empty: any
    strategy: str = "round_robin"
    note: str = ""
    active: bool = True
    id: int | None = None

    def matches(self, category: str, channel: str) -> bool:
        return (
            self.active
            and (not self.category or self.category == category)
            and (not self.channel or self.channel == channel)
        )


@dataclass(frozen=True, slots=True)
class LetterBrief:
    id: int
    reg_no: str
    registered_at: dt.datetime
    category: str
    channel: str
    sender_name: str


@dataclass(frozen=True, slots=True)
class RouteDecision:
    rule_id: int
    department_id: int
    executor_id: int | None


def preview_rule(rule: RoutingRuleDTO, letters: Sequence[LetterBrief]) -> list[LetterBrief]:
    """The letters the rule matches on its own (earlier rules may still take some)."""
    return [x for x in letters if rule.matches(x.category, x.channel)]


def preview_rules(
    rules: Sequence[RoutingRuleDTO], letters: Sequence[LetterBrief]
) -> dict[int, list[LetterBrief]]:
    """Which letters each rule would really get in the explicit order, keyed by the rule's
    index in ``rules``; a rule shadowed by earlier ones gets an empty list."""
    got: dict[int, list[LetterBrief]] = {i: [] for i in range(len(rules))}
    ordered = sorted(range(len(rules)), key=lambda i: (rules[i].position, i))
    for letter in letters:
        for i in ordered:
            if rules[i].matches(letter.category, letter.channel):
                got[i].append(letter)
                break
    return got


def recent_letters(session: Session, limit: int = 200, *, actor: Actor) -> list[LetterBrief]:
    """The latest letters ``actor`` may see (to try routing rules on)."""
    require(actor, "letter.view")
    rows = session.execute(
        select(
            Letter.id,
            Letter.reg_no,
            Letter.registered_at,
            Letter.category,
            Letter.channel,
            Letter.sender_name,
        )
        .where(Letter.status != workflow.MERGED, scope_clause(actor))
        .order_by(Letter.id.desc())
        .limit(limit)
    ).all()
    return [LetterBrief(*row) for row in rows]


def list_rules(session: Session) -> list[RoutingRuleDTO]:
    rows = session.scalars(select(RoutingRule).order_by(RoutingRule.position, RoutingRule.id))
    return [_dto(r) for r in rows]


def save_rule(session: Session, actor: Actor, rule: RoutingRuleDTO) -> int:
    """Insert (``id`` None) or update a rule; administrators only; audited."""
    require(actor, "settings.manage")
    if rule.strategy not in STRATEGIES:
        raise RoutingError("bad_strategy")
    if session.get(Department, rule.department_id) is None:
        raise RoutingError("unknown_department")
    row = None if rule.id is None else session.get(RoutingRule, rule.id)
    if rule.id is not None and row is None:
        raise RoutingError("not_found")
    before = None if row is None else _as_dict(_dto(row))
    if row is None:
        row = RoutingRule()
        session.add(row)
    row.position, row.category, row.channel = rule.position, rule.category, rule.channel
    row.department_id, row.strategy = rule.department_id, rule.strategy
    row.note, row.active = rule.note, rule.active
    session.flush()
    audit.record(
        session, actor, "routing.rule", "routing_rule", row.id, before, _as_dict(_dto(row))
    )
    return row.id


def delete_rule(session: Session, actor: Actor, rule_id: int) -> None:
    require(actor, "settings.manage")
    row = session.get(RoutingRule, rule_id)
    if row is None:
        raise RoutingError("not_found")
    audit.record(
        session, actor, "routing.rule_deleted", "routing_rule", rule_id, _as_dict(_dto(row))
    )
    session.delete(row)


def route_letter(session: Session, actor: Actor, letter_id: int) -> RouteDecision | None:
    """Apply the first matching rule: a ``routing`` resolution to its department and the
    chosen executor (the letter goes to work), or to the department alone when it has no
    executor (the letter waits for the head's resolution). ``None`` when no rule matches."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise RoutingError("not_found")
    for rule in list_rules(session):
        if rule.matches(letter.category, letter.channel):
            break
    else:
        return None
    assert rule.id is not None
    # Lock the rule row so that concurrent routings take turns (PostgreSQL; SQLite's
    # write transaction is already exclusive).
    row = session.get(RoutingRule, rule.id, with_for_update=True, populate_existing=True)
    assert row is not None
    executor = choose_executor(session, row)
    if executor is not None and row.strategy == "round_robin":
        row.last_user_id = executor
    add_resolution(
        session,
        actor,
        letter_id,
        "routing",
        [executor] if executor is not None else [],
        row.department_id,
        "",
        None,
        reason=f"routing rule {row.id}",
    )
    return RouteDecision(row.id, row.department_id, executor)


def choose_executor(session: Session, rule: RoutingRule) -> int | None:
    candidates = list(
        session.scalars(
            select(User.id)
            .where(
                User.department_id == rule.department_id,
                User.active.is_(True),
                User.role.in_(EXECUTOR_ROLES),
            )
            .order_by(User.id)
        )
    )
    if not candidates:
        return None
    if rule.strategy == "least_loaded":
        load = dict(
            session.execute(
                select(Resolution.executor_id, func.count(Resolution.id))
                .join(Letter, Letter.id == Resolution.letter_id)
                .where(
                    Resolution.active.is_(True),
                    Resolution.executor_id.in_(candidates),
                    Letter.status.in_(workflow.OPEN_STATUSES),
                )
                .group_by(Resolution.executor_id)
            ).all()
        )
        return min(candidates, key=lambda uid: (load.get(uid, 0), uid))
    last = rule.last_user_id or 0
    return next((uid for uid in candidates if uid > last), candidates[0])


def _dto(row: RoutingRule) -> RoutingRuleDTO:
    return RoutingRuleDTO(
        department_id=row.department_id,
        position=row.position,
        category=row.category,
        channel=row.channel,
        strategy=row.strategy,
        note=row.note,
        active=row.active,
        id=row.id,
    )


def _as_dict(rule: RoutingRuleDTO) -> dict[str, object]:
    return {
        "position": rule.position,
        "category": rule.category,
        "channel": rule.channel,
        "department_id": rule.department_id,
        "strategy": rule.strategy,
        "active": rule.active,
        "note": rule.note,
    }
