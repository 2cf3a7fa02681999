"""``mailroom doctor``: a clean register is clean; a damaged, a missing and an unused store
file are each reported; ``--repair`` moves only the unused one (and puts back a missing
file found in the quarantine); database findings: lost pages, skipped, doubled and
colliding numbers, broken foreign keys."""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import delete, select, update

from db.models import AuditEvent, Letter, Page, RegistrationCounter
from db.models_replies import Reply
from db.store import FileStore
from letters.actors import resolve_actor
from letters.doctor import QUARANTINE_DIR, DoctorReport, repair, run_doctor
from letters.outgoing import register_reply
from letters.register import FileDraft, LetterDraft, PageDraft, register_letter
from letters.replies import prepare_reply
from letters.reply_templates import load_shipped
from tests.integration.test_replies import example_values, make_letter, migrated_database

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)
HOURS_AGO = time.time() - 3 * 3600


@pytest.fixture
def database(db_url: str) -> Iterator[Any]:
    yield from migrated_database(db_url)


def _png(seed: int) -> bytes:
    image = Image.new("L", (64, 48), 255)
    image.putpixel((seed % 64, seed % 48), 0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill_register(database: Any, store: FileStore, letters: int = 3) -> list[str]:
    """Letters with page images and source files, and a reply with its archive PDF, all
    registered through the services (no OCR). Returns the letters' numbers."""
    reg_nos = []
    with database.write() as session:
        actor = resolve_actor(session, None)
        for i in range(letters):
            source = store.put_bytes(f"%PDF-1.4 scanned letter {i}".encode())
            pages = [
                PageDraft(
                    image=FileDraft(store.put_bytes(_png(10 * i + k)), "image/png", "page"),
                    ocr_text=f"Страница {k + 1} письма {i}",
                    words=[["Страница", 91.0, 1, 2, 3, 4]],
                    mean_conf=91.0,
                    width=64,
                    height=48,
                )
                for k in range(1 + i % 2)
            ]
            draft = LetterDraft(
                received_on=dt.date(2026, 3, 2),
                sender_name=f"Отправитель {i}",
                content_hash=source.sha256,
                pages=pages,
                files=[FileDraft(source, "application/pdf", "source", f"письмо {i}.pdf")],
                summary=f"Письмо {i}",
            )
            reg_nos.append(register_letter(session, actor, draft, now=NOW).reg_no)
        linked = make_letter(session, actor, now=NOW)
        reg_nos.append(str(session.get(Letter, linked).reg_no))  # type: ignore[union-attr]
    with database.write() as session:
        template = load_shipped()["free_text"]
        doc = prepare_reply(session, actor, [linked], "free_text", example_values(template))
        register_reply(session, actor, store, doc, now=NOW)
    return reg_nos


def _codes(report: DoctorReport) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in report.findings:
        if not f.repaired:
            found.setdefault(f.code, []).append(f.subject)
    return found


def _stored(database: Any, mime: str) -> list[str]:
    from db.models import StoredFile

    with database.read() as session:
        return list(
            session.scalars(
                select(StoredFile.rel_path).where(StoredFile.mime == mime).order_by(StoredFile.id)
            )
        )


def _letters(database: Any) -> list[tuple[Any, ...]]:
    with database.read() as session:
        rows = session.execute(
            select(Letter.reg_no, Letter.version, Letter.page_count).order_by(Letter.id)
        )
        return [tuple(r) for r in rows]


def test_a_healthy_register_is_clean(database: Any, store_dir: Path) -> None:
    store = FileStore(store_dir)
    fill_register(database, store)
    report = run_doctor(database, store)
    assert report.findings == []
    assert report.healthy
    assert report.records_checked == len(store.iter_files()) > 5
    assert report.files_checked == report.records_checked


def test_damaged_missing_and_unused_files_then_repair_moves_only_the_unused(
    database: Any, store_dir: Path
) -> None:
    store = FileStore(store_dir)
    fill_register(database, store)
    images, sources = _stored(database, "image/png"), _stored(database, "application/pdf")
    damaged, missing = images[0], sources[0]
    store.path_of(damaged).write_bytes(b"not the page any more")
    os.utime(store.path_of(damaged), (HOURS_AGO, HOURS_AGO))
    store.path_of(missing).unlink()
    orphan = store.put_bytes(b"written by a registration that rolled back").rel_path
    os.utime(store.path_of(orphan), (HOURS_AGO, HOURS_AGO))
    recent = store.put_bytes(b"written by a registration still running").rel_path
    leftover = store.path_of(orphan).parent / ".tmp-crashed"
    leftover.write_bytes(b"half a file")
    os.utime(leftover, (HOURS_AGO, HOURS_AGO))
    letters_before = _letters(database)

    report = run_doctor(database, store)
    assert _codes(report) == {
        "file_damaged": [damaged],
        "file_missing": [missing],
        "file_orphan": sorted([orphan, recent]),
        "temp_leftover": [leftover.relative_to(store_dir).as_posix()],
    }
    assert [f.code for f in report.problems] == ["file_damaged", "file_missing"]
    assert not report.healthy

    with database.write() as session:
        actor = resolve_actor(session, None)
    repair(database, store, report, actor)
    moved = {r.subject: r.target for r in report.repairs}
    assert set(moved) == {orphan, leftover.relative_to(store_dir).as_posix()}
    assert all(t.startswith(f"{QUARANTINE_DIR}/") for t in moved.values())
    assert (store_dir / moved[orphan]).read_bytes() == b"written by a registration that rolled back"
    assert not store.path_of(orphan).exists()
    assert store.path_of(recent).exists()  # may belong to a registration in progress
    assert report.kept_recent == 1
    assert store.path_of(damaged).read_bytes() == b"not the page any more"  # left alone
    assert [f.code for f in report.problems] == ["file_damaged", "file_missing"]
    assert _letters(database) == letters_before
    with database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "maintenance.repair")
        ).one()
    assert event.after is not None and event.after["quarantined"] == 2

    again = run_doctor(database, store)
    assert _codes(again) == {
        "file_damaged": [damaged],
        "file_missing": [missing],
        "file_orphan": [recent],
    }


