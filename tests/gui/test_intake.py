"""Intake in the GUI: a 20-page import runs while the event loop keeps ticking, and a
cancelled import leaves only complete letters."""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import func, select

from app.gui.main_window import MainWindow
from db.models import AuditEvent, Letter, LetterFile, Page
from letters.capture import ImportProgress, ImportReport

LETTERS = 20


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 generated one-page scanned letters (PNG and JPEG, 200 dpi)."""
    from tests.corpus.generate import make_letters, make_registry

    out = tmp_path_factory.mktemp("scans")
    registry = make_registry(60, seed=11)
    make_letters(registry, LETTERS, 11, out, formats=("png", "jpeg"), dpi_choices=(200,))
    return out / "letters"


def _window(qtbot, database, tmp_path: Path) -> MainWindow:
    window = MainWindow(database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.slow
def test_import_runs_in_the_background_while_the_event_loop_ticks(
    qtbot, database, tmp_path: Path, scans: Path
) -> None:
    window = _window(qtbot, database, tmp_path)
    intake = window.intake
    intake.add_paths([scans])
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    progress: list[ImportProgress] = []
    registered: list[list[str]] = []
    intake.letters_registered.connect(registered.append)
    timer.start()
    job = intake.start_import()
    assert job is not None
    job.progress.connect(progress.append)
    assert window.jobs_indicator.label.text() == "Importing letters"
    with qtbot.waitSignal(intake.import_finished, timeout=900_000) as finished:
        pass
    timer.stop()
    report: ImportReport = finished.args[0]
    assert report.count("registered") == LETTERS and report.pages == LETTERS
    assert len(registered) == 1 and len(registered[0]) == LETTERS
    # The event loop ran all along: ticks throughout, and never a long silence.
    seconds = ticks[-1] - ticks[0]
    gaps = [b - a for a, b in pairwise(ticks)]
    assert seconds > 5 and len(ticks) > seconds * 5, (len(ticks), seconds)
    assert max(gaps) < 2.0, max(gaps)
    assert len({p.pages_done for p in progress}) >= LETTERS // 2
    assert "pages/s" in intake.progress_label.text() or "Letters registered" in (
        intake.progress_label.text()
    )
    assert intake.results.rowCount() == LETTERS
    assert "registered as" in intake.results.item(0, 1).text()
    qtbot.waitUntil(lambda: window.register_model.rowCount() == LETTERS, timeout=10_000)


@pytest.mark.slow
def test_cancel_leaves_nothing_half_registered(
    qtbot, database, tmp_path: Path, scans: Path
) -> None:
    window = _window(qtbot, database, tmp_path)
    intake = window.intake
    intake.add_paths([scans])
    progress: list[ImportProgress] = []
    job = intake.start_import()
    assert job is not None
    job.progress.connect(progress.append)
    qtbot.waitUntil(lambda: bool(progress) and progress[-1].files_done >= 2, timeout=600_000)
    with qtbot.waitSignal(intake.import_finished, timeout=600_000) as finished:
        intake.cancel_import()
    report: ImportReport = finished.args[0]
    assert report.cancelled
    assert 2 <= report.letters < LETTERS
    assert report.count("cancelled") >= 1
    with database.read() as session:
        letters = session.scalars(select(Letter).order_by(Letter.reg_seq)).all()
        assert len(letters) == report.letters
        assert [x.reg_seq for x in letters] == list(range(1, len(letters) + 1))  # gapless
        for letter in letters:
            pages = session.scalar(select(func.count()).where(Page.letter_id == letter.id))
            assert letter.page_count == pages == 1
            files = session.scalars(
                select(LetterFile.role).where(LetterFile.letter_id == letter.id)
            ).all()
            assert "source" in files
            events = session.scalar(
                select(func.count()).where(
                    AuditEvent.entity == "letter",
                    AuditEvent.entity_id == str(letter.id),
                    AuditEvent.action == "letter.register",
                )
            )
            assert events == 1
    # What was not reached stays queued, so the clerk can simply import again.
    assert intake.queue.count() == 1 and intake.import_button.isEnabled()
    assert "cancelled" in intake.progress_label.text()
