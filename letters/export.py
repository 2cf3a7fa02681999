"""``mailroom export``: one letter per line, in the stable contract of the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Consumer, Letter, LetterFile
from letters.actors import Actor
from letters.permissions import require, scope_clause

CSV_COLUMNS = [
    "reg_no",
    "registered_at",
    "received_on",
    "channel",
    "status",
    "category",
    "source_files",
    "pages",
    "sender_name",
    "sender_address",
    "sender_phone",
    "sender_email",
    "account",
    "link_status",
    "link_method",
    "link_score",
    "candidates",
    "due_on",
    "control_on",
    "text",
]


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # SQLite returns naive UTC
    return value.isoformat()


def iter_records(
    session: Session, since: dt.date | None = None, batch: int = 500, *, actor: Actor
) -> Iterator[dict[str, Any]]:
    """Contract records in registration order, fetched in keyset-paged batches. The
    permission is checked here, before the first record is asked for."""
    require(actor, "letter.export")
    return _records(session, since, batch, actor)


def _records(
    session: Session, since: dt.date | None, batch: int, actor: Actor
) -> Iterator[dict[str, Any]]:
    last_id = 0
    while True:
        stmt = (
            select(Letter, Consumer.account)
            .outerjoin(Consumer)
            .where(Letter.id > last_id, scope_clause(actor))
            .order_by(Letter.id)
            .limit(batch)
        )
        if since is not None:
            start = dt.datetime.combine(since, dt.time.min, tzinfo=dt.UTC)
            stmt = stmt.where(Letter.registered_at >= start)
        rows = session.execute(stmt).all()
        if not rows:
            return
        ids = [letter.id for letter, _ in rows]
        names: dict[int, list[str]] = {}
        for letter_id, name in session.execute(
            select(LetterFile.letter_id, LetterFile.name)
            .where(LetterFile.letter_id.in_(ids), LetterFile.role == "source")
            .order_by(LetterFile.id)
        ):
            names.setdefault(letter_id, []).append(name)
        for letter, account in rows:
            yield record_of(letter, account, names.get(letter.id, []))
        last_id = ids[-1]


def record_of(letter: Letter, account: str | None, source_files: list[str]) -> dict[str, Any]:
    return {
        "reg_no": letter.reg_no,
        "registered_at": _iso(letter.registered_at),
        "received_on": _iso(letter.received_on),
        "channel": letter.channel,
        "status": letter.status,
        "category": letter.category,
        "source_files": source_files,
        "pages": letter.page_count,
        "sender": {
            "name": letter.sender_name,
            "address": letter.sender_address,
            "phone": letter.sender_phone,
            "email": letter.sender_email,
        },
        "account": account,
        "link": {
            "status": letter.link_status,
            "method": letter.link_method,
            "score": round(letter.link_score, 4),
        },
        "candidates": [
            {"account": c.get("account"), "score": c.get("score")} for c in letter.candidates
        ],
        "due_on": _iso(letter.due_on),
        "control_on": _iso(letter.control_on),
        "text": letter.full_text,
    }


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for r in records:
        writer.writerow(
            [
                r["reg_no"],
                r["registered_at"],
                r["received_on"],
                r["channel"],
                r["status"],
                r["category"],
                "|".join(r["source_files"]),
                r["pages"],
                r["sender"]["name"],
                r["sender"]["address"],
                r["sender"]["phone"],
                r["sender"]["email"],
                r["account"] or "",
                r["link"]["status"],
                r["link"]["method"],
                r["link"]["score"],
                "|".join(f"{c['account']}:{c['score']}" for c in r["candidates"]),
                r["due_on"] or "",
                r["control_on"] or "",
                r["text"],
            ]
        )
        count += 1
    return count
