#!/usr/bin/env python3
"""Save offscreen screenshots of every main screen, in Russian and in English.

    .venv/bin/python scripts/screenshots.py [--lang ru|en|both] [--only NAME ...]
                                            [--out docs/screenshots] [--demo DIR]

Saves ``app_<lang>_<screen>.png`` into ``--out``. The screens come in groups, each built on
its own small register in a temporary folder by a ``scripts/screenshots_<group>.py``
module (``shoot(language, work, out)``):

    main          intake (empty, running, done), verification, register, consumers,
                  consumer card, letter card, general settings
    control       control dashboard, resolution, extension, phone form
    outgoing      outgoing register, dispatch, envelopes, Form 103
    reply_editor  reply editor (missing values, preview, registered), envelope offer
    search        search results, an opened hit
    settings      settings: calendar, routing, deadlines, journals
    auth          login dialog, settings: users, audit log viewer
    archive       the register's «File into a case…», the archive's cases (letters ready,
                  filed), retention (letters due, a draft destruction act)

Russian uses the shipped ``mailroom_ru.qm`` plus ``app/translations/pending_*.json``
(``scripts/shots_common.py``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from shots_common import ROOT, install_language

GROUPS = {
    "main": "screenshots_main",
    "control": "screenshots_control",
    "outgoing": "screenshots_outgoing",
    "reply_editor": "screenshot_reply_editor",
    "search": "screenshots_search",
    "settings": "screenshots_settings",
    "auth": "screenshots_auth",
    "archive": "screenshots_archive",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--lang", choices=("ru", "en", "both"), default="both")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="a group to shoot (repeatable, or a,b)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--demo", type=Path, help="demo folder of the main group: build or reuse")
    args = parser.parse_args(argv)
    only = [name for item in args.only or GROUPS for name in item.split(",") if name]
    unknown = sorted(set(only) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group {', '.join(unknown)}; groups: {', '.join(GROUPS)}")
    languages = ("ru", "en") if args.lang == "both" else (args.lang,)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="mailroom-shots-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication.instance() or QApplication(["screenshots"])
    app.setApplicationName("Mailroom")
    app.setOrganizationName("Mailroom")
    for group in (g for g in GROUPS if g in only):
        module = importlib.import_module(GROUPS[group])
        if group == "main":
            module.DEMO = args.demo
        work = Path(tmp.name) / group
        work.mkdir()
        for language in languages:
            started = time.monotonic()
            install_language(language)
            for path in module.shoot(language, work, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)
            print(f"{group} ({language}): {time.monotonic() - started:.0f} s", flush=True)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
