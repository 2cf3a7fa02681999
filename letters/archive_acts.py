"""Destruction acts: a reversible draft, then the irreversible confirmation.

``create_act`` lists what is due in a draft act; the draft can be cancelled, and nothing
is destroyed until ``confirm_act``: then the letters' scans and files (when no other record
uses them) and personal data go, a tombstone of each registration record stays (number,
journal, dates, channel, category, status, page count), and the act with an extract of
the audit log is rendered to PDF and kept in the store. Files leave the store in
``purge_files``, after the commit (repeatable after a crash).

Other areas that keep personal data of a letter (replies, callbacks) register a
``destruction hook`` that blanks it and names store files that may go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import Base, Letter, LetterFile, Page, StoredFile
from db.models_search import DestructionAct, DestructionItem
from db.store import FileStore
from letters import audit
from letters.actors import Actor
from letters.archive import DESTROYED, ArchiveError, due_for_destruction, require_archivist
from letters.search import forget_unused_words, on_letter_changed, vocabulary_of

BLANKED_TEXT = (
    "sender_name",
    "sender_address",
    "sender_postal_code",
    "sender_phone",
    "sender_email",
    "sender_ref_no",
    "account_captured",
    "summary",
    "full_text",
)
DestructionHook = Callable[[Session, Sequence[int]], list[int]]
_destruction_hooks: dict[str, DestructionHook] = {}


def register_destruction_hook(name: str, hook: DestructionHook) -> None:
    """``hook(session, letter_ids)`` blanks that area's personal data of the letters and
    returns ids of store files that may be deleted (if nothing else uses them)."""
    _destruction_hooks[name] = hook


@dataclass(frozen=True, slots=True)
class ActInfo:
    id: int
    number: str
    status: str
    as_of: dt.date
    letters: int
    pages: int
    files_to_purge: int


def _info(session: Session, act: DestructionAct) -> ActInfo:
    count, pages = session.execute(
        select(
            func.count(DestructionItem.id), func.coalesce(func.sum(DestructionItem.pages), 0)
        ).where(DestructionItem.act_id == act.id)
    ).one()
    purge = 0 if act.purged_at else len(act.files_to_purge)
    return ActInfo(act.id, act.number, act.status, act.as_of, int(count), int(pages), purge)


def get_act(session: Session, number: str) -> DestructionAct:
    act = session.scalar(select(DestructionAct).where(DestructionAct.number == number))
    if act is None:
        raise ArchiveError("unknown_act", number)
    return act


def list_acts(session: Session) -> list[ActInfo]:
    acts = session.scalars(select(DestructionAct).order_by(DestructionAct.id))
    return [_info(session, a) for a in acts]


def create_act(
    session: Session, actor: Actor, on: dt.date, now: dt.datetime | None = None
) -> ActInfo:
    """A draft act listing every letter due by ``on``; nothing is destroyed yet."""
    require_archivist(actor)
    due = due_for_destruction(session, on)
    if not due:
        raise ArchiveError("nothing_due", on.isoformat())
    now = now or dt.datetime.now(dt.UTC)
    seq = (
        int(
            session.scalar(
                select(func.coalesce(func.max(DestructionAct.seq), 0)).where(
                    DestructionAct.year == now.year
                )
            )
            or 0
        )
        + 1
    )
    act = DestructionAct(
        year=now.year,
        seq=seq,
        number=f"{seq}/{now.year}",
        as_of=on,
        created_at=now,
        created_by_id=actor.id,
        files_to_purge=[],
    )
    session.add(act)
    session.flush()
    for d in due:
        session.add(
            DestructionItem(
                act_id=act.id,
                letter_id=d.letter_id,
                reg_no=d.reg_no,
                registered_on=d.registered_on,
                case_index=d.case_index,
                case_title=d.case_title,
                case_year=d.case_year,
                retention_years=d.retention_years,
                epk=d.epk,
                pages=d.pages,
            )
        )
    audit.record(
        session,
        actor,
        "archive.act.create",
        "destruction_act",
        act.id,
        None,
        {"number": act.number, "as_of": on.isoformat(), "letters": [d.reg_no for d in due]},
    )
    session.flush()
    return _info(session, act)


def cancel_act(session: Session, actor: Actor, number: str) -> ActInfo:
    """Cancel a draft: its letters become due again. A confirmed act cannot be undone."""
    require_archivist(actor)
    act = get_act(session, number)
    if act.status != "draft":
        raise ArchiveError("not_draft", number)
    act.status = "cancelled"
    audit.record(session, actor, "archive.act.cancel", "destruction_act", act.id)
    session.flush()
    return _info(session, act)


def file_is_used(session: Session, file_id: int) -> bool:
    """Does any row of any table still point at this stored file?"""
    stored = StoredFile.__table__
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is stored:
                column = fk.parent
                if session.scalar(select(column).where(column == file_id).limit(1)) is not None:
                    return True
    return False


def _destroy_letter(session: Session, actor: Actor, item: DestructionItem) -> set[int]:
    letter = session.get(Letter, item.letter_id)
    if letter is None:
        return set()
    file_ids = {
        i
        for i in session.scalars(select(Page.image_file_id).where(Page.letter_id == letter.id))
        if i
    }
    file_ids |= set(
        session.scalars(select(LetterFile.file_id).where(LetterFile.letter_id == letter.id))
    )
    destroyed = [name for name in BLANKED_TEXT if getattr(letter, name)]
    for name in BLANKED_TEXT:
        setattr(letter, name, "")
    if letter.consumer_id is not None or letter.captured or letter.candidates:
        destroyed += ["consumer_id", "captured", "candidates"]
    letter.consumer_id, letter.captured, letter.candidates = None, {}, []
    letter.sender_ref_date, letter.link_status, letter.link_method = None, "none", "none"
    letter.status, letter.needs_review = DESTROYED, False
    session.execute(delete(Page).where(Page.letter_id == letter.id))
    session.execute(delete(LetterFile).where(LetterFile.letter_id == letter.id))
    item.files_removed = len(file_ids)
    item.destroyed_fields = {"fields": destroyed, "files": len(file_ids)}
    # The audit keeps what was destroyed, never the destroyed values.
    audit.record(session, actor, "letter.destroy", "letter", letter.id, None, item.destroyed_fields)
    return file_ids


def confirm_act(
    session: Session,
    actor: Actor,
    number: str,
    store: FileStore,
    now: dt.datetime | None = None,
) -> ActInfo:
    """Destroy the scans and personal data of the act's letters, keep tombstones, render
    the act with the audit extract to PDF into the store. Irreversible once committed;
    call ``purge_files`` after the commit to delete the files from the store."""
    from letters.archive_act_pdf import act_pdf

    require_archivist(actor)
    act = get_act(session, number)
    if act.status != "draft":
        raise ArchiveError("not_draft", number)
    now = now or dt.datetime.now(dt.UTC)
    items = list(session.scalars(select(DestructionItem).where(DestructionItem.act_id == act.id)))
    words = vocabulary_of(session, [i.letter_id for i in items])
    candidates: set[int] = set()
    for item in items:
        candidates |= _destroy_letter(session, actor, item)
    letter_ids = [i.letter_id for i in items]
    for hook in _destruction_hooks.values():
        candidates |= set(hook(session, letter_ids))
    session.flush()
    for letter_id in letter_ids:
        on_letter_changed(session, letter_id)  # the tombstone stays findable by its number
    forget_unused_words(session, words)
    purge = []
    for file_id in sorted(candidates):
        if not file_is_used(session, file_id):
            stored = session.get(StoredFile, file_id)
            if stored is not None:
                purge.append(stored.rel_path)
                session.delete(stored)
    act.status, act.confirmed_at, act.confirmed_by_id = "confirmed", now, actor.id
    act.files_to_purge = purge
    audit.record(
        session,
        actor,
        "archive.act.confirm",
        "destruction_act",
        act.id,
        None,
        {"number": act.number, "letters": len(items), "files": len(purge)},
    )
    session.flush()
    blob = store.put_bytes(act_pdf(session, act))
    from letters.register import FileDraft, stored_file_id

    act.pdf_file_id = stored_file_id(session, FileDraft(blob, "application/pdf", "archive"))
    session.flush()
    return _info(session, act)


def purge_files(session: Session, store: FileStore) -> int:
    """Delete from the store the files of confirmed acts (after their commit); repeatable
    after a crash. Returns how many files were deleted."""
    removed = 0
    acts = session.scalars(
        select(DestructionAct).where(
            DestructionAct.status == "confirmed", DestructionAct.purged_at.is_(None)
        )
    )
    for act in acts:
        for rel_path in act.files_to_purge:
            used = session.scalar(select(StoredFile.id).where(StoredFile.rel_path == rel_path))
            path = store.path_of(rel_path)
            if used is None and path.is_file():
                path.unlink()
                removed += 1
        act.purged_at = dt.datetime.now(dt.UTC)
    session.flush()
    return removed
