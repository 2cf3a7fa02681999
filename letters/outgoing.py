"""The outgoing register: a reply gets its gapless number in the 'outgoing' journal, its
archive PDF, its links to the letters it answers, the status of those letters and an audit
event, all in the caller's ONE transaction (``Database.write``).

What registering does to the letters is the template's ``outcome``: ``reply_sent`` stops
their clocks (``letters.workflow.mark_reply_sent``), ``forwarded`` moves them to forwarded,
``interim`` (an extension notice, a request for documents, an invitation) leaves them open.
A notice queued for the replies work (``reply_task``) is marked done by the reply that
answers it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Letter
from db.models_replies import Reply, ReplyLetter
from db.store import FileStore
from letters import audit, search
from letters.actors import Actor
from letters.permissions import (
    SPECIALIST,
    PermissionDenied,
    in_scope,
    require,
    require_letter,
)
from letters.register import FileDraft, next_number, stored_file_id
from letters.replies import ReplyDocument
from letters.reply_pdf import render_pdf
from letters.reply_templates import templates_dir

OUTGOING_JOURNAL = "outgoing"
# Statuses after which a letter's clock has already stopped (mirrors letters.workflow).
CLOSED_STATUSES = frozenset({"reply_sent", "done", "forwarded", "no_answer", "withdrawn"})


class OutgoingError(Exception):
    """``code``: ``role_not_allowed``, ``bad_mail_type``, ``not_found``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class RegisteredReply:
    id: int
    reg_no: str
    reg_date: dt.date
    pdf_sha256: str
    letter_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OutgoingItem:
    """A registered reply as the envelopes and the Form 103 list need it."""

    id: int
    reg_no: str
    reg_date: dt.date
    sent_on: dt.date | None
    addressee_name: str
    addressee_dative: str
    address: str
    postal_code: str
    mail_type: str
    tracking_id: str
    weight_g: int
    declared_value_kop: int
    title: str


def post_settings() -> dict[str, Any]:
    """``templates/post.json``: mail types, Form 103 header and columns."""
    data: dict[str, Any] = json.loads((templates_dir() / "post.json").read_text("utf-8"))
    return data


def _workflow() -> ModuleType | None:
    """``letters.workflow`` when it is installed; until then statuses are set here."""
    try:
        return importlib.import_module("letters.workflow")
    except ModuleNotFoundError as exc:
        if exc.name != "letters.workflow":
            raise
        return None


def _local_date(value: dt.datetime) -> dt.date:
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone().date()


def _move_letter(
    session: Session, actor: Actor, letter: Letter, outcome: str, sent_on: dt.date, reg_no: str
) -> None:
    workflow = _workflow()
    closed = getattr(workflow, "CLOSED_STATUSES", CLOSED_STATUSES)
    if outcome == "interim" or letter.status in closed:
        return  # a second reply, or a notice: the letter keeps its status
    if workflow is not None and outcome == "reply_sent":
        workflow.mark_reply_sent(session, actor, letter.id, sent_on, reg_no)
    elif workflow is not None:
        workflow.transition(
            session, actor, letter.id, "forwarded", reason=f"№ {reg_no}", on=sent_on
        )
    else:
        before = letter.status
        letter.status = outcome
        audit.record(
            session,
            actor,
            "letter.status",
            "letter",
            letter.id,
            {"status": before},
            {"status": outcome, "on": sent_on.isoformat(), "reply_reg_no": reg_no},
        )


def _close_tasks(session: Session, letter_ids: list[int], kind: str, now: dt.datetime) -> None:
    """Mark the queued notices of ``kind`` for these letters as done by this reply."""
    try:
        models = importlib.import_module("db.models_deadlines")
    except ModuleNotFoundError:
        return
    task = models.ReplyTask
    rows = session.scalars(
        select(task).where(
            task.letter_id.in_(letter_ids), task.kind == kind, task.done_at.is_(None)
        )
    )
    for row in rows:
        row.done_at = now


