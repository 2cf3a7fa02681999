"""Resolutions, reassignment history and routing rules (round robin, least loaded, preview)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from db.engine import Database
from db.migrate import upgrade
from db.models import AuditEvent, Department, Letter, User
from letters.actors import Actor, resolve_actor
from letters.deadlines import on_registered
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter
from letters.resolutions import ResolutionError, current, history, reassign, write_resolution
from letters.routing import (
    LetterBrief,
    RoutingRuleDTO,
    list_rules,
    preview_rule,
    preview_rules,
    recent_letters,
    route_letter,
    save_rule,
)

D = dt.date


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def org(db: Database) -> dict[str, int]:
    """Two departments; billing has three specialists and a head, grid has none."""
    with db.write() as session:
        resolve_actor(session, None)
        billing, grid = (
            Department(code="billing", name="Расчёты"),
            Department(code="grid", name="Сети"),
        )
        session.add_all([billing, grid])
        session.flush()
        ids = {"billing": billing.id, "grid": grid.id}
        for login, role, dept in [
            ("head", "head", billing.id),
            ("ann", "specialist", billing.id),
            ("bob", "specialist", billing.id),
            ("cat", "specialist", billing.id),
            ("old", "specialist", billing.id),
        ]:
            user = User(login=login, full_name=login.title(), role=role, department_id=dept)
            user.active = login != "old"
            session.add(user)
            session.flush()
            ids[login] = user.id
    return ids


def actor(db: Database, login: str | None) -> Actor:
    with db.read() as session:
        return resolve_actor(session, login)


def register(db: Database, category: str = "billing", channel: str = "post") -> int:
    with db.write() as session:
        admin = resolve_actor(session, None)
        done = register_letter(
            session,
            admin,
            LetterDraft(received_on=D(2026, 11, 2), category=category, channel=channel),
            now=dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.UTC),
        )
        on_registered(session, admin, done.id)
        return done.id


def test_resolution_then_reassignment_keeps_history(db: Database, org: dict[str, int]) -> None:
    letter_id = register(db)
    head, spec = actor(db, "head"), actor(db, "ann")
    with db.write() as session, pytest.raises(PermissionDenied):
        write_resolution(session, spec, letter_id, executor_ids=[org["bob"]])
    with db.write() as session, pytest.raises(ResolutionError) as info:
        write_resolution(session, head, letter_id, executor_ids=[org["old"]])
    assert info.value.code == "unknown_user"
    with db.write() as session, pytest.raises(ResolutionError) as info:
        write_resolution(
            session, head, letter_id, executor_ids=[org["ann"]], control_on=D(2026, 12, 31)
        )
    assert info.value.code == "control_after_due"
    with db.write() as session:
        first = write_resolution(
            session,
            head,
            letter_id,
            executor_ids=[org["ann"], org["bob"]],
            text="Проверить начисления и ответить",
            control_on=D(2026, 11, 25),
        )
    assert first.executors == ("Ann", "Bob") and first.department == "Расчёты"
    with db.write() as session:
        second = reassign(
            session, head, letter_id, executor_ids=[org["cat"]], reason="Ann в отпуске"
        )
    assert second.text == "Проверить начисления и ответить"
    assert second.control_on == D(2026, 11, 25)
    with db.read() as session:
        rows = history(session, letter_id)
        letter = session.get(Letter, letter_id)
        now = current(session, letter_id)
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == str(letter_id)))
        )
    assert [(r.kind, r.executor_ids, r.active) for r in rows] == [
        ("resolution", (org["ann"], org["bob"]), False),
        ("reassignment", (org["cat"],), True),
    ]
    assert now is not None and now.reason == "Ann в отпуске"
    assert letter is not None and letter.status == "in_progress"
    assert letter.control_on == D(2026, 11, 25)
    assert {"letter.resolution", "letter.reassignment", "letter.status"} <= set(actions)


def test_round_robin_and_least_loaded(db: Database, org: dict[str, int]) -> None:
    admin = actor(db, None)
    with db.write() as session, pytest.raises(PermissionDenied):
        save_rule(session, actor(db, "head"), RoutingRuleDTO(org["billing"]))
    with db.write() as session:
        save_rule(session, admin, RoutingRuleDTO(org["billing"], position=20, category="billing"))
        save_rule(session, admin, RoutingRuleDTO(org["grid"], position=10, category="connection"))
        least = save_rule(
            session,
            admin,
            RoutingRuleDTO(org["billing"], position=30, strategy="least_loaded"),
        )
    picked = []
    for _ in range(4):
        letter_id = register(db)
        with db.write() as session:
            decision = route_letter(session, admin, letter_id)
        assert decision is not None
        picked.append(decision.executor_id)
    assert picked == [org["ann"], org["bob"], org["cat"], org["ann"]]

    grid_letter = register(db, category="connection")
    with db.write() as session:
        decision = route_letter(session, admin, grid_letter)
        letter = session.get(Letter, grid_letter)
        assert decision is not None and decision.executor_id is None  # nobody in Сети
        assert letter is not None and letter.status == "on_resolution"

    # Ann has 2 open letters, Bob and Cat 1: least loaded picks Bob, then Cat.
    loads = []
    for _ in range(2):
        letter_id = register(db, category="other")
        with db.write() as session:
            decision = route_letter(session, admin, letter_id)
        assert decision is not None and decision.rule_id == least
        loads.append(decision.executor_id)
    assert loads == [org["bob"], org["cat"]]


def test_preview_shows_what_a_rule_would_match(db: Database, org: dict[str, int]) -> None:
    ids = [register(db, "billing"), register(db, "connection"), register(db, "billing", "phone")]
    with db.read() as session:
        recent = recent_letters(session, actor=resolve_actor(session, None))
        assert list_rules(session) == []
    assert [x.id for x in recent] == ids[::-1]
    billing = RoutingRuleDTO(org["billing"], category="billing")
    phone = RoutingRuleDTO(org["grid"], channel="phone", position=-1)
    assert {x.id for x in preview_rule(billing, recent)} == {ids[0], ids[2]}
    got = preview_rules([billing, phone], recent)
    assert [x.id for x in got[0]] == [ids[0]]  # the phone letter goes to the earlier rule
    assert [x.id for x in got[1]] == [ids[2]]
    sample = LetterBrief(0, "x", dt.datetime.now(dt.UTC), "billing", "post", "")
    assert preview_rule(RoutingRuleDTO(1, category="billing", active=False), [sample]) == []
