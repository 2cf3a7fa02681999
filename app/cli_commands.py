"""``mailroom db …``, ``consumers …`` and ``export`` commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import cli_reports
from app.cli import EXIT_OK, EXIT_PARTIAL, Context, UsageError, existing_path, out
from app.i18n import translate

Tr = Callable[[str], str]


def add_commands(sub: Any) -> None:
    db = sub.add_parser("db", help=translate("cli", "database maintenance"))
    db_sub = db.add_subparsers(dest="db_command", metavar="COMMAND")
    up = db_sub.add_parser("upgrade", help=translate("cli", "apply database migrations"))
    up.set_defaults(handler=cmd_db_upgrade)

    consumers = sub.add_parser("consumers", help=translate("cli", "the consumer registry"))
    c_sub = consumers.add_subparsers(dest="consumers_command", metavar="COMMAND")
    imp = c_sub.add_parser(
        "import", help=translate("cli", "import a registry export (CSV or XLSX)")
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--partial",
        action="store_true",
        help=translate(
            "cli", "the file is not a full export: do not close accounts missing from it"
        ),
    )
    imp.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "cli", "close accounts even when more than half of them are missing from the file"
        ),
    )
    imp.set_defaults(handler=cmd_consumers_import)
    find = c_sub.add_parser(
        "find", help=translate("cli", "find consumers by account, name or address")
    )
    find.add_argument("text", metavar="TEXT", nargs="+")
    find.add_argument("--limit", type=int, default=20)
    find.set_defaults(handler=cmd_consumers_find)
    cli_reports.add_consumer_commands(c_sub)

    exp = sub.add_parser("export", help=translate("cli", "export letters, one per line"))
    exp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    exp.add_argument("--since", metavar="YYYY-MM-DD", type=_date_arg)
    exp.add_argument(
        "--output", "-o", metavar="FILE", help=translate("cli", "write to FILE, not stdout")
    )
    exp.set_defaults(handler=cmd_export)


# Dates as far as the register can mean them: 0001-01-01 or 9999-12-31 (the user's "from
# the beginning", "to the end") would overflow once shifted to UTC or to the next day.
DATE_RANGE = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))


def _date_arg(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date in the form YYYY-MM-DD: {0}").format(text)
        ) from exc
    return min(max(day, DATE_RANGE[0]), DATE_RANGE[1])


def cmd_db_upgrade(ctx: Context) -> int:
    from db.migrate import current_revision

    database = ctx.database(migrate=True)
    out(
        translate("cli", "Database {0} is at revision {1}.").format(
            database.describe(), current_revision(database.engine)
        )
    )
    return EXIT_OK


def row_error_text(code: str, value: str) -> str:
    texts = {
        "missing_account": translate("cli", "no account"),
        "bad_account": translate("cli", "the account must be 5 to 20 digits: {value}"),
        "duplicate_account": translate("cli", "account {value} is repeated in the file"),
        "missing_name": translate("cli", "no full name for account {value}"),
        "too_long": translate("cli", "a value is too long to store for account {value}"),
        "formula": translate(
            "cli",
            "a formula without a calculated value: {value} (open the file in Excel and save it)",
        ),
    }
    return texts.get(code, code).format(value=value)


def cmd_consumers_import(ctx: Context) -> int:
    from letters.consumers import TooManyClosures, import_registry
    from letters.tabular import RegistryFileError

    path = existing_path(ctx.args.file)
    database = ctx.database()
    try:
        with database.write() as session:
            report = import_registry(
                session, ctx.actor(session), path, full=not ctx.args.partial, force=ctx.args.force
            )
    except RegistryFileError as exc:
        messages = {
            "no_header": translate("cli", "No recognised column headers in {0}."),
            "no_account_column": translate("cli", "No account column in {0}."),
            "unreadable": translate("cli", "Cannot read {0}: not a CSV or XLSX file."),
        }
        text = messages.get(exc.code, "{0}").format(path.name)
        if exc.code == "no_header":
            text += " " + translate(
                "cli",
                "Expected a header row with columns such as «Лицевой счёт», «ФИО» and "
                "«Адрес»; a CSV file must be in UTF-8 or Windows-1251.",
            )
        raise UsageError(text) from exc
    except TooManyClosures as exc:
        raise UsageError(
            translate(
                "cli",
                "The file would close {0} of {1} active accounts; nothing was imported. "
                "Use --partial for a partial file, or --force if this is right.",
            ).format(exc.would_close, exc.active)
        ) from exc
    for error in report.rejected:
        out(
            translate("cli", "Row {0}: rejected: {1}").format(
                error.line, row_error_text(error.code, error.value)
            )
        )
    out(
        translate(
            "cli", "Rows: {0}; new: {1}; updated: {2}; reopened: {3}; closed: {4}; rejected: {5}."
        ).format(
            report.rows,
            report.inserted,
            report.updated,
            report.reopened,
            report.closed,
            len(report.rejected),
        )
    )
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def cmd_consumers_find(ctx: Context) -> int:
    from letters.consumers import find_consumers

    database = ctx.database()
    with database.read() as session:
        limit = min(ctx.args.limit, 10_000)  # SQL integers end at 2**63
        found = find_consumers(session, " ".join(ctx.args.text), limit=limit)
    closed = translate("cli", "closed")
    for c in found:
        out("\t".join([c.account, c.full_name, c.address, c.phone, "" if c.active else closed]))
    if not found:
        out(translate("cli", "Nothing found."))
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    from letters import audit
    from letters.export import iter_records, write_csv, write_jsonl

    database = ctx.database()
    writer = write_jsonl if ctx.args.format == "jsonl" else write_csv
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        records = iter_records(session, since=ctx.args.since, actor=actor)
        if ctx.args.output:
            with Path(ctx.args.output).open("w", encoding="utf-8", newline="") as fh:
                count = writer(records, fh)
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            count = writer(records, sys.stdout)
    since = ctx.args.since.isoformat() if ctx.args.since else None
    audit.log(
        database,
        actor,
        "export",
        "letter",
        "",
        {"format": ctx.args.format, "since": since, "records": count},
    )
    return EXIT_OK
