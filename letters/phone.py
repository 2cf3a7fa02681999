"""The phone channel: a call becomes a letter of channel ``phone`` in the same register.

A call carries the caller's name and phone, a topic (category) and a summary. The account
is taken as given, or found by the same linking logic as for letters (``letters.linking``)
from the caller's name and phone. A call answered on the spot closes at once; otherwise a
promised callback becomes a task with a deadline in the executor's list and dashboard.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Consumer, Journal, Letter, User
from db.models_deadlines import CallbackTask
from letters import audit, deadlines, drafts, settings, workflow
from letters.actors import Actor
from letters.consumers import clean_account, to_dto
from letters.linking import LinkIndex, link
from letters.normalize import phone_key
from letters.permissions import require, require_letter
from letters.register import LetterDraft, register_letter
from ocr.types import ExtractedFields, Field

CHANNEL = "phone"
JOURNAL_SETTING = "journal.phone"  # a separate journal for calls, when configured
NAME_SCAN_LIMIT = 200


class PhoneError(Exception):
    """``code``: ``name_required``, ``summary_required``, ``unknown_account``,
    ``callback_in_past``, ``answered_with_callback``, ``not_found``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class PhoneCall:
    caller_name: str
    phone: str
    category: str
    summary: str
    account: str = ""  # given by the caller: linked directly when it exists
    answered: bool = False  # answered on the spot
    callback_at: dt.datetime | None = None  # the promised callback (aware, or local time)
    executor_id: int | None = None  # who calls back; default the actor


@dataclass(frozen=True, slots=True)
class PhoneResult:
    letter_id: int
    reg_no: str
    link_status: str
    account: str | None
    candidates: tuple[str, ...]
    callback_id: int | None
    due_on: dt.date | None


@dataclass(frozen=True, slots=True)
class CallbackDTO:
    id: int
    letter_id: int
    reg_no: str
    caller_name: str
    phone: str
    due_at: dt.datetime
    executor_id: int | None
    done_at: dt.datetime | None
    result: str


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Aware UTC; a naive value is the office's local time (as typed in a form)."""
    return (moment if moment.tzinfo else moment.astimezone()).astimezone(dt.UTC)


def _db_utc(moment: dt.datetime) -> dt.datetime:
    # SQLite gives back naive UTC values.
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def register_call(
    session: Session,
    actor: Actor,
    call: PhoneCall,
    *,
    index: LinkIndex | None = None,
    now: dt.datetime | None = None,
) -> PhoneResult:
    """Register the call, compute its deadlines and, if promised, the callback task.

    ``index`` is the registry's link index when the caller has one built (the intake
    station); otherwise a small one is built from the consumers sharing the caller's phone
    or surname."""
    require(actor, "phone.register")
    name, summary = " ".join(call.caller_name.split()), call.summary.strip()
    if not name:
        raise PhoneError("name_required")
    if not summary:
        raise PhoneError("summary_required")
    if call.answered and call.callback_at is not None:
        raise PhoneError("answered_with_callback")
    now = as_utc(now or dt.datetime.now(dt.UTC))
    if call.callback_at is not None and as_utc(call.callback_at) <= now:
        raise PhoneError("callback_in_past")
    phone = phone_key(call.phone)
    draft = LetterDraft(
        received_on=now.astimezone().date(),
        channel=CHANNEL,
        journal=_journal(session),
        sender_name=name,
        sender_phone=f"+7{phone}" if phone else call.phone.strip(),
        category=call.category,
        category_confidence=1.0,
        summary=summary,
        full_text=summary,
        needs_review=False,
    )
    account = clean_account(call.account) if call.account.strip() else ""
    candidates: tuple[str, ...] = ()
    if account:
        if session.scalar(select(Consumer.id).where(Consumer.account == account)) is None:
            raise PhoneError("unknown_account")
        draft.account_captured = account
        draft.linked_account, draft.link_status, draft.link_method = account, "manual", "phone"
        draft.link_score = 1.0
    else:
        fields = ExtractedFields(
            name=Field("name", name, 1.0), phone=Field("phone", phone, 1.0) if phone else None
        )
        decision = link(fields, index if index is not None else _small_index(session, name, phone))
        candidates = tuple(c.account for c in decision.candidates)
        draft.link_status, draft.link_method, draft.link_score = (
            decision.status,
            decision.method,
            decision.score,
        )
        draft.linked_account = decision.account if decision.status == "auto" else None
        draft.candidates = drafts.candidates_record(decision)
    registered = register_letter(session, actor, draft, now=now)
    dates = deadlines.on_registered(session, actor, registered.id)
    callback_id = None
    if call.answered:
        on = now.astimezone().date()
        workflow.transition(
            session, actor, registered.id, workflow.REPLY_SENT, reason="answered on the call", on=on
        )
    elif call.callback_at is not None:
        task = CallbackTask(
            letter_id=registered.id,
            executor_id=call.executor_id or actor.id,
            phone=draft.sender_phone,
            caller_name=name,
            due_at=as_utc(call.callback_at),
        )
        session.add(task)
        session.flush()
        callback_id = task.id
        audit.record(
            session,
            actor,
            "callback.promise",
            "letter",
            registered.id,
            None,
            {"task": task.id, "due_at": task.due_at.isoformat(), "executor_id": task.executor_id},
        )
    letter = session.get(Letter, registered.id)
    assert letter is not None
    return PhoneResult(
        registered.id,
        registered.reg_no,
        letter.link_status,
        draft.linked_account if letter.consumer_id else None,
        candidates,
        callback_id,
        dates.legal if dates else None,
    )


