#!/usr/bin/env python3
"""Benchmark: accuracy of the capture pipeline on a generated set with ground truth.

Generates letters and a matching registry (tests/corpus), runs the real import
(``letters.capture.import_files``: preparation, tesseract, extraction, classification,
linking, registration), then compares the register with the truth:
- OCR character error rate;
- per field: precision (of what was extracted, how much is right) and recall (of what is
  printed, how much was extracted right);
- linking: precision of automatic links, their coverage of letters whose sender is in the
  registry, and how often the true account is among the top 3 suggestions.

    .venv/bin/python bench/accuracy.py [--letters 200] [--consumers 3000] [--seed 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.metrics import cer, normalise  # noqa: E402

TARGETS = {
    "auto link precision": 0.995,
    "auto link coverage": 0.90,
    "true account in top 3": 0.98,
    "account exact": 0.98,
    "phone": 0.95,
    "category": 0.90,
}


class FieldScore:
    def __init__(self) -> None:
        self.extracted = self.right = self.printed = self.found_right = 0

    def add(self, truth: str | None, got: str | None, same: bool) -> None:
        if got:
            self.extracted += 1
            self.right += int(bool(truth) and same)
        if truth:
            self.printed += 1
            self.found_right += int(bool(got) and same)

    @property
    def precision(self) -> float:
        return self.right / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found_right / self.printed if self.printed else 1.0


def run(letters: int, consumers: int, seed: int) -> dict[str, Any]:
    from sqlalchemy import select

    from db.engine import Database
    from db.migrate import upgrade
    from db.models import Letter
    from db.store import FileStore
    from letters.actors import resolve_actor
    from letters.capture import ImportOptions, import_files
    from letters.consumers import import_registry
    from letters.export import iter_records
    from tests.corpus.generate import make_letters, make_registry, write_registry_csv

    with tempfile.TemporaryDirectory(prefix="mailroom-accuracy-") as tmp:
        folder = Path(tmp)
        registry = make_registry(consumers, seed)
        write_registry_csv(registry, folder / "registry.csv")
        truths = make_letters(registry, letters, seed, folder)
        database = Database(f"sqlite:///{folder / 'm.sqlite3'}")
        upgrade(database.engine)
        with database.write() as session:
            admin = resolve_actor(session, None)
            import_registry(session, admin, folder / "registry.csv")
        started = time.perf_counter()
        report = import_files(
            database,
            FileStore(folder / "store"),
            [folder / "letters"],
            ImportOptions(quarantine_dir=folder / "q"),
        )
        seconds = time.perf_counter() - started
        with database.read() as session:
            records = {r["source_files"][0]: r for r in iter_records(session, actor=admin)}
            captured = dict(session.execute(select(Letter.reg_no, Letter.account_captured)).all())
        for record in records.values():  # what was read, before linking (not in the export)
            record["account_captured"] = captured.get(record["reg_no"], "")
        truth_rows = [json.loads(x) for x in (folder / "truth.jsonl").read_text().splitlines()]
    return {
        "truth": truth_rows,
        "records": records,
        "seconds": seconds,
        "pages": report.pages,
        "count": len(truths),
    }


def evaluate(truth_rows: list[dict[str, Any]], records: dict[str, Any]) -> dict[str, Any]:
    fields = {k: FieldScore() for k in ("name", "phone", "email", "account", "postal_code")}
    cats = Counter()
    link = Counter()
    cer_sum = cer_len = 0.0
    for t in truth_rows:
        r = records.get(Path(t["file"]).name)
        if r is None:
            link["missing"] += 1
            continue
        length = len(normalise(t["text"]))
        cer_sum += cer(t["text"], r["text"]) * length
        cer_len += length
        s = r["sender"]
        fields["name"].add(
            t["sender_name"], s["name"], normalise(t["sender_name"] or "") == normalise(s["name"])
        )
        fields["phone"].add(t["sender_phone"], s["phone"], t["sender_phone"] == s["phone"])
        fields["email"].add(
            t["sender_email"], s["email"], (t["sender_email"] or "").lower() == s["email"].lower()
        )
        got_account = _captured_account(r)
        fields["account"].add(
            t["account_printed"], got_account, got_account == t["account_printed"]
        )
        fields["postal_code"].add(
            t["sender_postal_code"],
            _postal(s["address"]),
            t["sender_postal_code"] == _postal(s["address"]),
        )
        cats["total"] += 1
        cats["right"] += int(r["category"] == t["category"])
        true_account = t["account_true"]
        status = r["link"]["status"]
        if status == "auto":
            link["auto"] += 1
            link["auto_right"] += int(r["account"] == true_account)
        if true_account:
            link["in_registry"] += 1
            link["auto_in_registry"] += int(status == "auto" and r["account"] == true_account)
            top3 = [c["account"] for c in r["candidates"][:3]]
            link["top3"] += int(true_account in top3 or r["account"] == true_account)
        else:
            link["not_in_registry"] += 1
            link["wrong_auto_stranger"] += int(status == "auto")
    return {
        "cer": cer_sum / cer_len if cer_len else 0.0,
        "fields": {k: (v.precision, v.recall, v.printed) for k, v in fields.items()},
        "category": cats["right"] / max(1, cats["total"]),
        "auto_precision": link["auto_right"] / link["auto"] if link["auto"] else 1.0,
        "auto_coverage": link["auto_in_registry"] / max(1, link["in_registry"]),
        "top3": link["top3"] / max(1, link["in_registry"]),
        "counts": dict(link),
    }


def _captured_account(record: dict[str, Any]) -> str:
    return str(record.get("account_captured") or "")


def _postal(address: str) -> str:
    import re

    found = re.findall(r"(?<!\d)\d{6}(?!\d)", address or "")
    return found[0] if found else ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--consumers", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    data = run(args.letters, args.consumers, args.seed)
    result = evaluate(data["truth"], data["records"])
    print(
        f"letters: {data['count']} ({data['pages']} pages), registry: {args.consumers}, "
        f"seed {args.seed}; import {data['seconds']:.0f} s"
    )
    print(f"OCR character error rate: {result['cer']:.2%}")
    for name, (precision, recall, printed) in result["fields"].items():
        print(
            f"field {name:12s} precision {precision:7.2%}  recall {recall:7.2%}  "
            f"(printed in {printed})"
        )
    print(f"category accuracy: {result['category']:.2%}")
    print(f"auto links correct: {result['auto_precision']:.2%}")
    print(f"auto links cover (sender in registry): {result['auto_coverage']:.2%}")
    print(f"true account in top 3: {result['top3']:.2%}")
    print(f"counts: {result['counts']}")
    checks = {
        "auto link precision": result["auto_precision"],
        "auto link coverage": result["auto_coverage"],
        "true account in top 3": result["top3"],
        "account exact": result["fields"]["account"][1],
        "phone": result["fields"]["phone"][1],
        "category": result["category"],
    }
    for name, value in checks.items():
        verdict = "met" if value >= TARGETS[name] else "MISSED"
        print(f"target {name}: {value:.2%} vs {TARGETS[name]:.1%} -> {verdict}")


if __name__ == "__main__":
    main()
