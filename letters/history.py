"""What happened to a letter, and everything a consumer ever sent us: plain DTOs, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.dto import ConsumerDTO
from db.models import AuditEvent, Consumer, Letter
from letters.actors import Actor
from letters.consumers import to_dto
from letters.permissions import require, require_letter, scope_clause

MERGED = "merged"
# Audited reads of a letter (152-FZ): in the audit log, not in the letter's history of changes.
READ_ACTIONS = ("letter.open",)


def aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands timezone-aware columns back naive; they were stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One audit event: who, when, what, before and after."""

    id: int
    at: dt.datetime
    user_login: str
    action: str  # e.g. letter.register, letter.accept, letter.split, page.rotate
    entity: str
    entity_id: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


def entry_of(event: AuditEvent) -> HistoryEntry:
    return HistoryEntry(
        event.id,
        aware(event.at),
        event.user_login,
        event.action,
        event.entity,
        event.entity_id,
        event.before,
        event.after,
    )


def letter_history(
    session: Session, letter_id: int, limit: int = 500, *, actor: Actor
) -> list[HistoryEntry]:
    """Audit events recorded against the letter, newest first (changes, not reads)."""
    require_letter(session, actor, "letter.view", letter_id)
    return _events(session, letter_id, limit)


def _events(session: Session, letter_id: int, limit: int) -> list[HistoryEntry]:
    rows = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == "letter",
            AuditEvent.entity_id == str(letter_id),
            AuditEvent.action.not_in(READ_ACTIONS),
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    return [entry_of(e) for e in rows]


def last_change(session: Session, letter_id: int) -> HistoryEntry | None:
    """The latest event of a letter (for ``StaleCard``: the change the user did not see)."""
    found = _events(session, letter_id, limit=1)
    return found[0] if found else None


@dataclass(frozen=True, slots=True)
class AppealRow:
    """One appeal of any channel (post, phone, internet, …) in a consumer's history."""

    letter_id: int
    reg_no: str
    registered_at: dt.datetime
    received_on: dt.date
    channel: str
    category: str
    status: str
    summary: str
    link_status: str
    verified: bool


@dataclass(frozen=True, slots=True)
class ReplyRow:
    """An outgoing reply; filled once replies exist (the replies issue)."""

    id: int
    out_no: str
    sent_on: dt.date | None
    letter_id: int
    summary: str = ""


@dataclass(frozen=True, slots=True)
class ConsumerHistory:
    """``consumer`` is None when the account is not (or no longer) in the registry."""

    account: str
    consumer: ConsumerDTO | None
    appeals: tuple[AppealRow, ...] = ()
    replies: tuple[ReplyRow, ...] = field(default_factory=tuple)


def consumer_history(
    session: Session, account: str, limit: int = 1000, *, actor: Actor
) -> ConsumerHistory:
    """The consumer's registry data and every appeal linked to the account that ``actor``
    may see, newest first.

    Tombstones of merged letters are left out: their pages live on in the surviving letter.
    """
    require(actor, "consumer.view")
    row = session.scalar(select(Consumer).where(Consumer.account == account))
    if row is None:
        return ConsumerHistory(account, None)
    letters = session.scalars(
        select(Letter)
        .where(Letter.consumer_id == row.id, Letter.status != MERGED, scope_clause(actor))
        .order_by(Letter.registered_at.desc(), Letter.id.desc())
        .limit(limit)
    )
    appeals = tuple(
        AppealRow(
            x.id,
            x.reg_no,
            aware(x.registered_at),
            x.received_on,
            x.channel,
            x.category,
            x.status,
            x.summary,
            x.link_status,
            x.verified,
        )
        for x in letters
    )
    return ConsumerHistory(account, to_dto(row), appeals)
