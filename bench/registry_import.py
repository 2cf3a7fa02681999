#!/usr/bin/env python3
"""Benchmark: import a 100,000-row registry export (cp1251, ``;``) with ``mailroom``.

Baseline, measured in the same run on the same file: the floor of any importer, i.e.
``csv.reader`` plus one ``executemany`` INSERT into a bare SQLite table in one transaction
(no validation, no upsert, no audit). Prints both times and the ratio, plus a re-import
(all rows updated) to show the upsert path.

    .venv/bin/python bench/registry_import.py [--rows 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Зайцев"]
NAMES = ["Иван", "Пётр", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Николай"]
STREETS = ["Ленина", "Мира", "Садовая", "Гагарина", "Советская", "Школьная", "Лесная"]


def make_file(path: Path, rows: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Лицевой счет", "ФИО", "Адрес", "Индекс", "Телефон", "Email", "№ ПУ"])
    for i in range(rows):
        writer.writerow(
            [
                f"{4000000000 + i * 7:010d}",
                f"{rnd.choice(SURNAMES)} {rnd.choice(NAMES)} {rnd.choice(NAMES)}ович",
                f"г. Калининград, ул. {rnd.choice(STREETS)}, д. {rnd.randint(1, 99)}, "
                f"кв. {rnd.randint(1, 200)}",
                f"236{rnd.randint(0, 999):03d}",
                f"8 (9{rnd.randint(0, 99):02d}) {rnd.randint(100, 999)}-{rnd.randint(10, 99)}-"
                f"{rnd.randint(10, 99)}",
                f"user{i}@example.ru" if i % 3 == 0 else "",
                f"{rnd.randint(10**7, 10**8 - 1)}",
            ]
        )
    path.write_bytes(buf.getvalue().encode("cp1251"))


def baseline(path: Path, db_path: Path) -> float:
    start = time.perf_counter()
    text = path.read_bytes().decode("cp1251")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TABLE consumer (account TEXT PRIMARY KEY, full_name TEXT, "
        "address TEXT, postal_code TEXT, phone TEXT, email TEXT, meter TEXT)"
    )
    with conn:
        conn.executemany("INSERT INTO consumer VALUES (?,?,?,?,?,?,?)", rows)
    conn.close()
    return time.perf_counter() - start


def mailroom_import(path: Path, db_url: str, store: Path) -> float:
    env = dict(os.environ, MAILROOM_DB=db_url, MAILROOM_STORE=str(store), PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "app", "db", "upgrade"], env=env, check=True, capture_output=True
    )
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "consumers", "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    print("   ", result.stdout.strip().splitlines()[-1])
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "registry.csv"
        make_file(path, args.rows)
        size_mb = path.stat().st_size / 1e6
        db_url = args.db or f"sqlite:///{folder / 'mailroom.sqlite3'}"
        base = baseline(path, folder / "baseline.sqlite3")
        first = mailroom_import(path, db_url, folder / "store")
        again = mailroom_import(path, db_url, folder / "store")
    print(f"rows: {args.rows}, file: {size_mb:.1f} MB cp1251, database: {db_url.split(':')[0]}")
    print(f"baseline (csv + executemany into bare SQLite): {base:6.2f} s")
    print(
        f"mailroom consumers import, first load:         {first:6.2f} s  "
        f"ratio {first / base:.1f}x baseline"
    )
    print(
        f"mailroom consumers import, re-import (upsert): {again:6.2f} s  "
        f"ratio {again / base:.1f}x baseline"
    )
    print(f"target: 100,000 rows under 30 s -> {'met' if first < 30 and again < 30 else 'MISSED'}")


if __name__ == "__main__":
    main()
