"""deadlines, calendar overrides, resolutions, routing and callbacks

Seeds ``deadline_rule`` from ``letters/rules/deadlines.json`` (the rules with their legal
basis and source text, DOMAIN.md §6); after that the administrator edits the table.

Revision ID: 0010
Revises: 0002
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0002"
branch_labels = None
depends_on = None

RULES_JSON = Path(__file__).resolve().parents[3] / "letters" / "rules" / "deadlines.json"
RULE_COLUMNS = (
    "code",
    "purpose",
    "category",
    "channel",
    "period_days",
    "counting",
    "start_event",
    "extension_max_days",
    "basis_short",
    "legal_basis",
    "source_text",
    "verify",
    "note",
    "position",
)


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _letter_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["letter_id"], ["letter.id"], name=op.f(f"fk_{table}_letter_id_letter"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("calendar_override", "created_by_id", "app_user"),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_override")),
    )
    rule = op.create_table(
        "deadline_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("counting", sa.String(length=16), nullable=False),
        sa.Column("start_event", sa.String(length=16), nullable=False),
        sa.Column("extension_max_days", sa.Integer(), nullable=False),
        sa.Column("basis_short", sa.String(length=200), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("verify", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_rule")),
        sa.UniqueConstraint("code", name=op.f("uq_deadline_rule_code")),
    )
    op.create_table(
        "letter_deadline",
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("rule_code", sa.String(length=64), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("extended_days", sa.Integer(), nullable=False),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("days_early_or_late", sa.Integer(), nullable=True),
        sa.Column("reply_reg_no", sa.String(length=64), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        _letter_fk("letter_deadline"),
        sa.PrimaryKeyConstraint("letter_id", name=op.f("pk_letter_deadline")),
    )
    with op.batch_alter_table("letter_deadline", schema=None) as batch_op:
        batch_op.create_index("ix_letter_deadline_closed_on", ["closed_on"], unique=False)

    op.create_table(
        "reply_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        _letter_fk("reply_task"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_task")),
    )
    with op.batch_alter_table("reply_task", schema=None) as batch_op:
        batch_op.create_index("ix_reply_task_kind_done", ["kind", "done_at"], unique=False)

    op.create_table(
        "resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("executor_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("control_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("resolution", "author_id", "app_user"),
        _fk("resolution", "department_id", "department"),
        _fk("resolution", "executor_id", "app_user"),
        _letter_fk("resolution"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution")),
    )
    with op.batch_alter_table("resolution", schema=None) as batch_op:
        batch_op.create_index("ix_resolution_letter_id", ["letter_id", "active"], unique=False)
        batch_op.create_index("ix_resolution_executor_id", ["executor_id", "active"], unique=False)

    op.create_table(
        "resolution_executor",
        sa.Column("resolution_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolution.id"],
            name=op.f("fk_resolution_executor_resolution_id_resolution"),
            ondelete="CASCADE",
        ),
        _fk("resolution_executor", "user_id", "app_user"),
        sa.PrimaryKeyConstraint("resolution_id", "user_id", name=op.f("pk_resolution_executor")),
    )
    op.create_table(
        "routing_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("strategy", sa.String(length=16), nullable=False),
        sa.Column("last_user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _fk("routing_rule", "department_id", "department"),
        _fk("routing_rule", "last_user_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_rule")),
    )
    op.create_table(
        "callback_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("executor_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("caller_name", sa.String(length=300), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        _fk("callback_task", "executor_id", "app_user"),
        _letter_fk("callback_task"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callback_task")),
    )
    with op.batch_alter_table("callback_task", schema=None) as batch_op:
        batch_op.create_index(
            "ix_callback_task_executor_id", ["executor_id", "done_at"], unique=False
        )

    data = json.loads(RULES_JSON.read_text(encoding="utf-8"))
    op.bulk_insert(
        rule,
        [{**{c: r[c] for c in RULE_COLUMNS}, "active": True} for r in data["rules"]],
    )


def downgrade() -> None:
    with op.batch_alter_table("callback_task", schema=None) as batch_op:
        batch_op.drop_index("ix_callback_task_executor_id")
    op.drop_table("callback_task")
    op.drop_table("routing_rule")
    op.drop_table("resolution_executor")
    with op.batch_alter_table("resolution", schema=None) as batch_op:
        batch_op.drop_index("ix_resolution_executor_id")
        batch_op.drop_index("ix_resolution_letter_id")
    op.drop_table("resolution")
    with op.batch_alter_table("reply_task", schema=None) as batch_op:
        batch_op.drop_index("ix_reply_task_kind_done")
    op.drop_table("reply_task")
    with op.batch_alter_table("letter_deadline", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_deadline_closed_on")
    op.drop_table("letter_deadline")
    op.drop_table("deadline_rule")
    op.drop_table("calendar_override")
