"""The main window opens on a real database and lists the register lazily."""

from __future__ import annotations

import datetime as dt

from app.gui import register_model
from app.gui.main_window import MainWindow
from app.gui.register_model import RegisterModel
from letters.actors import Actor, resolve_actor
from letters.register import LetterDraft, register_letter


def _fill(database, count: int) -> None:
    with database.write() as session:
        actor = resolve_actor(session, None)
        for i in range(count):
            register_letter(
                session,
                actor,
                LetterDraft(received_on=dt.date(2026, 11, 2), sender_name=f"Отправитель {i}"),
            )


def test_register_model_pages_rows(qtmodeltester, database, monkeypatch) -> None:
    monkeypatch.setattr(register_model, "PAGE", 7)
    _fill(database, 17)
    model = RegisterModel(database, Actor(0, "admin", "admin"))
    model.refresh()
    assert model.rowCount() == 7
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 17
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.data(model.index(0, 3)) == "Отправитель 16"  # newest first
    qtmodeltester.check(model)


def test_main_window_shows_database_and_rows(qtbot, database, tmp_path) -> None:
    _fill(database, 3)
    window = MainWindow(database, tmp_path / "store")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.register_model.rowCount() == 3)  # loads in the background
    assert "sqlite" in window.db_label.text() or "postgresql" in window.db_label.text()
