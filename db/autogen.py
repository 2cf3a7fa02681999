"""Alembic autogenerate's view of the schema; import before comparing models and database.

Imported by the migration environment (``alembic revision --autogenerate``) and by the
tests that compare the models with a migrated database. Kept out of the models, so that
opening the database does not import Alembic's autogenerate machinery.
"""

from __future__ import annotations

from typing import Any

from alembic.autogenerate.compare import comparators
from alembic.operations import ops
from alembic.util import DispatchPriority, PriorityDispatchResult

from db.models_search import is_fts_table


@comparators.dispatch_for("schema", priority=DispatchPriority.LAST)
def _hide_fts_tables(
    autogen_context: Any, upgrade_ops: ops.UpgradeOps, schemas: Any
) -> PriorityDispatchResult:
    """Drop "remove table" diffs of the FTS5 tables, which no model can describe."""
    upgrade_ops.ops[:] = [
        op
        for op in upgrade_ops.ops
        if not (isinstance(op, ops.DropTableOp) and is_fts_table(op.table_name))
    ]
    return PriorityDispatchResult.CONTINUE