def complete_callback(session: Session, actor: Actor, task_id: int, result: str) -> None:
    task = session.get(CallbackTask, task_id)
    if task is None:
        raise PhoneError("not_found")
    require_letter(session, actor, "phone.callback", task.letter_id)
    task.done_at = dt.datetime.now(dt.UTC)
    task.result = result.strip()
    audit.record(
        session,
        actor,
        "callback.done",
        "letter",
        task.letter_id,
        None,
        {"task": task_id, "result": task.result},
    )


def open_callbacks(
    session: Session, executor_id: int | None = None, *, until: dt.datetime | None = None
) -> list[CallbackDTO]:
    """Callbacks not yet made, soonest first; of one executor, and due by ``until``."""
    stmt = (
        select(CallbackTask, Letter.reg_no)
        .join(Letter, Letter.id == CallbackTask.letter_id)
        .where(CallbackTask.done_at.is_(None))
        .order_by(CallbackTask.due_at, CallbackTask.id)
    )
    if executor_id is not None:
        stmt = stmt.where(CallbackTask.executor_id == executor_id)
    if until is not None:
        stmt = stmt.where(CallbackTask.due_at <= as_utc(until))
    return [
        CallbackDTO(
            t.id,
            t.letter_id,
            reg_no,
            t.caller_name,
            t.phone,
            _db_utc(t.due_at),
            t.executor_id,
            t.done_at,
            t.result,
        )
        for t, reg_no in session.execute(stmt).all()
    ]


def _journal(session: Session) -> str:
    code = settings.get(session, JOURNAL_SETTING, "incoming")
    return code if session.get(Journal, code) is not None else "incoming"


def _small_index(session: Session, name: str, phone: str) -> LinkIndex:
    """The consumers sharing the caller's phone or surname: enough for ``link`` to find
    and rank the caller without loading the registry."""
    clauses = []
    if phone:
        clauses.append(Consumer.phone == f"+7{phone}")
    # The surname as typed, whatever the word order, with and without ё.
    words = {w.strip(".,") for w in name.split() if len(w.strip(".,")) > 1}
    for word in list(words)[:4]:
        cap = word[:1].upper() + word[1:].lower()
        for form in {cap, cap.replace("ё", "е"), cap.replace("е", "ё")}:
            clauses += [Consumer.full_name.like(f"{form} %"), Consumer.full_name == form]
    rows = session.scalars(select(Consumer).where(or_(*clauses)).limit(NAME_SCAN_LIMIT))
    return LinkIndex.build(to_dto(r) for r in rows)


def executor_name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return (user.full_name or user.login) if user else ""
