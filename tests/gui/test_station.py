"""The verification station driven with the keyboard on letters from the real pipeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.gui.verification.station import VerificationStation
from db.models import AuditEvent
from letters.verification import accept_card, load_card
from tests.gui.station_corpus import env, station_corpus  # noqa: F401 (fixtures)

pytestmark = pytest.mark.sqlite_only
WAIT = 20_000


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
    with qtbot.waitSignal(station.card_shown, timeout=WAIT) as blocker:
        station.open_letter(letter_id)
    assert blocker.args == [letter_id]


def press(qtbot, station, key, modifier=Qt.KeyboardModifier.NoModifier, *, signal=None):
    """Press a key where the keyboard focus is and wait for the card to come back."""
    target = station.focusWidget() or station
    with qtbot.waitSignal(signal or station.card_shown, timeout=WAIT):
        qtbot.keyClick(target, key, modifier)


def test_enter_accepts_and_opens_the_next_letter(qtbot, station, env) -> None:  # noqa: F811
    first = env.ids["letter_0002.pdf"]
    open_letter(qtbot, station, first)
    card = station.card
    assert card is not None and card.reg_no and len(card.pages) == 1
    assert station.form.line("account").text() == card.fields["account"].value
    qtbot.waitUntil(lambda: station.viewer.thumbs_model.has_image(0), timeout=WAIT)
    press(qtbot, station, Qt.Key.Key_Return)
    row = env.letter(first)
    assert (row.verified, row.needs_review) == (True, False)
    assert row.link_status in ("auto", "confirmed", "manual", "suggested", "none")
    with env.database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "letter.accept")
        ).all()
    assert [e.entity_id for e in events] == [str(first)]
    assert events[0].after["verified"] is True
    # the station moved on to a letter that still needs the clerk (or stayed: queue empty)
    assert station.card is not None
    assert station.card.id != first or station.loaded.queue == 0


def test_edited_fields_are_saved(qtbot, station, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0003.pdf"]
    open_letter(qtbot, station, letter_id)
    name = station.form.line("name")
    name.setFocus()
    name.selectAll()
    name.insert("Кузьмина Ольга Петровна")  # QTest types ASCII only
    station.form.category.setCurrentIndex(station.form.category.findData("complaint"))
    press(qtbot, station, Qt.Key.Key_Enter)
    row = env.letter(letter_id)
    assert row.sender_name == "Кузьмина Ольга Петровна"
    assert row.category == "complaint" and row.verified


def test_ctrl_2_picks_the_second_candidate(qtbot, station, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0008.pdf"]
    accounts = [env.registry[0]["account"], env.registry[1]["account"]]
    env.make_suggested(letter_id, accounts)
    open_letter(qtbot, station, letter_id)
    assert station.candidates_model.rowCount() == 2
    assert station.card.link_doubtful
    assert "Ctrl+" in station.link.status.text()
    press(qtbot, station, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    row = env.letter(letter_id)
    assert row.link_status == "confirmed" and row.link_method == "candidate"
    assert station.card.link.consumer.account == accounts[1]
    assert not row.verified  # picking links; Enter still accepts the card
    press(qtbot, station, Qt.Key.Key_Return)
    assert env.letter(letter_id).verified
    assert env.letter(letter_id).link_status == "confirmed"


def test_ctrl_f_searches_the_registry_and_enter_links(qtbot, station, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0010.pdf"]
    target = env.registry[5]
    open_letter(qtbot, station, letter_id)
    qtbot.keyClick(
        station.focusWidget() or station, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    dialog = station.search_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.query.setText(target["account"])
    with qtbot.waitSignal(dialog.searched, timeout=WAIT) as found:
        dialog.search_now()
    assert found.args[0] >= 1
    assert dialog.chosen().account == target["account"]
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    row = env.letter(letter_id)
    assert (row.link_status, row.link_method) == ("manual", "registry_search")
    assert station.card.link.consumer.account == target["account"]


def test_stale_card_says_who_changed_it(qtbot, station, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0003.pdf"]
    open_letter(qtbot, station, letter_id)
    seen = station.card
    other = env.other_actor()
    with env.database.write() as session:  # another clerk accepts it in the meantime
        edits = station.form.edits()
        accept_card(session, other, letter_id, seen.version, edits)
    with qtbot.waitSignal(station.message_shown, timeout=WAIT) as shown:
        qtbot.keyClick(station.focusWidget() or station, Qt.Key.Key_Return)
    assert "petrova" in shown.args[0]
    qtbot.waitUntil(
        lambda: station.card is not None and station.card.version > seen.version, timeout=WAIT
    )
    assert station.message.isVisible() and "petrova" in station.message.text()
    with env.database.read() as session:
        assert load_card(session, letter_id, actor=env.actor).verified


def test_low_confidence_fields_are_highlighted_and_jump_to_their_box(
    qtbot,
    station,
    env,  # noqa: F811
) -> None:
    letter_id = env.ids["letter_0003.pdf"]
    open_letter(qtbot, station, letter_id)
    card = station.card
    boxed = [k for k, f in card.fields.items() if f.box is not None]
    assert "account" in boxed
    for key, f in card.fields.items():
        widget = station.form.editors[key]
        assert (widget.property("doubtful") is True) == f.is_doubtful(card.verified)
        if f.confidence is not None:
            assert f"{round(f.confidence * 100)} %" in widget.toolTip()
    station.form.line("account").setFocus()
    qtbot.waitUntil(lambda: station.viewer.box_item("account") is not None, timeout=WAIT)
    item = station.viewer.box_item("account")
    assert item.pen().width() == 4  # the hot box
    assert station.viewer.current_page == card.fields["account"].box[0]
    qtbot.waitUntil(lambda: not station.viewer.busy, timeout=WAIT)


def test_every_action_shows_its_shortcut(station) -> None:
    actions = station.actions_by_name
    assert actions["accept"].toolTip().endswith("(Enter)")
    assert "Ctrl+F" in actions["search"].toolTip()
    assert "Ctrl+2" in actions["pick2"].toolTip()
    assert "Ctrl+Shift+S" in actions["split"].toolTip()
    for action in actions.values():
        assert action.shortcuts(), action.text()
        assert action.shortcuts()[0].toString() in action.toolTip() or "Enter" in action.toolTip()


def test_empty_queue_shows_a_note(qtbot, station, env) -> None:  # noqa: F811
    with env.database.write() as session:
        from db.models import Letter

        for letter in session.scalars(select(Letter)):
            letter.needs_review = False
    with qtbot.waitSignal(station.queue_empty, timeout=WAIT):
        station.open_next()
    assert station.card is None and station.stack.currentIndex() == 0


@pytest.mark.parametrize("focus", ["summary", "received_on", "category", "candidates", "page"])
def test_enter_accepts_wherever_the_focus_is(qtbot, station, env, focus) -> None:  # noqa: F811
    """No field swallows Enter: the multi-line summary, the date, the combo, the tables."""
    letter_id = env.ids["letter_0002.pdf"]
    open_letter(qtbot, station, letter_id)
    widget = {
        "candidates": station.link.candidates,
        "page": station.viewer.view,
    }.get(focus) or station.form.editors[focus]
    widget.setFocus()
    assert station.focusWidget() is widget or widget.isAncestorOf(station.focusWidget())
    press(qtbot, station, Qt.Key.Key_Return)
    assert env.letter(letter_id).verified


def test_a_letter_asked_for_while_busy_is_shown_next(qtbot, station, env) -> None:  # noqa: F811
    first, second = env.ids["letter_0002.pdf"], env.ids["letter_0003.pdf"]
    station.open_letter(first)
    assert station.busy
    station.open_letter(second)  # e.g. the register asks while the first is loading
    qtbot.waitUntil(
        lambda: station.card is not None and station.card.id == second and not station.busy,
        timeout=WAIT,
    )
