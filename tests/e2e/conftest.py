"""Run the real ``mailroom`` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def make_runner(db_url: str, store_dir: Path, base_env: dict[str, str] | None = None) -> RunCli:
    """A ``mailroom`` runner on this database and store (``base_env``: more variables)."""

    def run(
        *args: str, lang: str = "en", timeout: float = 900, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        full_env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            MAILROOM_DB=db_url,
            MAILROOM_STORE=str(store_dir),
            PYTHONIOENCODING="utf-8",
        )
        full_env.update(base_env or {})
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "app", "--lang", lang, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="backslashreplace",  # a crash must show, not break the test's decoding
            env=full_env,
            timeout=timeout,
        )

    return run


@pytest.fixture
def run_cli(db_url: str, store_dir: Path) -> RunCli:
    return make_runner(db_url, store_dir)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated batch in every format, with its registry and ground truth."""
    from tests.corpus.generate import main as generate

    out = tmp_path_factory.mktemp("corpus")
    assert generate([str(out), "--letters", "8", "--consumers", "300", "--seed", "7"]) == 0
    return out
