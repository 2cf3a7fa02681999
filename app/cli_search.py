"""``mailroom search``, ``reindex``, ``journal`` and ``archive …`` commands."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, err, out
from app.cli_commands import _date_arg
from app.i18n import translate
from app.output import write_file

MAX_LIMIT, MAX_OFFSET = 10_000, 1 << 40


def add_commands(sub: Any) -> None:
    search = sub.add_parser("search", help=translate("cli", "full-text search of letters"))
    search.add_argument("query", metavar="QUERY", nargs="*")
    search.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg)
    search.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg)
    search.add_argument("--category", action="append", default=[], metavar="CODE")
    search.add_argument("--status", action="append", default=[], metavar="CODE")
    search.add_argument("--channel", action="append", default=[], metavar="CODE")
    search.add_argument("--account", metavar="ACCOUNT", default="")
    linked = search.add_mutually_exclusive_group()
    linked.add_argument("--linked", dest="linked", action="store_const", const=True)
    linked.add_argument("--unlinked", dest="linked", action="store_const", const=False)
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument(
        "--fuzzy",
        choices=("auto", "always", "never"),
        default="auto",
        help=translate("cli", "look for words with OCR errors (default: when little is found)"),
    )
    search.add_argument("--format", choices=("text", "jsonl", "json"), default="text")
    search.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help=translate("cli", "print one JSON array of hits (same as --format json)"),
    )
    search.set_defaults(handler=cmd_search)

    reindex = sub.add_parser("reindex", help=translate("cli", "rebuild the search index"))
    reindex.add_argument(
        "--stale",
        action="store_true",
        help=translate("cli", "only letters changed since they were indexed"),
    )
    reindex.set_defaults(handler=cmd_reindex)

    journal = sub.add_parser(
        "journal", help=translate("cli", "registration journal for a period (PDF or XLSX)")
    )
    journal.add_argument("--direction", choices=("incoming", "outgoing"), default="incoming")
    journal.add_argument("--channel", metavar="CODE")
    journal.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=_date_arg)
    journal.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=_date_arg)
    journal.add_argument("--output", "-o", metavar="FILE.pdf|FILE.xlsx", required=True)
    journal.set_defaults(handler=cmd_journal)

    from app.cli_archive import add_archive_commands

    add_archive_commands(sub)


def _filters(args: Any) -> Any:
    from db.search import SearchFilters

    return SearchFilters(
        registered_from=args.date_from,
        registered_to=args.date_to,
        categories=tuple(args.category),
        statuses=tuple(args.status),
        channels=tuple(args.channel),
        account=args.account.strip(),
        linked=args.linked,
    )


def _filters_record(filters: Any) -> dict[str, Any]:
    """The filters that were set, for the audit trail."""
    from dataclasses import asdict

    return {
        key: value.isoformat() if isinstance(value, dt.date) else value
        for key, value in asdict(filters).items()
        if value not in (None, "", ())
    }


def _hit_record(hit: Any) -> dict[str, Any]:
    return {
        "reg_no": hit.reg_no,
        "score": hit.score,
        "snippet": hit.snippet.marked(),
        "matched": hit.matched,
        "registered_at": hit.registered_at.isoformat(),
        "sender": hit.sender,
        "category": hit.category,
        "status": hit.status,
        "channel": hit.channel,
    }


def cmd_search(ctx: Context) -> int:
    from letters import audit
    from letters.search import search_letters

    args = ctx.args
    if args.limit < 1 or args.offset < 0:
        raise UsageError(translate("cli", "--limit must be at least 1 and --offset at least 0."))
    # Past these there is nothing more to show, and SQL integers end at 2**63.
    args.limit, args.offset = min(args.limit, MAX_LIMIT), min(args.offset, MAX_OFFSET)
    database = ctx.database()
    text = " ".join(args.query)
    filters = _filters(args)
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        result = search_letters(
            session,
            text,
            filters,
            limit=args.limit,
            offset=args.offset,
            fuzzy=args.fuzzy,
            actor=actor,
        )
    audit.log(
        database,
        actor,
        "search",
        "letter",
        "",
        {"query": text, "filters": _filters_record(filters), "hits": len(result.hits)},
    )
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    records = [_hit_record(h) for h in result.hits]
    if args.format == "json":
        out(json.dumps(records, ensure_ascii=False))
        return EXIT_OK
    if args.format == "jsonl":
        for record in records:
            out(json.dumps(record, ensure_ascii=False))
        return EXIT_OK
    fuzzy = translate("cli", "similar words")
    for hit in result.hits:
        mark = f" ({fuzzy})" if hit.matched == "fuzzy" else ""
        day = hit.registered_at.astimezone().strftime("%d.%m.%Y")
        out(f"{hit.reg_no}\t{day}\t{hit.sender}{mark}\n    {hit.snippet.marked()}")
    if result.simplified:
        err(translate("cli", "The query could not be used as written; it was simplified."))
    if result.fuzzy_used:
        err(translate("cli", "Few exact matches: letters with similar words are shown too."))
    if not result.hits:
        out(translate("cli", "Nothing found."))
    return EXIT_OK


def cmd_reindex(ctx: Context) -> int:
    from letters import audit
    from letters.search import reindex_all

    database = ctx.database()
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent // 10 != last[0]:
            last[0] = percent // 10
            err(translate("cli", "Indexed {0} of {1} letters").format(done, total))

    with database.write() as session:
        report = reindex_all(session, progress=progress, stale_only=ctx.args.stale)
        audit.record(
            session,
            ctx.actor(session),
            "search.reindex",
            "search",
            "",
            None,
            {"letters": report.letters, "stale_only": ctx.args.stale},
        )
    out(
        translate("cli", "Indexed {0} letters; the index takes {1:.1f} MB.").format(
            report.letters, report.index_bytes / 1e6
        )
    )
    return EXIT_OK


def cmd_journal(ctx: Context) -> int:
    from letters import audit
    from letters.journals import FontMissing, journal_pdf, journal_rows, journal_title, journal_xlsx
    from letters.settings import load_requisites

    args = ctx.args
    output = Path(args.output)
    if output.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(translate("cli", "The output file must end in .pdf or .xlsx."))
    today = dt.date.today()
    first = args.date_from or today.replace(day=1)
    last = args.date_to or today
    if last < first:
        raise UsageError(translate("cli", "The period ends before it starts."))
    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    with database.read() as session:
        rows = journal_rows(session, args.direction, first, last, args.channel, actor=actor)
        organisation = load_requisites(session).name
    title = journal_title(args.direction, first, last, args.channel)
    try:
        data = (
            journal_pdf(rows, title, organisation)
            if output.suffix.lower() == ".pdf"
            else (journal_xlsx(rows, title))
        )
    except FontMissing as exc:
        raise UsageError(
            translate("cli", "No Cyrillic font found for the PDF; looked for: {0}").format(exc)
        ) from exc
    write_file(output, data)
    audit.log(
        database,
        actor,
        "print.journal",
        "journal",
        args.direction,
        {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "channel": args.channel,
            "letters": len(rows),
            "file": output.name,
        },
    )
    out(translate("cli", "Journal: {0} letters written to {1}.").format(len(rows), output))
    return EXIT_OK
