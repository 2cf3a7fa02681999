"""Verification services: load a card, accept it, link it; batch fixes live in
``letters.verification_batch`` and ``letters.verification_pages`` and are re-exported here.

Every service takes the session of one unit of work (``Database.write()``) and the acting
user, checks the card version the clerk saw (``StaleCard`` if someone else changed it), and
records an audit event with before and after in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter, LetterFile, Page, StoredFile
from letters import audit
from letters.actors import Actor
from letters.card_lock import (
    account_of,
    changed,
    editable_letter,
    snapshot,
    stale_guard,
    touch,
)
from letters.classify import load_rules
from letters.history import MERGED, aware
from letters.normalize import address_similarity, email_key, name_similarity, phone_key
from letters.permissions import require, require_letter
from letters.tabular import postal_code_from_address
from letters.verification_batch import merge_letters, split_letter
from letters.verification_pages import drop_page, rotate_page
from letters.verification_types import (
    CARD_FIELDS,
    CandidateDTO,
    CardDTO,
    CardEdits,
    FieldDTO,
    LetterNotFound,
    LinkDTO,
    Neighbour,
    PageDTO,
    RegistryDetails,
    VerificationError,
    WordBox,
)

__all__ = [
    "accept_card",
    "attention_count",
    "compare",
    "drop_page",
    "link_manually",
    "load_card",
    "merge_letters",
    "neighbours",
    "next_needing_attention",
    "pick_candidate",
    "rotate_page",
    "split_letter",
    "unlink",
]

SAME, SIMILAR = 0.9, 0.5


def compare(key: str, letter_value: str, registry_value: str) -> str:
    """How a letter's field agrees with the registry: same | similar | differs | missing."""
    if not letter_value.strip() or not registry_value.strip():
        return "missing"
    if key == "name":
        score = name_similarity(letter_value, registry_value)
    elif key == "address":
        score = address_similarity(letter_value, registry_value)
    elif key == "phone":
        score = float(phone_key(letter_value) == phone_key(registry_value) != "")
    elif key == "email":
        score = float(email_key(letter_value) == email_key(registry_value))
    else:
        score = float(re.sub(r"\D", "", letter_value) == re.sub(r"\D", "", registry_value))
    return "same" if score >= SAME else "similar" if score >= SIMILAR else "differs"


def _details(row: Consumer | None, account: str) -> RegistryDetails:
    if row is None:
        return RegistryDetails(account, known=False)
    return RegistryDetails(
        row.account, row.full_name, row.address, row.postal_code, row.phone, row.email, row.active
    )


def _consumers(session: Session, accounts: Iterable[str]) -> dict[str, Consumer]:
    wanted = sorted({a for a in accounts if a})
    if not wanted:
        return {}
    rows = session.scalars(select(Consumer).where(Consumer.account.in_(wanted)))
    return {r.account: r for r in rows}


def _box(raw: Any) -> tuple[int, int, int, int, int] | None:
    if isinstance(raw, list | tuple) and len(raw) == 5:
        page, x, y, w, h = (int(v) for v in raw)
        return page, x, y, w, h
    return None


def _fields(letter: Letter) -> dict[str, FieldDTO]:
    captured = letter.captured or {}
    out = {}
    for key, (column, cap_key) in CARD_FIELDS.items():
        rec = captured.get(cap_key) or {}
        value = str(getattr(letter, column) or "")
        if rec:
            out[key] = FieldDTO(
                key,
                value,
                str(rec.get("value") or ""),
                float(rec.get("confidence") or 0.0),
                _box(rec.get("box")),
            )
        else:
            out[key] = FieldDTO(key, value)
    return out


def _pages(session: Session, letter_id: int) -> tuple[PageDTO, ...]:
    rows = session.execute(
        select(Page, StoredFile.rel_path)
        .outerjoin(StoredFile, StoredFile.id == Page.image_file_id)
        .where(Page.letter_id == letter_id)
        .order_by(Page.index)
    )
    return tuple(
        PageDTO(
            p.id,
            p.index,
            rel,
            p.width,
            p.height,
            p.rotation,
            p.mean_conf,
            tuple(WordBox(str(w[0]), float(w[1]), *(int(v) for v in w[2:6])) for w in p.words),
        )
        for p, rel in rows
    )


