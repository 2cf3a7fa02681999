"""``mailroom archive …``: nomenclature, filing, retention and destruction acts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, out
from app.cli_commands import _date_arg
from app.i18n import translate
from app.output import write_file


def add_archive_commands(sub: Any) -> None:
    archive = sub.add_parser("archive", help=translate("cli", "cases, retention, destruction"))
    a_sub = archive.add_subparsers(dest="archive_command", metavar="COMMAND")
    a_sub.add_parser(
        "nomenclature", help=translate("cli", "list the nomenclature of cases")
    ).set_defaults(handler=cmd_nomenclature)

    file = a_sub.add_parser("file", help=translate("cli", "file closed letters into a case"))
    file.add_argument("reg_nos", metavar="REG_NO", nargs="+")
    file.add_argument("--case", metavar="INDEX", help=translate("cli", "nomenclature index"))
    file.add_argument("--year", type=int, help=translate("cli", "year of the case"))
    file.set_defaults(handler=cmd_file)

    due = a_sub.add_parser("due", help=translate("cli", "letters due for destruction"))
    due.add_argument("--on", metavar="YYYY-MM-DD", type=_date_arg)
    due.set_defaults(handler=cmd_due)

    act = a_sub.add_parser("act", help=translate("cli", "destruction acts"))
    act_sub = act.add_subparsers(dest="act_command", metavar="COMMAND")
    create = act_sub.add_parser("create", help=translate("cli", "draft an act of what is due"))
    create.add_argument("--on", metavar="YYYY-MM-DD", type=_date_arg)
    create.set_defaults(handler=cmd_act_create)
    act_sub.add_parser("list", help=translate("cli", "list the acts")).set_defaults(
        handler=cmd_act_list
    )
    cancel = act_sub.add_parser("cancel", help=translate("cli", "cancel a draft act"))
    cancel.add_argument("number", metavar="NUMBER")
    cancel.set_defaults(handler=cmd_act_cancel)
    confirm = act_sub.add_parser(
        "confirm", help=translate("cli", "confirm an act: destroy scans and personal data")
    )
    confirm.add_argument("number", metavar="NUMBER")
    confirm.add_argument("--output", "-o", metavar="FILE.pdf")
    confirm.set_defaults(handler=cmd_act_confirm)
    pdf = act_sub.add_parser("pdf", help=translate("cli", "save a confirmed act as PDF"))
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument("--output", "-o", metavar="FILE.pdf", required=True)
    pdf.set_defaults(handler=cmd_act_pdf)

    a_sub.add_parser(
        "purge", help=translate("cli", "finish deleting the files of confirmed acts")
    ).set_defaults(handler=cmd_purge)


def _error(exc: Any) -> UsageError:
    messages = {
        "not_allowed": translate("cli", "Only an archivist or administrator may do this."),
        "unknown_heading": translate("cli", "No such heading in the nomenclature: {0}"),
        "unknown_letter": translate("cli", "No letter with the number {0}."),
        "not_closed": translate("cli", "Letter {0} is not closed yet and cannot be filed."),
        "destroyed": translate("cli", "Letter {0} was destroyed by an act."),
        "nothing_due": translate("cli", "Nothing is due for destruction on {0}."),
        "unknown_act": translate("cli", "No act with the number {0}."),
        "not_draft": translate("cli", "Act {0} is not a draft any more."),
    }
    return UsageError(messages.get(exc.code, "{0}").format(exc.detail))


def _years(years: int | None, epk: bool) -> str:
    from letters.archive import retention_text

    return retention_text(years, epk)  # domain data, Russian like the nomenclature itself


def cmd_nomenclature(ctx: Context) -> int:
    from letters.archive import nomenclature

    with ctx.database().read() as session:
        headings = nomenclature(session)
    for h in headings:
        out("\t".join([h.index, _years(h.retention_years, h.epk), h.title, h.article]))
    return EXIT_OK


def cmd_file(ctx: Context) -> int:
    from letters.archive import ArchiveError, file_letters

    database = ctx.database()
    try:
        with database.write() as session:
            filed = file_letters(
                session, ctx.actor(session), ctx.args.reg_nos, ctx.args.case, ctx.args.year
            )
    except ArchiveError as exc:
        raise _error(exc) from exc
    for f in filed:
        if f.destroy_from is None:
            text = translate("cli", "{0}: case {1} of {2}, kept permanently")
        else:
            text = translate("cli", "{0}: case {1} of {2}, may be destroyed from {3}")
        day = f.destroy_from.strftime("%d.%m.%Y") if f.destroy_from else ""
        out(text.format(f.reg_no, f.case_index, f.case_year, day))
    return EXIT_OK


def cmd_due(ctx: Context) -> int:
    from letters.archive import due_for_destruction

    on = ctx.args.on or dt.date.today()
    with ctx.database().read() as session:
        due = due_for_destruction(session, on)
    for d in due:
        out(
            "\t".join(
                [
                    d.reg_no,
                    d.registered_on.strftime("%d.%m.%Y"),
                    f"{d.case_index}/{d.case_year}",
                    _years(d.retention_years, d.epk),
                    d.destroy_from.strftime("%d.%m.%Y"),
                ]
            )
        )
    out(translate("cli", "Due for destruction on {0}: {1} letters.").format(on, len(due)))
    return EXIT_OK


def cmd_act_create(ctx: Context) -> int:
    from letters.archive import ArchiveError
    from letters.archive_acts import create_act

    database = ctx.database()
    try:
        with database.write() as session:
            act = create_act(session, ctx.actor(session), ctx.args.on or dt.date.today())
    except ArchiveError as exc:
        raise _error(exc) from exc
    out(
        translate("cli", "Draft act {0}: {1} letters, {2} pages. Nothing is destroyed yet.").format(
            act.number, act.letters, act.pages
        )
    )
    return EXIT_OK


def cmd_act_list(ctx: Context) -> int:
    from letters.archive_acts import list_acts

    with ctx.database().read() as session:
        acts = list_acts(session)
    for a in acts:
        out("\t".join([a.number, a.status, a.as_of.isoformat(), str(a.letters), str(a.pages)]))
    return EXIT_OK


def cmd_act_cancel(ctx: Context) -> int:
    from letters.archive import ArchiveError
    from letters.archive_acts import cancel_act

    try:
        with ctx.database().write() as session:
            act = cancel_act(session, ctx.actor(session), ctx.args.number)
    except ArchiveError as exc:
        raise _error(exc) from exc
    out(translate("cli", "Act {0} cancelled.").format(act.number))
    return EXIT_OK


def cmd_act_confirm(ctx: Context) -> int:
    from letters.archive import ArchiveError
    from letters.archive_acts import confirm_act, purge_files

    database = ctx.database()
    store = ctx.store()
    try:
        with database.write() as session:
            act = confirm_act(session, ctx.actor(session), ctx.args.number, store)
    except ArchiveError as exc:
        raise _error(exc) from exc
    with database.write() as session:  # files go only once the destruction is committed
        removed = purge_files(session, store)
    out(
        translate("cli", "Act {0} confirmed: {1} letters destroyed, {2} files deleted.").format(
            act.number, act.letters, removed
        )
    )
    if ctx.args.output:
        _save_pdf(ctx, act.number, Path(ctx.args.output))
    return EXIT_OK


def _save_pdf(ctx: Context, number: str, output: Path) -> None:
    from db.models import StoredFile
    from letters.archive import ArchiveError
    from letters.archive_acts import get_act

    with ctx.database().read() as session:
        try:
            act = get_act(session, number)
        except ArchiveError as exc:
            raise _error(exc) from exc
        stored = session.get(StoredFile, act.pdf_file_id) if act.pdf_file_id else None
        if stored is None:
            raise UsageError(
                translate("cli", "Act {0} has no PDF: it is not confirmed.").format(number)
            )
        write_file(output, ctx.store().read_bytes(stored.rel_path))
    out(translate("cli", "Act {0} saved to {1}.").format(number, output))


def cmd_act_pdf(ctx: Context) -> int:
    _save_pdf(ctx, ctx.args.number, Path(ctx.args.output))
    return EXIT_OK


def cmd_purge(ctx: Context) -> int:
    from letters.archive_acts import purge_files

    with ctx.database().write() as session:
        removed = purge_files(session, ctx.store())
    out(translate("cli", "{0} files deleted from the store.").format(removed))
    return EXIT_OK
