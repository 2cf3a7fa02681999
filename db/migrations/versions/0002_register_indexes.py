"""register sort indexes

Every sort key of the register gets an index ending in the id, so that a keyset page
``(key, id) < (:value, :id) ORDER BY key DESC, id DESC LIMIT n`` is an index range scan
at any depth of a million-letter register (see ``letters.queries``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_letter_received_on": ["received_on", "id"],
    "ix_letter_due_on": ["due_on", "id"],
    "ix_letter_sender_name": ["sender_name", "id"],
    "ix_letter_channel": ["channel", "id"],
    "ix_letter_link_status": ["link_status", "id"],
}


def upgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        for name, columns in INDEXES.items():
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letter", schema=None) as batch_op:
        for name in reversed(INDEXES):
            batch_op.drop_index(name)
