"""The deadlines CLI run as a user would: ``phone add``, ``deadlines recompute``,
``calendar show`` and ``report discipline``.

Until the lead registers ``app.cli_deadlines`` in ``app.cli.build_parser``, the subprocess
adds the commands itself; afterwards the wrapper changes nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
ROOT = Path(__file__).resolve().parents[2]
WRAPPER = """
import argparse, sys
import app.cli as cli, app.cli_deadlines as extra
build = cli.build_parser
def patched():
    parser = build()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "phone" not in sub.choices:
        extra.add_commands(sub)
    return parser
cli.build_parser = patched
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture
def run(db_url: str, store_dir: Path) -> Run:
    def call(*args: str) -> subprocess.CompletedProcess[str]:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            MAILROOM_DB=db_url,
            MAILROOM_STORE=str(store_dir),
            PYTHONIOENCODING="utf-8",
        )
        return subprocess.run(
            [sys.executable, "-c", WRAPPER, "--lang", "en", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=300,
        )

    return call


def test_phone_recompute_calendar_and_report(run: Run, tmp_path: Path) -> None:
    done = run(
        "phone",
        "add",
        "--name",
        "Иванов Иван",
        "--phone",
        "+7 912 345-67-89",
        "--category",
        "billing",
        "--summary",
        "Не пришла квитанция",
        "--callback",
        "2099-01-05T10:30",
    )
    assert done.returncode == 0, done.stderr
    assert "Registered ВХ-" in done.stdout and "Callback task 1 created." in done.stdout

    bad = run("phone", "add", "--name", "X", "--phone", "1", "--summary", "s", "--callback", "x")
    assert bad.returncode == 2 and "YYYY-MM-DDTHH:MM" in bad.stderr

    recompute = run("deadlines", "recompute", "--all")
    assert recompute.returncode == 0, recompute.stderr
    assert "Due dates changed for 0 letter(s)." in recompute.stdout
    assert run("deadlines", "recompute").returncode == 2

    shown = run("calendar", "show", "2025")
    assert shown.returncode == 0, shown.stderr
    assert "2025: 247 working days, 118 days off." in shown.stdout
    assert "2025-11-01\tworking" in shown.stdout and "2025-12-31\tday off" in shown.stdout

    pdf = tmp_path / "d.pdf"
    report = run(
        "report", "discipline", "--from", "2025-12-01", "--to", "2025-12-31", "--out", str(pdf)
    )
    assert report.returncode == 0, report.stderr
    document = pdfium.PdfDocument(pdf)
    try:
        assert "Исполнительская дисциплина" in document[0].get_textpage().get_text_range()
    finally:
        document.close()
    wrong = run("report", "discipline", "--out", str(tmp_path / "d.txt"))
    assert wrong.returncode == 2 and ".pdf or .xlsx" in wrong.stderr
