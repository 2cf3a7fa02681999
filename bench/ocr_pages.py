#!/usr/bin/env python3
"""Benchmark: OCR cost page by page, raw tesseract against Mailroom's page worker.

``bench/ocr.py`` compares whole runs in pages per minute; this one tells where the
difference comes from. On each generated dense A4 page (300 dpi, skewed, noisy: the pages
of ``bench/ocr.py``), one after the other on one core, interleaved so that the machine's
drift cancels:
- raw ``tesseract page.png out -l rus+eng`` (one thread, plain text);
- Mailroom's worker, ``ocr.page_job.process_page`` (decode, clean, deskew, binarise,
  tesseract on the prepared copy, word boxes, searchable PDF page).

Each is measured in CPU seconds (the process and its children) and by how much of the
page's text it read (character error rate against the generated text). Pages that raw
tesseract reads poorly (CER above ``--poor``) are reported apart: its layout analysis
drops most of a skewed, noisy page, which makes such a page cheap and its text lost.

    .venv/bin/python bench/ocr_pages.py [--pages 20] [--poor 0.2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.metrics import cer  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@dataclass(slots=True)
class PageCost:
    name: str
    skew: float
    chars: int
    raw_cpu: float
    raw_cer: float
    mailroom_cpu: float
    mailroom_cer: float


def measure(page: Path, truth: dict[str, object], work: Path) -> PageCost:
    from ocr.page_job import process_page
    from ocr.sources import read_pages

    start = cpu_seconds()
    raw = subprocess.run(
        ["tesseract", str(page), "-", "-l", "rus+eng"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    raw_cpu = cpu_seconds() - start
    folder = Path(tempfile.mkdtemp(dir=work))
    start = cpu_seconds()
    pages = read_pages(page, folder, dpi=300)
    result = process_page(pages[0], str(folder), "rus+eng", 0)
    mailroom_cpu = cpu_seconds() - start
    text = str(truth["text"])
    return PageCost(
        page.name,
        float(truth["skew"]),  # type: ignore[arg-type]
        len(text),
        raw_cpu,
        cer(text, raw),
        mailroom_cpu,
        cer(text, result.text.text),
    )


def summary(label: str, rows: list[PageCost]) -> str:
    if not rows:
        return f"{label}: none"
    raw = sum(r.raw_cpu for r in rows)
    mailroom = sum(r.mailroom_cpu for r in rows)
    chars = sum(r.chars for r in rows)
    raw_read = sum(r.chars * max(0.0, 1 - r.raw_cer) for r in rows)
    mailroom_read = sum(r.chars * max(0.0, 1 - r.mailroom_cer) for r in rows)
    return (
        f"{label} ({len(rows)} pages): raw {raw / len(rows):.2f} s/page, "
        f"CER {1 - raw_read / chars:.2%}; mailroom {mailroom / len(rows):.2f} s/page, "
        f"CER {1 - mailroom_read / chars:.2%}; pages per CPU second "
        f"{raw / mailroom:.2f}x raw; text read per CPU second "
        f"{(mailroom_read / mailroom) / (raw_read / raw):.2f}x raw"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--poor", type=float, default=0.2, help="raw CER of a poorly read page")
    args = parser.parse_args()
    from ocr.tesseract import init_worker
    from tests.corpus.generate import make_dense_pages

    init_worker()  # one OpenMP thread, as in the import's workers (and for raw tesseract)
    with tempfile.TemporaryDirectory(prefix="mailroom-pages-") as tmp:
        folder = Path(tmp)
        pages = make_dense_pages(args.pages, 11, folder / "dense")  # bench/ocr.py's pages
        truth_lines = (folder / "dense" / "dense_truth.jsonl").read_text("utf-8")
        truth = {row["file"]: row for row in map(json.loads, truth_lines.splitlines())}
        measure(pages[0], truth[pages[0].name], folder)  # warm the imports and caches
        rows = []
        for page in pages:
            row = measure(page, truth[page.name], folder)
            rows.append(row)
            print(
                f"{row.name}: skew {row.skew:+.2f}°  raw {row.raw_cpu:.2f} s CER "
                f"{row.raw_cer:6.1%}  mailroom {row.mailroom_cpu:.2f} s CER "
                f"{row.mailroom_cer:6.1%}  ratio {row.raw_cpu / row.mailroom_cpu:.2f}x",
                flush=True,
            )
    read = [r for r in rows if r.raw_cer <= args.poor]
    poor = [r for r in rows if r.raw_cer > args.poor]
    print(summary("all pages", rows))
    print(summary(f"pages raw tesseract reads (CER <= {args.poor:.0%})", read))
    print(summary(f"pages raw tesseract reads poorly (CER > {args.poor:.0%})", poor))


if __name__ == "__main__":
    main()
