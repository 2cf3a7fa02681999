"""``mailroom demo``: build (once) a demo register and open the app on it.

The demo lives in its own folder (``<user data>/Mailroom/demo`` unless ``--folder``), with
its own SQLite database and store unless ``--db``/``--store`` are given. ``MAILROOM_DB`` is
deliberately ignored here, so the demo never writes into a real register by accident.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app.cli import EXIT_OK, Context, UsageError, out
from app.i18n import translate


def add_commands(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help=translate("cli", "build a demo register with letters waiting for intake, and open it"),
    )
    demo.add_argument(
        "--folder",
        metavar="DIR",
        help=translate("cli", "demo folder (default: the user data folder's demo)"),
    )
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help=translate("cli", "build the demo, do not open the app"),
    )
    demo.add_argument(
        "--reset",
        action="store_true",
        help=translate("cli", "delete the demo folder and build the demo again"),
    )
    demo.add_argument("--consumers", type=int, default=300, help=translate("cli", "registry size"))
    demo.add_argument(
        "--history",
        type=int,
        default=3,
        help=translate("cli", "scanned letters recognised and registered as history"),
    )
    demo.add_argument(
        "--waiting",
        type=int,
        default=6,
        help=translate("cli", "scanned letters left in the inbox for intake"),
    )
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: Context) -> int:
    from letters import demo
    from ocr.tesseract import TesseractMissing

    args = ctx.args
    folder = Path(args.folder) if args.folder else demo.default_folder()
    own_database = not args.db
    if args.reset:
        if not own_database or args.store:
            raise UsageError(
                translate("cli", "--reset deletes only a demo that uses its own folder")
            )
        shutil.rmtree(folder, ignore_errors=True)
    elif own_database and demo.read_marker(folder) is None and folder.exists():
        # An interrupted build of our own demo: start over in our own folder.
        for name in ("demo.sqlite3", "demo.sqlite3-wal", "demo.sqlite3-shm", "store", "inbox"):
            target = folder / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    database_url = args.db or demo.default_database_url(folder)
    store_dir = Path(args.store) if args.store else folder / "store"
    args.db = database_url
    database = ctx.database()
    from db.store import FileStore

    try:
        info = demo.build_demo(
            database,
            FileStore(store_dir),
            folder,
            consumers=args.consumers,
            history_letters=args.history,
            waiting_letters=args.waiting,
            say=lambda step, count: out(_step_text(step, count)),
        )
    except demo.DemoUnavailable as exc:
        raise UsageError(translate("cli", "The demo cannot be built: {0}").format(exc)) from exc
    except demo.DemoNotEmpty as exc:
        raise UsageError(
            translate(
                "cli", "The database {0} already has data; the demo needs an empty one."
            ).format(exc)
        ) from exc
    except TesseractMissing as exc:
        raise UsageError(translate("cli", "Tesseract OCR is not ready: {0}").format(exc)) from exc
    finally:
        database.dispose()
    out(
        translate(
            "cli",
            "Demo register: {0}; {1} consumers, {2} letters; {3} scanned letters wait in {4}.",
        ).format(info.database_url, info.consumers, info.letters, info.waiting, info.inbox)
    )
    if args.no_gui:
        return EXIT_OK
    return _open_app(ctx, database_url, store_dir, Path(info.inbox), Path(info.quarantine))


def _step_text(step: str, count: int) -> str:
    texts = {
        "registry": translate("cli", "Demo: loading a registry of {0} consumers…"),
        "appeals": translate("cli", "Demo: registering {0} phone and internet appeals…"),
        "history": translate("cli", "Demo: recognising and registering {0} scanned letters…"),
        "inbox": translate("cli", "Demo: leaving {0} scanned letters in the inbox…"),
    }
    return texts.get(step, step + ": {0}").format(count)


def _open_app(
    ctx: Context, database_url: str, store_dir: Path, inbox: Path, quarantine: Path
) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app import workstation as ws
    from app.gui.startup import start

    core = QCoreApplication.instance()
    if core is not None and not isinstance(core, QApplication):
        core.shutdown()  # the CLI's core application; the GUI needs a QApplication
    settings_path = inbox.parent / ws.FILE_NAME
    saved = ws.load(settings_path) if settings_path.exists() else ws.load()
    settings = saved.with_changes(
        database_url=database_url,
        store_dir=str(store_dir),
        hot_folder=str(inbox),
        quarantine_dir=str(quarantine),
    )
    ws.save(settings, settings_path)
    language = ctx.args.lang or i18n.detect_language()
    return start(
        language,
        explicit_language=bool(ctx.args.lang),
        workstation=settings,
        workstation_path=settings_path,
        database_url=database_url,
        store_dir=store_dir,
        local_admin=True,  # the demo is for looking around: no sign-in
    )
