"""``mailroom deadlines …``, ``calendar …``, ``report discipline`` and ``phone add``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app import cli_reports
from app.cli import EXIT_OK, Context, UsageError, out
from app.i18n import translate


def add_commands(sub: Any) -> None:
    deadlines = sub.add_parser("deadlines", help=translate("cli", "due dates of letters"))
    d_sub = deadlines.add_subparsers(dest="deadlines_command", metavar="COMMAND")
    rec = d_sub.add_parser(
        "recompute", help=translate("cli", "recompute due dates from the rules and calendar")
    )
    rec.add_argument("letter_ids", metavar="LETTER_ID", type=int, nargs="*")
    rec.add_argument(
        "--all", action="store_true", help=translate("cli", "every letter whose clock still runs")
    )
    rec.set_defaults(handler=cmd_recompute)

    calendar = sub.add_parser("calendar", help=translate("cli", "the production calendar"))
    c_sub = calendar.add_subparsers(dest="calendar_command", metavar="COMMAND")
    show = c_sub.add_parser("show", help=translate("cli", "days off and working weekends"))
    show.add_argument("year", metavar="YEAR", type=int)
    show.set_defaults(handler=cmd_calendar_show)

    report = sub.add_parser("report", help=translate("cli", "reports"))
    r_sub = report.add_subparsers(dest="report_command", metavar="COMMAND")
    disc = r_sub.add_parser(
        "discipline", help=translate("cli", "execution-discipline report (PDF or XLSX)")
    )
    disc.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg)
    disc.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg)
    disc.add_argument("--out", metavar="FILE", required=True)
    disc.set_defaults(handler=cmd_report_discipline)
    cli_reports.add_report_commands(r_sub)

    phone = sub.add_parser("phone", help=translate("cli", "telephone appeals"))
    p_sub = phone.add_subparsers(dest="phone_command", metavar="COMMAND")
    add = p_sub.add_parser("add", help=translate("cli", "register a call"))
    add.add_argument("--name", required=True)
    add.add_argument("--phone", required=True)
    add.add_argument("--account", default="")
    add.add_argument("--category", default="other")
    add.add_argument("--summary", required=True)
    when = add.add_mutually_exclusive_group()
    when.add_argument(
        "--callback",
        metavar="YYYY-MM-DDTHH:MM",
        type=_moment_arg,
        help=translate("cli", "the callback promised to the caller (local time)"),
    )
    when.add_argument(
        "--answered", action="store_true", help=translate("cli", "answered on the spot")
    )
    add.set_defaults(handler=cmd_phone_add)


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date in the form YYYY-MM-DD: {0}").format(text)
        ) from exc


def _moment_arg(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date and time in the form YYYY-MM-DDTHH:MM: {0}").format(text)
        ) from exc


def cmd_recompute(ctx: Context) -> int:
    from letters.deadlines import DeadlineError, recompute_open

    if not ctx.args.all and not ctx.args.letter_ids:
        raise UsageError(translate("cli", "Name the letters to recompute, or use --all."))
    database = ctx.database()
    try:
        with database.write() as session:
            changed = recompute_open(session, ctx.actor(session), ctx.args.letter_ids)
    except DeadlineError as exc:
        raise UsageError(
            translate("cli", "No letter with id {0}.").format(exc.details.get("letter_id"))
        ) from exc
    out(translate("cli", "Due dates changed for {0} letter(s).").format(changed))
    return EXIT_OK


def cmd_calendar_show(ctx: Context) -> int:
    from letters.calendar import load_calendar

    database = ctx.database()
    with database.read() as session:
        calendar = load_calendar(session)
    days = calendar.year(ctx.args.year)
    working = sum(1 for d in days if d.is_working)
    out(
        translate("cli", "{0}: {1} working days, {2} days off.").format(
            ctx.args.year, working, len(days) - working
        )
    )
    for info in days:
        weekend = info.day.weekday() >= 5
        if info.is_working == (not weekend) and not info.overridden:
            continue  # an ordinary weekday or weekend
        kind = translate("cli", "working") if info.is_working else translate("cli", "day off")
        mark = translate("cli", " (override)") if info.overridden else ""
        out(f"{info.day.isoformat()}\t{kind}{mark}\t{info.reason}")
    return EXIT_OK


def cmd_report_discipline(ctx: Context) -> int:
    from letters import audit
    from letters.discipline import ReportFontMissing, discipline_report, write_report

    path = Path(ctx.args.out)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(
            translate("cli", "The report file must end in .pdf or .xlsx: {0}").format(path)
        )
    today = dt.date.today()
    date_to = ctx.args.date_to or today
    date_from = ctx.args.date_from or date_to.replace(day=1)
    if date_from > date_to:
        raise UsageError(translate("cli", "--from is after --to."))
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        report = discipline_report(session, date_from, date_to, actor=actor)
    try:
        write_report(report, path)
    except ReportFontMissing as exc:
        raise UsageError(
            translate(
                "cli", "No Cyrillic font for the PDF: install fonts-dejavu-core ({0})."
            ).format(exc)
        ) from exc
    except OSError as exc:
        raise UsageError(
            translate("cli", "Cannot write {0}: {1}").format(path, exc.strerror)
        ) from exc
    audit.log(
        database,
        actor,
        "print.discipline",
        "report",
        "discipline",
        {"from": date_from.isoformat(), "to": date_to.isoformat(), "file": path.name},
    )
    out(translate("cli", "Report written to {0}.").format(path))
    return EXIT_OK


def cmd_phone_add(ctx: Context) -> int:
    from letters.phone import PhoneCall, PhoneError, register_call

    call = PhoneCall(
        caller_name=ctx.args.name,
        phone=ctx.args.phone,
        category=ctx.args.category,
        summary=ctx.args.summary,
        account=ctx.args.account,
        answered=ctx.args.answered,
        callback_at=ctx.args.callback,
    )
    messages = {
        "name_required": translate("cli", "The caller's name is required."),
        "summary_required": translate("cli", "The summary is required."),
        "unknown_account": translate("cli", "No consumer with account {0}.").format(call.account),
        "callback_in_past": translate("cli", "The callback time has already passed."),
    }
    database = ctx.database()
    try:
        with database.write() as session:
            result = register_call(session, ctx.actor(session), call)
    except PhoneError as exc:
        raise UsageError(messages.get(exc.code, exc.code)) from exc
    out(translate("cli", "Registered {0}.").format(result.reg_no))
    if result.account:
        out(translate("cli", "Linked to account {0}.").format(result.account))
    elif result.candidates:
        out(translate("cli", "Possible accounts: {0}.").format(", ".join(result.candidates)))
    if result.due_on:
        out(translate("cli", "Answer due by {0}.").format(result.due_on.strftime("%d.%m.%Y")))
    if result.callback_id:
        out(translate("cli", "Callback task {0} created.").format(result.callback_id))
    return EXIT_OK
