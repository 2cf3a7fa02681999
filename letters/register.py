"""Registration: number, card, pages, files and audit event in ONE transaction."""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.dialect import insert_ignore, take_next_seq
from db.models import Consumer, Journal, Letter, LetterFile, Page, StoredFile
from db.store import StoredBlob
from letters import audit, settings
from letters.actors import Actor

CHANNELS = ("post", "phone", "internet", "email", "in_person")
DEFAULT_JOURNAL = "incoming"
LINK_STATUSES = ("auto", "suggested", "confirmed", "manual", "none")


class DuplicateLetter(Exception):
    """The same content was registered before; carries the existing number."""

    def __init__(self, reg_no: str) -> None:
        super().__init__(reg_no)
        self.reg_no = reg_no


class BadNumberFormat(ValueError):
    pass


def format_number(fmt: str, year: int, seq: int) -> str:
    """Render a journal's number format; only ``{year}`` and ``{seq}`` are allowed."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(fmt)]
        if any(name not in (None, "year", "seq") for name in names):
            raise BadNumberFormat(fmt)
        return fmt.format(year=year, seq=seq)
    except (ValueError, IndexError, KeyError) as exc:  # e.g. a lone "{"
        raise BadNumberFormat(fmt) from exc


@dataclass(slots=True)
class FileDraft:
    blob: StoredBlob
    mime: str
    role: str  # source | archive
    name: str = ""


@dataclass(slots=True)
class PageDraft:
    image: FileDraft | None = None
    ocr_text: str = ""
    words: list[Any] = field(default_factory=list)
    mean_conf: float = 0.0
    rotation: int = 0
    deskew_angle: float = 0.0
    width: int = 0
    height: int = 0


@dataclass(slots=True)
class LetterDraft:
    received_on: dt.date
    channel: str = "post"
    journal: str = DEFAULT_JOURNAL
    sender_name: str = ""
    sender_address: str = ""
    sender_postal_code: str = ""
    sender_phone: str = ""
    sender_email: str = ""
    sender_ref_no: str = ""
    sender_ref_date: dt.date | None = None
    captured: dict[str, Any] = field(default_factory=dict)
    account_captured: str = ""
    linked_account: str | None = None
    link_status: str = "none"
    link_method: str = "none"
    link_score: float = 0.0
    candidates: list[dict[str, Any]] = field(default_factory=list)
    category: str = "other"
    category_confidence: float = 0.0
    summary: str = ""
    full_text: str = ""
    needs_review: bool = True
    content_hash: str = ""
    source_part: int = 0
    pages: list[PageDraft] = field(default_factory=list)
    files: list[FileDraft] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Registered:
    id: int
    reg_no: str
    is_repeated: bool


def find_by_content(session: Session, content_hash: str, part: int = 0) -> str | None:
    return session.scalar(
        select(Letter.reg_no).where(Letter.content_hash == content_hash, Letter.source_part == part)
    )


def next_number(session: Session, journal_code: str, year: int) -> tuple[int, str]:
    """Take the next gapless number of a journal; only inside a write transaction."""
    journal = session.get(Journal, journal_code)
    if journal is None:
        raise KeyError(journal_code)
    seq = take_next_seq(session, journal_code, year)
    return seq, format_number(journal.number_format, year, seq)


def stored_file_id(session: Session, draft: FileDraft) -> int:
    table = StoredFile.__table__
    assert isinstance(table, Table)
    insert_ignore(
        session,
        table,
        [
            {
                "sha256": draft.blob.sha256,
                "size": draft.blob.size,
                "mime": draft.mime,
                "rel_path": draft.blob.rel_path,
                "created_at": dt.datetime.now(dt.UTC),
            }
        ],
        ["sha256"],
    )
    return int(
        session.scalar(select(StoredFile.id).where(StoredFile.sha256 == draft.blob.sha256)) or 0
    )


def journal_of(session: Session, draft: LetterDraft) -> str:
    """The journal that numbers the draft: a draft for the default incoming journal goes to
    its channel's own journal when the administrator set one (``letters.journal_settings``)."""
    if draft.journal != DEFAULT_JOURNAL:
        return draft.journal
    from letters.journal_settings import journal_for  # it imports this module

    return journal_for(session, draft.channel) or draft.journal


