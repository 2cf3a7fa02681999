"""The outgoing register as the desktop's Replies section reads and edits it: the replies
sent on a day (or in a period) with the numbers of the letters they answer, the post details
recorded for several replies at once, and the envelopes of chosen replies.

Post tracking ids (ШПИ) are checked here, not only in the GUI: a Russia Post domestic id is
14 digits (the index of the accepting office, a month code, a serial number and a check
digit); an international one follows the UPU S10 standard (``RA123456785RU``: two letters, eight
digits, a check digit, the country).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Letter
from db.models_replies import Reply, ReplyLetter
from letters.actors import Actor
from letters.envelopes import Envelope, envelope_for
from letters.outgoing import (
    OutgoingError,
    OutgoingItem,
    _item,
    post_settings,
    record_dispatch,
)
from letters.permissions import SPECIALIST, require, scope_clause
from letters.replies import load_letterhead

MAX_ROWS = 5000  # a period longer than that is narrowed, not loaded whole
_CHUNK = 500  # ids per IN (…) list: well under every engine's parameter limit

_DOMESTIC = re.compile(r"\d{14}")
_S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def normalize_tracking_id(value: str) -> str:
    """As printed on a receipt (``236022 80 00001 8``, ``ra 123 456 785 ru``) → as stored."""
    return re.sub(r"[\s-]+", "", value).upper()


def _domestic_check_digit(digits: str) -> int:
    odd = sum(int(d) for d in digits[0:13:2])
    even = sum(int(d) for d in digits[1:13:2])
    return (10 - (3 * odd + even) % 10) % 10


def _s10_check_digit(serial: str) -> int:
    check = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def tracking_problem(value: str) -> str | None:
    """Why ``value`` is not a tracking id: ``format`` or ``check_digit``; ``None`` when it is
    one (or is empty: not known yet). Normalise it first."""
    if not value:
        return None
    if _DOMESTIC.fullmatch(value):
        return None if _domestic_check_digit(value) == int(value[13]) else "check_digit"
    if _S10.fullmatch(value):
        return None if _s10_check_digit(value[2:10]) == int(value[10]) else "check_digit"
    return "format"


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """A registered reply and the registration numbers of the letters it answers."""

    item: OutgoingItem
    letter_numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutgoingRegister:
    first: dt.date
    last: dt.date
    entries: tuple[RegisterEntry, ...]
    truncated: bool = False  # more than ``MAX_ROWS`` replies in the period


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _letter_numbers(session: Session, reply_ids: list[int]) -> dict[int, list[str]]:
    numbers: dict[int, list[str]] = {}
    for chunk in _chunks(reply_ids):
        rows = session.execute(
            select(ReplyLetter.reply_id, Letter.reg_no)
            .join(Letter, Letter.id == ReplyLetter.letter_id)
            .where(ReplyLetter.reply_id.in_(chunk))
            .order_by(Letter.registered_at, Letter.id)
        )
        for reply_id, reg_no in rows:
            numbers.setdefault(reply_id, []).append(reg_no)
    return numbers


def outgoing_register(
    session: Session, actor: Actor, first: dt.date, last: dt.date, *, limit: int = MAX_ROWS
) -> OutgoingRegister:
    """The replies sent from ``first`` to ``last`` (inclusive), by day and number. A
    specialist sees the replies to the letters in their scope."""
    require(actor, "letter.view")
    if last < first:
        first, last = last, first
    stmt = select(Reply).where(Reply.sent_on >= first, Reply.sent_on <= last)
    if actor.role == SPECIALIST:
        answered = (
            select(ReplyLetter.reply_id)
            .join(Letter, Letter.id == ReplyLetter.letter_id)
            .where(scope_clause(actor))
        )
        stmt = stmt.where(Reply.id.in_(answered))
    stmt = stmt.order_by(Reply.sent_on, Reply.reg_year, Reply.reg_seq).limit(limit + 1)
    replies = list(session.scalars(stmt))
    truncated = len(replies) > limit
    replies = replies[:limit]
    numbers = _letter_numbers(session, [r.id for r in replies])
    entries = tuple(RegisterEntry(_item(r), tuple(numbers.get(r.id, ()))) for r in replies)
    return OutgoingRegister(first, last, entries, truncated)


@dataclass(frozen=True, slots=True)
class DispatchChange:
    """Post details for one reply; ``None`` leaves a detail as it is."""

    reply_id: int
    tracking_id: str | None = None
    weight_g: int | None = None
    sent_on: dt.date | None = None
    mail_type: str | None = None


def record_dispatches(session: Session, actor: Actor, changes: Iterable[DispatchChange]) -> int:
    """``letters.outgoing.record_dispatch`` for each reply, in the caller's ONE transaction:
    every tracking id and weight is checked before anything is written. Returns the number of
    replies. ``OutgoingError``: ``bad_tracking_id`` (detail: the id), ``bad_weight``,
    ``bad_mail_type``, ``not_found``."""
    require(actor, "reply.dispatch")
    checked: list[DispatchChange] = []
    mail_types = post_settings()["mail_types"]
    for change in changes:
        tracking = change.tracking_id
        if tracking is not None:
            tracking = normalize_tracking_id(tracking)
            if tracking_problem(tracking) is not None:
                raise OutgoingError("bad_tracking_id", tracking)
        if change.weight_g is not None and not 0 <= change.weight_g <= 100_000:
            raise OutgoingError("bad_weight", str(change.weight_g))
        if change.mail_type is not None and change.mail_type not in mail_types:
            raise OutgoingError("bad_mail_type", change.mail_type)
        checked.append(
            DispatchChange(
                change.reply_id, tracking, change.weight_g, change.sent_on, change.mail_type
            )
        )
    for change in checked:
        record_dispatch(
            session,
            actor,
            change.reply_id,
            tracking_id=change.tracking_id,
            weight_g=change.weight_g,
            sent_on=change.sent_on,
            mail_type=change.mail_type,
        )
    return len(checked)


def envelopes_for_replies(session: Session, actor: Actor, reply_ids: list[int]) -> list[Envelope]:
    """Envelopes of the chosen replies that go by post (not e-mail or by hand), by day and
    number."""
    require(actor, "reply.dispatch")
    post = post_settings()
    by_post = sorted(code for code, spec in post["mail_types"].items() if spec.get("envelope"))
    replies: list[Reply] = []
    for chunk in _chunks(sorted(set(reply_ids))):
        replies += session.scalars(
            select(Reply).where(Reply.id.in_(chunk), Reply.mail_type.in_(by_post))
        )
    replies.sort(key=lambda r: (r.sent_on or dt.date.min, r.reg_year, r.reg_seq))
    head = load_letterhead(session)
    return [envelope_for(_item(reply), head, post) for reply in replies]
