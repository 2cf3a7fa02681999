"""Tables of search and of the archive: index bookkeeping, vocabulary, nomenclature of
cases, cases, filings, destruction acts.

Created by migration 0020. The engine-specific index objects are made by that migration
only, never by these models:

- SQLite: the FTS5 tables ``search_fts`` (stemmed fields, bm25; contentless, so the stems
  are not stored twice) and ``search_fts_trigram``
  (trigrams of the vocabulary) with their shadow tables, and triggers that keep them in
  step with ``letter`` and ``search_term``. Autogenerate must not see them as tables to
  drop: ``db.autogen`` removes them from every comparison (the agreement test and
  ``alembic revision --autogenerate`` alike).
- PostgreSQL: ``search_doc.tsv`` (``tsvector``, configuration ``russian``) with a GIN
  index, and a ``pg_trgm`` GIN index on ``search_term.term``. These are declared below
  with their PostgreSQL types; on SQLite the column stays NULL and the indexes are partial
  and empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, utcnow

FTS_TABLE_PREFIX = "search_fts"


def is_fts_table(name: str | None) -> bool:
    """The SQLite FTS5 tables of search and their shadow tables."""
    return bool(name) and (name == FTS_TABLE_PREFIX or str(name).startswith("search_fts_"))


class SearchDoc(Base):
    """A letter's entry in the search index: when it was indexed (``reindex --stale``
    compares it with ``letter.updated_at``); on PostgreSQL its ``tsvector``; on SQLite the
    stems it was indexed with (zlib-compressed JSON), which removing the entry from the
    contentless FTS5 table needs back."""

    __tablename__ = "search_doc"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    indexed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    tsv: Mapped[Any | None] = mapped_column(TSVECTOR().with_variant(Text(), "sqlite"))
    terms: Mapped[bytes | None] = mapped_column(LargeBinary)

    __table_args__ = (
        Index(
            "ix_search_doc_tsv",
            "tsv",
            postgresql_using="gin",
            sqlite_where=text("tsv IS NOT NULL"),
        ),
    )


class SearchTerm(Base):
    """The vocabulary of the archive (folded words), for fuzzy look-ups of OCR errors."""

    __tablename__ = "search_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    term: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index(
            "ix_search_term_trgm",
            "term",
            postgresql_using="gin",
            postgresql_ops={"term": "gin_trgm_ops"},
            sqlite_where=text("0"),
        ),
    )


class NomenclatureItem(Base):
    """A heading of the nomenclature of cases (номенклатура дел) with its retention period,
    seeded from ``letters/rules/nomenclature.json``. ``retention_years`` NULL: permanent.
    ``default_for`` is a journal direction (``incoming``/``outgoing``) whose letters are
    filed under this heading unless the archivist says otherwise."""

    __tablename__ = "nomenclature_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    index: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    retention_years: Mapped[int | None] = mapped_column(Integer)
    epk: Mapped[bool] = mapped_column(Boolean, default=False)
    article: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    verify: Mapped[bool] = mapped_column(Boolean, default=False)
    default_for: Mapped[str] = mapped_column(String(16), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ArchiveCase(Base):
    """A case (дело): one nomenclature heading for one office year."""

    __tablename__ = "archive_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("nomenclature_item.id"))
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    __table_args__ = (UniqueConstraint("item_id", "year"),)


class CaseFiling(Base):
    """A letter filed into a case; a letter is in one case at most."""

    __tablename__ = "case_filing"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("archive_case.id"), index=True)
    filed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    filed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class DestructionAct(Base):
    """An act of destruction (акт о выделении к уничтожению): a draft lists letters and
    can be cancelled; confirming it destroys their scans and personal data."""

    __tablename__ = "destruction_act"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # confirmed | cancelled
    as_of: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    pdf_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))
    # Store files to delete once the confirmation has committed, and when that was done.
    files_to_purge: Mapped[list[Any]] = mapped_column(default=list)
    purged_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("year", "seq"),)


class DestructionItem(Base):
    """A letter listed in an act, with what the act says of it (kept after destruction)."""

    __tablename__ = "destruction_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("destruction_act.id", ondelete="CASCADE"))
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), index=True)
    reg_no: Mapped[str] = mapped_column(String(64))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    case_index: Mapped[str] = mapped_column(String(32), default="")
    case_title: Mapped[str] = mapped_column(String(500), default="")
    case_year: Mapped[int] = mapped_column(Integer)
    retention_years: Mapped[int] = mapped_column(Integer)
    epk: Mapped[bool] = mapped_column(Boolean, default=False)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    files_removed: Mapped[int] = mapped_column(Integer, default=0)
    destroyed_fields: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (UniqueConstraint("act_id", "letter_id"),)
