"""The status workflow of a letter, enforced here whatever the front end shows.

Main path: registered → on_resolution → in_progress → reply_prepared → reply_sent → done
(зарегистрировано → на резолюции → на исполнении → ответ подготовлен → ответ отправлен →
исполнено, снято с контроля). Shortcuts: a letter may go to work without a separate
resolution step, and a reply may be registered as sent from any working status (an answer
given on the phone, a reply drafted outside Mailroom). Side exits, each final:
forwarded (to the competent organisation, consumer notice queued), no_answer (59-FZ
art. 11, reason required), withdrawn (by the consumer). ``merged`` is set only by the
verification station on a tombstone and has no way out.

The clock stops at reply_sent (rated against the legal due date), forwarded (rated against
the forwarding deadline), no_answer and withdrawn (not rated).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import Letter
from db.models_deadlines import ReplyTask
from letters import audit, deadlines
from letters.actors import Actor
from letters.permissions import require_letter

REGISTERED = "registered"
ON_RESOLUTION = "on_resolution"
IN_PROGRESS = "in_progress"
REPLY_PREPARED = "reply_prepared"
REPLY_SENT = "reply_sent"
DONE = "done"
FORWARDED = "forwarded"
NO_ANSWER = "no_answer"
WITHDRAWN = "withdrawn"
MERGED = "merged"

STATUSES = (
    REGISTERED,
    ON_RESOLUTION,
    IN_PROGRESS,
    REPLY_PREPARED,
    REPLY_SENT,
    DONE,
    FORWARDED,
    NO_ANSWER,
    WITHDRAWN,
    MERGED,
)
_EXITS = frozenset({FORWARDED, NO_ANSWER, WITHDRAWN})
TRANSITIONS: dict[str, frozenset[str]] = {
    REGISTERED: frozenset({ON_RESOLUTION, IN_PROGRESS, REPLY_SENT}) | _EXITS,
    ON_RESOLUTION: frozenset({IN_PROGRESS, REPLY_SENT}) | _EXITS,
    IN_PROGRESS: frozenset({ON_RESOLUTION, REPLY_PREPARED, REPLY_SENT}) | _EXITS,
    REPLY_PREPARED: frozenset({IN_PROGRESS, REPLY_SENT, WITHDRAWN}),
    REPLY_SENT: frozenset({DONE}),
    DONE: frozenset(),
    FORWARDED: frozenset(),
    NO_ANSWER: frozenset(),
    WITHDRAWN: frozenset(),
    MERGED: frozenset(),
}
# The statuses after which the clock has stopped: such a letter is never overdue.
CLOSED_STATUSES = frozenset({REPLY_SENT, DONE, FORWARDED, NO_ANSWER, WITHDRAWN, MERGED})
OPEN_STATUSES = frozenset(STATUSES) - CLOSED_STATUSES
# Moves that need a reason: the side exits and every step back.
_BACKWARD = frozenset({(IN_PROGRESS, ON_RESOLUTION), (REPLY_PREPARED, IN_PROGRESS)})
_REASON_REQUIRED = frozenset({FORWARDED, NO_ANSWER})
# Who may make a move, when not everybody who works with letters may.
_HEAD_ONLY = frozenset({DONE, NO_ANSWER})
_NEVER = frozenset({"archivist"})


class WorkflowError(Exception):
    """A refused move. ``code`` is stable for the front ends to translate:
    ``not_found``, ``unknown_status``, ``not_allowed`` (outside the graph),
    ``reason_required``, ``reply_number_required``, ``role_not_allowed``,
    ``date_before_registration``; ``from_status``/``to_status`` name the move."""

    def __init__(self, code: str, from_status: str = "", to_status: str = "") -> None:
        super().__init__(f"{code}: {from_status or '?'} -> {to_status or '?'}")
        self.code = code
        self.from_status = from_status
        self.to_status = to_status


@dataclass(frozen=True, slots=True)
class Transition:
    letter_id: int
    from_status: str
    to_status: str
    on: dt.date
    days_early_or_late: int | None = None  # set when the move stopped a rated clock


def allowed_moves(status: str) -> frozenset[str]:
    return TRANSITIONS.get(status, frozenset())


def reason_required(status: str, new_status: str) -> bool:
    """Whether the move needs a reason: the side exits with a notice, and every step back."""
    return new_status in _REASON_REQUIRED or (status, new_status) in _BACKWARD


def can_move(actor: Actor, status: str, new_status: str) -> bool:
    """Whether the front end should offer the move (the service checks again)."""
    if actor.role in _NEVER or new_status not in allowed_moves(status):
        return False
    return new_status not in _HEAD_ONLY or actor.role in deadlines.HEAD_ROLES


def transition(
    session: Session,
    actor: Actor,
    letter_id: int,
    new_status: str,
    *,
    reason: str = "",
    on: dt.date | None = None,
) -> Transition:
    """Move a letter to ``new_status`` on date ``on`` (default today), audited."""
    require_letter(session, actor, "letter.transition", letter_id)
    return _move(session, actor, letter_id, new_status, reason=reason, on=on)


def mark_reply_sent(
    session: Session, actor: Actor, letter_id: int, sent_on: dt.date, outgoing_reg_no: str
) -> None:
    """For the replies work: the reply with ``outgoing_reg_no`` went out on ``sent_on``;
    the clock stops and the days early or late are stored."""
    if not outgoing_reg_no.strip():
        letter = session.get(Letter, letter_id)
        raise WorkflowError("reply_number_required", letter.status if letter else "", REPLY_SENT)
    _move(
        session,
        actor,
        letter_id,
        REPLY_SENT,
        reason=f"№ {outgoing_reg_no.strip()}",
        on=sent_on,
        reply_reg_no=outgoing_reg_no.strip(),
    )


def _move(
    session: Session,
    actor: Actor,
    letter_id: int,
    new_status: str,
    *,
    reason: str,
    on: dt.date | None,
    reply_reg_no: str = "",
) -> Transition:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise WorkflowError("not_found", "", new_status)
    old = letter.status
    if new_status not in STATUSES:
        raise WorkflowError("unknown_status", old, new_status)
    if new_status not in allowed_moves(old):
        raise WorkflowError("not_allowed", old, new_status)
    if not can_move(actor, old, new_status):
        raise WorkflowError("role_not_allowed", old, new_status)
    reason = reason.strip()
    if not reason and reason_required(old, new_status):
        raise WorkflowError("reason_required", old, new_status)
    on = on or dt.date.today()
    if on < deadlines.registration_day(letter.registered_at):
        raise WorkflowError("date_before_registration", old, new_status)
    rating = _stop_clock(session, letter, new_status, on, reply_reg_no)
    if new_status == FORWARDED:
        session.add(ReplyTask(letter_id=letter_id, kind="forward_notice", payload={"to": reason}))
    letter.status = new_status
    after: dict[str, Any] = {"status": new_status, "on": on.isoformat()}
    if reason:
        after["reason"] = reason
    if reply_reg_no:
        after["reply_reg_no"] = reply_reg_no
    if rating is not None:
        after["days_early_or_late"] = rating
    audit.record(session, actor, "letter.status", "letter", letter_id, {"status": old}, after)
    session.flush()
    return Transition(letter_id, old, new_status, on, rating)


def _stop_clock(
    session: Session, letter: Letter, new_status: str, on: dt.date, reply_reg_no: str
) -> int | None:
    if new_status == REPLY_SENT:
        return deadlines.close_clock(
            session, letter.id, on, rated_against=letter.due_on, reply_reg_no=reply_reg_no
        )
    if new_status == FORWARDED:
        due = deadlines.forward_due(session, letter)
        return deadlines.close_clock(session, letter.id, on, rated_against=due)
    if new_status in (NO_ANSWER, WITHDRAWN):
        deadlines.close_clock(session, letter.id, on, rated_against=None)
    return None
