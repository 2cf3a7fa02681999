"""Read-side queries for the front ends: keyset-paged register rows as plain DTOs.

The register is never loaded whole. A page is ``LIMIT n`` rows after a cursor
``(sort value, id)`` in the chosen order; every sort key has an index whose last column is
the id (SQLite appends the rowid to every index; migration 0002 adds the rest), so a page
costs the same at row 200 and at row 1,000,000. NULLs sort as the smallest value (first
ascending, last descending), which is SQLite's index order.

The executor filter looks at the letter's active resolution (``resolution_executor``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import Consumer, Letter, User
from db.models_deadlines import Resolution, ResolutionExecutor
from letters.actors import Actor
from letters.permissions import require, scope_clause

# The status after which the clock has stopped: such a letter is never overdue.
from letters.workflow import CLOSED_STATUSES

SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "id": Letter.id,
    "reg_no": Letter.reg_no,
    "registered_at": Letter.registered_at,
    "received_on": Letter.received_on,
    "channel": Letter.channel,
    "sender": Letter.sender_name,
    "link_status": Letter.link_status,
    "category": Letter.category,
    "status": Letter.status,
    "due_on": Letter.due_on,
}
NULLABLE_SORTS = frozenset({"due_on"})


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    """What the register shows; an empty tuple or ``None`` means "any"."""

    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    registered_from: dt.date | None = None  # inclusive, local dates
    registered_to: dt.date | None = None  # inclusive
    linked: bool | None = None
    overdue: bool = False
    text: str = ""  # registration number, sender or account
    executor_id: int | None = None  # among the executors of the active resolution
    today: dt.date | None = None  # for ``overdue``; default: the local date


@dataclass(frozen=True, slots=True)
class RegisterSort:
    key: str = "id"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.key not in SORT_COLUMNS:
            raise ValueError(f"unknown sort key {self.key!r}")

    def reversed(self) -> RegisterSort:
        return RegisterSort(self.key, not self.descending)


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    filter: RegisterFilter = field(default_factory=RegisterFilter)
    sort: RegisterSort = field(default_factory=RegisterSort)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: the raw sort value and id of the last row shown."""

    value: Any
    id: int


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: int
    reg_no: str
    registered_at: dt.datetime  # aware, UTC
    received_on: dt.date
    channel: str
    sender: str
    account: str  # the linked consumer's account, or "" when not linked
    link_status: str
    category: str
    status: str
    due_on: dt.date | None
    pages: int


@dataclass(frozen=True, slots=True)
class RegisterPage:
    rows: list[RegisterRow]
    next_cursor: Cursor | None  # None: this was the last page


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min).astimezone().astimezone(dt.UTC)


def _text_clauses(text: str) -> list[ColumnElement[bool]]:
    text = " ".join(text.split())
    if not text:
        return []
    clauses: list[ColumnElement[bool]] = [Letter.reg_no.contains(text, autoescape=True)]
    # SQLite's LIKE folds ASCII only: also try the Cyrillic text capitalised.
    variants = {text, text[:1].upper() + text[1:], text.lower()}
    clauses += [Letter.sender_name.contains(v, autoescape=True) for v in sorted(variants)]
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) == len(text.replace(" ", "").replace("-", "")):
        clauses.append(Consumer.account.startswith(digits, autoescape=True))
        clauses.append(Letter.account_captured.startswith(digits, autoescape=True))
    return [or_(*clauses)]


