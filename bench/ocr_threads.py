"""How to run tesseract on a multi-core machine: threads inside one process or processes.

Compares, on the same pages and in the same run:

  (a) baseline: the raw ``tesseract`` CLI, one page after another, default OpenMP threads;
  (b) the raw CLI with ``OMP_THREAD_LIMIT=1``, one process per core;
  (c) ``ocr.tesseract.recognize`` in a ``ProcessPoolExecutor(initializer=init_worker)``,
      one worker per core (what the application does).

Every variant asks for the same outputs (text, TSV, PDF) in one pass. Usage::

    python bench/ocr_threads.py                 # generates 6 dense A4 pages
    python bench/ocr_threads.py --pages DIR     # uses DIR/*.png|tif|tiff|jpg
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ocr.tesseract import check_available, init_worker, recognize

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_300DPI = (2480, 3508)
VOCABULARY = (
    "Прошу сделать перерасчёт платы за электроэнергию по лицевому счёту в связи с "
    "заменой прибора учёта показания на дату передачи составили кВт·ч гарантирующий "
    "поставщик договор энергоснабжения квартира улица дом город область обращение "
    "ответ в установленный срок задолженность пени квитанция оплачена с уважением "
    "Invoice electricity meter reading account payment March April contract"
)


def make_pages(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Dense A4 pages: ~60 lines of 11 pt Russian/English text, 1-bit, 300 dpi."""
    rng = random.Random(seed)
    words = VOCABULARY.split()
    font = ImageFont.truetype(FONT, 46)
    pages = []
    for number in range(count):
        image = Image.new("L", A4_300DPI, 255)
        draw = ImageDraw.Draw(image)
        y = 200
        while y < A4_300DPI[1] - 200:
            line = " ".join(rng.choice(words) for _ in range(12))
            line += f" {rng.randrange(10**9, 10**10)}"
            draw.text((180, y), line[:95], font=font, fill=0)
            y += 52
        path = folder / f"page{number + 1:02d}.png"
        image.convert("1", dither=Image.Dither.NONE).save(path, dpi=(300, 300))
        pages.append(path)
    return pages


def cli_run(image: Path, out_base: Path, lang: str, one_thread: bool) -> None:
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if one_thread:
        env["OMP_THREAD_LIMIT"] = "1"
    command = ["tesseract", str(image), str(out_base), "-l", lang, "--dpi", "300"]
    command += ["-c", "tessedit_create_tsv=1", "txt", "pdf"]
    subprocess.run(command, env=env, check=True, capture_output=True)


def children_cpu() -> float:
    """CPU seconds of finished child processes (and their waited-for children)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def timed(label: str, run: Callable[[], None]) -> tuple[float, float]:
    """Wall seconds and CPU seconds; CPU time is less disturbed by other load on the host."""
    print(f"  running {label} (load average {load()}) ...", flush=True)
    cpu = children_cpu()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="folder of page images (default: generate)")
    parser.add_argument("--count", type=int, default=6, help="pages to generate")
    parser.add_argument("--lang", default="rus+eng")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    check_available(args.lang)

    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        work = Path(tmp)
        if args.pages:
            suffixes = {".png", ".tif", ".tiff", ".jpg", ".jpeg"}
            pages = sorted(p for p in args.pages.iterdir() if p.suffix.lower() in suffixes)
        else:
            pages = make_pages(work, args.count)
        if not pages:
            sys.exit("no page images found")
        print(f"{len(pages)} pages, {args.workers} workers, cpu_count={os.cpu_count()}")
        cli_run(pages[0], work / "warmup", args.lang, one_thread=True)  # page cache, not timed

        def sequential_default() -> None:
            for n, page in enumerate(pages):
                cli_run(page, work / f"a{n}", args.lang, one_thread=False)

        def parallel_one_thread() -> None:
            with ThreadPoolExecutor(args.workers) as pool:
                jobs = [
                    pool.submit(cli_run, page, work / f"b{n}", args.lang, True)
                    for n, page in enumerate(pages)
                ]
                for job in jobs:
                    job.result()

        words: list[int] = []

        def recognize_pool() -> None:
            with ProcessPoolExecutor(args.workers, initializer=init_worker) as pool:
                jobs = [
                    pool.submit(recognize, page, args.lang, 300, True, n)
                    for n, page in enumerate(pages)
                ]
                words.extend(len(job.result().words) for job in jobs)

        workers = args.workers
        results = [
            ("(a) CLI, default threads, sequential [baseline]", timed("a", sequential_default)),
            (f"(b) CLI, OMP_THREAD_LIMIT=1, {workers} processes", timed("b", parallel_one_thread)),
            (f"(c) recognize(), ProcessPool x{workers}, init_worker", timed("c", recognize_pool)),
        ]

    print(f"  done (load average {load()})")
    baseline = results[0][1][0]
    header = f"{'variant':56} {'s/page':>7} {'pages/min':>9} {'speed-up':>8} {'CPU s/page':>10}"
    print("\n" + header)
    for label, (seconds, cpu) in results:
        per_page = seconds / len(pages)
        print(
            f"{label:56} {per_page:7.2f} {60 / per_page:9.1f} {baseline / seconds:7.1f}x"
            f" {cpu / len(pages):10.2f}"
        )
    print(f"words per page in (c): {words}")


if __name__ == "__main__":
    main()