def load_card(session: Session, letter_id: int, *, actor: Actor) -> CardDTO:
    """Everything the station shows for one letter, as plain data (``PermissionDenied``
    when the letter is outside what ``actor`` may see)."""
    require(actor, "letter.view")
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise LetterNotFound(letter_id)
    require_letter(session, actor, "letter.view", letter_id)
    fields = _fields(letter)
    raw_candidates = [c for c in letter.candidates or [] if isinstance(c, dict)]
    linked_account = (
        session.scalar(select(Consumer.account).where(Consumer.id == letter.consumer_id))
        if letter.consumer_id is not None
        else None
    )
    rows = _consumers(
        session, [str(c.get("account", "")) for c in raw_candidates] + [linked_account or ""]
    )
    candidates = []
    for rank, c in enumerate(raw_candidates, start=1):
        account = str(c.get("account", ""))
        details = _details(rows.get(account), account)
        matches = {
            "name": compare("name", fields["name"].value, details.full_name),
            "address": compare("address", fields["address"].value, details.address),
            "phone": compare("phone", fields["phone"].value, details.phone),
            "email": compare("email", fields["email"].value, details.email),
            "account": compare("account", fields["account"].value, account),
        }
        candidates.append(
            CandidateDTO(
                rank,
                account,
                float(c.get("score") or 0.0),
                str(c.get("method") or ""),
                tuple(str(r) for r in c.get("reasons") or ()),
                details,
                matches,
            )
        )
    consumer = _details(rows.get(linked_account), linked_account) if linked_account else None
    source = session.scalar(
        select(LetterFile.name)
        .where(LetterFile.letter_id == letter.id, LetterFile.role == "source")
        .order_by(LetterFile.id)
        .limit(1)
    )
    tomb = (letter.captured or {}).get("merged_into")
    return CardDTO(
        id=letter.id,
        reg_no=letter.reg_no,
        version=letter.version,
        journal=letter.journal,
        channel=letter.channel,
        status=letter.status,
        registered_at=aware(letter.registered_at),
        received_on=letter.received_on,
        verified=letter.verified,
        needs_review=letter.needs_review,
        fields=fields,
        category=letter.category,
        category_confidence=letter.category_confidence,
        summary=letter.summary,
        link=LinkDTO(letter.link_status, letter.link_method, letter.link_score, consumer),
        candidates=tuple(candidates),
        pages=_pages(session, letter.id),
        source_name=source or "",
        merged_into=(int(tomb["id"]), str(tomb["reg_no"])) if isinstance(tomb, dict) else None,
    )


def _attention() -> list[Any]:
    return [Letter.needs_review.is_(True), Letter.verified.is_(False), Letter.status != MERGED]


def next_needing_attention(
    session: Session, after_id: int | None = None, *, actor: Actor
) -> int | None:
    """The oldest letter after ``after_id`` that still needs the clerk, wrapping around to
    the oldest one overall; never ``after_id`` itself. The queue is the clerk's desk:
    ``letter.verify``."""
    require(actor, "letter.verify")
    stmt = select(Letter.id).where(*_attention()).order_by(Letter.id).limit(1)
    if after_id is None:
        return session.scalar(stmt)
    found = session.scalar(stmt.where(Letter.id > after_id))
    return found if found is not None else session.scalar(stmt.where(Letter.id < after_id))


def attention_count(session: Session, *, actor: Actor) -> int:
    require(actor, "letter.verify")
    return int(session.scalar(select(func.count(Letter.id)).where(*_attention())) or 0)


def neighbours(
    session: Session, letter_id: int, *, actor: Actor
) -> tuple[Neighbour | None, Neighbour | None]:
    """The previous and the next live letter of the same journal (merge partners, for the
    clerk: ``letter.verify``)."""
    require(actor, "letter.verify")
    journal = session.scalar(select(Letter.journal).where(Letter.id == letter_id))
    if journal is None:
        raise LetterNotFound(letter_id)
    base = select(Letter.id, Letter.reg_no, Letter.version, Letter.page_count).where(
        Letter.journal == journal, Letter.status != MERGED
    )
    prev = session.execute(
        base.where(Letter.id < letter_id).order_by(Letter.id.desc()).limit(1)
    ).first()
    nxt = session.execute(base.where(Letter.id > letter_id).order_by(Letter.id).limit(1)).first()
    return (Neighbour(*prev) if prev else None, Neighbour(*nxt) if nxt else None)


def _consumer_id(session: Session, account: str) -> int:
    found = session.scalar(select(Consumer.id).where(Consumer.account == account))
    if found is None:
        raise VerificationError("unknown_account", account)
    return int(found)


