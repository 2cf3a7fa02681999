"""Generate a synthetic corpus: consumer registry, scanned-looking letters, ground truth.

    python -m tests.corpus.generate OUT_DIR --letters 100 --consumers 500 --seed 1 \
        [--formats pdf,tiff,jpeg,png] [--dense 5]

writes ``registry.csv`` (Windows-1251, ``;``), ``registry_en.csv`` (UTF-8, ``,``),
``registry.xlsx``, ``letters/…``, ``truth.jsonl`` and, with ``--dense``, ``dense/…``.
The same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.corpus import degrade, people, render
from tests.corpus.letter import CATEGORIES, Sender, compose, drop_yo, random_paragraph
from tests.corpus.registry import (
    make_registry,
    namesake_groups,
    random_account,
    write_registry_csv,
    write_registry_xlsx,
)
from tests.corpus.truth import Truth, load_truth, write_truth

__all__ = [
    "Truth",
    "load_truth",
    "make_dense_pages",
    "make_letters",
    "make_registry",
    "mistype_account",
    "write_registry_csv",
    "write_registry_xlsx",
]

CATEGORY_WEIGHTS = {
    "recalculation": 14,
    "meter_readings": 16,
    "meter_service": 10,
    "billing": 14,
    "disconnection": 8,
    "power_quality": 8,
    "contract": 8,
    "connection": 6,
    "complaint": 8,
    "other": 8,
}
assert set(CATEGORY_WEIGHTS) == set(CATEGORIES)
# Digits that a tired typist or a smudged copy swaps for each other.
CONFUSABLE = {"0": "8", "1": "7", "3": "8", "5": "6", "6": "5", "7": "1", "8": "3", "9": "4"}


def mistype_account(account: str, rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """A near miss of ``account`` that is nobody's account: (printed, how)."""
    for _ in range(100):
        how = rng.choice(["substitution", "transposition", "confusion"])
        digits = list(account)
        if how == "transposition":
            pairs = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]]
            if not pairs:
                continue
            i = rng.choice(pairs)
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
        elif how == "confusion":
            spots = [i for i, d in enumerate(digits) if d in CONFUSABLE]
            if not spots:
                continue
            i = rng.choice(spots)
            digits[i] = CONFUSABLE[digits[i]]
        else:
            i = rng.randrange(len(digits))
            digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
        printed = "".join(digits)
        if printed != account and printed[0] != "0" and printed not in taken:
            return printed, how
    raise RuntimeError(f"cannot mistype {account}")


def _kinds(n: int, rng: random.Random) -> list[str]:
    tenth = round(n * 0.1)
    kinds = ["no_account"] * tenth + ["mistyped"] * tenth + ["not_consumer"] * tenth
    kinds += ["exact"] * (n - len(kinds))
    rng.shuffle(kinds)
    return kinds


def _sender_for(
    kind: str,
    registry: list[dict[str, str]],
    groups: dict[str, list[int]],
    names: set[str],
    rng: random.Random,
) -> tuple[Sender, dict[str, str] | None]:
    if kind == "not_consumer":
        sender = Sender(
            full_name=people.random_person(rng),
            address=people.random_address(rng),
            phone=people.random_phone(rng),
            email=None,
            meter_no=str(rng.randint(10_000_000, 99_999_999)),
        )
        while sender.full_name in names:
            sender.full_name = people.random_person(rng)
        if rng.random() < 0.4:
            sender.email = people.random_email(sender.full_name, rng)
        return sender, None
    if kind == "no_account" and groups and rng.random() < 0.4:
        row = registry[rng.choice(rng.choice(sorted(groups.values())))]
    else:
        row = registry[rng.randrange(len(registry))]
    email = row["email"] if row["email"] and rng.random() < 0.5 else None
    return Sender(
        full_name=row["full_name"],
        address=people.Address.parse(row["address"], row["postal_code"]),
        phone=row["phone"] if rng.random() < 0.8 else people.random_phone(rng),
        email=email,
        meter_no=row["meter_no"],
    ), row


