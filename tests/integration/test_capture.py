"""The capture API: progress reports and a clean cancel, with real tesseract."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from sqlalchemy import func, select

from db.models import Letter, Page
from db.store import FileStore
from letters.capture import CancelToken, ImportOptions, ImportProgress, import_files
from tests.corpus.generate import make_letters, make_registry


def _letters(tmp_path: Path, count: int) -> Path:
    registry = make_registry(50, 3)
    make_letters(registry, count, 3, tmp_path / "gen", formats=("png", "jpeg"))
    return tmp_path / "gen" / "letters"


def test_progress_then_cancel_leaves_only_whole_letters(
    database, store_dir: Path, tmp_path: Path
) -> None:
    folder = _letters(tmp_path, 6)
    cancel = CancelToken()
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)
        if p.pages_done >= 2:
            cancel.cancel()

    report = import_files(
        database,
        FileStore(store_dir),
        [folder],
        ImportOptions(jobs=2, quarantine_dir=tmp_path / "q"),
        progress=progress,
        cancel=cancel,
    )
    assert report.cancelled
    assert seen[0].pages_done == 0 and seen[0].files_total == 6
    assert all(b.pages_done >= a.pages_done for a, b in itertools.pairwise(seen))
    assert any(p.pages_per_second > 0 for p in seen)
    registered = report.count("registered")
    assert 1 <= registered < 6
    assert report.count("cancelled") + registered + report.count("duplicate") <= 6
    with database.read() as session:
        letters = session.execute(select(Letter.id, Letter.page_count)).all()
        for letter_id, page_count in letters:
            pages = session.scalar(select(func.count(Page.id)).where(Page.letter_id == letter_id))
            assert pages == page_count  # nothing half-registered
    assert len(letters) == report.letters

    rest = import_files(
        database,
        FileStore(store_dir),
        [folder],
        ImportOptions(jobs=2, quarantine_dir=tmp_path / "q"),
    )
    assert rest.count("registered") + rest.count("duplicate") == 6
    assert rest.count("duplicate") == registered


def test_originals_are_never_modified(database, store_dir: Path, tmp_path: Path) -> None:
    folder = _letters(tmp_path, 1)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    import_files(database, FileStore(store_dir), [copy], ImportOptions(jobs=1))
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