def test_repair_puts_back_a_missing_file_found_in_the_quarantine(
    database: Any, store_dir: Path
) -> None:
    store = FileStore(store_dir)
    fill_register(database, store)
    lost = _stored(database, "image/png")[1]
    aside = store_dir / QUARANTINE_DIR / "20260101-000000" / lost
    aside.parent.mkdir(parents=True)
    os.replace(store.path_of(lost), aside)
    report = run_doctor(database, store)
    assert _codes(report) == {"file_missing": [lost]}
    with database.write() as session:
        actor = resolve_actor(session, None)
    repair(database, store, report, actor)
    assert report.healthy
    assert [r.code for r in report.repairs] == ["restored"]
    assert run_doctor(database, store).findings == []


def test_database_findings(database: Any, store_dir: Path) -> None:
    store = FileStore(store_dir)
    reg_nos = fill_register(database, store)
    year = NOW.year
    with database.write() as session:
        second = session.scalars(select(Letter).where(Letter.reg_no == reg_nos[1])).one()
        session.execute(delete(Page).where(Page.letter_id == second.id, Page.index == 1))
        session.execute(
            update(RegistrationCounter)
            .where(RegistrationCounter.journal == "incoming")
            .values(last_seq=RegistrationCounter.last_seq + 2)
        )
        session.add(
            Reply(
                journal="incoming",
                reg_year=year,
                reg_seq=1,
                reg_no="ВХ-ДУБЛЬ-1",
                template_code="free_text",
            )
        )
    report = run_doctor(database, store)
    found = {(f.code, f.subject): f.values for f in report.problems}
    assert found == {
        ("page_count", reg_nos[1]): ("2", "1"),
        ("number_skipped", f"incoming {year}"): ("5–6",),
        ("number_doubled", f"incoming {year}"): ("1",),
    }

    with database.write() as session:
        session.execute(
            update(RegistrationCounter)
            .where(RegistrationCounter.journal == "incoming")
            .values(last_seq=2)
        )
    found = {(f.code, f.subject): f.values for f in run_doctor(database, store).problems}
    assert found[("counter_behind", f"incoming {year}")] == ("2", "4")
    assert ("number_skipped", f"incoming {year}") not in found

    if database.engine.dialect.name == "sqlite":  # PostgreSQL always enforces foreign keys
        raw = sqlite3.connect(str(database.engine.url.database), isolation_level=None)
        raw.execute("UPDATE page SET image_file_id = 999999 WHERE id = 1")  # no FK checks
        raw.close()
        found = {(f.code, f.subject): f.values for f in run_doctor(database, store).problems}
        assert found[("foreign_key", "page.image_file_id")] == ("stored_file", "1")


def test_cli_exit_codes(db_url: str, database: Any, store_dir: Path) -> None:
    store = FileStore(store_dir)
    fill_register(database, store)

    def doctor(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            MAILROOM_DB=db_url,
            MAILROOM_STORE=str(store_dir),
            PYTHONIOENCODING="utf-8",
        )
        return subprocess.run(
            [sys.executable, "-m", "app", "--lang", "en", "doctor", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=300,
        )

    clean = doctor()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "0 problem(s), 0 notice(s)" in clean.stdout
    orphan = store.put_bytes(b"left by a crash").rel_path
    noticed = doctor()
    assert noticed.returncode == 0, noticed.stdout + noticed.stderr
    assert f"Notice: Not used by any record: {orphan}" in noticed.stdout
    missing = _stored(database, "image/png")[0]
    store.path_of(missing).unlink()
    broken = doctor("--repair", "--min-age", "0")
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert f"Problem: Missing from the store: {missing}" in broken.stdout
    assert f"Moved to the quarantine: {orphan}" in broken.stdout
    assert not store.path_of(orphan).exists()
