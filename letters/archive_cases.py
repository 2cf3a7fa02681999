"""What the cases of the archive hold: the cases of a nomenclature heading by year, and the
letters filed into one case, tombstones of destroyed letters included.

Read-only; the archivist's right (``archive.manage``) is needed, as for filing. Both
functions return plain dataclasses, so a widget never touches a live ORM row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from db.models import Letter
from db.models_search import (
    ArchiveCase,
    CaseFiling,
    DestructionAct,
    DestructionItem,
    NomenclatureItem,
)
from letters.actors import Actor
from letters.archive import DESTROYED, ArchiveError, destroy_from, require_archivist


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """A case of a heading for one year. ``destroy_from`` is None for a permanent
    heading; ``in_act``: a draft or confirmed act lists at least one of its letters."""

    index: str
    year: int
    title: str
    letters: int
    destroyed: int  # tombstones among ``letters``
    destroy_from: dt.date | None
    in_act: bool


@dataclass(frozen=True, slots=True)
class CaseLetter:
    """A letter filed into a case. For a destroyed letter (``destroyed``) only the
    tombstone is left: number, dates, category, status; sender and summary are blank.
    ``act_number``/``act_status``: the act listing it (a confirmed one first), or ""."""

    letter_id: int
    reg_no: str
    registered_on: dt.date
    sender: str
    summary: str
    category: str
    status: str
    pages: int
    destroyed: bool
    act_number: str
    act_status: str


def _heading(session: Session, index: str) -> NomenclatureItem:
    # An inactive heading still holds the cases filed under it: find it too.
    item = session.scalar(select(NomenclatureItem).where(NomenclatureItem.index == index))
    if item is None:
        raise ArchiveError("unknown_heading", index)
    return item


def _live_acts() -> Select[int, str, str]:
    """(letter id, act number, act status) of every act not cancelled."""
    return (
        select(DestructionItem.letter_id, DestructionAct.number, DestructionAct.status)
        .join(DestructionAct, DestructionAct.id == DestructionItem.act_id)
        .where(DestructionAct.status != "cancelled")
    )


def cases_of(session: Session, actor: Actor, index: str) -> list[CaseInfo]:
    """The cases of heading ``index`` by year (oldest first), with their letter counts."""
    require_archivist(actor)
    item = _heading(session, index)
    rows = session.execute(
        select(
            ArchiveCase.id,
            ArchiveCase.year,
            ArchiveCase.title,
            func.count(Letter.id),
            func.coalesce(func.sum(case((Letter.status == DESTROYED, 1), else_=0)), 0),
        )
        .outerjoin(CaseFiling, CaseFiling.case_id == ArchiveCase.id)
        .outerjoin(Letter, Letter.id == CaseFiling.letter_id)
        .where(ArchiveCase.item_id == item.id)
        .group_by(ArchiveCase.id, ArchiveCase.year, ArchiveCase.title)
        .order_by(ArchiveCase.year)
    ).all()
    acts = _live_acts().subquery()
    in_act = set(
        session.scalars(
            select(CaseFiling.case_id)
            .join(acts, acts.c.letter_id == CaseFiling.letter_id)
            .join(ArchiveCase, ArchiveCase.id == CaseFiling.case_id)
            .where(ArchiveCase.item_id == item.id)
            .distinct()
        )
    )
    years = item.retention_years
    return [
        CaseInfo(
            item.index,
            year,
            title,
            int(count),
            int(destroyed),
            destroy_from(year, years) if years is not None else None,
            case_id in in_act,
        )
        for case_id, year, title, count, destroyed in rows
    ]


def case_letters(session: Session, actor: Actor, index: str, year: int) -> list[CaseLetter]:
    """The letters filed into the case of heading ``index`` and ``year``, in the order of
    their registration; an empty list if the case has not been opened yet."""
    require_archivist(actor)
    item = _heading(session, index)
    case_id = session.scalar(
        select(ArchiveCase.id).where(ArchiveCase.item_id == item.id, ArchiveCase.year == year)
    )
    if case_id is None:
        return []
    filed = select(CaseFiling.letter_id).where(CaseFiling.case_id == case_id)
    acts: dict[int, tuple[str, str]] = {}
    for letter_id, number, status in session.execute(
        _live_acts().where(DestructionItem.letter_id.in_(filed))
    ):
        if letter_id not in acts or status == "confirmed":
            acts[letter_id] = (number, status)
    rows = session.execute(
        select(
            Letter.id,
            Letter.reg_no,
            Letter.registered_at,
            Letter.sender_name,
            Letter.summary,
            Letter.category,
            Letter.status,
            Letter.page_count,
        )
        .where(Letter.id.in_(filed))
        .order_by(Letter.reg_year, Letter.journal, Letter.reg_seq, Letter.id)
    ).all()
    return [
        CaseLetter(
            letter_id,
            reg_no,
            _local_date(registered_at),
            sender,
            summary,
            category,
            status,
            int(pages or 0),
            status == DESTROYED,
            *acts.get(letter_id, ("", "")),
        )
        for letter_id, reg_no, registered_at, sender, summary, category, status, pages in rows
    ]


def _local_date(value: dt.datetime) -> dt.date:
    aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    return aware.astimezone().date()
