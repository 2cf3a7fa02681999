"""The consumer registry: import from billing exports, and lookup."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import String, Table, func, or_, select, update
from sqlalchemy.orm import Session

from db.dialect import upsert
from db.dto import ConsumerDTO
from db.models import Consumer
from letters import audit
from letters.actors import Actor
from letters.permissions import require
from letters.quarantine import storable_text
from letters.tabular import SourceRow, normalize_phone, postal_code_from_address, read_registry

CHUNK = 2000
ACCOUNT_RE = re.compile(r"^\d{5,20}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# A full export that would close more than this share of active accounts is refused
# unless forced: it is far more likely the wrong file than a real mass closure.
MAX_CLOSE_SHARE = 0.5

Progress = Callable[[int, int], None]
# Column sizes of the consumer table: PostgreSQL refuses longer values (SQLite keeps them).
_MAX_LENGTHS = {
    column.name: column.type.length
    for column in Consumer.__table__.columns
    if isinstance(column.type, String) and column.type.length
}


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    # bad_account | missing_account | missing_name | duplicate_account | too_long | formula
    code: str
    value: str = ""


@dataclass(slots=True)
class ImportReport:
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    reopened: int = 0
    closed: int = 0
    rejected: list[RowError] = field(default_factory=list)


class TooManyClosures(Exception):
    def __init__(self, would_close: int, active: int) -> None:
        super().__init__(f"{would_close} of {active}")
        self.would_close = would_close
        self.active = active


def clean_account(raw: str) -> str:
    return re.sub(r"[\s\-–.]", "", raw or "")


def _validate(
    rows: Iterator[SourceRow],
    report: ImportReport,
) -> tuple[dict[str, dict[str, object]], set[str]]:
    good: dict[str, dict[str, object]] = {}
    seen_bad: set[str] = set()
    for row in rows:
        report.rows += 1
        if row.formulas:  # an empty-looking cell that holds an uncalculated formula
            report.rejected.append(RowError(row.line, "formula", "; ".join(row.formulas.values())))
            continue
        raw_account = row.values.get("account", "")
        account = clean_account(raw_account)
        if not account:
            report.rejected.append(RowError(row.line, "missing_account"))
            continue
        if not ACCOUNT_RE.match(account):
            report.rejected.append(RowError(row.line, "bad_account", raw_account))
            continue
        if account in good:
            report.rejected.append(RowError(row.line, "duplicate_account", account))
            continue
        name = " ".join(row.values.get("full_name", "").split())
        if not name:
            report.rejected.append(RowError(row.line, "missing_name", account))
            seen_bad.add(account)
            continue
        address = " ".join(row.values.get("address", "").split())
        postal = re.sub(r"\D", "", row.values.get("postal_code", ""))
        email = row.values.get("email", "").strip()
        record: dict[str, object] = {
            "account": account,
            "full_name": name,
            "address": address,
            "postal_code": postal if len(postal) == 6 else postal_code_from_address(address),
            "phone": normalize_phone(row.values.get("phone", "")),
            "email": email if EMAIL_RE.match(email) else "",
            "meter_numbers": ",".join(
                m.strip() for m in re.split(r"[,;]", row.values.get("meter_no", "")) if m.strip()
            ),
        }
        if any(len(str(record[k])) > n for k, n in _MAX_LENGTHS.items() if k in record):
            report.rejected.append(RowError(row.line, "too_long", account))
            seen_bad.add(account)
            continue
        good[account] = record
    return good, seen_bad


def import_registry(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    full: bool = True,
    force: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Upsert consumers by account. With ``full``, accounts missing from the file are
    marked closed (never deleted); rows with a problem are reported and skipped."""
    require(actor, "registry.import")
    report = ImportReport()
    good, seen_bad = _validate(read_registry(path), report)
    now = dt.datetime.now(dt.UTC)
    existing: dict[str, bool] = {
        account: active
        for account, active in session.execute(select(Consumer.account, Consumer.active))
    }
    to_close: list[str] = []
    if full:
        keep = good.keys() | seen_bad | {e.value for e in report.rejected}
        to_close = [a for a, active in existing.items() if active and a not in keep]
        active_count = sum(1 for active in existing.values() if active)
        if not force and active_count >= 20 and len(to_close) > MAX_CLOSE_SHARE * active_count:
            raise TooManyClosures(len(to_close), active_count)
    table = Consumer.__table__
    assert isinstance(table, Table)
    source = storable_text(path.name)  # a name's undecodable bytes cannot be stored
    rows = list(good.values())
    columns = [
        "full_name",
        "address",
        "postal_code",
        "phone",
        "email",
        "meter_numbers",
        "active",
        "closed_at",
        "source",
        "imported_at",
    ]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        for row in chunk:
            row.update(active=True, closed_at=None, source=source, imported_at=now)
        upsert(session, table, chunk, "account", columns)
        if progress:
            progress(min(start + CHUNK, len(rows)), len(rows))
    for account in good:
        if account not in existing:
            report.inserted += 1
        else:
            report.updated += 1
            if not existing[account]:
                report.reopened += 1
    for start in range(0, len(to_close), CHUNK):
        session.execute(
            update(Consumer)
            .where(Consumer.account.in_(to_close[start : start + CHUNK]))
            .values(active=False, closed_at=now)
        )
    report.closed = len(to_close)
    audit.record(
        session,
        actor,
        "consumers.import",
        "consumer_registry",
        source,
        None,
        {
            "rows": report.rows,
            "inserted": report.inserted,
            "updated": report.updated,
            "reopened": report.reopened,
            "closed": report.closed,
            "rejected": len(report.rejected),
            "full": full,
        },
    )
    return report


def to_dto(row: Consumer) -> ConsumerDTO:
    return ConsumerDTO(
        account=row.account,
        full_name=row.full_name,
        address=row.address,
        postal_code=row.postal_code,
        phone=row.phone,
        email=row.email,
        meter_numbers=tuple(m for m in row.meter_numbers.split(",") if m),
        active=row.active,
        id=row.id,
    )


def find_consumers(session: Session, text: str, limit: int = 50) -> list[ConsumerDTO]:
    """By account (exact or prefix), or a fragment of the name or address."""
    text = " ".join(text.split())
    if not text:
        return []
    digits = clean_account(text)
    clauses = []
    if digits.isdigit():
        clauses.append(Consumer.account.startswith(digits))
    pattern = f"%{text.lower()}%"
    clauses += [
        func.lower(Consumer.full_name).like(pattern),
        func.lower(Consumer.address).like(pattern),
    ]
    # SQLite's lower() folds ASCII only; match the user's casing too.
    clauses += [Consumer.full_name.like(f"%{text}%"), Consumer.address.like(f"%{text}%")]
    if text[:1].islower():
        cap = text[:1].upper() + text[1:]
        clauses += [Consumer.full_name.like(f"%{cap}%"), Consumer.address.like(f"%{cap}%")]
    rows = session.scalars(
        select(Consumer)
        .where(or_(*clauses))
        .order_by(Consumer.active.desc(), Consumer.account)
        .limit(limit)
    )
    return [to_dto(r) for r in rows]


def iter_consumers(session: Session, batch: int = 5000) -> Iterator[ConsumerDTO]:
    """All consumers in keyset-paged batches (for building a link index)."""
    last = ""
    while True:
        rows = session.scalars(
            select(Consumer).where(Consumer.account > last).order_by(Consumer.account).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield to_dto(row)
        last = rows[-1].account
