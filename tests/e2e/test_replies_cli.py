"""``mailroom reply``, ``templates list``, ``envelopes`` and ``f103`` run as a user would.

Until the lead registers ``app.cli_replies`` in ``app.cli`` and chains the parallel
migrations, the CLI runs through a small launcher that does both when they are not done
yet; once they are, the launcher is exactly ``python -m app``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from docx import Document
from openpyxl import load_workbook

from tests.e2e.conftest import ROOT

LAUNCHER = """
import sys
import app.cli, app.cli_replies, db.migrate
from alembic.script import ScriptDirectory

if len(ScriptDirectory.from_config(db.migrate.alembic_config()).get_heads()) > 1:
    _upgrade = db.migrate.upgrade
    db.migrate.upgrade = lambda engine, revision="heads": _upgrade(engine, "heads")
_build = app.cli.build_parser

def build_parser():
    parser = _build()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    if "reply" not in sub.choices:
        app.cli_replies.add_commands(sub)
    return parser

app.cli.build_parser = build_parser
sys.exit(app.cli.main(sys.argv[1:]))
"""

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def mailroom(db_url: str, store_dir: Path) -> Run:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            MAILROOM_DB=db_url,
            MAILROOM_STORE=str(store_dir),
            PYTHONIOENCODING="utf-8",
        )
        return subprocess.run(
            [sys.executable, "-c", LAUNCHER, "--lang", "en", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=600,
        )

    return run


@pytest.fixture
def letters(db_url: str) -> list[str]:
    """Three registered letters of three consumers (no OCR: registered directly)."""
    from db.models import Letter
    from letters.actors import resolve_actor
    from tests.integration.test_replies import make_letter, migrated_database

    shapes = [
        ("Иванов Пётр Сергеевич", "г. Калининград, ул. Ленина, д. 5, кв. 3", "236022"),
        ("Седых Анна Викторовна", "г. Гусев, ул. Мира, д. 1", "238050"),
        ("Ким А. С.", "г. Советск, ул. Победы, д. 7", "238750"),
    ]
    opened = migrated_database(db_url)
    database = next(opened)
    try:
        with database.write() as session:
            actor = resolve_actor(session, None)
            ids = [
                make_letter(session, actor, name=n, address=a, postal_code=i, account=f"39002{k}")
                for k, (n, a, i) in enumerate(shapes)
            ]
            return [session.get(Letter, i).reg_no for i in ids]  # type: ignore[union-attr]
    finally:
        opened.close()


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pdf)
    finally:
        pdf.close()


def test_templates_list(mailroom: Run) -> None:
    result = mailroom("templates", "list")
    assert result.returncode == 0, result.stderr
    codes = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert {"recalc_done", "readings_accepted", "extension_notice", "info_request"} <= set(codes)
    assert "Показания приняты" in result.stdout


def test_reply_draft_then_register_then_post(
    mailroom: Run, letters: list[str], tmp_path: Path
) -> None:
    draft = tmp_path / "draft.docx"
    result = mailroom(
        "reply", letters[0], "--template", "readings_accepted", "--out", str(draft),
        "--set", "meter_number=011074152013456",
        "--set", "readings=день 12 345 кВт·ч, ночь 4 321 кВт·ч",
        "--set", "period=февраль 2026 года",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Иванову П. С." in result.stdout
    text = " ".join(p.text for p in Document(str(draft)).paragraphs)
    assert "О принятии показаний" in text and "12 345" in text

    sent = tmp_path / "sent.pdf"
    result = mailroom(
        "reply", letters[1], "--template", "free_text", "--out", str(sent), "--register",
        "--set", "subject=О замене прибора учёта", "--set", "text=Замена назначена.",
        "--mail-type", "registered",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    year = dt.date.today().year
    assert f"ИСХ-{year}-000001" in result.stdout
    pdf_text = _text(sent)
    assert f"№ ИСХ-{year}-000001" in pdf_text and "Седых А. В." in pdf_text

    # The addressee of unknown gender is flagged and may be corrected.
    flagged = mailroom(
        "reply", letters[2], "--template", "free_text", "--out", str(tmp_path / "k.pdf"),
        "--set", "subject=Ответ", "--set", "text=Текст.",
    )  # fmt: skip
    assert flagged.returncode == 0, flagged.stderr
    assert "--addressee" in flagged.stdout
    fixed = mailroom(
        "reply", letters[2], "--template", "free_text", "--out", str(tmp_path / "k.pdf"),
        "--set", "subject=Ответ", "--set", "text=Текст.", "--addressee", "Ким А. С.",
        "--register",
    )  # fmt: skip
    assert fixed.returncode == 0, fixed.stderr
    assert "Ким А. С." in _text(tmp_path / "k.pdf")

    day = dt.date.today().isoformat()
    envelopes = tmp_path / "envelopes.pdf"
    result = mailroom("envelopes", "--date", day, "--out", str(envelopes), "--format", "C5")
    assert result.returncode == 0, result.stderr
    assert len(pdfium.PdfDocument(envelopes.read_bytes())) == 2
    for suffix in ("pdf", "csv", "xlsx"):
        target = tmp_path / f"f103.{suffix}"
        result = mailroom("f103", "--date", day, "--out", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 0
    rows = list(
        csv.reader(io.StringIO((tmp_path / "f103.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert len(rows) == 2 and rows[1][4] == "Седых Анна Викторовна"
    sheet: Any = load_workbook(tmp_path / "f103.xlsx").active
    assert sheet.max_row == 2
    assert "СПИСОК № 1" in _text(tmp_path / "f103.pdf")


def test_reply_errors_are_messages_with_exit_code_2(
    mailroom: Run, letters: list[str], tmp_path: Path
) -> None:
    missing = mailroom(
        "reply", letters[0], "--template", "recalc_done", "--out", str(tmp_path / "a.pdf")
    )
    assert missing.returncode == 2
    assert "period" in missing.stderr and "amount" in missing.stderr and "--set" in missing.stderr
    assert not (tmp_path / "a.pdf").exists()
    unknown = mailroom("reply", letters[0], "--template", "nope", "--out", str(tmp_path / "a.pdf"))
    assert unknown.returncode == 2 and "nope" in unknown.stderr
    no_letter = mailroom("reply", "ВХ-1999-1", "--template", "free_text", "--out", "x.pdf")
    assert no_letter.returncode == 2 and "ВХ-1999-1" in no_letter.stderr
    bad_suffix = mailroom("reply", letters[0], "--template", "free_text", "--out", "x.txt")
    assert bad_suffix.returncode == 2
    two = mailroom(
        "reply", letters[0], letters[1], "--template", "free_text",
        "--out", str(tmp_path / "b.pdf"), "--set", "subject=a", "--set", "text=b",
    )  # fmt: skip
    assert two.returncode == 2 and "different consumers" in two.stderr
    empty = mailroom("f103", "--date", "2001-01-01", "--out", str(tmp_path / "f.csv"))
    assert empty.returncode == 0 and not (tmp_path / "f.csv").exists()
