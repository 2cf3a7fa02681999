#!/usr/bin/env python3
"""Benchmark: OCR throughput of ``mailroom import`` against raw tesseract and OCRmyPDF.

All three run in the same run on the same generated dense A4 pages (300 dpi, skewed,
noisy):
- raw ``tesseract`` (one single-thread process per core, plain text output);
- OCRmyPDF (``--jobs`` = cores, ``-l rus+eng``, ``--deskew --rotate-pages``: the nearest
  equivalent of Mailroom's preparation) on one PDF of those pages;
- ``mailroom import`` of the page files (preparation, OCR, archive PDF, fields, topic,
  link and registration included).

Also reports the character error rate of each against the generated text and the peak
memory (RSS of the whole process tree) of the import.

    .venv/bin/python bench/ocr.py [--pages 20] [--rounds 3] [--skip-ocrmypdf]

Raw tesseract and the import alternate ``--rounds`` times and the median ratio is
reported: on a shared or virtual machine the speed drifts from minute to minute.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.metrics import cer  # noqa: E402


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total = 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        ppid = int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(int(entry.name))
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0] or 0)
    stack = [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.2):
            peak = max(peak, tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    stop.set()
    sampler.join()
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{command[:4]} failed: {err[-2000:]}")
    return elapsed, peak, out


def raw_tesseract(pages: list[Path], out_dir: Path, jobs: int) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(page: Path) -> None:
        subprocess.run(
            ["tesseract", str(page), str(out_dir / page.stem), "-l", "rus+eng"],
            env=env,
            check=True,
            capture_output=True,
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, pages))
    return time.perf_counter() - start


def ocrmypdf(pages: list[Path], folder: Path, jobs: int) -> tuple[float, str]:
    from PIL import Image

    images = [Image.open(p) for p in pages]
    source = folder / "dense.pdf"
    images[0].save(source, save_all=True, append_images=images[1:], resolution=300)
    target = folder / "dense-ocr.pdf"
    start = time.perf_counter()
    subprocess.run(
        [
            "ocrmypdf",
            "--jobs",
            str(jobs),
            "-l",
            "rus+eng",
            "--deskew",
            "--rotate-pages",
            "--output-type",
            "pdf",
            "--quiet",
            str(source),
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    return elapsed, text


def mailroom_import(folder: Path, pages_dir: Path, run: int) -> tuple[float, int, str]:
    """One ``mailroom import`` of the pages into a fresh database; seconds, peak KB, text."""
    import json

    from tests.corpus.generate import make_registry, write_registry_csv

    registry = folder / "registry.csv"
    if not registry.exists():
        write_registry_csv(make_registry(200, 1), registry)
    env = dict(
        os.environ,
        MAILROOM_DB=f"sqlite:///{folder / f'm{run}.sqlite3'}",
        MAILROOM_STORE=str(folder / f"store{run}"),
        PYTHONPATH=str(ROOT),
    )
    base = [sys.executable, "-m", "app", "--lang", "en"]
    subprocess.run(
        [*base, "consumers", "import", str(registry)], env=env, check=True, capture_output=True
    )
    seconds, peak_kb, _ = run_measured([*base, "import", str(pages_dir)], env)
    export = subprocess.run(
        [*base, "export"], env=env, capture_output=True, text=True, check=True
    ).stdout
    records = {json.loads(x)["source_files"][0]: json.loads(x)["text"] for x in export.splitlines()}
    pages = sorted(pages_dir.glob("*.png"))
    return seconds, peak_kb, "\n".join(records.get(p.name, "") for p in pages)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument(
        "--rounds", type=int, default=3,
        help="raw tesseract and mailroom import alternate this many times (shared or "
        "virtual machines change speed from minute to minute; the median ratio is reported)",
    )  # fmt: skip
    parser.add_argument("--skip-ocrmypdf", action="store_true")
    args = parser.parse_args()
    import json
    import statistics

    from tests.corpus.generate import make_dense_pages

    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="mailroom-bench-") as tmp:
        folder = Path(tmp)
        pages = make_dense_pages(args.pages, 11, folder / "dense")
        truth = {}
        for line in (folder / "dense" / "dense_truth.jsonl").read_text("utf-8").splitlines():
            row = json.loads(line)
            truth[row["file"]] = row["text"]
        (folder / "dense" / "dense_truth.jsonl").unlink()  # only the pages are imported
        truth_text = "\n".join(truth[p.name] for p in pages)

        ocrmypdf_s = None
        ocrmypdf_text = ""
        if not args.skip_ocrmypdf and shutil.which("ocrmypdf"):
            ocrmypdf_s, ocrmypdf_text = ocrmypdf(pages, folder, jobs)

        raw_times, mr_times, peaks = [], [], []
        raw_text = mr_text = ""
        for run in range(args.rounds):
            raw_dir = folder / f"raw{run}"
            raw_dir.mkdir()
            raw_times.append(raw_tesseract(pages, raw_dir, jobs))
            raw_text = "\n".join((raw_dir / f"{p.stem}.txt").read_text("utf-8") for p in pages)
            seconds, peak_kb, mr_text = mailroom_import(folder, folder / "dense", run)
            mr_times.append(seconds)
            peaks.append(peak_kb)
            print(
                f"round {run + 1}: raw tesseract {raw_times[-1]:.1f} s, "
                f"mailroom import {seconds:.1f} s, ratio {raw_times[-1] / seconds:.2f}x",
                flush=True,
            )

    n = len(pages)
    ppm = lambda s: n / s * 60  # noqa: E731
    raw_s, mr_s = statistics.median(raw_times), statistics.median(mr_times)
    raw_cer, mr_cer = cer(truth_text, raw_text), cer(truth_text, mr_text)
    ratio = statistics.median(r / m for r, m in zip(raw_times, mr_times, strict=True))
    print(f"pages: {n} dense A4, 300 dpi, skewed and noisy; cores: {jobs}; rounds: {args.rounds}")
    print(
        f"raw tesseract, {jobs} single-thread processes: {ppm(raw_s):6.1f} pages/min  "
        f"CER {raw_cer:.3%}"
    )
    if ocrmypdf_s:
        print(
            f"OCRmyPDF --jobs {jobs} --deskew --rotate-pages: {ppm(ocrmypdf_s):6.1f} pages/min"
            f"  CER {cer(truth_text, ocrmypdf_text):.3%}"
        )
    print(f"mailroom import (whole pipeline):        {ppm(mr_s):6.1f} pages/min  CER {mr_cer:.3%}")
    print(f"mailroom / raw tesseract: {ratio:.2f}x (median of the rounds)   (target >= 1.0x)")
    if ocrmypdf_s:
        print(f"mailroom / OCRmyPDF:      {ocrmypdf_s / mr_s:.2f}x   (target >= 3x)")
    # Pages per minute credit a page that is read only in part; raw tesseract loses most
    # of the text of some skewed pages (bench/ocr_pages.py). Text read = pages x (1 - CER).
    read_ratio = (1 - mr_cer) / mr_s / ((1 - raw_cer) / raw_s)
    print(f"text read per minute, mailroom / raw tesseract: {read_ratio:.2f}x")
    print(f"peak memory of the import (process tree RSS): {max(peaks) / 1024:.0f} MB")


if __name__ == "__main__":
    main()