def _candidate_score(letter: Letter, account: str) -> float | None:
    for c in letter.candidates or []:
        if isinstance(c, dict) and c.get("account") == account:
            return float(c.get("score") or 0.0)
    return None


def _set_link(session: Session, letter: Letter, account: str, via: str) -> None:
    """``via``: candidate -> confirmed; search or typed account -> manual."""
    letter.consumer_id = _consumer_id(session, account)
    score = _candidate_score(letter, account)
    if via == "candidate":
        if score is None:
            raise VerificationError("not_a_candidate", account)
        letter.link_status, letter.link_method, letter.link_score = "confirmed", "candidate", score
    else:
        letter.link_status = "manual"
        letter.link_method = "registry_search" if via == "search" else "account_typed"
        letter.link_score = 1.0


def _change(
    session: Session,
    actor: Actor,
    letter_id: int,
    version: int,
    action: str,
    apply: Callable[[Letter], None],
    extra: dict[str, Any] | None = None,
) -> int:
    """Run ``apply(letter)`` under the version check and audit it; the new version."""
    letter = editable_letter(session, letter_id, version)
    before = snapshot(session, letter)
    with stale_guard(session, letter, version):
        apply(letter)
        touch(letter)
    old, new = changed(before, snapshot(session, letter))
    audit.record(session, actor, action, "letter", letter.id, old, {**new, **(extra or {})})
    from letters import search  # the verified sender, account and summary become searchable

    search.on_letter_changed(session, letter.id)
    return letter.version


def accept_card(
    session: Session, actor: Actor, letter_id: int, version: int, edits: CardEdits
) -> int:
    """Save the clerk's card, mark it verified and out of the queue; the new version.

    Link: a choice in ``edits.link`` wins (a candidate -> ``confirmed``, a search hit ->
    ``manual``); else an account typed into the card that differs from the linked one and
    exists in the registry links ``manual``; else the link stays (an ``auto`` link stays
    ``auto``, now verified).
    """
    require(actor, "letter.verify")
    codes = {r.code for r in load_rules()}
    if edits.category not in codes:
        raise VerificationError("bad_category", edits.category)

    def apply(letter: Letter) -> None:
        old_category = letter.category
        address = " ".join(edits.address.split())
        if address != letter.sender_address:
            letter.sender_postal_code = postal_code_from_address(address) or (
                letter.sender_postal_code
            )
        letter.sender_name = " ".join(edits.name.split())
        letter.sender_address = address
        letter.sender_phone = edits.phone.strip()
        letter.sender_email = edits.email.strip()
        typed = re.sub(r"\D", "", edits.account)
        letter.account_captured = typed
        letter.category = edits.category
        letter.summary = edits.summary.strip()
        letter.received_on = edits.received_on
        if edits.link is not None:
            _set_link(session, letter, edits.link.account, edits.link.via)
        elif typed and typed != account_of(session, letter.consumer_id):
            known = session.scalar(select(Consumer.id).where(Consumer.account == typed))
            if known is not None:
                _set_link(session, letter, typed, "typed")
        letter.verified = True
        letter.needs_review = False
        if letter.category != old_category:
            from letters import deadlines  # the due dates follow the category

            deadlines.on_category_changed(session, actor, letter.id)

    return _change(session, actor, letter_id, version, "letter.accept", apply)


def pick_candidate(
    session: Session, actor: Actor, letter_id: int, version: int, account: str
) -> int:
    """Link to one of the letter's ranked candidates (``confirmed``); the new version."""
    require(actor, "letter.verify")
    return _change(
        session,
        actor,
        letter_id,
        version,
        "letter.link",
        lambda letter: _set_link(session, letter, account, "candidate"),
    )


def link_manually(
    session: Session, actor: Actor, letter_id: int, version: int, account: str
) -> int:
    """Link to an account found by a registry search (``manual``); the new version."""
    require(actor, "letter.verify")
    return _change(
        session,
        actor,
        letter_id,
        version,
        "letter.link",
        lambda letter: _set_link(session, letter, account, "search"),
    )


def unlink(session: Session, actor: Actor, letter_id: int, version: int) -> int:
    """Drop the link (the candidates stay for a later choice); the new version."""
    require(actor, "letter.verify")

    def apply(letter: Letter) -> None:
        letter.consumer_id = None
        letter.link_status, letter.link_method, letter.link_score = "none", "unlinked", 0.0

    return _change(session, actor, letter_id, version, "letter.unlink", apply)
