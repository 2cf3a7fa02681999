"""The main window, the background runner, the consumers section and the settings."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app import workstation as ws
from app.gui import labels
from app.gui.consumers_view import ConsumersView
from app.gui.jobs import JobError, JobRunner
from app.gui.main_window import SECTIONS, MainWindow
from app.gui.search_view import SearchView
from app.gui.settings_view import SettingsView
from db.models import AuditEvent, Journal
from letters import settings, workflow
from letters.actors import resolve_actor
from letters.register import LetterDraft, register_letter
from tests.corpus.registry import make_registry, write_registry_csv


def _actor(database):
    with database.write() as session:
        return resolve_actor(session, None)


def test_runner_reports_progress_and_result(qtbot) -> None:
    runner = JobRunner()
    seen: list[object] = []

    def work(n: int, progress, cancel) -> int:
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    job = runner.run("work", work, 5, counts=lambda p: p)
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.ended, timeout=10_000):
        pass
    assert job.result == 10 and job.error is None
    assert seen[-1] == (5, 5) and (job.done, job.total) == (5, 5)
    assert runner.active() == []


def test_runner_cancels_and_reports_failures(qtbot) -> None:
    runner = JobRunner()
    started = threading.Event()

    def endless(progress, cancel) -> str:
        started.set()
        while not cancel.cancelled:
            progress(None)
            cancel._event.wait(0.005)
        return "stopped"

    job = runner.run("endless", endless)
    qtbot.waitUntil(started.is_set)
    assert runner.active() == [job]
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        job.cancel()
    assert blocker.args == ["stopped"]

    def broken() -> None:
        raise ValueError("bad input")

    failed = runner.run("broken", broken, with_progress=False)
    with qtbot.waitSignal(failed.failed, timeout=10_000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, JobError) and isinstance(error.exception, ValueError)
    assert "bad input" in error.traceback
    qtbot.waitUntil(lambda: runner.active() == [])
    runner.shutdown()


def test_status_labels_cover_the_workflow() -> None:
    assert set(workflow.STATUSES) <= set(labels.status_labels())


def test_main_window_opens_every_section(qtbot, database, tmp_path: Path) -> None:
    with database.write() as session:
        register_letter(
            session,
            resolve_actor(session, None),
            LetterDraft(received_on=dt.date(2026, 11, 2), sender_name="Иванов Иван"),
        )
    window = MainWindow(database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    for code in SECTIONS:
        window.show_section(code)
        assert window.current_section() == code
        assert window.stack.currentWidget().isVisible()
    assert isinstance(window.stack.widget(SECTIONS.index("search")), SearchView)
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    assert all("later version" in w.text() for w in pages if isinstance(w, QLabel))
    assert window.db_label.text().startswith("Database: ")
    assert "Администратор" in window.user_label.text()
    assert window.jobs_indicator.label.text() == "No background jobs"
    qtbot.waitUntil(lambda: window.register_model.rowCount() == 1)
    hot = tmp_path / "hot"
    hot.mkdir()
    (hot / "scan.pdf").write_bytes(b"%PDF-1.4")
    window.settings_view.hot_folder.setText(str(hot))
    assert window.settings_view.save()
    assert window.intake.hot_folder == hot and window.intake.hot_list.count() == 1
    assert ws.load().hot_folder == str(hot)


def test_letter_and_consumer_requests_are_routed(qtbot, database, tmp_path: Path) -> None:
    with database.write() as session:
        registered = register_letter(
            session,
            resolve_actor(session, None),
            LetterDraft(received_on=dt.date(2026, 11, 2), sender_name="Иванов Иван"),
        )
    window = MainWindow(database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.register_model.rowCount() == 1)
    opened: list[int] = []
    if window.station is not None:
        window.station.open_letter = opened.append  # type: ignore[method-assign]
    window.show_section("register")
    window.register.table.doubleClicked.emit(window.register_model.index(0, 0))
    if window.station is not None:
        assert opened == [registered.id]
        assert window.current_section() == "incoming"
        assert window.incoming.currentWidget() is window.station
    window.open_consumer("4000000001")
    for card in list(window.consumer_cards):
        card.close()


def test_consumers_search_and_registry_import(qtbot, qtmodeltester, database, tmp_path) -> None:
    registry = make_registry(40, seed=3)
    path = tmp_path / "registry.csv"
    write_registry_csv(registry, path)
    runner = JobRunner()
    view = ConsumersView(database, _actor(database), runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.registry_imported, timeout=30_000) as blocker:
        view.import_registry_file(path)
    assert blocker.args[0].inserted == 40
    account = registry[7]["account"]
    view.search_box.setText(account)
    job = view.run_search()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=10_000):
        pass
    assert view.model.consumer_at(0).account == account
    qtmodeltester.check(view.model)
    with qtbot.waitSignal(view.consumer_requested) as requested:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert requested.args == [account]
    view.search_box.setText("")
    view.run_search()
    assert view.model.rowCount() == 0 and not view.model.index(0, 0, QModelIndex()).isValid()
    runner.shutdown()


def test_settings_save_and_reload(qtbot, database, tmp_path: Path) -> None:
    path = tmp_path / "config" / "workstation.json"
    actor = _actor(database)
    view = SettingsView(database, actor, ws.load(path), path)
    qtbot.addWidget(view)
    view.hot_folder.setText(str(tmp_path / "hot"))
    view.ocr_languages.setText("rus")
    view.language.setCurrentIndex(view.language.findData("ru"))
    view.requisites["name"].setText("АО «Энергосбыт»")
    view.requisites["ogrn"].setText("1234567890123")
    view.requisites["inn"].setText("3900000000")
    row = next(
        r for r in range(view.journals.rowCount()) if view.journals.item(r, 0).text() == "incoming"
    )
    view.journals.item(row, 2).setText("01-12/{seq}")
    assert view.journals.item(row, 3).text() == "01-12/123"
    with qtbot.waitSignal(view.saved):
        assert view.save()
    assert "Restart" in view.message.text()

    again = SettingsView(database, actor, ws.load(path), path)
    qtbot.addWidget(again)
    assert again.hot_folder.text() == str(tmp_path / "hot")
    assert again.ocr_languages.text() == "rus"
    assert again.language.currentData() == "ru"
    assert again.requisites["name"].text() == "АО «Энергосбыт»"
    with database.read() as session:
        assert session.get(Journal, "incoming").number_format == "01-12/{seq}"
        assert settings.load_requisites(session).inn == "3900000000"
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"settings.requisites", "settings.number_format"} <= actions

    again.journals.item(row, 2).setText("ВХ-{year}")  # no sequence number
    assert again.journals.item(row, 3).text() == "not a valid format"
    again.requisites["inn"].setText("12")
    assert not again.save()
    assert "INN" in again.message.text() and "format" in again.message.text()
    with database.read() as session:
        assert session.get(Journal, "incoming").number_format == "01-12/{seq}"


@pytest.mark.parametrize("fmt", ["{year}-{seq", "{seq:06q}", "{user}-{seq}", "ВХ-{year}"])
def test_bad_number_formats_are_refused(database, fmt: str) -> None:
    from letters.register import BadNumberFormat

    with database.write() as session, pytest.raises(BadNumberFormat):
        settings.set_number_format(session, resolve_actor(session, None), "incoming", fmt)
