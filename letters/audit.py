"""Append-only audit trail, written in the same transaction as the change it records.

There is no API to change or delete an entry: the ORM refuses to flush one (below), and the
database refuses UPDATE and DELETE with triggers (migration 0040) on both engines.
Reads that matter under 152-FZ (opening a card with personal data, exports, prints, search
queries) are recorded with ``log``, in a transaction of their own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuditEvent
from letters.actors import Actor
from letters.permissions import require


class AuditImmutable(Exception):
    """Something tried to change or delete an audit entry."""


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            user_id=actor.id or None,
            user_login=actor.login,
            action=action,
            entity=entity,
            entity_id=str(entity_id)[:64],
            before=before,
            after=after,
        )
    )


def log(
    database: Database,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    after: dict[str, Any] | None = None,
) -> None:
    """Record a read (a card opened, an export, a print, a search) in its own transaction."""
    with database.write() as session:
        record(session, actor, action, entity, entity_id, after=after)


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEvent) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditImmutable(obj.id)


# --- the viewer and extracts -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    user_login: str = ""
    action: str = ""  # an exact action or a prefix ending with "." (``letter.``)
    entity: str = ""
    entity_id: str = ""
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    limit: int = 1000


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: dt.datetime
    user_login: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def query(session: Session, actor: Actor, flt: AuditFilter) -> list[AuditEntry]:
    """Newest first."""
    require(actor, "audit.view")
    stmt = select(AuditEvent)
    if flt.user_login:
        stmt = stmt.where(AuditEvent.user_login == flt.user_login)
    if flt.action.endswith("."):
        stmt = stmt.where(AuditEvent.action.startswith(flt.action, autoescape=True))
    elif flt.action:
        stmt = stmt.where(AuditEvent.action == flt.action)
    if flt.entity:
        stmt = stmt.where(AuditEvent.entity == flt.entity)
    if flt.entity_id:
        stmt = stmt.where(AuditEvent.entity_id == flt.entity_id)
    if flt.since:
        stmt = stmt.where(AuditEvent.at >= _day_start(flt.since))
    if flt.until:
        stmt = stmt.where(AuditEvent.at < _day_start(flt.until + dt.timedelta(days=1)))
    stmt = stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(max(1, flt.limit))
    return [
        AuditEntry(e.id, e.at, e.user_login, e.action, e.entity, e.entity_id, e.before, e.after)
        for e in session.scalars(stmt)
    ]


def users_in_log(session: Session, actor: Actor) -> list[str]:
    require(actor, "audit.view")
    return list(session.scalars(select(AuditEvent.user_login).distinct().order_by("user_login")))


EXTRACT_FIELDS = ("id", "at", "user_login", "action", "entity", "entity_id", "before", "after")


def extract(entries: list[AuditEntry], fmt: str = "csv") -> str:
    """An extract of the log (CSV or JSON lines), oldest first, as destruction acts use."""
    rows = []
    for entry in sorted(entries, key=lambda e: (e.at, e.id)):
        row = asdict(entry)
        row["at"] = entry.at.isoformat()
        rows.append(row)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXTRACT_FIELDS)
    writer.writeheader()
    for r in rows:
        for key in ("before", "after"):
            r[key] = "" if r[key] is None else json.dumps(r[key], ensure_ascii=False)
        writer.writerow(r)
    return out.getvalue()
