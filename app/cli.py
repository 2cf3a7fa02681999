"""``mailroom``: the command-line front end over the ``letters`` services.

Exit codes (a stable contract): 0 ok; 2 usage or configuration error; 3 partial success
(some inputs rejected, each reason printed); 4 refused: the acting user's role does not
allow the action. With no arguments the desktop app opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from app import i18n
from app.i18n import translate
from app.roles import auth_message, denied_message

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL, EXIT_DENIED = 0, 2, 3, 4


class UsageError(Exception):
    """A message for the user; the command exits with code 2."""


@dataclass
class Context:
    args: argparse.Namespace
    auth_failure: Exception | None = None

    def database(self, migrate: bool = True):  # type: ignore[no-untyped-def]
        from db.engine import ConfigError, Database
        from db.migrate import upgrade

        try:
            database = Database(self.args.db)
            if migrate:
                upgrade(database.engine)
        except ConfigError as exc:
            raise UsageError(translate("cli", "Configuration error: {0}").format(exc)) from exc
        except ModuleNotFoundError as exc:
            raise UsageError(
                translate(
                    "cli",
                    "The PostgreSQL driver is missing: install Mailroom with the "
                    "'postgres' extra ({0}).",
                ).format(exc.name)
            ) from exc
        except Exception as exc:
            if type(exc).__module__.startswith("sqlalchemy"):
                raise UsageError(
                    translate("cli", "Cannot open the database {0}: {1}").format(
                        self.args.db or "", getattr(exc, "orig", exc)
                    )
                ) from exc
            raise
        return database

    def store(self):  # type: ignore[no-untyped-def]
        from db.engine import resolve_store_dir
        from db.store import FileStore

        return FileStore(resolve_store_dir(self.args.store))

    def actor(self, session):  # type: ignore[no-untyped-def]
        """The acting user: ``--user``/``MAILROOM_USER`` with ``MAILROOM_PASSWORD`` (or a
        prompt on a terminal); else the OS user when enabled; else a fresh install's local
        administrator."""
        import getpass
        import os

        from letters.auth import AuthError, sign_in

        login = self.args.user or os.environ.get("MAILROOM_USER")
        password = os.environ.get("MAILROOM_PASSWORD")
        try:
            os_login = getpass.getuser()
        except (KeyError, OSError):
            os_login = ""
        try:
            try:
                return sign_in(session, login, password, os_login)
            except AuthError as exc:
                if exc.reason != "password_required" or not sys.stdin.isatty():
                    raise
                password = getpass.getpass(translate("cli", "Password for {0}: ").format(exc.login))
                return sign_in(session, login or exc.login, password, os_login)
        except AuthError as exc:
            self.auth_failure = exc  # audited once the command's own transaction is over
            raise UsageError(auth_message(exc)) from exc

    def log_auth_failure(self) -> None:
        if self.auth_failure is None:
            return
        from letters.auth import log_failure

        database = self.database(migrate=False)
        try:
            log_failure(database, self.auth_failure)  # type: ignore[arg-type]
        finally:
            database.dispose()


def out(text: str = "") -> None:
    print(text, flush=True)


def err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _version() -> str:
    try:
        return version("mailroom")
    except PackageNotFoundError:  # running from a source tree without installing
        return "0.1.0"


def build_parser() -> argparse.ArgumentParser:
    from app import (
        cli_commands,
        cli_deadlines,
        cli_demo,
        cli_import,
        cli_maintenance,
        cli_replies,
        cli_search,
        cli_users,
    )

    parser = argparse.ArgumentParser(
        prog="mailroom",
        description=translate("cli", "Mailroom: incoming and outgoing correspondence."),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate("cli", "database URL (default: embedded SQLite; or MAILROOM_DB)"),
    )
    parser.add_argument(
        "--store",
        metavar="DIR",
        help=translate("cli", "file store folder (default: user data folder; or MAILROOM_STORE)"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("cli", "interface language (default: from the locale)"),
    )
    parser.add_argument(
        "--user", metavar="LOGIN", help=translate("cli", "act as this user (or MAILROOM_USER)")
    )
    parser.add_argument("--version", action="version", version=f"mailroom {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli_commands.add_commands(sub)
    cli_import.add_commands(sub)
    cli_demo.add_commands(sub)
    cli_deadlines.add_commands(sub)
    cli_replies.add_commands(sub)
    cli_search.add_commands(sub)
    cli_maintenance.add_commands(sub)
    cli_users.add_commands(sub)
    return parser


def _pre_language(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return i18n.detect_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _pre_language(argv)
    if not argv or argv == ["gui"]:
        from app.main import run_gui

        return run_gui(language=language)
    from PySide6.QtCore import QCoreApplication

    _core = QCoreApplication.instance() or QCoreApplication(["mailroom"])
    i18n.install(language if language in i18n.LANGUAGES else "en")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    handler: Callable[[Context], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    from letters.permissions import PermissionDenied

    ctx = Context(args)
    try:
        return handler(ctx)
    except UsageError as exc:
        err(str(exc))
        ctx.log_auth_failure()
        return EXIT_USAGE
    except PermissionDenied as exc:
        err(denied_message(exc))
        return EXIT_DENIED
    except KeyboardInterrupt:
        err(translate("cli", "Interrupted."))
        return 130


def existing_path(text: str) -> Path:
    path = Path(text)
    if not path.exists():
        raise UsageError(translate("cli", "File or folder not found: {0}").format(text))
    return path