@dataclass
class _Ctx:
    seed: int
    registry: list[dict[str, str]]
    formats: Sequence[str]
    dpi_choices: Sequence[int]
    multipage_share: float
    letters_dir: Path
    groups: dict[str, list[int]] = field(init=False)
    names: set[str] = field(init=False)
    shorts: set[str] = field(init=False)
    accounts: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.groups = namesake_groups(self.registry)
        self.names = {r["full_name"] for r in self.registry}
        self.shorts = {people.short_name(n) for n in self.names}
        self.accounts = {r["account"] for r in self.registry}


def _one_letter(i: int, kind: str, ctx: _Ctx) -> Truth:
    rng = random.Random(f"letter-{ctx.seed}-{i}")
    sender, row = _sender_for(kind, ctx.registry, ctx.groups, ctx.names, rng)
    accounts, formats, dpi_choices = ctx.accounts, ctx.formats, ctx.dpi_choices
    if rng.random() < 0.1:
        sender.phone = None
    account_true = row["account"] if row else None
    printed: str | None = None
    how = None
    if kind == "exact":
        printed = account_true
    elif kind == "mistyped" and account_true:
        printed, how = mistype_account(account_true, rng, accounts)
    elif kind == "not_consumer" and rng.random() < 0.25:
        printed = random_account(rng)
        while printed in accounts:
            printed = random_account(rng)

    category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
    letter_date = dt.date(2025, 1, 9) + dt.timedelta(days=rng.randint(0, 350))
    multi_formats = [f for f in formats if f in degrade.MULTIPAGE_FORMATS]
    target = rng.choice([2, 2, 3]) if multi_formats and rng.random() < ctx.multipage_share else 1
    fmt = rng.choice(multi_formats if target > 1 else list(formats))
    dpi = rng.choice(list(dpi_choices))
    style = render.Style.random(rng)
    compose_seed = rng.getrandbits(64)
    no_yo = rng.random() < 0.35

    fillers, table = 0, target == 3
    while True:
        doc, facts = compose(
            random.Random(compose_seed), sender, category, printed, letter_date, fillers, table
        )
        if no_yo:
            drop_yo(doc, facts)
        pages = render.layout_letter(doc, style, dpi)
        if len(pages) >= target or (fillers >= 12 and table):
            break
        if fillers >= 12:
            table = True
        fillers = min(fillers + 2, 12)

    images = render.draw_pages(pages, style, dpi, rng)
    plans = degrade.plan_pages(rng, len(images))
    images = [degrade.apply(img, plan, rng, dpi) for img, plan in zip(images, plans, strict=True)]
    name = f"letter_{i + 1:04d}{degrade.EXTENSIONS[fmt]}"
    stamp = time.struct_time((*letter_date.timetuple()[:6], 0, 1, 0))
    enc_labels = degrade.save(images, ctx.letters_dir / name, fmt, dpi, rng, stamp)
    labels = sorted({lab for p in plans for lab in p.labels() if not lab.startswith("skew")})
    if any(p.skew for p in plans):
        labels.insert(0, "skew")
    short = people.short_name(sender.full_name)
    return Truth(
        file=f"letters/{name}",
        format=fmt,
        pages=len(images),
        dpi=dpi,
        kind=kind,
        category=category,
        sender_name=sender.full_name,
        sender_name_printed=facts.name_printed,
        sender_address=facts.address_printed,
        sender_postal_code=facts.postal_code,
        sender_phone=facts.phone,
        sender_phone_printed=facts.phone_printed,
        sender_email=facts.email,
        account_printed=printed,
        account_true=account_true,
        account_place=facts.account_place,
        mistype=how,
        has_namesake=short in ctx.groups if row else short in ctx.shorts,
        letter_date=letter_date.isoformat(),
        key_phrases=facts.key_phrases,
        readings=facts.readings,
        degradations=labels + enc_labels,
        page_rotations=[p.rotation for p in plans],
        page_skews=[p.skew for p in plans],
        text="\f".join(p.text() for p in pages),
    )


