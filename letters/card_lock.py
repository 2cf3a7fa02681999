"""Optimistic locking of registration cards, shared by the verification services.

Every change carries the ``Letter.version`` the clerk saw. The row is read ``FOR UPDATE``
(a no-op on SQLite, whose write sessions hold the database lock anyway), compared, and the
ORM's version column makes the final UPDATE conditional too, so a concurrent change on
PostgreSQL surfaces as ``StaleCard`` rather than a silent overwrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models import Consumer, Letter
from letters.history import MERGED, last_change
from letters.verification_types import LetterNotFound, StaleCard, VerificationError


def fetch_letter(session: Session, letter_id: int, version: int | None) -> Letter:
    """The letter, locked for this transaction; ``StaleCard`` if it moved past ``version``.

    ``version=None`` skips the check (for a letter the clerk has not seen, e.g. a merge
    partner picked by the service itself).
    """
    letter = session.scalar(select(Letter).where(Letter.id == letter_id).with_for_update())
    if letter is None:
        raise LetterNotFound(letter_id)
    if version is not None and letter.version != version:
        raise StaleCard(letter_id, version, letter.version, last_change(session, letter_id))
    return letter


def editable_letter(session: Session, letter_id: int, version: int | None) -> Letter:
    letter = fetch_letter(session, letter_id, version)
    if letter.status == MERGED:
        raise VerificationError("merged", letter.reg_no)
    return letter


def touch(letter: Letter) -> None:
    """Make sure the row is updated, so its version moves even if only pages changed."""
    letter.updated_at = dt.datetime.now(dt.UTC)


@contextmanager
def stale_guard(session: Session, letter: Letter, seen: int | None) -> Iterator[None]:
    """Flush inside; a lost race on the version column becomes ``StaleCard``."""
    try:
        yield
        session.flush()
    except StaleDataError as exc:
        raise StaleCard(letter.id, seen or 0, -1, None) from exc


def account_of(session: Session, consumer_id: int | None) -> str | None:
    if consumer_id is None:
        return None
    return session.scalar(select(Consumer.account).where(Consumer.id == consumer_id))


def snapshot(session: Session, letter: Letter) -> dict[str, Any]:
    """The card's user-visible state, for the audit trail's before/after."""
    return {
        "version": letter.version,
        "sender_name": letter.sender_name,
        "sender_address": letter.sender_address,
        "sender_postal_code": letter.sender_postal_code,
        "sender_phone": letter.sender_phone,
        "sender_email": letter.sender_email,
        "account_captured": letter.account_captured,
        "account": account_of(session, letter.consumer_id),
        "link_status": letter.link_status,
        "link_method": letter.link_method,
        "category": letter.category,
        "summary": letter.summary,
        "received_on": letter.received_on.isoformat(),
        "verified": letter.verified,
        "needs_review": letter.needs_review,
        "status": letter.status,
        "page_count": letter.page_count,
    }


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the keys that differ (the version always), to keep the trail readable."""
    keys = [k for k in after if k == "version" or before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
