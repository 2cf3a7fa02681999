"""``mailroom import``, ``watch`` and ``separator-sheet``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, EXIT_PARTIAL, Context, UsageError, err, existing_path, out
from app.cli_commands import _date_arg
from app.i18n import translate

MAX_PAGES = 2000  # letters.capture.MAX_PAGES, without importing the pipeline for --help


def add_commands(sub: Any) -> None:
    imp = sub.add_parser("import", help=translate("cli", "register scanned letters"))
    imp.add_argument("paths", metavar="PATH", nargs="+")
    _import_options(imp)
    imp.set_defaults(handler=cmd_import)

    watch = sub.add_parser(
        "watch", help=translate("cli", "watch a hot folder and register what arrives")
    )
    watch.add_argument("folder", metavar="DIR")
    _import_options(watch)
    watch.add_argument(
        "--interval",
        type=float,
        default=2.0,
        help=translate("cli", "seconds between looks at the folder"),
    )
    watch.add_argument(
        "--once", action="store_true", help=translate("cli", "take what is ready now, then stop")
    )
    watch.set_defaults(handler=cmd_watch)

    sep = sub.add_parser(
        "separator-sheet", help=translate("cli", "print separator sheets for --split barcode")
    )
    sep.add_argument("output", metavar="OUT.pdf")
    sep.add_argument("--count", type=int, default=1)
    sep.set_defaults(handler=cmd_separator_sheet)


def _import_options(parser: Any) -> None:
    parser.add_argument(
        "--jobs",
        type=_whole_number(0, 256),
        default=0,
        help=translate("cli", "OCR worker processes (default: one per core)"),
    )
    parser.add_argument(
        "--received",
        metavar="YYYY-MM-DD",
        type=_date_arg,
        help=translate("cli", "date the letters were received (default: today)"),
    )
    parser.add_argument(
        "--channel", default="post", choices=("post", "phone", "internet", "email", "in_person")
    )
    parser.add_argument(
        "--split",
        default="none",
        choices=("none", "blank", "barcode"),
        help=translate("cli", "cut a batch into letters at blank pages or at separator sheets"),
    )
    parser.add_argument(
        "--quarantine",
        metavar="DIR",
        help=translate("cli", "where unusable files are kept with their reasons"),
    )
    parser.add_argument(
        "--max-pages",
        type=_whole_number(1, 1_000_000),
        default=MAX_PAGES,
        metavar="N",
        help=translate("cli", "refuse a file of more pages than this (default: {0})").format(
            MAX_PAGES
        ),
    )
    parser.add_argument(
        "--lang-ocr",
        default="rus+eng",
        metavar="LANGS",
        help=translate("cli", "tesseract languages (default: rus+eng)"),
    )


def _whole_number(low: int, high: int) -> Any:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("cli", "not a whole number from {0} to {1}: {2}").format(low, high, text)
            )
        return value

    return parse


def reason_text(code: str, detail: str) -> str:
    texts = {
        "empty": translate("cli", "the file is empty"),
        "truncated": translate("cli", "the file is damaged or truncated"),
        "encrypted": translate("cli", "the PDF is encrypted or password-protected"),
        "too_large": translate(
            "cli", "the image is implausibly large (possible decompression bomb)"
        ),
        "unsupported": translate("cli", "unsupported file type"),
        "wrong_extension": translate("cli", "the file extension does not match its content"),
        "unreadable": translate("cli", "the file cannot be read"),
        "ocr_failed": translate("cli", "text recognition failed"),
        "no_pages": translate("cli", "no letter pages (only blank or separator pages)"),
        "too_small": translate("cli", "the image is too small to be a page"),
        "broken_link": translate("cli", "the link leads nowhere: its target is missing or loops"),
        "not_a_file": translate("cli", "not a regular file (a pipe, socket or device)"),
        "too_many_pages": translate(
            "cli", "too many pages for one file: split it, or raise the limit with --max-pages"
        ),
    }
    text = texts.get(code, code)
    return f"{text} ({detail})" if detail else text


class ProgressPrinter:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p: Any) -> None:
        now = time.monotonic()
        if not self.tty and now - self.last < 5 and p.pages_done < p.pages_total:
            return
        self.last = now
        width = 30
        filled = int(width * p.pages_done / p.pages_total) if p.pages_total else 0
        eta = p.eta_seconds
        eta_text = f"{int(eta // 60)}:{int(eta % 60):02d}" if eta is not None else "–"
        line = translate(
            "cli", "[{bar}] {done}/{total} pages, {rate:.1f} pages/s, left {eta}"
        ).format(
            bar="#" * filled + "-" * (width - filled),
            done=p.pages_done,
            total=p.pages_total,
            rate=p.pages_per_second,
            eta=eta_text,
        )
        sys.stderr.write(("\r" if self.tty else "") + line + ("" if self.tty else "\n"))
        sys.stderr.flush()


def _actor(ctx: Context) -> Any:
    database = ctx.database()
    try:
        with database.write() as session:
            return ctx.actor(session)
    finally:
        database.dispose()


def _options(ctx: Context, quarantine_default: Path) -> Any:
    from letters.capture import ImportOptions

    quarantine = Path(ctx.args.quarantine) if ctx.args.quarantine else quarantine_default
    try:  # now, not at the first bad file halfway through the batch
        quarantine.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            translate("cli", "Cannot use the quarantine folder {0}: {1}").format(
                quarantine, exc.strerror or exc
            )
        ) from exc
    return ImportOptions(
        received_on=ctx.args.received,
        channel=ctx.args.channel,
        split=ctx.args.split,
        jobs=ctx.args.jobs,
        lang=ctx.args.lang_ocr,
        quarantine_dir=quarantine,
        actor=_actor(ctx),
        max_pages=ctx.args.max_pages,
        reason_text=reason_text,
    )


def _run_import(ctx: Context, paths: list[Path], options: Any) -> Any:
    from letters.capture import import_files
    from ocr.tesseract import TesseractMissing

    database = ctx.database()
    try:
        report = import_files(database, ctx.store(), paths, options, progress=ProgressPrinter())
    except TesseractMissing as exc:
        raise UsageError(translate("cli", "Tesseract OCR is not ready: {0}").format(exc)) from exc
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    return report


def _print_report(report: Any) -> int:
    from letters.quarantine import printable_text

    for o in report.outcomes:
        path = printable_text(str(o.path))  # undecodable bytes, newlines in file names
        if o.status == "registered":
            out(translate("cli", "{0}: registered as {1}").format(path, ", ".join(o.reg_nos)))
        elif o.status == "duplicate":
            out(
                translate("cli", "{0}: already registered as {1}").format(
                    path, ", ".join(o.reg_nos)
                )
            )
        elif o.status == "quarantined":
            out(translate("cli", "{0}: quarantined: {1}").format(path, printable_text(o.reason)))
        elif o.status == "cancelled":
            out(translate("cli", "{0}: not processed (cancelled)").format(path))
    rate = report.pages / report.seconds * 60 if report.seconds else 0.0
    out(
        translate(
            "cli",
            "Letters registered: {0}; files: {1} registered, {2} duplicates, "
            "{3} quarantined; {4} pages in {5:.1f} s ({6:.1f} pages/min).",
        ).format(
            report.letters,
            report.count("registered"),
            report.count("duplicate"),
            report.count("quarantined"),
            report.pages,
            report.seconds,
            rate,
        )
    )
    bad = report.count("quarantined") + report.count("duplicate") + report.count("cancelled")
    return EXIT_PARTIAL if bad else EXIT_OK


def cmd_import(ctx: Context) -> int:
    from db.engine import data_dir

    paths = [existing_path(p) for p in ctx.args.paths]
    report = _run_import(ctx, paths, _options(ctx, data_dir() / "quarantine"))
    return _print_report(report)


def cmd_watch(ctx: Context) -> int:
    from letters.hotfolder import stable_files

    folder = existing_path(ctx.args.folder)
    options = _options(ctx, folder / "quarantine")
    options.done_dir = folder / "done"
    options.move_bad = True
    out(translate("cli", "Watching {0}; press Ctrl+C to stop.").format(folder))
    seen: dict[Path, tuple[int, int]] = {}
    worst = EXIT_OK
    looks = 0
    try:
        while True:
            ready = stable_files(folder, seen)
            looks += 1
            if ready:
                worst = max(worst, _print_report(_run_import(ctx, ready, options)))
            if ctx.args.once and looks >= 2:  # a file must look the same twice
                return worst
            time.sleep(ctx.args.interval)
    except KeyboardInterrupt:
        err(translate("cli", "Stopped."))
        return worst


def cmd_separator_sheet(ctx: Context) -> int:
    from ocr.separators import write_separator_sheets

    target = Path(ctx.args.output)
    write_separator_sheets(target, count=max(1, ctx.args.count))
    out(translate("cli", "Separator sheets written to {0}.").format(target))
    return EXIT_OK
