"""Read-side queries for the front ends: keyset-paged rows as plain DTOs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: int
    reg_no: str
    registered_at: str
    channel: str
    sender: str
    account: str
    link_status: str
    category: str
    status: str


def register_page(session: Session, after_id: int | None, limit: int) -> list[RegisterRow]:
    """Newest first; the next page starts below ``after_id``."""
    stmt = (
        select(Letter, Consumer.account).outerjoin(Consumer).order_by(Letter.id.desc()).limit(limit)
    )
    if after_id is not None:
        stmt = stmt.where(Letter.id < after_id)
    return [
        RegisterRow(
            letter.id,
            letter.reg_no,
            letter.registered_at.strftime("%d.%m.%Y %H:%M"),
            letter.channel,
            letter.sender_name,
            account or "",
            letter.link_status,
            letter.category,
            letter.status,
        )
        for letter, account in session.execute(stmt)
    ]
