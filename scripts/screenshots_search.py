"""The search section and an opened hit (run by ``scripts/screenshots.py``).

Builds a small register (the search tests' letters, plus two letters scanned and read by
tesseract so that the hit has real word boxes), searches for «счётчика» in the main window
and saves ``app_<lang>_search.png``; then opens the scanned hit and saves
``app_<lang>_search_hit.png``.
"""

from __future__ import annotations

from pathlib import Path

from shots_common import SIZE, save, wait, wait_until

QUERY = "счётчика"


def shoot(language: str, work: Path, out: Path) -> list[Path]:
    from app.gui.main_window import MainWindow
    from db.engine import Database
    from db.migrate import upgrade
    from db.store import FileStore
    from tests.gui.search_corpus import import_letters
    from tests.integration import search_data

    folder = work / language
    folder.mkdir()
    database = Database(f"sqlite:///{folder / 'db.sqlite3'}")
    upgrade(database.engine)
    store = FileStore(folder / "store")
    search_data.build(database)
    import_letters(database, store, folder / "scans")

    window = MainWindow(database, folder / "store")
    window.resize(*SIZE)
    window.show()
    window.focus_search()
    view = window.search_view
    view.query.setText(QUERY)
    done: list[int] = []
    view.searched.connect(done.append)
    view.search()
    wait_until(lambda: bool(done))
    view.table.selectRow(0)
    saved = [save(window, out, language, "search", 500)]

    scanned = next(
        row for row, hit in enumerate(view.model.hits()) if "замен" in hit.snippet.text.lower()
    )
    view.table.selectRow(scanned)
    viewer = view.open_hit(scanned)
    assert viewer is not None
    viewer.resize(SIZE[0] - 80, SIZE[1])
    wait_until(lambda: viewer.data is not None)
    wait_until(lambda: not viewer.viewer.shown_pixmap().isNull())
    saved.append(save(viewer, out, language, "search_hit", 700))
    viewer.close()
    window.close()
    wait(100)
    database.dispose()
    return saved
