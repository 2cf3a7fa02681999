#!/usr/bin/env python3
"""Save offscreen screenshots of the main screens, in Russian and in English.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--demo DIR]

Builds (or reuses, with ``--demo``) a small demo register with ``letters.demo``, opens the
main window offscreen on it and saves ``app_<lang>_<screen>.png`` for every main screen.
Russian uses the shipped ``mailroom_ru.qm`` plus the translations still waiting in
``app/translations/pending_*.json`` (so new screens are shown translated before the lead
merges them into the ``.ts`` file).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1360, 820)


class PendingTranslator(QTranslator):
    """Translations from ``pending_*.json`` (English source → Russian), any context."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        own = folder / "pending_shell.json"
        for path in [*sorted(set(folder.glob("pending_*.json")) - {own}), own]:
            if path.exists():  # the shell's own file last: its texts win a clash
                self.texts.update(json.loads(path.read_text(encoding="utf-8")))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) means "not translated here"; an empty string would replace
        # every other text, Qt's own included, with nothing.
        return self.texts.get(source)

    def isEmpty(self) -> bool:
        return not self.texts


def wait(msecs: int) -> None:
    """Run the event loop for a while (QTest.qWait would hold the GIL from the workers)."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def install_language(language: str) -> None:
    """The shipped translation wins over the pending ones (Qt asks the newest first)."""
    from app import i18n

    i18n.install("en")
    if language == "ru":
        pending = PendingTranslator(i18n.TRANSLATIONS_DIR)
        QCoreApplication.installTranslator(pending)
        shipped = QTranslator()
        shipped.load(str(i18n.TRANSLATIONS_DIR / "mailroom_ru.qm"))
        QCoreApplication.installTranslator(shipped)
        i18n._installed.extend([pending, shipped])


def build_demo(folder: Path) -> Path:
    """The demo register, built once into ``folder``; every language gets a fresh copy."""
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from letters import demo

    database = Database(demo.default_database_url(folder))
    upgrade(database.engine)
    demo.build_demo(
        database,
        FileStore(folder / "store"),
        folder,
        consumers=300,
        history_letters=3,
        waiting_letters=4,
        say=lambda step, count: print(f"demo: {step} {count}", flush=True),
    )
    database.dispose()
    return folder


def shoot(language: str, base: Path, work: Path, out: Path) -> list[Path]:
    """Every main screen, and the intake before and after importing the waiting letters."""
    from app import workstation as ws
    from app.gui.main_window import MainWindow
    from db.engine import Database
    from letters import demo

    install_language(language)
    folder = work / language
    shutil.copytree(base, folder)
    url = demo.default_database_url(folder)
    database = Database(url)
    settings = ws.Workstation(
        database_url=url,
        store_dir=str(folder / "store"),
        hot_folder=str(folder / "inbox"),
        quarantine_dir=str(folder / "quarantine"),
    )
    window = MainWindow(
        database, folder / "store", workstation=settings, workstation_path=folder / "ws.json"
    )
    window.resize(*SIZE)
    window.show()
    saved = []

    def grab(name: str) -> None:
        wait(700)
        path = out / f"app_{language}_{name}.png"
        window.grab().save(str(path))
        saved.append(path)

    window.show_section("incoming")
    window.incoming.setCurrentWidget(window.intake)
    grab("intake")
    loop = QEventLoop()
    finished: list[object] = []
    window.intake.import_finished.connect(finished.append)
    window.intake.import_finished.connect(lambda _report: loop.quit())
    window.intake.start_import(hot=True)
    wait(6000)
    grab("intake_running")
    if not finished:
        loop.exec()
    grab("intake_done")
    window.incoming.setCurrentIndex(1)
    wait(3000)  # the station loads the first card and its page images
    grab("verification")
    window.show_section("register")
    grab("register")
    window.show_section("consumers")
    window.consumers.search_box.setText("Иван")
    window.consumers.run_search()
    grab("consumers")
    window.show_section("settings")
    grab("settings")
    window.close()
    wait(100)
    database.dispose()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--demo", type=Path, help="demo folder to build or reuse")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="mailroom-shots-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication.instance() or QApplication(["screenshots"])
    app.setApplicationName("Mailroom")
    app.setOrganizationName("Mailroom")
    base = build_demo(args.demo or Path(tmp.name) / "demo")
    for language in ("ru", "en"):
        for path in shoot(language, base, Path(tmp.name), args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
