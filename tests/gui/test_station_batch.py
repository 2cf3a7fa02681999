"""Batch fixes at the station: split, merge, rotate and drop, with the keyboard."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.gui.verification import dialogs
from app.gui.verification.station import VerificationStation
from db.models import Letter
from letters.history import letter_history
from tests.gui.station_corpus import env, station_corpus  # noqa: F401 (fixtures)

pytestmark = pytest.mark.sqlite_only
WAIT = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Answer «Yes» to every confirmation, and remember the questions."""
    questions: list[str] = []

    def yes(_parent, _title, text) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", yes)
    return questions


@pytest.fixture
def station(qtbot, env):  # noqa: F811
    widget = VerificationStation(env.database, env.store, env.actor)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    qtbot.waitUntil(lambda: not widget.busy and not widget.viewer.busy, timeout=WAIT)
    widget.shutdown()


def open_letter(qtbot, station, letter_id: int) -> None:
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        station.open_letter(letter_id)


def key(qtbot, station, k, modifier=Qt.KeyboardModifier.NoModifier, target=None) -> None:
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        qtbot.keyClick(target or station.focusWidget() or station, k, modifier)


def test_split_here_gives_a_new_gapless_number(qtbot, station, env, asked) -> None:  # noqa: F811
    letter_id = env.ids["letter_0003.pdf"]
    open_letter(qtbot, station, letter_id)
    assert len(station.card.pages) == 2
    assert not station.actions_by_name["split"].isEnabled()  # not on the first page
    station.viewer.view.setFocus()
    qtbot.keyClick(station.viewer.view, Qt.Key.Key_PageDown)
    assert station.viewer.current_page == 1
    second_page = station.card.pages[1].id
    key(qtbot, station, Qt.Key.Key_S, CTRL_SHIFT)
    assert asked and "2–2" in asked[0]
    with env.database.read() as session:
        rows = session.scalars(select(Letter).order_by(Letter.reg_seq)).all()
        seqs = [r.reg_seq for r in rows]
        new = rows[-1]
        new_events = [e.action for e in letter_history(session, new.id, actor=env.actor)]
    assert seqs == list(range(1, len(rows) + 1))  # gapless
    assert new.page_count == 1 and new.content_hash == env.letter(letter_id).content_hash
    assert env.letter(letter_id).page_count == 1
    assert "letter.split_off" in new_events
    assert station.card.id == letter_id and len(station.card.pages) == 1
    assert new.reg_no in station.message.text()
    open_letter(qtbot, station, new.id)
    assert [p.id for p in station.card.pages] == [second_page]


def test_merge_next_keeps_the_number_as_a_tombstone(qtbot, station, env, asked) -> None:  # noqa: F811
    first = env.ids["letter_0002.pdf"]
    second = env.ids["letter_0003.pdf"]
    open_letter(qtbot, station, first)
    assert station.loaded.next is not None and station.loaded.next.id == second
    key(qtbot, station, Qt.Key.Key_PageDown, CTRL_SHIFT)
    assert asked
    assert station.card.id == first and len(station.card.pages) == 3
    tomb = env.letter(second)
    assert tomb.status == "merged" and tomb.captured["merged_into"]["id"] == first
    open_letter(qtbot, station, second)
    assert station.target_button.isVisible()
    assert not station.actions_by_name["accept"].isEnabled()
    with qtbot.waitSignal(station.card_shown, timeout=WAIT) as shown:
        station.target_button.click()
    assert shown.args == [first]


def test_ctrl_r_rotates_the_page(qtbot, station, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0002.pdf"]
    open_letter(qtbot, station, letter_id)
    before = station.card.pages[0]
    key(qtbot, station, Qt.Key.Key_R, CTRL)
    after = station.card.pages[0]
    assert after.rotation == (before.rotation + 90) % 360
    assert (after.width, after.height) == (before.height, before.width)
    with Image.open(env.store.path_of(after.image_rel_path)) as img:
        assert img.size == (before.height, before.width)
    qtbot.waitUntil(  # the rotated image is read in the background, then shown
        lambda: station.viewer.shown_pixmap().width() == before.height, timeout=WAIT
    )
    with env.database.read() as session:
        assert letter_history(session, letter_id, actor=env.actor)[0].action == "page.rotate"


def test_delete_drops_the_page_after_asking(qtbot, station, env, asked) -> None:  # noqa: F811
    letter_id = env.ids["letter_0010.pdf"]
    open_letter(qtbot, station, letter_id)
    pages = station.card.pages
    assert len(pages) == 2
    station.viewer.view.setFocus()
    qtbot.keyClick(station.viewer.view, Qt.Key.Key_PageDown)
    key(qtbot, station, Qt.Key.Key_Delete, target=station.viewer.view)
    assert asked and "2" in asked[0]
    assert [p.id for p in station.card.pages] == [pages[0].id]
    assert env.store.path_of(pages[1].image_rel_path).is_file()
    with env.database.read() as session:
        event = letter_history(session, letter_id, actor=env.actor)[0]
    assert event.action == "page.drop" and event.before["page_id"] == pages[1].id


def test_delete_in_a_field_edits_text_not_pages(qtbot, station, env, asked) -> None:  # noqa: F811
    letter_id = env.ids["letter_0010.pdf"]
    open_letter(qtbot, station, letter_id)
    name = station.form.line("name")
    name.setFocus()
    name.setText("abc")
    name.setCursorPosition(0)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert name.text() == "bc" and not asked
    assert len(station.card.pages) == 2


def test_refused_confirmation_changes_nothing(qtbot, station, env, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    letter_id = env.ids["letter_0010.pdf"]
    open_letter(qtbot, station, letter_id)
    version = station.card.version
    station.viewer.show_page(1)
    station.split_here()
    station.drop_page()
    assert not station.busy and env.letter(letter_id).version == version
