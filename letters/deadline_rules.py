"""The administrator's deadline rules: list, check, save and delete rows of ``deadline_rule``.

A rule (DOMAIN.md §6) matches a category and a channel (empty: any), names its legal basis,
counts a period of calendar or working days from the receipt or the registration, and may
allow an extension of up to ``extension_max_days`` (0: none). ``letters.deadlines`` picks
the most specific active rule of a purpose (a category counts more than a channel; ties go
to the lower position), so two active rules with the same purpose, category and channel
would leave one of them dead: the service refuses that, and it keeps at least one active
catch-all rule for the answer, the default for written appeals.

Saving a rule does not touch the letters; ``recompute_open_letters`` recomputes the dates of
every letter whose clock still runs, when the administrator asks for it.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models_deadlines import DeadlineRuleRow
from letters import audit, deadlines
from letters.actors import Actor
from letters.permissions import require
from letters.register import CHANNELS

COUNTINGS = ("calendar", "working")
START_EVENTS = ("registered", "received")
MAX_PERIOD_DAYS = 366
MAX_EXTENSION_DAYS = 366
CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{1,63}")
CATEGORY_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,31}")
DEFAULT_PURPOSE = "reply"  # the purpose that must keep a catch-all rule


class DeadlineRuleError(ValueError):
    """A rule the service will not save or delete; ``codes`` are stable for the front ends:
    ``bad_code``, ``code_taken``, ``bad_purpose``, ``bad_category``, ``bad_channel``,
    ``bad_period``, ``bad_counting``, ``bad_start_event``, ``bad_extension``,
    ``basis_required``, ``basis_too_long``, ``duplicate_match`` (``other`` names the rule),
    ``last_default``, ``not_found``."""

    def __init__(self, codes: list[str], other: str = "") -> None:
        super().__init__(", ".join(codes) + (f" ({other})" if other else ""))
        self.codes = codes
        self.other = other


@dataclass(frozen=True, slots=True)
class DeadlineRuleInfo:
    """One row of ``deadline_rule`` as the settings page edits it."""

    code: str
    period_days: int
    purpose: str = DEFAULT_PURPOSE
    category: str = ""  # empty: any
    channel: str = ""  # empty: any
    counting: str = "calendar"
    start_event: str = "registered"
    extension_max_days: int = 0  # 0: may not be extended
    basis_short: str = ""  # shown in the letter's explanation, e.g. «59-ФЗ, ст. 12»
    legal_basis: str = ""
    source_text: str = ""
    verify: bool = False
    note: str = ""
    position: int = 100
    active: bool = True
    id: int | None = None

    @property
    def extendable(self) -> bool:
        return self.extension_max_days > 0

    @property
    def is_catch_all(self) -> bool:
        return not self.category and not self.channel

    def same_match(self, other: DeadlineRuleInfo) -> bool:
        return (self.purpose, self.category, self.channel) == (
            other.purpose,
            other.category,
            other.channel,
        )

    def cleaned(self) -> DeadlineRuleInfo:
        return replace(
            self,
            code=self.code.strip(),
            category=self.category.strip(),
            channel=self.channel.strip(),
            basis_short=" ".join(self.basis_short.split()),
            legal_basis=self.legal_basis.strip(),
            source_text=self.source_text.strip(),
            note=self.note.strip(),
        )

    def problems(self) -> list[str]:
        """What is wrong with the rule on its own (see :class:`DeadlineRuleError`)."""
        found = []
        if not CODE_PATTERN.fullmatch(self.code):
            found.append("bad_code")
        if self.purpose not in deadlines.PURPOSES:
            found.append("bad_purpose")
        if self.category and not CATEGORY_PATTERN.fullmatch(self.category):
            found.append("bad_category")
        if self.channel and self.channel not in CHANNELS:
            found.append("bad_channel")
        if not 0 < self.period_days <= MAX_PERIOD_DAYS:
            found.append("bad_period")
        if self.counting not in COUNTINGS:
            found.append("bad_counting")
        if self.start_event not in START_EVENTS:
            found.append("bad_start_event")
        if not 0 <= self.extension_max_days <= MAX_EXTENSION_DAYS:
            found.append("bad_extension")
        if not self.legal_basis:
            found.append("basis_required")
        if len(self.basis_short) > 200:
            found.append("basis_too_long")
        return found


def list_rules(session: Session, actor: Actor) -> list[DeadlineRuleInfo]:
    """Every rule, active or not, the way ``pick_rule`` looks at them (position, code)."""
    require(actor, "settings.manage")
    rows = session.scalars(
        select(DeadlineRuleRow).order_by(
            DeadlineRuleRow.purpose, DeadlineRuleRow.position, DeadlineRuleRow.code
        )
    )
    return [_info(r) for r in rows]


def save_rule(session: Session, actor: Actor, rule: DeadlineRuleInfo) -> int:
    """Insert (``id`` None) or update a rule; administrators only; audited. The dates of
    the letters already registered stay until ``recompute_open_letters``."""
    require(actor, "settings.manage")
    rule = rule.cleaned()
    problems = rule.problems()
    if problems:
        raise DeadlineRuleError(problems)
    row = None if rule.id is None else session.get(DeadlineRuleRow, rule.id)
    if rule.id is not None and row is None:
        raise DeadlineRuleError(["not_found"])
    others = [r for r in _all(session) if r.id != rule.id]
    if any(r.code == rule.code for r in others):
        raise DeadlineRuleError(["code_taken"], rule.code)
    if rule.active:
        twin = next((r for r in others if r.active and r.same_match(rule)), None)
        if twin is not None:
            raise DeadlineRuleError(["duplicate_match"], twin.code)
    before = None if row is None else _info(row)
    if before is not None and _loses_last_default(before, others, rule):
        raise DeadlineRuleError(["last_default"])
    if row is None:
        row = DeadlineRuleRow()
        session.add(row)
    for name, value in asdict(rule).items():
        if name != "id":
            setattr(row, name, value)
    session.flush()
    audit.record(
        session,
        actor,
        "deadline.rule",
        "deadline_rule",
        row.id,
        None if before is None else _as_dict(before),
        _as_dict(_info(row)),
    )
    return row.id


def delete_rule(session: Session, actor: Actor, rule_id: int) -> None:
    """Delete a rule; the last active catch-all answer rule stays (deactivate others)."""
    require(actor, "settings.manage")
    row = session.get(DeadlineRuleRow, rule_id)
    if row is None:
        raise DeadlineRuleError(["not_found"])
    before = _info(row)
    others = [r for r in _all(session) if r.id != rule_id]
    if _loses_last_default(before, others, None):
        raise DeadlineRuleError(["last_default"])
    audit.record(
        session,
        actor,
        "deadline.rule_deleted",
        "deadline_rule",
        rule_id,
        _as_dict(before),
        None,
    )
    session.delete(row)
    session.flush()


def recompute_open_letters(session: Session, actor: Actor) -> int:
    """Recompute the dates of every letter whose clock still runs, after the rules or the
    calendar changed; returns how many letters got other dates (each change is audited)."""
    require(actor, "settings.manage")
    return deadlines.recompute_open(session, actor)


def _loses_last_default(
    before: DeadlineRuleInfo, others: list[DeadlineRuleInfo], after: DeadlineRuleInfo | None
) -> bool:
    """Would this change leave the answer purpose without an active catch-all rule?"""

    def is_default(rule: DeadlineRuleInfo) -> bool:
        return rule.active and rule.is_catch_all and rule.purpose == DEFAULT_PURPOSE

    if not is_default(before) or (after is not None and is_default(after)):
        return False
    return not any(is_default(r) for r in others)


def _all(session: Session) -> list[DeadlineRuleInfo]:
    return [_info(r) for r in session.scalars(select(DeadlineRuleRow))]


def _info(row: DeadlineRuleRow) -> DeadlineRuleInfo:
    return DeadlineRuleInfo(
        code=row.code,
        period_days=row.period_days,
        purpose=row.purpose,
        category=row.category,
        channel=row.channel,
        counting=row.counting,
        start_event=row.start_event,
        extension_max_days=row.extension_max_days,
        basis_short=row.basis_short,
        legal_basis=row.legal_basis,
        source_text=row.source_text,
        verify=row.verify,
        note=row.note,
        position=row.position,
        active=row.active,
        id=row.id,
    )


def _as_dict(rule: DeadlineRuleInfo) -> dict[str, object]:
    found = asdict(rule)
    found.pop("id")
    return found
