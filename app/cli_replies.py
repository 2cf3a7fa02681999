"""``mailroom reply``, ``templates list``, ``envelopes`` and ``f103``: the outgoing post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, out
from app.cli_commands import _date_arg
from app.i18n import translate
from app.output import write_file


def add_commands(sub: Any) -> None:
    reply = sub.add_parser(
        "reply", help=translate("cli", "render a reply to a registered letter (PDF or DOCX)")
    )
    reply.add_argument("reg_nos", metavar="REG_NO", nargs="+")
    reply.add_argument("--template", metavar="CODE", required=True)
    reply.add_argument("--out", metavar="FILE", required=True, type=Path)
    reply.add_argument(
        "--register",
        action="store_true",
        help=translate("cli", "register the reply as outgoing and sent (stops the clock)"),
    )
    reply.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        dest="values",
        help=translate("cli", "a value the template asks for (repeat for several)"),
    )
    reply.add_argument(
        "--addressee",
        metavar="TEXT",
        help=translate("cli", "the addressee line in the dative case, e.g. «Иванову П. С.»"),
    )
    reply.add_argument(
        "--mail-type",
        metavar="TYPE",
        help=translate(
            "cli", "how it is sent: simple, registered, registered_notice, email or hand"
        ),
    )
    reply.add_argument("--sent-on", metavar="YYYY-MM-DD", type=_date_arg)
    reply.set_defaults(handler=cmd_reply)

    templates = sub.add_parser("templates", help=translate("cli", "reply templates"))
    t_sub = templates.add_subparsers(dest="templates_command", metavar="COMMAND")
    listing = t_sub.add_parser("list", help=translate("cli", "show the codes and titles"))
    listing.set_defaults(handler=cmd_templates_list)

    envelopes = sub.add_parser(
        "envelopes", help=translate("cli", "print envelopes for a day's outgoing letters")
    )
    envelopes.add_argument("--date", metavar="YYYY-MM-DD", type=_date_arg, required=True)
    envelopes.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    envelopes.add_argument("--format", choices=("DL", "C5", "C4"), default="DL")
    envelopes.set_defaults(handler=cmd_envelopes)

    f103 = sub.add_parser(
        "f103", help=translate("cli", "write the Form 103 mail list of a day's registered letters")
    )
    f103.add_argument("--date", metavar="YYYY-MM-DD", type=_date_arg, required=True)
    f103.add_argument("--out", metavar="FILE", type=Path, required=True)
    f103.set_defaults(handler=cmd_f103)


def _values(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(translate("cli", "Expected NAME=VALUE, got: {0}").format(pair))
        values[name.strip()] = value
    return values


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in allowed:
        raise UsageError(
            translate("cli", "The output file must end in {0}: {1}").format(
                " / ".join(f".{a}" for a in allowed), path
            )
        )
    return suffix


def template_problem_text(exc: Any, template: Any = None) -> str:
    """A TemplateProblem as a message the user can act on."""
    items = list(exc.items)
    if exc.code == "missing" and template is not None:
        labelled = []
        for item in items:
            spec = (
                template.field(item.removeprefix("fields.")) if item.startswith("fields.") else None
            )
            labelled.append(f"{item.removeprefix('fields.')} ({spec.label})" if spec else item)
        items = labelled
    texts = {
        "missing": translate(
            "cli",
            "The template needs values that are missing: {0}. Give them with --set NAME=VALUE.",
        ),
        "syntax": translate("cli", "Template error: {0}"),
        "unsafe": translate("cli", "The template uses something that is not allowed: {0}"),
        "unknown_name": translate("cli", "The template uses unknown placeholders: {0}"),
        "bad_value": translate("cli", "Values that cannot be read: {0}"),
        "runtime": translate("cli", "The template cannot be rendered: {0}"),
        "not_found": translate("cli", "No such template: {0}. See: mailroom templates list"),
        "invalid": translate("cli", "The template is invalid: {0}"),
    }
    text = texts.get(exc.code, "{0}").format("; ".join(items))
    if exc.line:
        text += " " + translate("cli", "(line {0})").format(exc.line)
    return text


def _letter_ids(session: Any, reg_nos: list[str]) -> list[int]:
    from sqlalchemy import select

    from db.models import Letter

    ids = []
    for reg_no in reg_nos:
        found = session.scalar(select(Letter.id).where(Letter.reg_no == reg_no))
        if found is None:
            raise UsageError(translate("cli", "No letter with number {0}.").format(reg_no))
        ids.append(found)
    return ids


def cmd_reply(ctx: Context) -> int:
    from letters import audit, outgoing
    from letters.replies import ReplyError, prepare_reply
    from letters.reply_docx import render_docx
    from letters.reply_pdf import FontMissing, render_pdf
    from letters.reply_sandbox import TemplateProblem
    from letters.reply_templates import get_template

    args = ctx.args
    kind = _suffix(args.out, ("pdf", "docx"))
    values = _values(args.values)
    database = ctx.database()
    session_scope = database.write if args.register else database.read
    template = None
    with database.write() as session:  # a fresh install's administrator is created here
        actor = ctx.actor(session)
    try:
        with session_scope() as session:
            template = get_template(session, args.template)
            doc = prepare_reply(
                session,
                actor,
                _letter_ids(session, args.reg_nos),
                args.template,
                values,
                addressee_dative=args.addressee,
            )
            if args.register:
                done = outgoing.register_reply(
                    session,
                    actor,
                    ctx.store(),
                    doc,
                    sent_on=args.sent_on,
                    mail_type=args.mail_type,
                )
                doc = doc.with_registration(done.reg_no, done.reg_date)
            data = render_pdf(doc) if kind == "pdf" else render_docx(doc)
    except TemplateProblem as exc:
        raise UsageError(template_problem_text(exc, template)) from exc
    except ReplyError as exc:
        messages = {
            "different_consumers": translate(
                "cli", "The letters {0} are from different consumers: a reply answers one."
            ),
            "not_found": translate("cli", "No letter with number {0}."),
        }
        raise UsageError(messages.get(exc.code, "{0}").format(", ".join(exc.items))) from exc
    except FontMissing as exc:
        raise UsageError(translate("cli", "No Cyrillic font to embed: {0}").format(exc)) from exc
    except outgoing.OutgoingError as exc:
        messages = {
            "bad_mail_type": translate("cli", "Unknown mail type: {0}"),
            "role_not_allowed": translate("cli", "Your role may not register replies: {0}"),
        }
        raise UsageError(messages.get(exc.code, "{0}").format(exc.detail)) from exc
    except Exception as exc:
        if type(exc).__name__ == "WorkflowError":  # letters.workflow refused the move
            raise UsageError(
                translate("cli", "The letter's status does not allow this: {0}").format(exc)
            ) from exc
        raise
    write_file(args.out, data)
    audit.log(
        database,
        actor,
        "print.reply",
        "reply",
        doc.reg_no or "",
        {"letters": list(args.reg_nos), "template": args.template, "file": args.out.name},
    )
    out(translate("cli", "Addressee: {0}").format(doc.addressee_dative))
    if not doc.addressee_confident:
        out(
            translate("cli", "Check the case of the addressee's name; correct it with --addressee.")
        )
    if args.register:
        out(
            translate("cli", "Registered as outgoing {0} of {1}.").format(
                doc.reg_no, f"{doc.reg_date:%d.%m.%Y}"
            )
        )
    out(translate("cli", "Written: {0}").format(args.out))
    return EXIT_OK


def cmd_templates_list(ctx: Context) -> int:
    from letters.reply_templates import TemplateProblem, list_templates

    database = ctx.database()
    try:
        with database.read() as session:
            templates = list_templates(session)
    except TemplateProblem as exc:  # a broken file in the template library
        raise UsageError(template_problem_text(exc)) from exc
    for t in templates:
        out("\t".join([t.code, t.title, f"v{t.version}", ", ".join(t.categories)]))
    return EXIT_OK


def _day(value: dt.date) -> str:
    return f"{value:%d.%m.%Y}"


def cmd_envelopes(ctx: Context) -> int:
    from letters import audit
    from letters.envelopes import envelopes_for_day, render_envelopes

    _suffix(ctx.args.out, ("pdf",))
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        envelopes = envelopes_for_day(session, ctx.args.date, actor=actor)
    if not envelopes:
        out(translate("cli", "No letters went out by post on {0}.").format(_day(ctx.args.date)))
        return EXIT_OK
    write_file(ctx.args.out, render_envelopes(envelopes, ctx.args.format))
    audit.log(
        database,
        actor,
        "print.envelopes",
        "outgoing",
        ctx.args.date.isoformat(),
        {"envelopes": len(envelopes), "format": ctx.args.format, "file": ctx.args.out.name},
    )
    out(translate("cli", "Envelopes: {0}; written: {1}").format(len(envelopes), ctx.args.out))
    return EXIT_OK


def cmd_f103(ctx: Context) -> int:
    from letters import audit
    from letters.form103 import mail_lists, render_csv, render_pdf, render_xlsx
    from letters.replies import load_letterhead

    kind = _suffix(ctx.args.out, ("pdf", "csv", "xlsx"))
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        lists = mail_lists(session, ctx.args.date, actor=actor)
        head = load_letterhead(session)
    if not lists:
        out(translate("cli", "No registered letters went out on {0}.").format(_day(ctx.args.date)))
        return EXIT_OK
    writers = {"pdf": lambda: render_pdf(lists, head), "csv": lambda: render_csv(lists)}
    writers["xlsx"] = lambda: render_xlsx(lists)
    write_file(ctx.args.out, writers[kind]())
    rows = sum(len(m.rows) for m in lists)
    audit.log(
        database,
        actor,
        "print.f103",
        "outgoing",
        ctx.args.date.isoformat(),
        {"lists": len(lists), "letters": rows, "file": ctx.args.out.name},
    )
    out(
        translate("cli", "Mail lists: {0}; letters: {1}; written: {2}").format(
            len(lists), rows, ctx.args.out
        )
    )
    return EXIT_OK
