#!/usr/bin/env python3
"""Benchmark: the lazy register model against loading the same rows naively.

Builds an SQLite register of N letters (default 1,000,000) with bulk ``executemany``
INSERTs (not through ``register_letter``: that would take hours), then measures in the same
run, on the same database:

- open: the model's first screen (first keyset page, loaded on a worker thread as in the
  app) against ``SELECT`` of all rows into a list of the same DTOs;
- jump to the end: the lazy model reverses the order and shows the end first (one keyset
  page); a naive model has to hold every row to show the last one;
- filter change: first screen after a filter (category, then overdue) against loading every
  matching row;
- memory: tracemalloc peak and RSS growth of both.

    .venv/bin/python bench/register.py [--rows 1000000] [--db FILE] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CATEGORIES = ["recalculation", "meter_readings", "meter_service", "billing", "disconnection"]
CATEGORIES += ["power_quality", "contract", "connection", "complaint", "other"]
CHANNELS = ["post"] * 6 + ["phone"] * 2 + ["internet", "email"]
STATUSES = ["done"] * 5 + ["reply_sent"] * 2 + ["registered", "in_progress", "on_resolution"]
SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Зайцев"]
NAMES = ["Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай"]


def _sql_value(column: Any) -> Any:
    """The value an omitted NOT NULL column gets (the ORM default, as SQLite stores it)."""
    default = column.default
    if default is not None and not callable(default.arg):
        value = default.arg
        return int(value) if isinstance(value, bool) else value
    if str(column.type) == "JSON":
        return "{}" if column.name == "captured" else "[]"
    return None  # nullable, or set for every row below


def build(path: Path, rows: int, seed: int = 1) -> float:
    """A migrated SQLite register with ``rows`` letters and rows/10 consumers; seconds."""
    from db.engine import Database
    from db.migrate import upgrade
    from db.models import Letter

    started = time.perf_counter()
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    database.dispose()
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name IN "
        "('letter', 'consumer') AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:  # build the indexes once at the end, not row by row
        conn.execute(f'DROP INDEX "{name}"')
    consumers = max(rows // 10, 1)
    imported = "2026-01-01 00:00:00.000000"
    conn.executemany(
        "INSERT INTO consumer (id, account, full_name, address, postal_code, phone, email, "
        "meter_numbers, active, source, imported_at) VALUES (?,?,?,?,?,?,?,?,1,'bench',?)",
        (
            (
                i,
                f"{4000000000 + i * 7:010d}",
                f"{rnd.choice(SURNAMES)} {rnd.choice(NAMES)}",
                "г. Калининград",
                "236000",
                "",
                "",
                "",
                imported,
            )
            for i in range(1, consumers + 1)
        ),
    )
    columns = list(Letter.__table__.columns)
    names = [c.name for c in columns]
    fixed = {c.name: _sql_value(c) for c in columns}
    start = dt.datetime(2016, 1, 1, 8, 0)
    step = dt.timedelta(seconds=max(1, int(10 * 365 * 86400 / rows)))

    def letters() -> Any:
        for i in range(1, rows + 1):
            registered = start + step * i
            row = dict(fixed)
            linked = i % 3 != 0
            due = registered.date() + dt.timedelta(days=30)
            row.update(
                id=i,
                journal="incoming",
                reg_year=registered.year,
                reg_seq=i,
                reg_no=f"ВХ-{registered.year}-{i:07d}",
                registered_at=registered.strftime("%Y-%m-%d %H:%M:%S.%f"),
                updated_at=registered.strftime("%Y-%m-%d %H:%M:%S.%f"),
                received_on=(registered.date() - dt.timedelta(days=i % 4)).isoformat(),
                channel=CHANNELS[i % len(CHANNELS)],
                sender_name=f"{SURNAMES[i % 8]} {NAMES[(i // 8) % 8]} {i}",
                consumer_id=(i % consumers) + 1 if linked else None,
                link_status="auto" if linked else "none",
                category=CATEGORIES[rnd.randrange(len(CATEGORIES))],
                status=STATUSES[rnd.randrange(len(STATUSES))],
                due_on=due.isoformat() if i % 5 else None,
                page_count=1 + i % 3,
            )
            if i == 1:
                missing = [c.name for c in columns if not c.nullable and row[c.name] is None]
                assert not missing, f"no value for letter columns {missing}"
            yield tuple(row[n] for n in names)

    marks = ",".join("?" for _ in names)
    conn.executemany(f"INSERT INTO letter ({','.join(names)}) VALUES ({marks})", letters())
    for _name, sql in indexes:
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return time.perf_counter() - started


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def peak_mb(fn: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    result = fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    del result
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse or create this SQLite file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.jobs import JobRunner
    from app.gui.register_model import PAGE, RegisterModel
    from db.engine import Database
    from letters.actors import resolve_actor
    from letters.queries import (
        RegisterFilter,
        RegisterQuery,
        RegisterSort,
        all_register_rows,
        register_count,
    )

    tmp = tempfile.TemporaryDirectory(prefix="mailroom-bench-")
    path = args.db or Path(tmp.name) / "register.sqlite3"
    if not path.exists():
        print(f"building {args.rows:,} letters in {path} …", flush=True)
        print(f"built in {build(path, args.rows):.1f} s", flush=True)
    app = QApplication.instance() or QApplication(["bench"])
    database = Database(f"sqlite:///{path}")
    with database.write() as session:
        admin = resolve_actor(session, None)
    runner = JobRunner()
    model = RegisterModel(database, admin, runner=runner)

    def first_screen(change: Callable[[], None]) -> int:
        """Apply ``change`` and wait (event loop running) for the first page."""
        loop = QEventLoop()
        model.loading_changed.connect(lambda busy: None if busy else loop.quit())
        QTimer.singleShot(0, change)
        loop.exec()
        model.loading_changed.disconnect()
        return model.rowCount()

    def count_rows(query: RegisterQuery) -> int:
        with database.read() as session:
            return register_count(session, query.filter, actor=admin)

    def naive(query: RegisterQuery) -> list[Any]:
        with database.read() as session:
            return all_register_rows(session, query, actor=admin)

    category = RegisterFilter(categories=("billing",))
    overdue = RegisterFilter(overdue=True, today=dt.date(2026, 6, 1))
    descending = RegisterSort("id", True)
    cases: list[tuple[str, Callable[[], None], RegisterQuery]] = [
        ("open the register (first screen)", model.refresh, RegisterQuery()),
        (
            "jump to the end (reversed order, first screen)",
            lambda: model.set_sort(descending.reversed()),
            RegisterQuery(sort=descending.reversed()),
        ),
        (
            "filter change: category",
            lambda: model.set_query(RegisterQuery(category)),
            RegisterQuery(category),
        ),
        (
            "filter change: overdue, by due date",
            lambda: model.set_query(RegisterQuery(overdue, RegisterSort("due_on", True))),
            RegisterQuery(overdue, RegisterSort("due_on", True)),
        ),
    ]
    rss_before = rss_mb()
    lazy_results = []
    for title, change, _query in cases:
        seconds, shown = median_time(lambda change=change: first_screen(change), args.repeat)
        lazy_results.append((title, seconds, shown))
    counts = []  # the "shown N of M" total, counted on a worker thread meanwhile
    for _title, _change, query in cases:
        seconds, _n = median_time(lambda query=query: count_rows(query), args.repeat)
        counts.append(seconds)
    peak_lazy = peak_mb(lambda: first_screen(model.refresh))
    rss_lazy = rss_mb()
    runner.shutdown()

    naive_results = []
    for title, _change, query in cases:
        seconds, rows = median_time(lambda query=query: naive(query), max(1, args.repeat - 1))
        naive_results.append((title, seconds, len(rows)))
        del rows
    peak_naive = peak_mb(lambda: naive(RegisterQuery()))
    rss_naive = rss_mb()

    print(f"\nregister of {args.rows:,} letters, page = {PAGE} rows, median of {args.repeat}")
    print(f"{'what':48} {'lazy model':>12} {'naive list':>12} {'ratio':>9}")
    for (title, lazy_s, shown), (_t, naive_s, loaded), count_s in zip(
        lazy_results, naive_results, counts, strict=True
    ):
        ratio = naive_s / lazy_s if lazy_s else float("inf")
        print(f"{title:48} {lazy_s * 1000:9.1f} ms {naive_s:10.2f} s {ratio:8.0f}×")
        print(f"{'':48} {shown:>9} rows {loaded:>10,} rows")
        print(f"{'  total for the status line (background)':48} {count_s * 1000:9.1f} ms")
    print(
        f"{'memory: tracemalloc peak':48} {peak_lazy:9.1f} MB {peak_naive:8.1f} MB "
        f"{peak_naive / peak_lazy if peak_lazy else 0:8.0f}×"
    )
    print(
        f"{'memory: RSS growth':48} {rss_lazy - rss_before:9.1f} MB {rss_naive - rss_lazy:8.1f} MB"
    )
    database.dispose()
    del app
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
