"""The archive: cases of the nomenclature and retention (acts: ``letters.archive_acts``).

- The nomenclature of cases (``nomenclature_item``) is data seeded from
  ``rules/nomenclature.json`` with its sources; appeals default to «01-12», 5 years «ЭПК».
- A closed letter is filed into the case of a heading and a year (its registration year
  by default). A case of year Y kept N years may be destroyed from 1 January of Y + N + 1.
- ``due_for_destruction`` lists filed letters whose period has ended and that no act
  (draft or confirmed) lists yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models import Journal, Letter
from db.models_search import (
    ArchiveCase,
    CaseFiling,
    DestructionAct,
    DestructionItem,
    NomenclatureItem,
)
from letters import audit
from letters.actors import Actor
from letters.permissions import require
from letters.workflow import CLOSED_STATUSES

DESTROYED = "destroyed"


class ArchiveError(Exception):
    """A refusal the user can act on: ``not_allowed``, ``unknown_heading``,
    ``unknown_letter``, ``not_closed``, ``destroyed``, ``nothing_due``, ``unknown_act``,
    ``not_draft``; ``detail`` names the object."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def require_archivist(actor: Actor) -> None:
    require(actor, "archive.manage")


@dataclass(frozen=True, slots=True)
class Heading:
    index: str
    title: str
    retention_years: int | None  # None: kept permanently
    epk: bool
    article: str
    verify: bool
    default_for: str


def nomenclature(session: Session) -> list[Heading]:
    rows = session.scalars(select(NomenclatureItem).where(NomenclatureItem.active.is_(True)))
    return sorted(
        (
            Heading(r.index, r.title, r.retention_years, r.epk, r.article, r.verify, r.default_for)
            for r in rows
        ),
        key=lambda h: h.index,
    )


def retention_text(years: int | None, epk: bool) -> str:
    """The retention period as the nomenclature and the act write it: «5 лет ЭПК»."""
    if years is None:
        return "постоянно"
    if years % 10 == 1 and years % 100 != 11:
        unit = "год"
    elif years % 10 in (2, 3, 4) and years % 100 not in (12, 13, 14):
        unit = "года"
    else:
        unit = "лет"
    return f"{years} {unit}" + (" ЭПК" if epk else "")


def destroy_from(case_year: int, retention_years: int) -> dt.date:
    """First day the documents of a case may be destroyed: counted from 1 January of the
    year after the case was closed."""
    return dt.date(case_year + retention_years + 1, 1, 1)


# ------------------------------------------------------------------------------- filing


@dataclass(frozen=True, slots=True)
class Filed:
    reg_no: str
    case_index: str
    case_year: int
    destroy_from: dt.date | None


def _heading_for(session: Session, index: str | None, direction: str) -> NomenclatureItem:
    stmt = select(NomenclatureItem).where(NomenclatureItem.active.is_(True))
    if index:
        item = session.scalar(stmt.where(NomenclatureItem.index == index))
    else:
        item = session.scalar(stmt.where(NomenclatureItem.default_for == direction)) or (
            session.scalar(stmt.where(NomenclatureItem.default_for == "incoming"))
        )
    if item is None:
        raise ArchiveError("unknown_heading", index or direction)
    return item


def _case(session: Session, item: NomenclatureItem, year: int) -> ArchiveCase:
    case = session.scalar(
        select(ArchiveCase).where(ArchiveCase.item_id == item.id, ArchiveCase.year == year)
    )
    if case is None:
        case = ArchiveCase(item_id=item.id, year=year, title=f"{item.title}, {year}")
        session.add(case)
        session.flush()
    return case


def file_letters(
    session: Session,
    actor: Actor,
    reg_nos: Sequence[str],
    index: str | None = None,
    year: int | None = None,
) -> list[Filed]:
    """File closed letters into the case of heading ``index`` (default: the heading for
    their journal's direction) and ``year`` (default: their registration year)."""
    require_archivist(actor)
    done = []
    for reg_no in reg_nos:
        letter = session.scalar(select(Letter).where(Letter.reg_no == reg_no))
        if letter is None:
            raise ArchiveError("unknown_letter", reg_no)
        if letter.status == DESTROYED:
            raise ArchiveError("destroyed", reg_no)
        if letter.status not in CLOSED_STATUSES:
            raise ArchiveError("not_closed", reg_no)
        direction = session.scalar(select(Journal.direction).where(Journal.code == letter.journal))
        item = _heading_for(session, index, direction or "incoming")
        case = _case(session, item, year or letter.reg_year)
        filing = session.get(CaseFiling, letter.id)
        before = None
        if filing is None:
            filing = CaseFiling(letter_id=letter.id, case_id=case.id, filed_by_id=actor.id)
            session.add(filing)
        else:
            before = {"case_id": filing.case_id}
            filing.case_id, filing.filed_by_id = case.id, actor.id
        audit.record(
            session,
            actor,
            "archive.file",
            "letter",
            letter.id,
            before,
            {"case_id": case.id, "case_index": item.index, "case_year": case.year},
        )
        until = destroy_from(case.year, item.retention_years) if item.retention_years else None
        done.append(Filed(reg_no, item.index, case.year, until))
    session.flush()
    return done


# -------------------------------------------------------------------------- retention


@dataclass(frozen=True, slots=True)
class DueLetter:
    letter_id: int
    reg_no: str
    registered_on: dt.date
    case_index: str
    case_title: str
    case_year: int
    retention_years: int
    epk: bool
    article: str
    pages: int
    destroy_from: dt.date


def due_for_destruction(session: Session, on: dt.date) -> list[DueLetter]:
    """Filed letters whose retention has ended by ``on`` and that no act lists yet."""
    in_act = exists().where(
        DestructionItem.letter_id == Letter.id,
        DestructionItem.act_id == DestructionAct.id,
        DestructionAct.status != "cancelled",
    )
    rows = session.execute(
        select(Letter, ArchiveCase, NomenclatureItem)
        .join(CaseFiling, CaseFiling.letter_id == Letter.id)
        .join(ArchiveCase, ArchiveCase.id == CaseFiling.case_id)
        .join(NomenclatureItem, NomenclatureItem.id == ArchiveCase.item_id)
        .where(
            NomenclatureItem.retention_years.is_not(None),
            ArchiveCase.year + NomenclatureItem.retention_years + 1 <= on.year,
            Letter.status != DESTROYED,
            ~in_act,
        )
        .order_by(ArchiveCase.year, NomenclatureItem.index, Letter.id)
    ).all()
    due = []
    for letter, case, item in rows:
        years = int(item.retention_years or 0)
        due.append(
            DueLetter(
                letter.id,
                letter.reg_no,
                _local_date(letter.registered_at),
                item.index,
                case.title,
                case.year,
                years,
                item.epk,
                item.article,
                letter.page_count,
                destroy_from(case.year, years),
            )
        )
    return due


def _local_date(value: dt.datetime) -> dt.date:
    aware = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
    return aware.astimezone().date()
