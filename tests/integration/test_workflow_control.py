"""The control dashboard: overdue, due today and due soon, per executor and department."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from db.engine import Database
from db.migrate import upgrade
from db.models import Department, User
from letters.actors import Actor, resolve_actor
from letters.control import dashboard, dashboard_for
from letters.deadlines import on_registered
from letters.register import LetterDraft, register_letter
from letters.resolutions import write_resolution
from letters.workflow import mark_reply_sent

D = dt.date
TODAY = D(2026, 12, 1)  # a Tuesday


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    yield database
    database.dispose()


def setup_people(db: Database) -> dict[str, Actor]:
    with db.write() as session:
        resolve_actor(session, None)
        dept = Department(code="billing", name="Расчёты")
        session.add(dept)
        session.flush()
        for login, role in [("head", "head"), ("ann", "specialist"), ("bob", "specialist")]:
            session.add(
                User(login=login, full_name=login.title(), role=role, department_id=dept.id)
            )
    with db.read() as session:
        return {x: resolve_actor(session, x) for x in ("head", "ann", "bob")}


def letter(db: Database, registered: dt.date, executor: Actor | None, head: Actor) -> int:
    with db.write() as session:
        admin = resolve_actor(session, None)
        done = register_letter(
            session,
            admin,
            LetterDraft(received_on=registered, category="billing"),
            now=dt.datetime.combine(registered, dt.time(9), dt.UTC),
        )
        on_registered(session, admin, done.id)
        if executor is not None:
            write_resolution(session, head, done.id, executor_ids=[executor.id])
        return done.id


def test_buckets_and_counts(db: Database) -> None:
    p = setup_people(db)
    # Registered + 30 days: legal (and control) dates relative to TODAY = 01.12.2026.
    overdue = letter(db, D(2026, 10, 27), p["ann"], p["head"])  # due 26.11
    overdue2 = letter(db, D(2026, 10, 30), None, p["head"])  # due 30.11 (Monday)
    today = letter(db, D(2026, 11, 1), p["bob"], p["head"])  # due 01.12
    soon = letter(db, D(2026, 11, 3), p["ann"], p["head"])  # due 03.12
    letter(db, D(2026, 11, 20), p["ann"], p["head"])  # due 21.12: not shown
    answered = letter(db, D(2026, 10, 20), p["bob"], p["head"])  # was due 19.11, answered
    with db.write() as session:
        mark_reply_sent(session, p["bob"], answered, D(2026, 11, 18), "ИСХ-1")
    with db.read() as session:
        board = dashboard(session, actor=p["head"], today=TODAY)
        ann = dashboard_for(session, p["ann"], TODAY)
        head = dashboard_for(session, p["head"], TODAY)
    assert board.totals == {"overdue": 2, "due_today": 1, "due_soon": 1}
    assert [i.letter_id for i in board.letters("overdue")] == [overdue, overdue2]
    assert [i.letter_id for i in board.letters("due_today")] == [today]
    assert [i.letter_id for i in board.letters("due_soon")] == [soon]
    assert {(r.name, r.overdue, r.due_today, r.due_soon) for r in board.by_executor} == {
        ("Ann", 1, 0, 1),
        ("Bob", 0, 1, 0),
        ("", 1, 0, 0),
    }
    assert {(r.name, r.total) for r in board.by_department} == {("Расчёты", 3), ("", 1)}
    assert [i.letter_id for i in ann.items] == [overdue, soon]
    assert head.totals == board.totals


def test_head_control_date_moves_a_letter_into_due_today(db: Database) -> None:
    p = setup_people(db)
    letter_id = letter(db, D(2026, 11, 20), None, p["head"])  # due 21.12
    with db.write() as session:
        write_resolution(
            session, p["head"], letter_id, executor_ids=[p["ann"].id], control_on=TODAY
        )
    with db.read() as session:
        board = dashboard(session, actor=p["ann"], today=TODAY, executor_id=p["ann"].id)
    assert [(i.letter_id, i.bucket, i.control_on) for i in board.items] == [
        (letter_id, "due_today", TODAY)
    ]
