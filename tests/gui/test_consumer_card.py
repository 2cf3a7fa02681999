"""The consumer card shows the registry data and every appeal; it opens a letter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.gui.consumer_card import ConsumerCard
from app.gui.letter_card import open_letter_card
from app.gui.verification.station import VerificationStation
from db.models import AuditEvent
from letters.register import LetterDraft, register_letter
from tests.gui.station_corpus import env, station_corpus  # noqa: F401 (fixtures)

pytestmark = pytest.mark.sqlite_only
WAIT = 20_000


def linked_account(env) -> tuple[int, str]:  # noqa: F811
    letter_id = env.ids["letter_0002.pdf"]
    row = env.letter(letter_id)
    assert row.link_status == "auto", "letter_0002 prints its exact account"
    account = row.account_captured
    return letter_id, account


def test_consumer_card_lists_every_channel_and_opens_a_letter(
    qtbot,
    qtmodeltester,
    env,  # noqa: F811
) -> None:
    letter_id, account = linked_account(env)
    with env.database.write() as session:  # a phone appeal of the same consumer, later
        phone = register_letter(
            session,
            env.actor,
            LetterDraft(
                received_on=dt.date(2026, 3, 3),
                channel="phone",
                linked_account=account,
                link_status="manual",
                summary="Просит перезвонить по начислениям.",
            ),
        )
    card = ConsumerCard(env.database, env.actor, account)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.loaded, timeout=WAIT):
        card.show()
    registry = next(r for r in env.registry if r["account"] == account)
    assert card.values["name"].text() == registry["full_name"]
    assert card.values["account"].text() == account
    assert account in card.windowTitle()
    assert card.model.rowCount() == 2
    qtmodeltester.check(card.model)
    assert [card.model.letter_id(r) for r in range(2)] == [phone.id, letter_id]
    channels = [card.model.index(r, 2).data() for r in range(2)]
    assert channels[0] != channels[1]
    assert card.model.index(1, 0).data() == env.letter(letter_id).reg_no
    with qtbot.waitSignal(card.letter_requested, timeout=WAIT) as opened:
        card.table.setFocus()
        card.table.selectRow(1)
        qtbot.keyClick(card.table, Qt.Key.Key_Return)
    assert opened.args == [letter_id]
    card.close()


def test_unknown_account_says_so(qtbot, env) -> None:  # noqa: F811
    card = ConsumerCard(env.database, env.actor, "0000000000")
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.loaded, timeout=WAIT):
        card.show()
    assert card.model.rowCount() == 0
    assert card.values["state"].text()
    card.close()


def test_station_opens_the_consumer_card_and_its_letters(qtbot, env) -> None:  # noqa: F811
    letter_id, account = linked_account(env)
    station = VerificationStation(env.database, env.store, env.actor)
    qtbot.addWidget(station)
    station.show()
    station.activateWindow()
    qtbot.waitActive(station)
    with qtbot.waitSignal(station.card_shown, timeout=WAIT):
        station.open_letter(letter_id)
    assert station.actions_by_name["consumer"].isEnabled()
    qtbot.keyClick(
        station.focusWidget() or station, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
    )
    cards = [w for w in station._windows if isinstance(w, ConsumerCard)]
    assert len(cards) == 1
    card = cards[0]
    qtbot.waitUntil(lambda: card.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(station.card_shown, timeout=WAIT) as shown:
        card.letter_requested.emit(card.model.letter_id(0))
    assert shown.args == [letter_id]
    requested: list[str] = []
    station.consumer_requested.connect(requested.append)  # the main window's way
    station.open_consumer_card()
    assert requested == [account] and len(station._windows) == 1
    qtbot.waitUntil(lambda: not station.viewer.busy, timeout=WAIT)
    station.shutdown()


def test_letter_card_shows_fields_pages_and_history(qtbot, env) -> None:  # noqa: F811
    letter_id = env.ids["letter_0003.pdf"]
    dialog = open_letter_card(env.database, env.store, env.actor, letter_id)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.loaded, timeout=WAIT).wait()
    row = env.letter(letter_id)
    assert dialog.values["reg_no"].text() == row.reg_no
    assert dialog.values["pages"].text() == "2"
    deadline = dialog.values["deadline"].text()  # the dates and how they were computed
    assert row.due_on is not None and row.due_on.strftime("%d.%m.%Y") in deadline
    assert "дней" in deadline
    assert dialog.viewer.page_count == 2
    actions = [dialog.history_model.entry(r).action for r in range(dialog.history_model.rowCount())]
    assert "letter.register" in actions
    assert "letter.open" not in actions  # reads are in the audit log, not the history
    with env.database.read() as session:  # opening a card with personal data is audited
        opened = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "letter.open", AuditEvent.entity_id == str(letter_id)
            )
        ).all()
    assert [e.user_login for e in opened] == [env.actor.login]
    qtbot.waitUntil(lambda: not dialog.viewer.busy, timeout=WAIT)
    dialog.close()
