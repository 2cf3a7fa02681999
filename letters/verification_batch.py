"""Batch fixes at the verification station: split a letter, merge two (pages: see
``letters.verification_pages``).

Numbers are never lost: a split-off part takes a new gapless number, and a letter merged
into another stays as a tombstone (status ``merged``, ``captured["merged_into"]`` points to
the survivor). A dropped page leaves the letter but its stored image stays in the store, and
the audit event keeps enough to put it back.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import Letter, LetterFile, Page
from letters import audit
from letters.actors import Actor
from letters.card_lock import editable_letter, stale_guard, touch
from letters.classify import classify, load_rules
from letters.drafts import summary_of
from letters.history import MERGED
from letters.permissions import require
from letters.register import next_number
from letters.verification_types import CARD_FIELDS, SplitResult, VerificationError

BoxMap = Callable[[list[int]], list[int] | None]


def map_boxes(captured: dict[str, Any], fn: BoxMap) -> dict[str, Any]:
    """A copy of ``captured`` with every field and reading box passed through ``fn``."""
    out = copy.deepcopy(captured or {})
    for key, rec in out.items():
        items = rec if key == "readings" and isinstance(rec, list) else [rec]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("box"), list):
                item["box"] = fn(item["box"])
    return out


def page_texts(session: Session, letter_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Page.ocr_text).where(Page.letter_id == letter_id).order_by(Page.index)
        )
    )


def join(texts: list[str]) -> str:
    return "\n\f\n".join(t.strip() for t in texts)


def set_text(letter: Letter, texts: list[str]) -> None:
    letter.full_text = join(texts)
    letter.page_count = len(texts)


def page_ids(session: Session, letter_id: int) -> list[tuple[int, int]]:
    rows = session.execute(
        select(Page.id, Page.index).where(Page.letter_id == letter_id).order_by(Page.index)
    )
    return [(int(pid), int(index)) for pid, index in rows]


def _reopen(letter: Letter) -> None:
    letter.verified = False
    letter.needs_review = True


def _split_captured(
    captured: dict[str, Any], at: int
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(kept, moved, keys moved): entries whose box lies on page ``at`` or later go."""
    kept: dict[str, Any] = copy.deepcopy(captured or {})
    moved: dict[str, Any] = {}
    keys: list[str] = []
    for key, rec in list(kept.items()):
        if key == "readings" and isinstance(rec, list):
            stay = [r for r in rec if not (r.get("box") and r["box"][0] >= at)]
            go = [r for r in rec if r.get("box") and r["box"][0] >= at]
            kept[key], moved[key] = (
                stay,
                [{**r, "box": [r["box"][0] - at, *r["box"][1:]]} for r in go],
            )
        elif isinstance(rec, dict) and isinstance(rec.get("box"), list) and rec["box"][0] >= at:
            moved[key] = {**rec, "box": [rec["box"][0] - at, *rec["box"][1:]]}
            kept[key] = None
            keys.append(key)
    return kept, moved, keys


def split_letter(
    session: Session,
    actor: Actor,
    letter_id: int,
    version: int,
    at_page: int,
    now: dt.datetime | None = None,
) -> SplitResult:
    """Pages ``at_page``… become a new letter with its own new number (same source file).

    Fields found on the moved pages go with them; both parts go back to the queue.
    """
    require(actor, "letter.verify")
    letter = editable_letter(session, letter_id, version)
    pages = page_ids(session, letter.id)
    if not 0 < at_page < len(pages):
        raise VerificationError("bad_split_point", f"{at_page} of {len(pages)}")
    now = now or dt.datetime.now(dt.UTC)
    seq, reg_no = next_number(session, letter.journal, now.year)
    part = 0
    if letter.content_hash:
        part = (
            int(
                session.scalar(
                    select(func.max(Letter.source_part)).where(
                        Letter.content_hash == letter.content_hash
                    )
                )
                or 0
            )
            + 1
        )
    kept, moved, keys = _split_captured(letter.captured, at_page)
    all_texts = page_texts(session, letter.id)
    texts = all_texts[at_page:]
    full_text = join(texts)
    topic = classify(full_text, load_rules())
    moved["category"] = {
        "code": topic.code,
        "confidence": round(topic.confidence, 3),
        "matched": list(topic.matched),
    }
    values = {
        CARD_FIELDS[k][0]: str(moved[c]["value"])
        for k, (_, c) in CARD_FIELDS.items()
        if isinstance(moved.get(c), dict)
    }
    new = Letter(
        journal=letter.journal,
        reg_year=now.year,
        reg_seq=seq,
        reg_no=reg_no,
        registered_at=now,
        received_on=letter.received_on,
        channel=letter.channel,
        delivery_method=letter.delivery_method,
        registered_by_id=actor.id,
        captured=moved,
        category=topic.code,
        category_confidence=topic.confidence,
        summary=summary_of(full_text),
        full_text=full_text,
        needs_review=True,
        content_hash=letter.content_hash,
        source_part=part,
        page_count=len(texts),
        link_status="none",
        link_method="none",
        candidates=[],
        **values,
    )
    session.add(new)
    session.flush()
    for new_index, (page_id, _) in enumerate(pages[at_page:]):
        session.execute(
            update(Page).where(Page.id == page_id).values(letter_id=new.id, index=new_index)
        )
    for file in session.scalars(
        select(LetterFile).where(LetterFile.letter_id == letter.id, LetterFile.role == "source")
    ):
        session.add(
            LetterFile(letter_id=new.id, file_id=file.file_id, role="source", name=file.name)
        )
    from letters import deadlines  # the new letter's clock starts now, like any registration

    deadlines.on_registered(session, actor, new.id)
    for key in keys:  # a value read on a moved page belongs to the new letter
        column = next((col for col, cap in CARD_FIELDS.values() if cap == key), None)
        if column and getattr(letter, column) == values.get(column):
            setattr(letter, column, "")
    before = {"page_count": len(pages), "version": letter.version}
    with stale_guard(session, letter, version):
        letter.captured = kept
        _reopen(letter)
        set_text(letter, all_texts[:at_page])
        touch(letter)
    moved_ids = [pid for pid, _ in pages[at_page:]]
    audit.record(
        session,
        actor,
        "letter.split",
        "letter",
        letter.id,
        before,
        {
            "page_count": at_page,
            "version": letter.version,
            "new_id": new.id,
            "new_reg_no": reg_no,
            "moved_page_ids": moved_ids,
        },
    )
    audit.record(
        session,
        actor,
        "letter.split_off",
        "letter",
        new.id,
        None,
        {
            "reg_no": reg_no,
            "from_id": letter.id,
            "from_reg_no": letter.reg_no,
            "page_count": len(texts),
            "moved_page_ids": moved_ids,
            "source_part": part,
        },
    )
    return SplitResult(letter.id, new.id, reg_no, len(moved_ids))


