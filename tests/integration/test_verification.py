"""Verification services: load a card, accept it, link it, and refuse stale changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Letter
from letters.history import consumer_history, letter_history
from letters.verification import (
    accept_card,
    attention_count,
    compare,
    link_manually,
    load_card,
    neighbours,
    next_needing_attention,
    pick_candidate,
    unlink,
)
from letters.verification_types import CardEdits, LinkChoice, StaleCard, VerificationError
from tests.integration.verification_data import (
    READER,
    actor,
    add_consumers,
    register,
    store_of,
    suggested_candidates,
)


@pytest.fixture
def setup(database, store_dir):
    add_consumers(database)
    return database, store_of(store_dir)


def edits_of(card, **changes) -> CardEdits:
    f = card.fields
    base = CardEdits(
        f["name"].value,
        f["address"].value,
        f["phone"].value,
        f["email"].value,
        f["account"].value,
        card.category,
        card.summary,
        card.received_on,
    )
    return dataclasses.replace(base, **changes)


def test_load_card_gives_fields_candidates_and_pages(setup) -> None:
    database, store = setup
    letter_id = register(
        database,
        store,
        pages=2,
        link="suggested",
        candidates=suggested_candidates(),
        confidence=0.6,
        account="1000000009",
    )
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    assert card.fields["name"].value == "Иванов Иван Иванович"
    assert card.fields["name"].confidence == pytest.approx(0.6)
    assert card.fields["name"].box == (0, 10, 20, 40, 20)
    assert card.fields["name"].is_doubtful(verified=False)
    assert card.fields["email"].confidence is None and not card.fields["email"].is_doubtful(False)
    assert not card.confident and card.link_doubtful
    first, second = card.candidates
    assert (first.rank, first.account, first.registry.full_name) == (
        1,
        "1000000002",
        "Иванов Игорь Петрович",
    )
    assert first.matches["name"] == "differs" and first.matches["phone"] == "differs"
    assert second.matches["name"] == "same" and second.matches["address"] == "same"
    assert second.matches["account"] == "differs"  # the letter says …009
    assert [p.index for p in card.pages] == [0, 1]
    assert card.pages[0].image_rel_path and store.path_of(card.pages[0].image_rel_path).is_file()
    assert card.pages[0].words[0].text == "Страница"
    assert card.link.consumer is None and card.source_name == "scan.pdf"


def test_compare_kinds() -> None:
    assert compare("phone", "8 (900) 111-22-33", "+79001112233") == "same"
    assert compare("name", "Иванову И.И.", "Иванов Иван Иванович") in ("same", "similar")
    assert compare("email", "", "a@b.ru") == "missing"
    assert compare("account", "1000000001", "1000000002") == "differs"


def test_queue_order_wraps_and_counts(setup) -> None:
    database, store = setup
    a = register(database, store)
    b = register(database, store, needs_review=False)
    c = register(database, store)
    with database.read() as session:
        assert next_needing_attention(session, actor=READER) == a
        assert next_needing_attention(session, a, actor=READER) == c
        assert next_needing_attention(session, c, actor=READER) == a  # wraps around, skips b
        assert attention_count(session, actor=READER) == 2
        prev, nxt = neighbours(session, b, actor=READER)
    assert prev is not None and prev.id == a and nxt is not None and nxt.id == c


def test_accept_auto_link_keeps_auto_and_audits(setup) -> None:
    database, store = setup
    letter_id = register(database, store)
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    clerk = actor(database, "petrova")
    with database.write() as session:
        version = accept_card(
            session,
            clerk,
            letter_id,
            card.version,
            edits_of(card, name="Иванов  Иван Иванович ", category="recalculation"),
        )
    assert version > card.version
    with database.read() as session:
        letter = session.get(Letter, letter_id)
        assert (letter.verified, letter.needs_review) == (True, False)
        assert (letter.link_status, letter.category) == ("auto", "recalculation")
        assert letter.sender_name == "Иванов Иван Иванович"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "letter.accept")
        ).one()
        assert event.user_login == "petrova" and event.entity_id == str(letter_id)
        assert event.before["category"] == "billing" and event.after["category"] == "recalculation"
        assert event.after["verified"] is True
        assert next_needing_attention(session, actor=READER) is None


def test_confident_card_is_confident(setup) -> None:
    database, store = setup
    letter_id = register(database, store)
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    assert card.confident


def test_accept_with_candidate_choice_confirms(setup) -> None:
    database, store = setup
    admin = actor(database)
    letter_id = register(database, store, link="suggested", candidates=suggested_candidates())
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    with database.write() as session:
        accept_card(
            session,
            admin,
            letter_id,
            card.version,
            edits_of(card, link=LinkChoice("1000000001", "candidate")),
        )
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    assert (card.link.status, card.link.method) == ("confirmed", "candidate")
    assert card.link.consumer is not None and card.link.consumer.account == "1000000001"
    assert card.link.score == pytest.approx(0.55)


def test_accept_with_search_choice_or_typed_account_is_manual(setup) -> None:
    database, store = setup
    admin = actor(database)
    one = register(database, store, link="suggested", candidates=suggested_candidates())
    two = register(database, store, link="none", candidates=[], account="1000000008")
    with database.read() as session:
        card_one = load_card(session, one, actor=READER)
        card_two = load_card(session, two, actor=READER)
    with database.write() as session:
        accept_card(
            session,
            admin,
            one,
            card_one.version,
            edits_of(card_one, link=LinkChoice("1000000003", "search")),
        )
        accept_card(
            session,
            admin,
            two,
            card_two.version,
            edits_of(card_two, account="10000-00003"),
        )
    with database.read() as session:
        one_card = load_card(session, one, actor=READER)
        two_card = load_card(session, two, actor=READER)
    assert (one_card.link.status, one_card.link.method) == ("manual", "registry_search")
    assert (two_card.link.status, two_card.link.method) == ("manual", "account_typed")
    assert two_card.fields["account"].value == "1000000003"


def test_pick_link_unlink_and_refusals(setup) -> None:
    database, store = setup
    letter_id = register(database, store, link="suggested", candidates=suggested_candidates())
    clerk = actor(database)
    with database.read() as session:
        version = load_card(session, letter_id, actor=READER).version
    with database.write() as session:
        version = pick_candidate(session, clerk, letter_id, version, "1000000002")
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    assert card.link.status == "confirmed" and card.link.consumer.account == "1000000002"
    with pytest.raises(VerificationError) as info, database.write() as session:
        pick_candidate(session, clerk, letter_id, version, "1000000003")
    assert info.value.code == "not_a_candidate"
    with pytest.raises(VerificationError) as info, database.write() as session:
        link_manually(session, clerk, letter_id, version, "5555555555")
    assert info.value.code == "unknown_account"
    with database.write() as session:
        version = link_manually(session, clerk, letter_id, version, "1000000003")
        version = unlink(session, clerk, letter_id, version)
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
        actions = [e.action for e in letter_history(session, letter_id, actor=READER)]
    assert card.link.status == "none" and card.link.consumer is None
    assert len(card.candidates) == 2  # kept for a later choice
    assert actions[:3] == ["letter.unlink", "letter.link", "letter.link"]
    assert "letter.register" in actions


def test_stale_version_names_the_other_change(setup) -> None:
    database, store = setup
    admin = actor(database)
    letter_id = register(database, store)
    other = actor(database, "petrova")
    with database.read() as session:
        seen = load_card(session, letter_id, actor=READER)
    with database.write() as session:  # another clerk is quicker
        accept_card(
            session,
            other,
            letter_id,
            seen.version,
            edits_of(seen, summary="Их правка"),
        )
    with pytest.raises(StaleCard) as info, database.write() as session:
        accept_card(session, admin, letter_id, seen.version, edits_of(seen, summary="Моя правка"))
    stale = info.value
    assert stale.seen == seen.version and stale.current > seen.version
    assert stale.change is not None
    assert (stale.change.user_login, stale.change.action) == ("petrova", "letter.accept")
    with database.read() as session:
        assert session.get(Letter, letter_id).summary == "Их правка"


def test_bad_category_is_refused(setup) -> None:
    database, store = setup
    admin = actor(database)
    letter_id = register(database, store)
    with database.read() as session:
        card = load_card(session, letter_id, actor=READER)
    with pytest.raises(VerificationError) as info, database.write() as session:
        accept_card(session, admin, letter_id, card.version, edits_of(card, category="nonsense"))
    assert info.value.code == "bad_category"


def test_consumer_history_lists_every_channel_newest_first(setup) -> None:
    database, store = setup
    first = register(database, store)
    second = register(database, store, channel="phone")
    register(database, store, account="1000000003", name="Петрова Анна Сергеевна")
    with database.read() as session:
        history = consumer_history(session, "1000000001", actor=READER)
        unknown = consumer_history(session, "999", actor=READER)
    assert history.consumer is not None and history.consumer.full_name == "Иванов Иван Иванович"
    assert [a.letter_id for a in history.appeals] == [second, first]
    assert [a.channel for a in history.appeals] == ["phone", "post"]
    assert history.replies == ()
    assert unknown.consumer is None and unknown.appeals == ()
    assert isinstance(history.appeals[0].registered_at, dt.datetime)
    assert history.appeals[0].registered_at.tzinfo is not None