def make_letters(
    registry: list[dict[str, str]],
    n: int,
    seed: int,
    out_dir: str | Path,
    formats: Sequence[str] = ("pdf", "tiff", "jpeg", "png"),
    dpi_choices: Sequence[int] = (200, 300),
    multipage_share: float = 0.15,
) -> list[Truth]:
    """Write ``n`` letters to ``out_dir/letters/`` and their truth to ``out_dir/truth.jsonl``.

    About 70 % print the exact account, 10 % none, 10 % a mistyped one and 10 % come
    from people who are not in ``registry``. JPEG and PNG letters are single-page.
    """
    unknown = set(formats) - set(degrade.EXTENSIONS)
    if unknown or not formats:
        raise ValueError(f"unknown formats: {sorted(unknown)}")
    out = Path(out_dir)
    letters_dir = out / "letters"
    letters_dir.mkdir(parents=True, exist_ok=True)
    ctx = _Ctx(seed, registry, formats, dpi_choices, multipage_share, letters_dir)
    kinds = _kinds(n, random.Random(f"kinds-{seed}"))
    records = [_one_letter(i, kinds[i], ctx) for i in range(n)]
    write_truth(records, out / "truth.jsonl")
    return records


def make_dense_pages(n: int, seed: int, out_dir: str | Path, dpi: int = 300) -> list[Path]:
    """Full A4 pages of small text, skewed and noisy, as PNG (the OCR speed benchmark).

    Also writes ``dense_truth.jsonl`` with each page's text, skew and noise.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths, lines = [], []
    for i in range(n):
        rng = random.Random(f"dense-{seed}-{i}")
        style = render.Style.random(rng, dense=True)
        lay = render.Layout(style, dpi)
        width = lay.right - lay.left
        indent = render.mm_to_px(12.5, dpi)
        while len(lay.pages) == 1:
            lay.paragraph(random_paragraph(rng), lay.left, width, indent, justify=style.justify)
        page = lay.pages[0]
        image = render.draw_pages([page], style, dpi, rng)[0]
        plan = degrade.PagePlan(skew=degrade.random_skew(rng, 3.0), noise=rng.uniform(5, 12))
        image = degrade.apply(image, plan, rng, dpi)
        path = out / f"dense_{i + 1:03d}.png"
        image.save(path, "PNG", dpi=(dpi, dpi), compress_level=3)
        paths.append(path)
        lines.append(
            {
                "file": path.name,
                "skew": plan.skew,
                "noise": round(plan.noise, 1),
                "text": page.text(),
            }
        )
    with open(out / "dense_truth.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.corpus.generate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--letters", type=int, default=100)
    parser.add_argument("--consumers", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="pdf,tiff,jpeg,png")
    parser.add_argument("--dpi", default="200,300", help="comma-separated dpi choices")
    parser.add_argument("--dense", type=int, default=0, help="dense A4 pages for the benchmark")
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    registry = make_registry(args.consumers, args.seed)
    write_registry_csv(registry, out / "registry.csv")
    write_registry_csv(
        registry, out / "registry_en.csv", encoding="utf-8", delimiter=",", russian_headers=False
    )
    write_registry_xlsx(registry, out / "registry.xlsx")
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    dpis = [int(d) for d in args.dpi.split(",")]
    records = make_letters(registry, args.letters, args.seed, out, formats, dpis)
    if args.dense:
        make_dense_pages(args.dense, args.seed, out / "dense")
    pages = sum(r.pages for r in records)
    print(
        f"{len(registry)} consumers, {len(records)} letters ({pages} pages), "
        f"{args.dense} dense pages in {time.monotonic() - started:.1f} s -> {out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