def register_reply(
    session: Session,
    actor: Actor,
    store: FileStore,
    doc: ReplyDocument,
    *,
    sent_on: dt.date | None = None,
    mail_type: str | None = None,
    weight_g: int | None = None,
    tracking_id: str = "",
    declared_value_kop: int = 0,
    now: dt.datetime | None = None,
) -> RegisteredReply:
    """Number, archive PDF, links, letter statuses and audit in the caller's transaction.

    The PDF is written to the content-addressed store before the commit: if the
    transaction rolls back, the file stays unreferenced and harmless (the number does not:
    it returns to the journal's counter, so numbers stay gapless)."""
    require(actor, "reply.register")
    post = post_settings()
    mail_type = mail_type or str(post.get("default_mail_type", "simple"))
    if mail_type not in post["mail_types"]:
        raise OutgoingError("bad_mail_type", mail_type)
    now = now or dt.datetime.now(dt.UTC)
    reg_date = _local_date(now)
    sent_on = sent_on or reg_date
    seq, reg_no = next_number(session, OUTGOING_JOURNAL, now.year)
    registered = doc.with_registration(reg_no, reg_date)
    blob = store.put_bytes(render_pdf(registered))
    file_id = stored_file_id(session, FileDraft(blob, "application/pdf", "archive", reg_no))
    if weight_g is None:
        weight_g = (
            int(post.get("default_weight_g", 20))
            if post["mail_types"][mail_type].get("envelope")
            else 0
        )
    reply = Reply(
        journal=OUTGOING_JOURNAL,
        reg_year=now.year,
        reg_seq=seq,
        reg_no=reg_no,
        registered_at=now,
        registered_by_id=actor.id,
        consumer_id=doc.consumer_id,
        template_code=doc.template_code,
        template_version=doc.template_version,
        outcome=doc.outcome,
        title=doc.title,
        body=doc.body,
        field_values=dict(doc.field_values),
        attachments=list(doc.attachments),
        addressee_name=doc.addressee_name,
        addressee_dative=doc.addressee_dative,
        addressee_address=doc.address,
        addressee_postal_code=doc.postal_code,
        signatory_position=doc.signatory_position,
        signatory_name=doc.signatory_name,
        executor_name=doc.executor_name,
        executor_phone=doc.executor_phone,
        pdf_file_id=file_id,
        sent_on=sent_on,
        mail_type=mail_type,
        tracking_id=tracking_id.strip(),
        weight_g=weight_g,
        declared_value_kop=declared_value_kop,
    )
    session.add(reply)
    session.flush()
    letter_ids = [ref.id for ref in doc.letters]
    for letter_id in letter_ids:
        session.add(ReplyLetter(reply_id=reply.id, letter_id=letter_id))
    audit.record(
        session,
        actor,
        "reply.register",
        "reply",
        reply.id,
        None,
        {
            "reg_no": reg_no,
            "letters": [ref.reg_no for ref in doc.letters],
            "template": f"{doc.template_code} v{doc.template_version}",
            "outcome": doc.outcome,
            "sent_on": sent_on.isoformat(),
            "mail_type": mail_type,
            "pdf_sha256": blob.sha256,
        },
    )
    session.flush()
    for letter_id in letter_ids:
        letter = session.get(Letter, letter_id)
        if letter is not None:
            _move_letter(session, actor, letter, doc.outcome, sent_on, reg_no)
        search.on_letter_changed(session, letter_id)  # the reply's number and text
    from letters.reply_templates import get_template

    task = get_template(session, doc.template_code, doc.template_version).task
    if task:
        _close_tasks(session, letter_ids, task, now)
    session.flush()
    return RegisteredReply(reply.id, reg_no, reg_date, blob.sha256, tuple(letter_ids))


def record_dispatch(
    session: Session,
    actor: Actor,
    reply_id: int,
    *,
    tracking_id: str | None = None,
    weight_g: int | None = None,
    sent_on: dt.date | None = None,
    mail_type: str | None = None,
) -> None:
    """Post details known after registration: the ШПИ, the weight, the day it went out."""
    require(actor, "reply.dispatch")
    reply = session.get(Reply, reply_id)
    if reply is None:
        raise OutgoingError("not_found", str(reply_id))
    if mail_type is not None and mail_type not in post_settings()["mail_types"]:
        raise OutgoingError("bad_mail_type", mail_type)
    changes = {
        "tracking_id": tracking_id.strip() if tracking_id is not None else None,
        "weight_g": weight_g,
        "sent_on": sent_on,
        "mail_type": mail_type,
    }
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in changes.items():
        if value is None or getattr(reply, name) == value:
            continue
        old = getattr(reply, name)
        before[name] = old.isoformat() if isinstance(old, dt.date) else old
        after[name] = value.isoformat() if isinstance(value, dt.date) else value
        setattr(reply, name, value)
    if after:
        audit.record(session, actor, "reply.dispatch", "reply", reply_id, before, after)


def _item(reply: Reply) -> OutgoingItem:
    return OutgoingItem(
        reply.id,
        reply.reg_no,
        _local_date(reply.registered_at),
        reply.sent_on,
        reply.addressee_name,
        reply.addressee_dative,
        reply.addressee_address,
        reply.addressee_postal_code,
        reply.mail_type,
        reply.tracking_id,
        reply.weight_g,
        reply.declared_value_kop,
        reply.title,
    )


def outgoing_for_day(
    session: Session, day: dt.date, mail_types: set[str] | None = None
) -> list[OutgoingItem]:
    """Replies sent on ``day`` in registration order, optionally of some mail types."""
    stmt = select(Reply).where(Reply.sent_on == day).order_by(Reply.reg_year, Reply.reg_seq)
    if mail_types is not None:
        stmt = stmt.where(Reply.mail_type.in_(sorted(mail_types)))
    return [_item(r) for r in session.scalars(stmt)]


def replies_to_letter(session: Session, letter_id: int, *, actor: Actor) -> list[OutgoingItem]:
    require_letter(session, actor, "letter.view", letter_id)
    stmt = (
        select(Reply)
        .join(ReplyLetter, ReplyLetter.reply_id == Reply.id)
        .where(ReplyLetter.letter_id == letter_id)
        .order_by(Reply.id)
    )
    return [_item(r) for r in session.scalars(stmt)]


def archive_pdf(session: Session, store: FileStore, reply_id: int, *, actor: Actor) -> bytes:
    """The registered reply exactly as archived (a specialist: a reply to one of their
    letters)."""
    from db.models import StoredFile

    require(actor, "letter.view")
    reply = session.get(Reply, reply_id)
    if reply is None or reply.pdf_file_id is None:
        raise OutgoingError("not_found", str(reply_id))
    if actor.role == SPECIALIST:
        answered = session.scalars(
            select(ReplyLetter.letter_id).where(ReplyLetter.reply_id == reply_id)
        ).all()
        if not any(in_scope(session, actor, letter_id) for letter_id in answered):
            raise PermissionDenied("letter.view", actor.role)
    stored = session.get(StoredFile, reply.pdf_file_id)
    if stored is None:
        raise OutgoingError("not_found", str(reply_id))
    return store.read_bytes(stored.rel_path)
