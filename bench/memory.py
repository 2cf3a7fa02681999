#!/usr/bin/env python3
"""Benchmark: peak memory of a 200-page ``mailroom import`` (target: under 1.5 GB).

Generates dense A4 pages (300 dpi, skewed, noisy: the pages of ``bench/ocr.py``) and
imports them twice, each time into a fresh database and store:
- as a folder of single-page PNG files (200 letters);
- as one scanner batch, a single multi-page PDF (one letter of 200 pages: the whole
  letter's pages, readings and archive PDF are gathered before it is registered).

The peak is the resident memory (RSS) of the whole process tree, main process and OCR
workers and their tesseract children together, sampled every 0.2 s.

    .venv/bin/python bench/memory.py [--pages 200]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ocr import run_measured  # noqa: E402

LIMIT_MB = 1536


def import_peak(source: Path, folder: Path, name: str) -> tuple[float, int, str]:
    """Seconds, peak KB of the process tree and the summary line of one import."""
    env = dict(
        os.environ,
        MAILROOM_DB=f"sqlite:///{folder / f'{name}.sqlite3'}",
        MAILROOM_STORE=str(folder / f"{name}-store"),
        PYTHONPATH=str(ROOT),
    )
    command = [sys.executable, "-m", "app", "--lang", "en", "import", str(source)]
    seconds, peak_kb, out = run_measured(command, env)
    summary = next((x for x in out.splitlines() if x.startswith("Letters registered")), "")
    return seconds, peak_kb, summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    from PIL import Image

    from tests.corpus.generate import make_dense_pages

    with tempfile.TemporaryDirectory(prefix="mailroom-memory-") as tmp:
        folder = Path(tmp)
        pages = make_dense_pages(args.pages, 17, folder / "pages")
        (folder / "pages" / "dense_truth.jsonl").unlink()
        batch = folder / "batch" / "batch.pdf"
        batch.parent.mkdir()
        first, *rest = (Image.open(p) for p in pages)
        first.save(batch, save_all=True, append_images=rest, resolution=300)
        print(f"pages: {len(pages)} dense A4, 300 dpi; cores: {os.cpu_count()}", flush=True)
        worst = 0
        for label, source in (("page files", folder / "pages"), ("one PDF", batch)):
            seconds, peak_kb, summary = import_peak(source, folder, label.replace(" ", "-"))
            worst = max(worst, peak_kb)
            print(f"{label:10s}: peak {peak_kb / 1024:5.0f} MB in {seconds:5.0f} s")
            print(f"            {summary}", flush=True)
        verdict = "met" if worst / 1024 < LIMIT_MB else "MISSED"
        print(f"worst peak {worst / 1024:.0f} MB (target < {LIMIT_MB} MB): {verdict}")


if __name__ == "__main__":
    main()
