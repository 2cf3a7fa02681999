"""search index and archive

Search: ``search_doc`` (one row per indexed letter) and ``search_term`` (the vocabulary
for fuzzy look-ups). SQLite gets the FTS5 tables ``search_fts`` (four stemmed fields,
bm25; contentless: ``search_doc.terms`` keeps the stems compressed for deletes) and
``search_fts_trigram`` (trigrams of the vocabulary, filled by a trigger);
PostgreSQL gets ``search_doc.tsv`` (``tsvector``, configuration ``russian``) with a GIN
index, the ``pg_trgm`` extension and a trigram GIN index on ``search_term.term``.

Archive: nomenclature of cases (seeded from ``letters/rules/nomenclature.json``; after
that the archivist edits the table), cases, filings, destruction acts and their items.

Revision ID: 0020
Revises: 0002
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0020"
down_revision = "0010"
branch_labels = None
depends_on = None

NOMENCLATURE_JSON = Path(__file__).resolve().parents[3] / "letters" / "rules" / "nomenclature.json"
ITEM_COLUMNS = ("index", "title", "retention_years", "epk", "article", "source", "verify")
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "sender, account, numbers, body, content = '', "
    "tokenize = 'unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE search_fts_trigram USING fts5("
    "term, content = 'search_term', content_rowid = 'id', tokenize = 'trigram')",
    "CREATE TRIGGER search_fts_term_added AFTER INSERT ON search_term BEGIN "
    "INSERT INTO search_fts_trigram (rowid, term) VALUES (new.id, new.term); END",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        tsv_type: sa.types.TypeEngine[Any] = postgresql.TSVECTOR()
    else:
        tsv_type = sa.Text()

    op.create_table(
        "search_doc",
        sa.Column("letter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tsv", tsv_type, nullable=True),
        sa.Column("terms", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_search_doc_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", name=op.f("pk_search_doc")),
    )
    op.create_table(
        "search_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_term")),
        sa.UniqueConstraint("term", name=op.f("uq_search_term_term")),
    )
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.create_index(
            "ix_search_doc_tsv",
            ["tsv"],
            unique=False,
            postgresql_using="gin",
            sqlite_where=sa.text("tsv IS NOT NULL"),
        )
    with op.batch_alter_table("search_term", schema=None) as batch_op:
        batch_op.create_index(
            "ix_search_term_trgm",
            ["term"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"term": "gin_trgm_ops"},
            sqlite_where=sa.text("0"),
        )

    item = op.create_table(
        "nomenclature_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("index", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=True),
        sa.Column("epk", sa.Boolean(), nullable=False),
        sa.Column("article", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("verify", sa.Boolean(), nullable=False),
        sa.Column("default_for", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomenclature_item")),
        sa.UniqueConstraint("index", name=op.f("uq_nomenclature_item_index")),
    )
    data = json.loads(NOMENCLATURE_JSON.read_text(encoding="utf-8"))
    op.bulk_insert(
        item,
        [
            {**{c: i[c] for c in ITEM_COLUMNS}, "default_for": i["default_for"], "active": True}
            for i in data["items"]
        ],
    )
    op.create_table(
        "archive_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["nomenclature_item.id"],
            name=op.f("fk_archive_case_item_id_nomenclature_item"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_case")),
        sa.UniqueConstraint("item_id", "year", name=op.f("uq_archive_case_item_id_year")),
    )
    op.create_table(
        "case_filing",
        sa.Column("letter_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("filed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["archive_case.id"], name=op.f("fk_case_filing_case_id_archive_case")
        ),
        sa.ForeignKeyConstraint(
            ["filed_by_id"], ["app_user.id"], name=op.f("fk_case_filing_filed_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_case_filing_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("letter_id", name=op.f("pk_case_filing")),
    )
    with op.batch_alter_table("case_filing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_filing_case_id"), ["case_id"], unique=False)

    op.create_table(
        "destruction_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("pdf_file_id", sa.Integer(), nullable=True),
        sa.Column("files_to_purge", sa.JSON(), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["app_user.id"],
            name=op.f("fk_destruction_act_confirmed_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_destruction_act_created_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["pdf_file_id"],
            ["stored_file.id"],
            name=op.f("fk_destruction_act_pdf_file_id_stored_file"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_act")),
        sa.UniqueConstraint("number", name=op.f("uq_destruction_act_number")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_destruction_act_year_seq")),
    )
    op.create_table(
        "destruction_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("reg_no", sa.String(length=64), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("case_index", sa.String(length=32), nullable=False),
        sa.Column("case_title", sa.String(length=500), nullable=False),
        sa.Column("case_year", sa.Integer(), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=False),
        sa.Column("epk", sa.Boolean(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("files_removed", sa.Integer(), nullable=False),
        sa.Column("destroyed_fields", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["act_id"],
            ["destruction_act.id"],
            name=op.f("fk_destruction_item_act_id_destruction_act"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_destruction_item_letter_id_letter")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_item")),
        sa.UniqueConstraint(
            "act_id", "letter_id", name=op.f("uq_destruction_item_act_id_letter_id")
        ),
    )
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_destruction_item_letter_id"), ["letter_id"], unique=False
        )

    if dialect == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_fts_term_added")
        op.execute("DROP TABLE IF EXISTS search_fts_trigram")
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("destruction_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_destruction_item_letter_id"))
    op.drop_table("destruction_item")
    op.drop_table("destruction_act")
    with op.batch_alter_table("case_filing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_filing_case_id"))
    op.drop_table("case_filing")
    op.drop_table("archive_case")
    op.drop_table("nomenclature_item")
    with op.batch_alter_table("search_term", schema=None) as batch_op:
        batch_op.drop_index("ix_search_term_trgm")
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.drop_index("ix_search_doc_tsv")
    op.drop_table("search_term")
    op.drop_table("search_doc")
