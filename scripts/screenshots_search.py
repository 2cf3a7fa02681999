#!/usr/bin/env python3
"""Save offscreen screenshots of the search section and of an opened hit, in Russian.

    .venv/bin/python scripts/screenshots_search.py [--out docs/screenshots] [--lang ru]

Builds a small register (the search tests' letters, plus two letters scanned and read by
tesseract so that the hit has real word boxes), searches for «счётчика» in the main window
and saves ``app_<lang>_search.png``; then opens the scanned hit and saves
``app_<lang>_search_hit.png``. Translations come as in ``scripts/screenshots.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import SIZE, install_language, wait  # noqa: E402

QUERY = "счётчика"


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        wait(50)


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app.gui.main_window import MainWindow
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from tests.gui.search_corpus import import_letters
    from tests.integration import search_data

    install_language(language)
    database = Database(f"sqlite:///{work / 'db.sqlite3'}")
    upgrade(database.engine)
    store = FileStore(work / "store")
    search_data.build(database)
    import_letters(database, store, work / "scans")

    window = MainWindow(database, work / "store")
    window.resize(*SIZE)
    window.show()
    window.focus_search()
    view = window.search_view
    view.query.setText(QUERY)
    done: list[int] = []
    view.searched.connect(done.append)
    view.search()
    wait_for(lambda: bool(done))
    view.table.selectRow(0)
    wait(500)
    saved = []
    path = out / f"app_{language}_search.png"
    window.grab().save(str(path))
    saved.append(path)

    scanned = next(
        row for row, hit in enumerate(view.model.hits()) if "замен" in hit.snippet.text.lower()
    )
    view.table.selectRow(scanned)
    viewer = view.open_hit(scanned)
    assert viewer is not None
    viewer.resize(SIZE[0] - 80, SIZE[1])
    wait_for(lambda: viewer.data is not None)
    wait_for(lambda: not viewer.viewer.shown_pixmap().isNull())
    wait(700)
    path = out / f"app_{language}_search_hit.png"
    viewer.grab().save(str(path))
    saved.append(path)
    viewer.close()
    window.close()
    wait(100)
    database.dispose()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("ru", "en"), default="ru")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="mailroom-search-shots-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tmp.name)
    app = QApplication.instance() or QApplication(["screenshots"])
    app.setApplicationName("Mailroom")
    app.setOrganizationName("Mailroom")
    for path in shoot(args.lang, Path(tmp.name), args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
