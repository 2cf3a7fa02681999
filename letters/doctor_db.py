"""The database half of ``mailroom doctor`` (see ``letters.doctor``): read-only checks.

Everything is read in one snapshot (PostgreSQL: a REPEATABLE READ transaction; SQLite: one
read transaction in WAL mode), so a registration committing meanwhile cannot show up as a
half-written card or a number gap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from alembic.runtime.migration import MigrationContext
from sqlalchemy import and_, distinct, exists, func, select, text, union_all
from sqlalchemy.orm import Session

from db.migrate import head_revision
from db.models import Base, Letter, Page, RegistrationCounter
from db.models_replies import Reply
from letters.doctor import DoctorReport, Finding

# Cards that legitimately keep a page count without their pages (destroyed by an act).
PAGES_REMOVED_STATUSES = ("destroyed",)
MAX_RANGES = 20


def check_database(session: Session, report: DoctorReport) -> bool:
    """Add the database's findings to ``report``; False when the schema is not the one
    this version knows (the model-based checks are then skipped)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    current = MigrationContext.configure(session.connection()).get_current_revision()
    head = head_revision()
    if current != head:
        report.add(Finding("schema_outdated", "", (current or "-", head or "-")))
    if postgres:
        _postgres_indexes(session, report)
    else:
        _sqlite_pragmas(session, report)
    if current != head:
        return False
    if postgres:  # SQLite's foreign_key_check above covers every table
        _foreign_keys(session, report)
    _page_counts(session, report)
    _numbering(session, report)
    return True


def _sqlite_pragmas(session: Session, report: DoctorReport) -> None:
    for (line,) in session.execute(text("PRAGMA integrity_check")).all():
        if line != "ok":
            report.add(Finding("db_integrity", "", (str(line),)))
    broken: Counter[tuple[str, str, str]] = Counter()
    columns: dict[tuple[str, int], str] = {}
    for table, _rowid, parent, fkid in session.execute(text("PRAGMA foreign_key_check")).all():
        key = (str(table), int(fkid))
        if key not in columns:
            rows = session.execute(text(f'PRAGMA foreign_key_list("{table}")')).all()
            columns.update({(str(table), int(r[0])): str(r[3]) for r in rows})
        broken[(str(table), columns.get(key, "?"), str(parent))] += 1
    for (table, column, parent), count in sorted(broken.items()):
        report.add(Finding("foreign_key", f"{table}.{column}", (parent, str(count))))


def _postgres_indexes(session: Session, report: DoctorReport) -> None:
    rows = session.execute(
        text(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT i.indisvalid AND n.nspname = current_schema()"
        )
    ).all()
    for (name,) in rows:
        report.add(Finding("db_integrity", "", (f"invalid index {name}",)))


def _foreign_keys(session: Session, report: DoctorReport) -> None:
    """Rows pointing at a missing row, for every foreign key the models declare."""
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table.alias("parent")
            children = list(fk.columns)
            match = and_(
                *(parent.c[e.column.name] == e.parent for e in fk.elements),
            )
            count = session.scalar(
                select(func.count())
                .select_from(table)
                .where(*(c.is_not(None) for c in children), ~exists().where(match))
            )
            if count:
                names = ",".join(c.name for c in children)
                report.add(
                    Finding(
                        "foreign_key", f"{table.name}.{names}", (fk.referred_table.name, str(count))
                    )
                )


def _page_counts(session: Session, report: DoctorReport) -> None:
    """A card whose page count differs from its stored pages lost pages, or has extra."""
    stored = (
        select(Page.letter_id, func.count(Page.id).label("n")).group_by(Page.letter_id).subquery()
    )
    pages = func.coalesce(stored.c.n, 0)
    rows = session.execute(
        select(Letter.reg_no, Letter.page_count, pages)
        .outerjoin(stored, stored.c.letter_id == Letter.id)
        .where(Letter.status.not_in(PAGES_REMOVED_STATUSES), Letter.page_count != pages)
        .order_by(Letter.id)
    ).all()
    for reg_no, page_count, count in rows:
        report.add(Finding("page_count", reg_no, (str(page_count), str(count))))


def _numbering(session: Session, report: DoctorReport) -> None:
    """Numbers are unique and gapless per journal and year, letters and replies alike, and
    the journal's counter is at the last number used."""
    numbered = union_all(
        select(Letter.journal, Letter.reg_year, Letter.reg_seq),
        select(Reply.journal, Reply.reg_year, Reply.reg_seq),
    ).subquery()
    journal, year, seq = numbered.c.journal, numbered.c.reg_year, numbered.c.reg_seq
    stats = session.execute(
        select(journal, year, func.count(), func.count(distinct(seq)), func.max(seq)).group_by(
            journal, year
        )
    ).all()
    counters = {
        (c.journal, c.year): c.last_seq for c in session.scalars(select(RegistrationCounter))
    }
    for j, y, used, unique, highest in stats:
        subject = f"{j} {y}"
        last = counters.pop((j, y), 0)
        if used != unique:
            doubled = session.scalars(
                select(seq)
                .where(journal == j, year == y)
                .group_by(seq)
                .having(func.count() > 1)
                .order_by(seq)
            ).all()
            report.add(Finding("number_doubled", subject, (_ranges(doubled),)))
        top = max(highest, last)
        if unique != top:
            present = set(
                session.scalars(select(seq).where(journal == j, year == y).distinct()).all()
            )
            missing = [n for n in range(1, top + 1) if n not in present]
            report.add(Finding("number_skipped", subject, (_ranges(missing),)))
        if last < highest:
            report.add(Finding("counter_behind", subject, (str(last), str(highest))))
    for (j, y), last in sorted(counters.items()):
        if last > 0:  # numbers taken, none used
            report.add(Finding("number_skipped", f"{j} {y}", (_ranges(range(1, last + 1)),)))


def _ranges(numbers: Iterable[int]) -> str:
    """``1, 4–6, 9`` (at most MAX_RANGES ranges, then ``…``)."""
    parts: list[str] = []
    start = prev = None
    for n in sorted(numbers):
        if prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = n
    if start is not None:
        parts.append(str(start) if start == prev else f"{start}–{prev}")
    return ", ".join(parts[:MAX_RANGES]) + (", …" if len(parts) > MAX_RANGES else "")
