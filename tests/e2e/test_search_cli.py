"""``mailroom search``, ``reindex``, ``journal`` and ``archive`` as a user runs them."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from db.engine import Database
from db.migrate import upgrade
from db.models import Letter
from ocr.archive_pdf import page_count, pdf_text
from tests.integration.search_data import build


@pytest.fixture
def register(db_url: str) -> dict[str, str]:
    database = Database(db_url)
    upgrade(database.engine)
    try:
        return build(database)
    finally:
        database.dispose()


def test_search_prints_json_best_first(run_cli, register) -> None:
    result = run_cli("search", "СЧЁТЧИК", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert {h["reg_no"] for h in hits} == {
        register["readings"],
        register["replace"],
        register["many"],
    }
    assert all(set(h) >= {"reg_no", "score", "snippet", "matched"} for h in hits)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all(h["matched"] == "exact" and "[" in h["snippet"] for h in hits)


def test_search_filters_prefixes_and_fuzzy(run_cli, register) -> None:
    result = run_cli("search", "счётчик", "--channel", "internet", "--format", "jsonl")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["reg_no"] for x in lines] == [register["replace"]]
    result = run_cli("search", "от:", "Петров", "--format", "jsonl", "--fuzzy", "never")
    assert [json.loads(x)["reg_no"] for x in result.stdout.splitlines()] == [register["recalc"]]
    result = run_cli("search", "злектрознергии", "--format", "jsonl")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert {x["reg_no"] for x in lines} == {register["recalc"], register["quality"]}
    assert {x["matched"] for x in lines} == {"fuzzy"}
    text = run_cli("search", "злектрознергии", lang="ru")
    assert text.returncode == 0 and register["recalc"] in text.stdout


def test_malformed_queries_exit_zero(run_cli, register) -> None:
    for query in ('"', "AND OR", "*", "NEAR(", "'; DROP TABLE letter; --"):
        result = run_cli("search", query)
        assert result.returncode == 0, (query, result.stderr)
    assert "Nothing found." in run_cli("search", "*").stdout
    assert run_cli("search", "x", "--limit", "0").returncode == 2


def test_reindex(run_cli, register) -> None:
    result = run_cli("reindex")
    assert result.returncode == 0, result.stderr
    assert "Indexed 5 letters" in result.stdout
    assert "Indexed 0 letters" in run_cli("reindex", "--stale").stdout
    assert (
        json.loads(run_cli("search", "квитанции", "--json").stdout)[0]["reg_no"]
        == (register["recalc"])
    )


def test_journal_pdf_and_xlsx(run_cli, register, tmp_path: Path) -> None:
    pdf = tmp_path / "journal.pdf"
    result = run_cli("journal", "--from", "2025-01-01", "--to", "2026-12-31", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "5 letters" in result.stdout
    text = " ".join(pdf_text(pdf.read_bytes()))
    assert "Журнал регистрации входящих обращений" in text and register["recalc"] in text
    assert "стр. 1 из" in text
    xlsx = tmp_path / "journal.xlsx"
    run_cli(
        "journal",
        "--channel",
        "phone",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "-o",
        str(xlsx),
    )
    sheet = load_workbook(io.BytesIO(xlsx.read_bytes())).active
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert [r[1] for r in rows] == [register["quality"]]
    assert run_cli("journal", "-o", str(tmp_path / "x.txt")).returncode == 2


def test_archive_destruction_flow(run_cli, register, db_url: str, tmp_path: Path) -> None:
    database = Database(db_url)
    with database.write() as session:  # close them, as the workflow would
        session.execute(update(Letter).values(status="done"))
    database.dispose()
    numbers = sorted(register.values())
    result = run_cli("archive", "file", *numbers)
    assert result.returncode == 0, result.stderr
    assert "01-12" in result.stdout and "01.01.2031" in result.stdout
    on = "2032-01-10"
    due = run_cli("archive", "due", "--on", on)
    assert "5 letters" in due.stdout
    draft = run_cli("archive", "act", "create", "--on", on)
    assert draft.returncode == 0 and "Nothing is destroyed yet" in draft.stdout
    number = f"1/{dt.date.today().year}"
    act_pdf = tmp_path / "act.pdf"
    confirmed = run_cli("archive", "act", "confirm", number, "-o", str(act_pdf))
    assert confirmed.returncode == 0, confirmed.stderr
    assert "5 letters destroyed" in confirmed.stdout
    assert page_count(act_pdf.read_bytes()) >= 1
    act_text = " ".join(" ".join(pdf_text(act_pdf.read_bytes())).split())
    assert f"АКТ № {number}" in act_text and "Итого: 5 обращений" in act_text
    assert "Уничтожены:" in act_text and "ПРОЕКТ" not in act_text
    assert run_cli("archive", "act", "cancel", number).returncode == 2
    assert "0 files" in run_cli("archive", "purge").stdout
    database = Database(db_url)
    with database.read() as session:
        statuses = set(session.scalars(select(Letter.status)))
        texts = set(session.scalars(select(Letter.full_text)))
    database.dispose()
    assert statuses == {"destroyed"} and texts == {""}
    assert run_cli("search", "счётчик", "--json").stdout.strip() == "[]"


def test_searches_prints_and_exports_are_audited(
    run_cli, register, db_url: str, tmp_path: Path
) -> None:
    from db.models import AuditEvent

    assert run_cli("search", "счётчик", "--channel", "internet", "--json").returncode == 0
    pdf = tmp_path / "journal.pdf"
    assert run_cli("journal", "--from", "2025-01-01", "-o", str(pdf)).returncode == 0
    assert run_cli("export", "--format", "jsonl").returncode == 0
    database = Database(db_url)
    try:
        with database.read() as session:
            wanted = AuditEvent.action.in_(("search", "print.journal", "export"))
            events = {e.action: e for e in session.scalars(select(AuditEvent).where(wanted))}
    finally:
        database.dispose()
    search = events["search"]
    assert search.user_login == "admin" and search.after is not None
    assert search.after["query"] == "счётчик" and search.after["filters"]["channels"] == [
        "internet"
    ]
    assert events["print.journal"].after["letters"] == 5
    assert events["print.journal"].after["file"] == "journal.pdf"
    assert events["export"].after["records"] == len(register)