def register_letter(
    session: Session, actor: Actor, draft: LetterDraft, now: dt.datetime | None = None
) -> Registered:
    """Register one letter in the caller's unit of work (see ``Database.write``)."""
    if draft.channel not in CHANNELS:
        raise ValueError(f"unknown channel {draft.channel!r}")
    if draft.content_hash:
        existing = find_by_content(session, draft.content_hash, draft.source_part)
        if existing:
            raise DuplicateLetter(existing)
    now = now or dt.datetime.now(dt.UTC)
    journal = journal_of(session, draft)
    seq, reg_no = next_number(session, journal, now.year)
    consumer_id = None
    if draft.linked_account:
        consumer_id = session.scalar(
            select(Consumer.id).where(Consumer.account == draft.linked_account)
        )
    letter = Letter(
        journal=journal,
        reg_year=now.year,
        reg_seq=seq,
        reg_no=reg_no,
        registered_at=now,
        received_on=draft.received_on,
        channel=draft.channel,
        registered_by_id=actor.id,
        captured=draft.captured,
        sender_name=draft.sender_name,
        sender_address=draft.sender_address,
        sender_postal_code=draft.sender_postal_code,
        sender_phone=draft.sender_phone,
        sender_email=draft.sender_email,
        sender_ref_no=draft.sender_ref_no,
        sender_ref_date=draft.sender_ref_date,
        consumer_id=consumer_id,
        account_captured=draft.account_captured,
        link_status=draft.link_status if consumer_id or draft.link_status != "auto" else "none",
        link_method=draft.link_method,
        link_score=draft.link_score,
        candidates=draft.candidates,
        category=draft.category,
        category_confidence=draft.category_confidence,
        summary=draft.summary,
        full_text=draft.full_text,
        needs_review=draft.needs_review,
        content_hash=draft.content_hash or None,
        source_part=draft.source_part,
        page_count=len(draft.pages),
    )
    letter.is_repeated = _is_repeated(session, consumer_id, draft.category, now)
    session.add(letter)
    session.flush()
    for index, page in enumerate(draft.pages):
        session.add(
            Page(
                letter_id=letter.id,
                index=index,
                image_file_id=stored_file_id(session, page.image) if page.image else None,
                ocr_text=page.ocr_text,
                words=page.words,
                mean_conf=page.mean_conf,
                rotation=page.rotation,
                deskew_angle=page.deskew_angle,
                width=page.width,
                height=page.height,
            )
        )
    for file in draft.files:
        session.add(
            LetterFile(
                letter_id=letter.id,
                file_id=stored_file_id(session, file),
                role=file.role,
                name=file.name,
            )
        )
    audit.record(
        session,
        actor,
        "letter.register",
        "letter",
        letter.id,
        None,
        {
            "reg_no": reg_no,
            "channel": draft.channel,
            "category": draft.category,
            "link_status": letter.link_status,
            "account": draft.linked_account,
            "pages": len(draft.pages),
            "content_hash": draft.content_hash,
        },
    )
    session.flush()
    from letters import deadlines, search  # both read the card written above

    deadlines.on_registered(session, actor, letter.id)
    search.on_letter_changed(session, letter.id)
    return Registered(letter.id, reg_no, letter.is_repeated)


def _is_repeated(
    session: Session, consumer_id: int | None, category: str, now: dt.datetime
) -> bool:
    """Same consumer and category within the configured window (повторное обращение)."""
    if consumer_id is None:
        return False
    days = settings.get_int(session, "repeat_window_days", 30)
    since = now - dt.timedelta(days=days)
    found = session.scalar(
        select(Letter.id)
        .where(
            Letter.consumer_id == consumer_id,
            Letter.category == category,
            Letter.registered_at >= since,
        )
        .limit(1)
    )
    return found is not None
