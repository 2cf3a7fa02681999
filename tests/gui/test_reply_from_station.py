"""A reply drafted from the verification station (station → letter card → reply editor) on a
letter that came through the real pipeline: registered, the letter's status and clock move."""

from __future__ import annotations

import datetime as dt

import pytest

from app.gui.letter_card import LetterCardDialog
from app.gui.reply_editor import ReplyEditor
from app.gui.verification.station import VerificationStation
from db.models_deadlines import LetterDeadline
from tests.gui.station_corpus import env, station_corpus  # noqa: F401 (fixtures)

pytestmark = pytest.mark.sqlite_only
WAIT = 30_000


def test_station_letter_card_drafts_and_registers_a_reply(qtbot, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0002.pdf"]
    assert env.letter(letter_id).status == "registered"
    station = VerificationStation(env.database, env.store, env.actor)
    qtbot.addWidget(station)
    station.show()
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        station.open_letter(letter_id)
    station.open_letter_card()
    card = next(w for w in station._windows if isinstance(w, LetterCardDialog))
    qtbot.waitUntil(lambda: card.data is not None, timeout=WAIT)
    editor = card.replies.prepare_reply()
    assert isinstance(editor, ReplyEditor)
    assert editor.parentWidget() is station  # outlives the card, closes with the station
    qtbot.waitUntil(lambda: editor.start is not None, timeout=WAIT)
    with qtbot.waitSignal(editor.preview_ready, timeout=WAIT):
        editor.choose_template("free_text")
        editor.form.set_value("subject", "О рассмотрении обращения")
        editor.form.set_value("text", "Ваше обращение рассмотрено, начисления верны.")
    assert editor.dative.text()  # declined from the name read off the scan
    with qtbot.waitSignals([editor.registered, card.replies.loaded, card.loaded], timeout=WAIT):
        editor.register_now()
    reg_no = editor.result.reply.reg_no
    assert card.replies.table.item(0, 0).text() == reg_no
    assert card.data.card.status == "reply_sent"
    assert env.letter(letter_id).status == "reply_sent"
    with env.database.read() as session:
        clock = session.get(LetterDeadline, letter_id)
        assert clock is not None
        assert clock.closed_on == dt.date.today() and clock.reply_reg_no == reg_no
        assert clock.days_early_or_late is not None  # rated against the legal due date
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)
    editor.envelope_offer.reject()
    editor.close()
    card.close()
    qtbot.waitUntil(lambda: not station.viewer.busy, timeout=WAIT)
    station.shutdown()
