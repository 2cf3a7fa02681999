"""Helpers shared by the end-to-end tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_truth(corpus: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in (corpus / "truth.jsonl").read_text("utf-8").splitlines()]
    return {Path(str(r["file"])).name: r for r in rows}


def export_records(run_cli: Any) -> list[dict[str, Any]]:
    result = run_cli("export", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]
