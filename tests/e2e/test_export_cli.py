"""``mailroom export`` keeps its contract for what exists."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from db.engine import Database
from letters.actors import resolve_actor
from letters.register import LetterDraft, register_letter

KEYS = {
    "reg_no",
    "registered_at",
    "received_on",
    "channel",
    "status",
    "category",
    "source_files",
    "pages",
    "sender",
    "account",
    "link",
    "candidates",
    "due_on",
    "control_on",
    "text",
}


def _register(db_url: str) -> None:
    database = Database(db_url)
    with database.write() as session:
        actor = resolve_actor(session, None)
        register_letter(
            session,
            actor,
            LetterDraft(
                received_on=dt.date(2026, 11, 20),
                channel="phone",
                sender_name="Иванов И. И.",
                sender_phone="+79123456789",
                link_status="suggested",
                link_method="name_address",
                link_score=0.81,
                candidates=[{"account": "1234567890", "score": 0.81}],
                category="billing",
                full_text="Прошу разъяснить начисления",
            ),
        )
    database.dispose()


def test_export_jsonl_contract(run_cli) -> None:
    empty = run_cli("export", "--format", "jsonl")
    assert empty.returncode == 0 and empty.stdout == ""


def test_export_jsonl_and_csv(run_cli, db_url: str) -> None:
    assert run_cli("db", "upgrade").returncode == 0
    _register(db_url)
    result = run_cli("export", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    record = records[0]
    assert set(record) == KEYS
    assert record["channel"] == "phone"
    assert record["reg_no"].startswith("ВХ-")
    assert record["sender"] == {
        "name": "Иванов И. И.",
        "address": "",
        "phone": "+79123456789",
        "email": "",
    }
    assert record["account"] is None
    assert record["link"] == {"status": "suggested", "method": "name_address", "score": 0.81}
    assert record["candidates"] == [{"account": "1234567890", "score": 0.81}]
    assert record["received_on"] == "2026-11-20"
    assert dt.datetime.fromisoformat(record["registered_at"]).tzinfo is not None
    registered = dt.datetime.fromisoformat(record["registered_at"]).date()
    due, control = (
        dt.date.fromisoformat(record["due_on"]),
        dt.date.fromisoformat(record["control_on"]),
    )
    assert due >= registered + dt.timedelta(days=30)  # 59-FZ: 30 days from registration
    assert control <= due

    tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    later = run_cli("export", "--since", tomorrow)
    assert later.returncode == 0 and later.stdout == ""

    as_csv = run_cli("export", "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout), delimiter=";"))
    assert rows[0][0] == "reg_no" and rows[1][0] == record["reg_no"]

    bad = run_cli("export", "--since", "yesterday")
    assert bad.returncode == 2
