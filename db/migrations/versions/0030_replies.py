"""replies: outgoing letters, the letters they answer, administrators' reply templates

Revision ID: 0030
Revises: 0002
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("journal", sa.String(length=32), nullable=False),
        sa.Column("reg_year", sa.Integer(), nullable=False),
        sa.Column("reg_seq", sa.Integer(), nullable=False),
        sa.Column("reg_no", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=True),
        sa.Column("consumer_id", sa.Integer(), nullable=True),
        sa.Column("template_code", sa.String(length=64), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("field_values", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("addressee_name", sa.String(length=300), nullable=False),
        sa.Column("addressee_dative", sa.String(length=300), nullable=False),
        sa.Column("addressee_address", sa.String(length=500), nullable=False),
        sa.Column("addressee_postal_code", sa.String(length=6), nullable=False),
        sa.Column("signatory_position", sa.String(length=300), nullable=False),
        sa.Column("signatory_name", sa.String(length=200), nullable=False),
        sa.Column("executor_name", sa.String(length=200), nullable=False),
        sa.Column("executor_phone", sa.String(length=32), nullable=False),
        sa.Column("pdf_file_id", sa.Integer(), nullable=True),
        sa.Column("docx_file_id", sa.Integer(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("mail_type", sa.String(length=32), nullable=False),
        sa.Column("tracking_id", sa.String(length=20), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=False),
        sa.Column("declared_value_kop", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consumer_id"], ["consumer.id"], name=op.f("fk_reply_consumer_id_consumer")
        ),
        sa.ForeignKeyConstraint(
            ["docx_file_id"], ["stored_file.id"], name=op.f("fk_reply_docx_file_id_stored_file")
        ),
        sa.ForeignKeyConstraint(
            ["journal"], ["journal.code"], name=op.f("fk_reply_journal_journal")
        ),
        sa.ForeignKeyConstraint(
            ["pdf_file_id"], ["stored_file.id"], name=op.f("fk_reply_pdf_file_id_stored_file")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_id"], ["app_user.id"], name=op.f("fk_reply_registered_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply")),
        sa.UniqueConstraint(
            "journal", "reg_year", "reg_seq", name=op.f("uq_reply_journal_reg_year_reg_seq")
        ),
        sa.UniqueConstraint("reg_no", name=op.f("uq_reply_reg_no")),
    )
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_consumer_id"), ["consumer_id"], unique=False)
        batch_op.create_index("ix_reply_sent_on", ["sent_on", "id"], unique=False)

    op.create_table(
        "reply_letter",
        sa.Column("reply_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_reply_letter_letter_id_letter")
        ),
        sa.ForeignKeyConstraint(
            ["reply_id"],
            ["reply.id"],
            name=op.f("fk_reply_letter_reply_id_reply"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("reply_id", "letter_id", name=op.f("pk_reply_letter")),
    )
    with op.batch_alter_table("reply_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_letter_letter_id"), ["letter_id"], unique=False)

    op.create_table(
        "reply_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_reply_template_created_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reply_template")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_reply_template_code_version")),
    )


def downgrade() -> None:
    op.drop_table("reply_template")
    with op.batch_alter_table("reply_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_letter_letter_id"))
    op.drop_table("reply_letter")
    with op.batch_alter_table("reply", schema=None) as batch_op:
        batch_op.drop_index("ix_reply_sent_on")
        batch_op.drop_index(batch_op.f("ix_reply_consumer_id"))
    op.drop_table("reply")
