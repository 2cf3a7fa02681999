"""``mailroom doctor``, ``backup`` and ``restore``.

Exit codes, on top of the contract in ``app.cli`` (0 ok, 2 usage, 3 partial, 4 refused):

- ``doctor``: 0 no problems (notices, such as files no record uses, may be listed);
  1 problems found (a damaged or missing file, a database error, a skipped or doubled
  number), each printed.
- ``backup``: 0 done; 3 done, but files the database uses were missing or damaged in the
  store and are left out (each printed, and listed in the manifest).
- ``restore``: 0 done; 1 the backup is damaged (a checksum differs: nothing was restored)
  or the restored rows do not match the manifest; 2 refused (the target holds data and
  ``--force`` was not given, a tool is missing, and the like).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, EXIT_PARTIAL, Context, UsageError, err, existing_path, out
from app.i18n import translate

EXIT_PROBLEMS = 1
NOTICES_SHOWN = 20  # per kind; the rest are counted


def add_commands(sub: Any) -> None:
    doctor = sub.add_parser(
        "doctor", help=translate("cli", "check the database and the file store")
    )
    doctor.add_argument(
        "--repair",
        action="store_true",
        help=translate(
            "cli",
            "move files no record uses into the store's quarantine folder and put back "
            "missing files found there; never deletes a file or changes a letter",
        ),
    )
    doctor.add_argument(
        "--quick",
        action="store_true",
        help=translate("cli", "compare file sizes only, without reading every file"),
    )
    doctor.add_argument(
        "--min-age",
        type=int,
        default=60,
        metavar="MINUTES",
        help=translate(
            "cli",
            "--repair leaves unused files younger than this in place: a registration may "
            "still be writing them (default: 60)",
        ),
    )
    doctor.set_defaults(handler=cmd_doctor)

    backup = sub.add_parser(
        "backup",
        help=translate("cli", "back up the database and the file store into a new folder"),
    )
    backup.add_argument("dest", metavar="DEST")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help=translate("cli", "restore a backup into the configured database and file store"),
    )
    restore.add_argument("src", metavar="SRC")
    restore.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "restore even over a database or store that holds data"),
    )
    restore.add_argument(
        "--check",
        action="store_true",
        help=translate("cli", "only verify the backup's checksums; change nothing"),
    )
    restore.set_defaults(handler=cmd_restore)


def finding_text(finding: Any) -> str:
    texts = {
        "schema_outdated": translate(
            "cli",
            "The database schema is at revision {1}, this version expects {2}: "
            "run mailroom db upgrade.",
        ),
        "db_integrity": translate("cli", "Database integrity: {1}"),
        "foreign_key": translate("cli", "{0}: {2} row(s) point at a missing {1} row."),
        "page_count": translate("cli", "Letter {0}: the card says {1} page(s), {2} are stored."),
        "number_skipped": translate("cli", "Journal {0}: numbers skipped: {1}"),
        "number_doubled": translate("cli", "Journal {0}: numbers used more than once: {1}"),
        "counter_behind": translate(
            "cli",
            "Journal {0}: the counter is at {1}, but numbers up to {2} are used; "
            "the next registration would collide.",
        ),
        "file_missing": translate("cli", "Missing from the store: {0}"),
        "file_damaged": translate("cli", "Damaged in the store (its checksum differs): {0}"),
        "file_damaged_size": translate("cli", "Damaged in the store (its size differs): {0}"),
        "file_misplaced": translate("cli", "Stored under the wrong name: {0} (expected {1})"),
        "file_orphan": translate("cli", "Not used by any record: {0}"),
        "temp_leftover": translate("cli", "Unfinished temporary file: {0}"),
    }
    code = finding.code
    if code == "file_damaged" and finding.values[1:] == ("size",):
        code = "file_damaged_size"
    return texts.get(code, "{0}").format(finding.subject, *finding.values)


def cmd_doctor(ctx: Context) -> int:
    from letters.doctor import run_doctor

    database = ctx.database(migrate=False)  # a check changes nothing, not even the schema
    store = ctx.store()
    report = run_doctor(database, store, checksums=not ctx.args.quick)
    if ctx.args.repair:
        _repair(ctx, database, store, report)
    for finding in report.problems:
        out(translate("cli", "Problem: {0}").format(finding_text(finding)))
    shown: dict[str, int] = {}
    for finding in report.notices:
        shown[finding.code] = shown.get(finding.code, 0) + 1
        if shown[finding.code] <= NOTICES_SHOWN:
            out(translate("cli", "Notice: {0}").format(finding_text(finding)))
    for count in shown.values():
        if count > NOTICES_SHOWN:
            out(translate("cli", "… and {0} more like this.").format(count - NOTICES_SHOWN))
    for done in report.repairs:
        text = {
            "quarantined": translate("cli", "Moved to the quarantine: {0} → {1}"),
            "restored": translate("cli", "Put back from the quarantine: {0} (from {1})"),
        }[done.code]
        out(text.format(done.subject, done.target))
    if report.kept_recent:
        out(
            translate(
                "cli",
                "{0} unused file(s) younger than {1} min left in place: "
                "a registration may still be writing them.",
            ).format(report.kept_recent, ctx.args.min_age)
        )
    out(
        translate(
            "cli",
            "Checked {0} file records and {1} files ({2:.1f} MB): {3} problem(s), {4} notice(s).",
        ).format(
            report.records_checked,
            report.files_checked,
            report.bytes_checked / 1e6,
            len(report.problems),
            len(report.notices),
        )
    )
    if report.notices and not ctx.args.repair:
        out(
            translate(
                "cli",
                "Notices are leftovers of interrupted work and harmless; "
                "mailroom doctor --repair moves them into the store's quarantine folder.",
            )
        )
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def _repair(ctx: Context, database: Any, store: Any, report: Any) -> None:
    from letters.doctor import repair

    if any(f.code == "schema_outdated" for f in report.findings):
        raise UsageError(
            translate("cli", "Nothing repaired: run mailroom db upgrade first, then doctor again.")
        )
    with database.write() as session:
        actor = ctx.actor(session)
    repair(database, store, report, actor, min_age=dt.timedelta(minutes=max(0, ctx.args.min_age)))


def backup_error_text(exc: Any) -> str:
    texts = {
        "dest_not_empty": translate("cli", "The backup folder must be new or empty: {0}"),
        "no_manifest": translate(
            "cli", "Not a Mailroom backup, or an unfinished one (no manifest.json): {0}"
        ),
        "bad_manifest": translate("cli", "The backup's manifest cannot be read: {0}"),
        "damaged": translate(
            "cli", "The backup is damaged: these files are missing or differ from the manifest:"
        ),
        "engine_mismatch": translate(
            "cli", "The backup is of another database engine ({0}); restore it into the same."
        ),
        "unknown_revision": translate(
            "cli", "The backup comes from a newer version of Mailroom (schema {0}); update first."
        ),
        "target_not_empty": translate(
            "cli",
            "The database or the file store already holds data; nothing was restored. "
            "Use --force to restore over it:",
        ),
        "count_mismatch": translate(
            "cli", "The restored database does not hold the rows the manifest lists:"
        ),
        "tool_missing": translate(
            "cli",
            "{0} was not found: install the PostgreSQL client tools (e.g. apt-get install "
            "postgresql-client) or set MAILROOM_PG_BIN to their folder.",
        ),
        "tool_failed": translate("cli", "The PostgreSQL tool failed: {0}"),
        "memory_db": translate("cli", "An in-memory database cannot be backed up or restored: {0}"),
        "integrity": translate("cli", "The database copy failed its integrity check: {0}"),
    }
    lines = [texts.get(exc.code, "{0}").format(exc.detail)]
    lines += [f"  {item}" for item in exc.items]
    return "\n".join(lines)


def cmd_backup(ctx: Context) -> int:
    from letters.backup import BackupError, backup

    database = ctx.database()
    with database.write() as session:
        actor = ctx.actor(session)
    try:
        result = backup(database, ctx.store(), Path(ctx.args.dest), actor)
    except BackupError as exc:
        raise UsageError(backup_error_text(exc)) from exc
    for rel in result.missing:
        out(translate("cli", "Missing from the store, not in the backup: {0}").format(rel))
    for rel in result.damaged:
        out(translate("cli", "Damaged in the store, not in the backup: {0}").format(rel))
    out(
        translate(
            "cli", "Backup written to {0}: {1} letters, {2} pages, {3} files ({4:.1f} MB)."
        ).format(
            result.folder,
            result.counts.get("letter", 0),
            result.counts.get("page", 0),
            result.files,
            result.bytes / 1e6,
        )
    )
    return EXIT_PARTIAL if result.missing or result.damaged else EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from letters.backup import BackupError
    from letters.backup_restore import restore, verify_backup

    src = existing_path(ctx.args.src)
    try:
        if ctx.args.check:
            manifest = verify_backup(src)
            out(
                translate("cli", "The backup is intact: {0} files match the manifest.").format(
                    len(manifest.files)
                )
            )
            return EXIT_OK
        database = ctx.database()
        with database.write() as session:
            actor = ctx.actor(session)
        result = restore(database, ctx.store(), src, actor, force=ctx.args.force)
    except BackupError as exc:
        if exc.code in ("damaged", "count_mismatch"):
            err(backup_error_text(exc))
            return EXIT_PROBLEMS
        raise UsageError(backup_error_text(exc)) from exc
    out(
        translate(
            "cli", "Restored from {0}: {1} letters, {2} pages, {3} files ({4} copied to the store)."
        ).format(
            src,
            result.counts.get("letter", 0),
            result.counts.get("page", 0),
            result.files,
            result.files_copied,
        )
    )
    if result.upgraded_to:
        out(
            translate("cli", "The database was upgraded from schema {0} to {1}.").format(
                result.revision, result.upgraded_to
            )
        )
    return EXIT_OK