def merge_letters(
    session: Session,
    actor: Actor,
    first_id: int,
    second_id: int,
    versions: Mapping[int, int] | None = None,
) -> int:
    """Append the second letter's pages to the first; the second stays as a tombstone.

    ``versions`` holds the card versions the clerk saw, by letter id. Returns the first
    letter's new version.
    """
    require(actor, "letter.verify")
    if first_id == second_id:
        raise VerificationError("same_letter", str(first_id))
    versions = versions or {}
    first = editable_letter(session, first_id, versions.get(first_id))
    second = editable_letter(session, second_id, versions.get(second_id))
    if first.journal != second.journal:
        raise VerificationError("different_journal", f"{first.journal} / {second.journal}")
    offset = int(
        session.scalar(select(func.max(Page.index) + 1).where(Page.letter_id == first.id)) or 0
    )
    moved = page_ids(session, second.id)
    for k, (page_id, _) in enumerate(moved):
        session.execute(
            update(Page).where(Page.id == page_id).values(letter_id=first.id, index=offset + k)
        )
    texts = page_texts(session, first.id)
    captured = copy.deepcopy(first.captured or {})
    shifted = map_boxes(second.captured, lambda b: [b[0] + offset, *b[1:]])
    for key, rec in shifted.items():
        if key == "readings" and isinstance(rec, list):
            captured["readings"] = [*captured.get("readings", []), *rec]
        elif key not in ("category", "merged_into") and not captured.get(key) and rec:
            captured[key] = rec
    for column, _ in CARD_FIELDS.values():
        if not getattr(first, column):
            setattr(first, column, getattr(second, column))
    names = {
        f.file_id
        for f in session.scalars(select(LetterFile).where(LetterFile.letter_id == first.id))
    }
    for file in session.scalars(
        select(LetterFile).where(LetterFile.letter_id == second.id, LetterFile.role == "source")
    ):
        if file.file_id not in names:
            session.add(
                LetterFile(letter_id=first.id, file_id=file.file_id, role="source", name=file.name)
            )
    second_before = {
        "status": second.status,
        "page_count": second.page_count,
        "version": second.version,
        "consumer_id": second.consumer_id,
        "link_status": second.link_status,
    }
    with stale_guard(session, first, versions.get(first_id)):
        first.captured = captured
        first.summary = first.summary or second.summary
        _reopen(first)
        set_text(first, texts)
        touch(first)
        second.status = MERGED
        second.captured = {
            **(second.captured or {}),
            "merged_into": {"id": first.id, "reg_no": first.reg_no},
        }
        second.page_count = 0
        second.full_text = ""
        second.consumer_id = None
        second.link_status = "none"
        second.needs_review = False
        touch(second)
    audit.record(
        session,
        actor,
        "letter.merge",
        "letter",
        first.id,
        {"page_count": offset},
        {
            "page_count": first.page_count,
            "version": first.version,
            "merged_id": second.id,
            "merged_reg_no": second.reg_no,
            "moved_page_ids": [p for p, _ in moved],
        },
    )
    audit.record(
        session,
        actor,
        "letter.merged_into",
        "letter",
        second.id,
        second_before,
        {
            "status": MERGED,
            "into_id": first.id,
            "into_reg_no": first.reg_no,
            "version": second.version,
        },
    )
    return first.version