def filter_clauses(flt: RegisterFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if flt.statuses:
        clauses.append(Letter.status.in_(flt.statuses))
    if flt.categories:
        clauses.append(Letter.category.in_(flt.categories))
    if flt.channels:
        clauses.append(Letter.channel.in_(flt.channels))
    if flt.registered_from is not None:
        clauses.append(Letter.registered_at >= _local_midnight_utc(flt.registered_from))
    if flt.registered_to is not None:
        end = _local_midnight_utc(flt.registered_to + dt.timedelta(days=1))
        clauses.append(Letter.registered_at < end)
    if flt.linked is True:
        clauses.append(Letter.consumer_id.is_not(None))
    elif flt.linked is False:
        clauses.append(Letter.consumer_id.is_(None))
    if flt.overdue:
        today = flt.today or dt.date.today()
        clauses += [
            Letter.due_on.is_not(None),
            Letter.due_on < today,
            Letter.status.not_in(CLOSED_STATUSES),
        ]
    if flt.executor_id is not None:
        clauses.append(
            exists(
                select(ResolutionExecutor.user_id)
                .join(Resolution, Resolution.id == ResolutionExecutor.resolution_id)
                .where(
                    Resolution.letter_id == Letter.id,
                    Resolution.active.is_(True),
                    ResolutionExecutor.user_id == flt.executor_id,
                )
            )
        )
    clauses += _text_clauses(flt.text)
    return clauses


def _after(sort: RegisterSort, cursor: Cursor) -> ColumnElement[bool]:
    """Rows strictly after ``cursor`` in the order of ``sort`` (NULLs smallest)."""
    column = SORT_COLUMNS[sort.key]
    if sort.key == "id":
        return Letter.id < cursor.id if sort.descending else Letter.id > cursor.id
    nullable = sort.key in NULLABLE_SORTS
    if sort.descending:
        if cursor.value is None:
            return and_(column.is_(None), Letter.id < cursor.id)
        after = tuple_(column, Letter.id) < tuple_(cursor.value, cursor.id)
        return or_(after, column.is_(None)) if nullable else after
    if cursor.value is None:
        return or_(and_(column.is_(None), Letter.id > cursor.id), column.is_not(None))
    return tuple_(column, Letter.id) > tuple_(cursor.value, cursor.id)


def _order(sort: RegisterSort) -> list[Any]:
    column = SORT_COLUMNS[sort.key]
    if sort.key == "id":
        return [Letter.id.desc() if sort.descending else Letter.id.asc()]
    if sort.descending:
        first = column.desc().nulls_last() if sort.key in NULLABLE_SORTS else column.desc()
        return [first, Letter.id.desc()]
    first = column.asc().nulls_first() if sort.key in NULLABLE_SORTS else column.asc()
    return [first, Letter.id.asc()]


def _select(query: RegisterQuery, actor: Actor) -> Select[*tuple[Any, ...]]:
    sort_column = SORT_COLUMNS[query.sort.key]
    stmt: Select[*tuple[Any, ...]] = (
        select(
            Letter.id,
            Letter.reg_no,
            Letter.registered_at,
            Letter.received_on,
            Letter.channel,
            Letter.sender_name,
            Consumer.account,
            Letter.link_status,
            Letter.category,
            Letter.status,
            Letter.due_on,
            Letter.page_count,
            sort_column.label("sort_value"),
        )
        .outerjoin(Consumer, Consumer.id == Letter.consumer_id)
        .where(*filter_clauses(query.filter), scope_clause(actor))
    )
    return stmt


def register_page(
    session: Session,
    query: RegisterQuery,
    after: Cursor | None = None,
    limit: int = 200,
    *,
    actor: Actor,
) -> RegisterPage:
    """One page of the register in the query's order, starting after ``after``: the
    letters ``actor`` may see."""
    require(actor, "letter.view")
    stmt = _select(query, actor).order_by(*_order(query.sort)).limit(limit)
    if after is not None:
        stmt = stmt.where(_after(query.sort, after))
    result = session.execute(stmt).all()
    rows = [_row(r) for r in result]
    next_cursor = None
    if len(result) == limit:
        next_cursor = Cursor(result[-1].sort_value, result[-1].id)
    return RegisterPage(rows, next_cursor)


def all_register_rows(session: Session, query: RegisterQuery, *, actor: Actor) -> list[RegisterRow]:
    """The whole filtered register in one list: the naive baseline of ``bench/register.py``."""
    require(actor, "letter.view")
    stmt = _select(query, actor).order_by(*_order(query.sort))
    return [_row(r) for r in session.execute(stmt)]


def register_count(session: Session, flt: RegisterFilter, *, actor: Actor) -> int:
    require(actor, "letter.view")
    stmt = select(func.count()).select_from(Letter)
    if flt.text:  # the account clause needs the consumer
        stmt = stmt.outerjoin(Consumer, Consumer.id == Letter.consumer_id)
    return int(session.scalar(stmt.where(*filter_clauses(flt), scope_clause(actor))) or 0)


def _row(r: Any) -> RegisterRow:
    return RegisterRow(
        id=r.id,
        reg_no=r.reg_no,
        registered_at=_utc(r.registered_at),
        received_on=r.received_on,
        channel=r.channel,
        sender=r.sender_name,
        account=r.account or "",
        link_status=r.link_status,
        category=r.category,
        status=r.status,
        due_on=r.due_on,
        pages=r.page_count,
    )


@dataclass(frozen=True, slots=True)
class UserChoice:
    id: int
    name: str  # full name, or the login when it is empty


def list_users(session: Session) -> list[UserChoice]:
    """Active users, by name: the choices of the executor filter."""
    rows = session.execute(
        select(User.id, User.full_name, User.login)
        .where(User.active.is_(True))
        .order_by(User.full_name, User.login)
    )
    return [UserChoice(r.id, r.full_name or r.login) for r in rows]
