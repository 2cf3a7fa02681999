#!/usr/bin/env python3
"""Benchmark: full-text search over a large generated register, against a naive LIKE scan.

Generates ``--letters`` letters (default 1,000,000) of 1–2 KB of realistic Russian text:
paragraphs of the synthetic corpus (``tests/corpus``: every category's templates, fillers,
closings, names, addresses, readings) with 2% of words carrying an OCR error, bulk-inserted
with SQLAlchemy Core. Then builds the index (``reindex_all``), and measures, in the same
run on the same data:

- index build time and size;
- p50/p95 latency of ``search_letters`` (top 50 with snippets) for selective, broad,
  phrase and filter-plus-query searches, and of ``count_letters`` for broad terms;
- the baseline: ``full_text LIKE '%word%'`` (top 50 newest, and count) for the same words.

    .venv/bin/python bench/search.py [--letters 1000000] [--db URL] [--keep DIR]

``--db`` takes an empty PostgreSQL database; the default is a fresh SQLite file.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from db.engine import Database  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import Letter  # noqa: E402
from db.search import SearchFilters, index_size_bytes  # noqa: E402
from letters.actors import Actor  # noqa: E402
from letters.search import count_letters, reindex_all, search_letters  # noqa: E402
from tests.corpus import people  # noqa: E402
from tests.corpus.letter import random_paragraph  # noqa: E402

OCR_SWAPS = {"е": "с", "о": "0", "и": "н", "а": "д", "л": "п", "ш": "щ", "т": "г", "в": "з"}
CATEGORIES = ["recalculation", "meter_readings", "meter_service", "billing", "disconnection"]
CHANNELS = ["post", "post", "post", "internet", "phone", "email"]
BROAD = ["электроэнергии", "прошу", "счётчик", "квитанции", "показания"]
PHRASES = ['"прибор учёта"', '"перерасчёт платы"', '"показания счётчика"', '"низкое напряжение"']
FILTERED = [
    ("показания", "meter_readings"),
    ("задолженность", "billing"),
    ("замена", "meter_service"),
]


def ocr_noise(paragraph: str, rng: random.Random, rate: float = 0.02) -> str:
    words = paragraph.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and rng.random() < rate:
            at = rng.randrange(len(word))
            words[i] = word[:at] + OCR_SWAPS.get(word[at], word[at]) + word[at + 1 :]
    return " ".join(words)


def generate(database: Database, count: int, seed: int = 7, batch: int = 5000) -> list[dict]:
    """Insert ``count`` letters; returns a sample of them for the selective queries."""
    rng = random.Random(seed)
    pool = [ocr_noise(random_paragraph(rng), rng) for _ in range(20_000)]
    start = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    step = (dt.datetime(2026, 6, 1, tzinfo=dt.UTC) - start) / max(count, 1)
    table = Letter.__table__
    sample: list[dict] = []
    rows: list[dict[str, Any]] = []
    for i in range(count):
        when = start + step * i
        name = people.random_person(rng)
        paragraphs = rng.sample(pool, rng.randint(5, 9))
        body = "\n".join(paragraphs)
        while len(body.encode()) < 1000:
            body += "\n" + rng.choice(pool)
        account = f"40{rng.randrange(10**8):08d}"
        rows.append(
            {
                "journal": "incoming",
                "reg_year": when.year,
                "reg_seq": i + 1,
                "reg_no": f"ВХ-{when.year}-{i + 1:07d}",
                "registered_at": when,
                "received_on": (when - dt.timedelta(days=1)).date(),
                "channel": rng.choice(CHANNELS),
                "sender_name": name,
                "sender_address": people.random_address(rng).canonical(),
                "account_captured": account,
                "category": rng.choice(CATEGORIES),
                "summary": paragraphs[0][:120],
                "full_text": body[:2048],
                "status": "done",
            }
        )
        if rng.random() < 200 / count:
            sample.append({"name": name, "account": account})
        if len(rows) == batch:
            with database.write() as session:
                session.execute(insert(table), rows)
            rows = []
    if rows:
        with database.write() as session:
            session.execute(insert(table), rows)
    return sample


def timed(call: Callable[[], object], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        call()
        times.append((time.perf_counter() - begin) * 1000)
    return times


def p(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def like_top(database: Database, needle: str) -> Callable[[], object]:
    def run() -> object:
        with database.read() as session:
            return session.execute(
                select(Letter.id, func.substr(Letter.full_text, 1, 200))
                .where(Letter.full_text.like(f"%{needle}%"))
                .order_by(Letter.id.desc())
                .limit(50)
            ).all()

    return run


def like_count(database: Database, needle: str) -> Callable[[], object]:
    def run() -> object:
        with database.read() as session:
            return session.scalar(select(func.count()).where(Letter.full_text.like(f"%{needle}%")))

    return run


# An administrator sees the whole register: the search the baseline is compared with.
BENCH_ACTOR = Actor(0, "bench", "admin")


def ours(
    database: Database, query: str, filters: SearchFilters | None = None
) -> Callable[[], object]:
    def run() -> object:
        with database.read() as session:
            return search_letters(session, query, filters, limit=50, actor=BENCH_ACTOR)

    return run


def ours_count(database: Database, query: str) -> Callable[[], object]:
    def run() -> object:
        with database.read() as session:
            return count_letters(session, query, actor=BENCH_ACTOR)

    return run


def needle(query: str) -> str:
    """The baseline looks for the first word as typed (no inflections, no folding)."""
    word = query.replace('"', "").replace("от:", "").replace("л/с:", "").split()[0]
    return word.replace("ё", "е")


def measure(
    database: Database, sample: list[dict], repeat: int
) -> list[tuple[str, list[float], list[float]]]:
    rng = random.Random(3)
    picks = rng.sample(sample, min(20, len(sample)))
    selective = [f'от:"{s["name"].split()[0]} {s["name"].split()[1]}"' for s in picks[:10]]
    selective += [f"л/с:{s['account']}" for s in picks[10:]]
    one_year = SearchFilters(
        registered_from=dt.date(2024, 1, 1), registered_to=dt.date(2024, 12, 31)
    )
    classes: list[tuple[str, list[tuple[Callable[[], object], Callable[[], object]]]]] = [
        (
            "selective (sender name, account)",
            [
                (ours(database, q), like_top(database, needle(q) if "от:" in q else q[4:]))
                for q in selective
            ],
        ),
        ("broad term", [(ours(database, q), like_top(database, needle(q))) for q in BROAD]),
        ("phrase", [(ours(database, q), like_top(database, q.strip('"'))) for q in PHRASES]),
        (
            "filter + query (category, one year)",
            [
                (
                    ours(database, q, dataclasses.replace(one_year, categories=(c,))),
                    like_top(database, q),
                )
                for q, c in FILTERED
            ],
        ),
        (
            "count of a broad term",
            [(ours_count(database, q), like_count(database, needle(q))) for q in BROAD],
        ),
    ]
    results = []
    for name, pairs in classes:
        mine: list[float] = []
        base: list[float] = []
        for ours_call, base_call in pairs:
            ours_call()  # warm the caches once, as a user's second search would
            mine += timed(ours_call, repeat)
            base += timed(base_call, 1)
        results.append((name, mine, base))
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1_000_000)
    parser.add_argument("--db", help="an empty PostgreSQL database (default: fresh SQLite)")
    parser.add_argument("--keep", help="folder for the SQLite file (default: temporary)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        url = args.db or f"sqlite:///{folder / 'bench.sqlite3'}"
        database = Database(url)
        upgrade(database.engine)
        begin = time.perf_counter()
        sample = generate(database, args.letters)
        generated = time.perf_counter() - begin
        with database.read() as session:
            text_mb = (session.scalar(select(func.sum(func.length(Letter.full_text)))) or 0) / 1e6

        def progress(done: int, total: int) -> None:
            if done % 100_000 < 2000 or done == total:
                print(f"  indexed {done:,} of {total:,}", flush=True)

        begin = time.perf_counter()
        with database.write() as session:
            reindex_all(session, progress=progress, batch=2000)
        built = time.perf_counter() - begin
        with database.read() as session:
            size = index_size_bytes(session)
            if database.engine.dialect.name == "postgresql":
                session.execute(text("ANALYZE"))
        results = measure(database, sample, args.repeat)
        database.dispose()
        file_mb = sum(f.stat().st_size for f in folder.glob("bench.sqlite3*")) / 1e6
    engine = url.split(":")[0]
    print(f"\nletters: {args.letters:,}  text: {text_mb:,.0f} M characters  database: {engine}")
    print(f"generate + bulk insert: {generated:,.0f} s")
    print(f"index build (reindex_all): {built:,.0f} s  ({args.letters / built:,.0f} letters/s)")
    print(
        f"index size: {size / 1e6:,.0f} MB"
        + (f"  (whole file {file_mb:,.0f} MB)" if file_mb else "")
    )
    head = f"{'p50 ms':>8} {'p95 ms':>8} | {'LIKE p50':>9} {'LIKE p95':>9} | ratio p50"
    print(f"\n{'query class':38} {head}")
    for name, mine, base in results:
        print(
            f"{name:38} {p(mine, 0.5):8.1f} {p(mine, 0.95):8.1f} | {p(base, 0.5):9.1f} "
            f"{p(base, 0.95):9.1f} | {p(base, 0.5) / max(p(mine, 0.5), 0.001):8.1f}x"
        )
    print("\ntargets (SQLite): p95 <= 50 ms for the top 50 with snippets; broad count <= 200 ms")


if __name__ == "__main__":
    main()
