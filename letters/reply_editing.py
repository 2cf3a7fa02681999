"""What the desktop reply editor needs from the replies services, as plain data and calls
that each take one session: the letters being answered and the templates to offer, a draft
built from the editor's inputs, its registration as outgoing, and an envelope for it.

The editor keeps its inputs in a ``ReplyInputs``; every call here rebuilds the document from
them with ``prepare_reply`` (so the preview, the saved files and the registered reply are the
same letter), then applies the specialist's own wording of the title and text, if any.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter
from db.store import FileStore
from letters.actors import Actor
from letters.dative import addressee_name
from letters.envelopes import envelope_for, render_envelopes
from letters.outgoing import (
    CLOSED_STATUSES,
    OutgoingError,
    OutgoingItem,
    RegisteredReply,
    post_settings,
    register_reply,
    replies_to_letter,
)
from letters.permissions import in_scope, require, require_letter
from letters.replies import (
    LetterRef,
    ReplyDocument,
    _letter_ref,
    _load_letters,
    load_letterhead,
    prepare_reply,
)
from letters.reply_templates import ReplyTemplate, list_templates, suggest_templates


@dataclass(frozen=True, slots=True)
class MailType:
    code: str
    label: str
    envelope: bool


@dataclass(frozen=True, slots=True)
class EditorStart:
    """The letters a reply starts from, the templates to offer and the ways to send it.

    ``suggested`` are the codes fitting the letters' categories, most specific first;
    ``templates`` is every current template, the suggested ones first. ``others`` are the
    consumer's other open letters that the same reply may also answer."""

    letters: tuple[LetterRef, ...]
    sender_name: str
    consumer_id: int | None
    addressee_dative: str
    addressee_confident: bool
    templates: tuple[ReplyTemplate, ...]
    suggested: tuple[str, ...]
    others: tuple[LetterRef, ...] = ()
    mail_types: tuple[MailType, ...] = ()
    default_mail_type: str = "simple"


@dataclass(frozen=True, slots=True)
class ReplyInputs:
    """Everything the specialist chose or typed: enough to rebuild the same reply.

    ``title``/``body`` are the specialist's own wording (``None``: the template's)."""

    letter_ids: tuple[int, ...]
    template_code: str
    values: tuple[tuple[str, str], ...] = ()
    addressee_dative: str | None = None
    title: str | None = None
    body: str | None = None
    mail_type: str | None = None

    def value_dict(self) -> dict[str, str]:
        # An empty box means "not given": it must not hide a value the service knows
        # (the new due date of a queued extension notice).
        return {name: value for name, value in self.values if value.strip()}


def mail_types() -> tuple[tuple[MailType, ...], str]:
    post = post_settings()
    types = tuple(
        MailType(code, str(spec.get("label", code)), bool(spec.get("envelope")))
        for code, spec in post["mail_types"].items()
    )
    return types, str(post.get("default_mail_type", "simple"))


def _others(session: Session, actor: Actor, letters: list[Letter]) -> tuple[LetterRef, ...]:
    consumer_id = letters[0].consumer_id
    if consumer_id is None:
        return ()
    taken = {letter.id for letter in letters}
    rows = session.scalars(
        select(Letter)
        .where(
            Letter.consumer_id == consumer_id,
            Letter.status.not_in(sorted(CLOSED_STATUSES | {"merged"})),
        )
        .order_by(Letter.registered_at, Letter.id)
        .limit(50)
    )
    return tuple(
        _letter_ref(row) for row in rows if row.id not in taken and in_scope(session, actor, row.id)
    )


def load_editor_start(session: Session, actor: Actor, letter_ids: list[int]) -> EditorStart:
    """``PermissionDenied`` when the actor may not draft a reply to one of the letters;
    ``ReplyError`` when the letters are missing or are not of one consumer."""
    for letter_id in letter_ids:
        require_letter(session, actor, "reply.prepare", letter_id)
    letters = _load_letters(session, letter_ids)
    suggested: list[str] = []
    for letter in letters:
        for template in suggest_templates(session, letter.category):
            if template.code not in suggested:
                suggested.append(template.code)
    templates = {t.code: t for t in list_templates(session)}
    ordered = [templates[c] for c in suggested if c in templates]
    ordered += [t for c, t in sorted(templates.items()) if c not in suggested]
    types, default = mail_types()
    first = letters[0]
    consumer = session.get(Consumer, first.consumer_id) if first.consumer_id else None
    sender = first.sender_name or (consumer.full_name if consumer else "")
    name = addressee_name(sender)  # as prepare_reply declines it
    return EditorStart(
        letters=tuple(_letter_ref(letter) for letter in letters),
        sender_name=sender,
        consumer_id=first.consumer_id,
        addressee_dative=name.dative,
        addressee_confident=name.confident,
        templates=tuple(ordered),
        suggested=tuple(suggested),
        others=_others(session, actor, letters),
        mail_types=types,
        default_mail_type=default,
    )


def draft_reply(
    session: Session, actor: Actor, inputs: ReplyInputs, today: dt.date | None = None
) -> ReplyDocument:
    """The reply for ``inputs``; ``TemplateProblem`` lists what the template still needs."""
    doc = prepare_reply(
        session,
        actor,
        list(inputs.letter_ids),
        inputs.template_code,
        inputs.value_dict(),
        addressee_dative=(inputs.addressee_dative or "").strip() or None,
        today=today,
    )
    changes: dict[str, Any] = {}
    if inputs.title is not None:
        changes["title"] = " ".join(inputs.title.split())
    if inputs.body is not None:
        changes["body"] = inputs.body.strip()
    return replace(doc, **changes) if changes else doc


def register_draft(
    session: Session,
    actor: Actor,
    store: FileStore,
    inputs: ReplyInputs,
    now: dt.datetime | None = None,
) -> tuple[RegisteredReply, ReplyDocument]:
    """Register the reply of ``inputs`` as outgoing, in the caller's transaction."""
    require(actor, "reply.register")
    doc = draft_reply(session, actor, inputs)
    done = register_reply(session, actor, store, doc, mail_type=inputs.mail_type, now=now)
    return done, doc.with_registration(done.reg_no, done.reg_date)


def letter_statuses(session: Session, letter_ids: list[int]) -> list[tuple[str, str]]:
    """(registration number, status) of the letters, in the order given."""
    rows = session.execute(
        select(Letter.id, Letter.reg_no, Letter.status).where(Letter.id.in_(letter_ids))
    ).all()
    found = {row.id: (row.reg_no, row.status) for row in rows}
    return [found[i] for i in letter_ids if i in found]


def letter_replies(session: Session, actor: Actor, letter_id: int) -> list[OutgoingItem]:
    """The outgoing replies to a letter, oldest first."""
    return replies_to_letter(session, letter_id, actor=actor)


def reply_envelope(
    session: Session, actor: Actor, reply_id: int, letter_id: int, fmt: str = "DL"
) -> bytes:
    """The envelope of one registered reply (``letter_id``: a letter it answers)."""
    require(actor, "reply.register")
    item = next((r for r in letter_replies(session, actor, letter_id) if r.id == reply_id), None)
    if item is None:
        raise OutgoingError("not_found", str(reply_id))
    envelope = envelope_for(item, load_letterhead(session), post_settings())
    return render_envelopes([envelope], fmt)
