"""Registration numbers are unique and gapless, even from many processes at once."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Letter
from db.models_replies import Reply
from letters.actors import resolve_actor
from letters.register import (
    BadNumberFormat,
    DuplicateLetter,
    LetterDraft,
    format_number,
    register_letter,
)

WORKER = Path(__file__).with_name("register_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def test_format_number() -> None:
    assert format_number("ВХ-{year}-{seq:06d}", 2026, 123) == "ВХ-2026-000123"
    assert format_number("01-12/{seq}", 2026, 345) == "01-12/345"
    with pytest.raises(BadNumberFormat):
        format_number("{user}", 2026, 1)
    with pytest.raises(BadNumberFormat):
        format_number("ВХ-{", 2026, 1)


def test_rollback_returns_the_number(database) -> None:
    with database.write() as session:
        actor = resolve_actor(session, None)
        first = register_letter(session, actor, LetterDraft(received_on=dt.date(2026, 1, 5)))
    with pytest.raises(RuntimeError), database.write() as session:
        register_letter(session, actor, LetterDraft(received_on=dt.date(2026, 1, 5)))
        raise RuntimeError("crash before commit")
    with database.write() as session:
        third = register_letter(session, actor, LetterDraft(received_on=dt.date(2026, 1, 5)))
    year = dt.datetime.now(dt.UTC).year
    assert first.reg_no == f"ВХ-{year}-000001"
    assert third.reg_no == f"ВХ-{year}-000002"


def test_duplicate_content_is_refused_with_existing_number(database) -> None:
    with database.write() as session:
        actor = resolve_actor(session, None)
        done = register_letter(
            session, actor, LetterDraft(received_on=dt.date(2026, 1, 5), content_hash="abc")
        )
    with pytest.raises(DuplicateLetter) as info, database.write() as session:
        register_letter(
            session, actor, LetterDraft(received_on=dt.date(2026, 1, 5), content_hash="abc")
        )
    assert info.value.reg_no == done.reg_no
    with database.read() as session:
        assert len(session.scalars(select(Letter)).all()) == 1
        events = session.scalars(select(AuditEvent.action)).all()
    assert events.count("letter.register") == 1


def test_mixed_incoming_and_outgoing_numbers_from_eight_processes(
    database, db_url: str, tmp_path: Path
) -> None:
    """8 processes: 4 register incoming letters only, 4 alternate a letter with a real
    outgoing reply to it. Both journals stay unique and gapless."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    store = tmp_path / "store"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                db_url,
                "100",
                f"p{n}{'o' if n % 2 else 'i'}",
                str(store),
            ],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
    with database.read() as session:
        letters = session.execute(select(Letter.journal, Letter.reg_seq, Letter.reg_no)).all()
        replies = session.execute(select(Reply.reg_seq, Reply.reg_no)).all()
    assert len(letters) == 4 * 100 + 4 * 50 and len(replies) == 4 * 50
    numbers = [r.reg_no for r in letters] + [r.reg_no for r in replies]
    assert len(set(numbers)) == len(numbers)  # unique across both journals
    by_journal: dict[str, list[int]] = defaultdict(list)
    for journal, seq, _ in letters:
        by_journal[journal].append(seq)
    assert set(by_journal) == {"incoming"}
    assert sorted(by_journal["incoming"]) == list(range(1, 601))
    assert sorted(r.reg_seq for r in replies) == list(range(1, 201))
