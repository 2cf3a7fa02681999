"""``mailroom report statistics`` and ``consumers bundle``: statistics with charts, and a
consumer's whole correspondence as one PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, out
from app.i18n import translate
from app.output import write_file


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(translate("cli", "Not a date (YYYY-MM-DD): {0}").format(text)) from exc


def add_report_commands(r_sub: Any) -> None:
    stats = r_sub.add_parser(
        "statistics",
        help=translate("cli", "appeals by category, channel and month, with charts (PDF or XLSX)"),
    )
    stats.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg)
    stats.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg)
    stats.add_argument("--out", metavar="FILE", required=True)
    stats.set_defaults(handler=cmd_report_statistics)


def add_consumer_commands(c_sub: Any) -> None:
    bundle = c_sub.add_parser(
        "bundle", help=translate("cli", "a consumer's whole correspondence as one PDF")
    )
    bundle.add_argument("account", metavar="ACCOUNT")
    bundle.add_argument("--out", metavar="FILE.pdf", required=True)
    bundle.set_defaults(handler=cmd_consumers_bundle)


def _write(path: Path, data: bytes) -> None:
    try:
        write_file(path, data)
    except OSError as exc:
        raise UsageError(
            translate("cli", "Cannot write {0}: {1}").format(path, exc.strerror)
        ) from exc


def _font_missing(exc: Exception) -> UsageError:
    return UsageError(
        translate("cli", "No Cyrillic font for the PDF: install fonts-dejavu-core ({0}).").format(
            exc
        )
    )


def cmd_report_statistics(ctx: Context) -> int:
    from letters import audit
    from letters.journals import FontMissing
    from letters.settings import load_requisites
    from letters.statistics import collect, statistics_pdf, statistics_xlsx

    path = Path(ctx.args.out)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(
            translate("cli", "The report file must end in .pdf or .xlsx: {0}").format(path)
        )
    date_to = ctx.args.date_to or dt.date.today()
    date_from = ctx.args.date_from or date_to.replace(month=1, day=1)
    if date_from > date_to:
        raise UsageError(translate("cli", "--from is after --to."))
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        stats = collect(session, date_from, date_to, actor=actor)
        organisation = load_requisites(session).name
    try:
        if path.suffix.lower() == ".pdf":
            data = statistics_pdf(stats, organisation)
        else:
            data = statistics_xlsx(stats)
    except FontMissing as exc:
        raise _font_missing(exc) from exc
    _write(path, data)
    audit.log(
        database,
        actor,
        "print.statistics",
        "report",
        "statistics",
        {"from": date_from.isoformat(), "to": date_to.isoformat(), "file": path.name},
    )
    out(translate("cli", "Report written to {0}.").format(path))
    return EXIT_OK


def cmd_consumers_bundle(ctx: Context) -> int:
    from letters import audit
    from letters.bundle import BundleError, consumer_bundle
    from letters.consumers import clean_account
    from letters.journals import FontMissing

    account = clean_account(ctx.args.account)
    path = Path(ctx.args.out)
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    try:
        with database.read() as session:
            report = consumer_bundle(session, ctx.store(), account, actor=actor)
    except BundleError as exc:
        if exc.code == "unknown_account":
            message = translate("cli", "No consumer with account {0}.").format(account)
            raise UsageError(message) from exc
        raise UsageError(
            translate("cli", "The consumer {0} has no correspondence yet.").format(account)
        ) from exc
    except FontMissing as exc:
        raise _font_missing(exc) from exc
    _write(path, report.pdf)
    audit.log(
        database,
        actor,
        "export.bundle",
        "consumer",
        account,
        {"letters": report.letters, "replies": report.replies, "file": path.name},
    )
    out(
        translate("cli", "{0}: {1} appeals, {2} replies, {3} pages.").format(
            path, report.letters, report.replies, report.pages
        )
    )
    return EXIT_OK
