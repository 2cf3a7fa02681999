"""What each role may read: a specialist sees exactly the letters of their active resolution
(as executor or co-executor) and of their department, in every read service; an archivist
reads everything and changes nothing but the archive. On SQLite and PostgreSQL.

The permission matrix itself (every role × every action) is test_permissions_matrix.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Department, Letter, User
from db.search import SearchFilters
from letters.actors import Actor, resolve_actor
from letters.control import dashboard
from letters.discipline import discipline_report
from letters.export import iter_records
from letters.history import consumer_history, letter_history
from letters.journals import journal_rows
from letters.permissions import PermissionDenied
from letters.queries import RegisterQuery, all_register_rows, register_count, register_page
from letters.resolutions import reassign, write_resolution
from letters.search import count_letters, hit_boxes, search_letters
from letters.verification import attention_count, link_manually, load_card
from letters.workflow import transition
from tests.integration.test_replies import make_letter, migrated_database

ACCOUNT = "390012345678"
WORDS = "начисления"  # every letter's summary: «Просьба разобраться с начислениями»


@dataclass
class World:
    database: Any
    people: dict[str, Actor]
    letters: dict[str, int]  # what the letter is to ann -> id

    def ids(self, *names: str) -> set[int]:
        return {self.letters[n] for n in names}


ANN_SEES = ("mine", "co", "dept")
BOB_SEES = ("mine", "co", "other", "moved")  # department «Сети» on every one of them


def _build(database: Any) -> World:
    with database.write() as session:
        admin = resolve_actor(session, None)
        billing = Department(code="ABON", name="Абонентский отдел")
        grid = Department(code="GRID", name="Сети")
        session.add_all([billing, grid])
        session.flush()
        people = {"admin": admin}
        for login, role, dept in (
            ("head", "head", billing.id),
            ("ann", "specialist", billing.id),
            ("bob", "specialist", grid.id),
            ("vera", "specialist", None),
            ("arch", "archivist", None),
        ):
            user = User(login=login, full_name=login.title(), role=role, department_id=dept)
            session.add(user)
            session.flush()
            people[login] = Actor.of(user)
        head, ann, bob, vera = (people[x] for x in ("head", "ann", "bob", "vera"))
        letters = {
            n: make_letter(session, admin, account=ACCOUNT)
            for n in ("mine", "co", "dept", "other", "moved", "unassigned")
        }

        def resolve(name: str, executors: list[Actor], dept: int) -> None:
            ids = [x.id for x in executors]
            write_resolution(session, head, letters[name], executor_ids=ids, department_id=dept)

        resolve("mine", [ann], grid.id)  # ann executes, for another department
        resolve("co", [bob, ann], grid.id)  # ann is a co-executor
        resolve("dept", [vera], billing.id)  # ann's department's letter
        resolve("other", [bob], grid.id)
        resolve("moved", [ann], grid.id)  # ann's once, then handed to bob: not hers any more
        reassign(
            session,
            head,
            letters["moved"],
            executor_ids=[bob.id],
            reason="отпуск",
            department_id=grid.id,
        )
    return World(database, people, letters)


@pytest.fixture
def world(db_url: str) -> Iterator[World]:
    for database in migrated_database(db_url):
        yield _build(database)


def _register_ids(session: Any, actor: Actor) -> set[int]:
    page = register_page(session, RegisterQuery(), limit=2, actor=actor)
    ids = [r.id for r in page.rows]
    while page.next_cursor is not None:
        page = register_page(session, RegisterQuery(), page.next_cursor, 2, actor=actor)
        ids += [r.id for r in page.rows]
    assert len(ids) == len(set(ids))
    assert ids == [r.id for r in all_register_rows(session, RegisterQuery(), actor=actor)]
    assert register_count(session, RegisterQuery().filter, actor=actor) == len(ids)
    return set(ids)


def _search_ids(session: Any, actor: Actor, text: str, **kwargs: Any) -> set[int]:
    result = search_letters(session, text, with_total=True, actor=actor, **kwargs)
    ids = {h.letter_id for h in result.hits}
    if result.total is not None and not result.fuzzy_used:
        assert result.total == len(ids)
    return ids


def test_specialist_sees_their_own_co_executed_and_department_letters(world: World) -> None:
    ann, bob, vera = (world.people[x] for x in ("ann", "bob", "vera"))
    expected = world.ids(*ANN_SEES)
    with world.database.read() as session:
        assert _register_ids(session, ann) == expected
        assert _register_ids(session, bob) == world.ids(*BOB_SEES)
        assert _register_ids(session, vera) == world.ids("dept")

        # search: words, words with filters, negation only, filters only (both engines)
        assert _search_ids(session, ann, WORDS) == expected
        assert _search_ids(session, ann, WORDS, filters=SearchFilters(linked=True)) == expected
        assert _search_ids(session, ann, "-несуществующее") == expected
        assert _search_ids(session, ann, "", filters=SearchFilters(account=ACCOUNT)) == expected
        assert count_letters(session, WORDS, actor=ann) == len(expected)
        assert count_letters(session, "-несуществующее", actor=ann) == len(expected)
        fuzzy = search_letters(session, "начесления", fuzzy="always", actor=ann)
        assert {h.letter_id for h in fuzzy.hits} <= expected
        assert _search_ids(session, bob, WORDS) == world.ids(*BOB_SEES)

        # the consumer's history lists only their letters of that consumer
        history = consumer_history(session, ACCOUNT, actor=ann)
        assert history.consumer is not None and history.consumer.account == ACCOUNT
        assert {a.letter_id for a in history.appeals} == expected

        # the cards: their own open, any other is refused
        for name, letter_id in world.letters.items():
            if name in ANN_SEES:
                assert load_card(session, letter_id, actor=ann).id == letter_id
                assert letter_history(session, letter_id, actor=ann)
                assert hit_boxes(session, letter_id, [WORDS], actor=ann) == []
                continue
            for read in (load_card, letter_history):
                with pytest.raises(PermissionDenied) as denied:
                    read(session, letter_id, actor=ann)
                assert (denied.value.action, denied.value.letter_id) == ("letter.view", letter_id)
            with pytest.raises(PermissionDenied):
                hit_boxes(session, letter_id, [WORDS], actor=ann)


def test_specialist_has_no_office_wide_reads(world: World) -> None:
    ann = world.people["ann"]
    with world.database.read() as session:
        refused = {
            "letter.export": lambda: list(iter_records(session, actor=ann)),
            "journal.print": lambda: journal_rows(session, "incoming", *_period(), actor=ann),
            "report.view": lambda: discipline_report(session, *_period(), actor=ann),
            "letter.verify": lambda: attention_count(session, actor=ann),
        }
        for action, call in refused.items():
            with pytest.raises(PermissionDenied) as denied:
                call()
            assert (denied.value.action, denied.value.role) == (action, "specialist")
        # their own control dashboard, yes; the office's, no
        own = dashboard(session, actor=ann, today=_period()[1], executor_id=ann.id)
        assert {i.letter_id for i in own.items} <= world.ids(*ANN_SEES)
        with pytest.raises(PermissionDenied):
            dashboard(session, actor=ann, today=_period()[1])


def test_specialist_cannot_change_a_letter_outside_their_scope(world: World) -> None:
    ann = world.people["ann"]
    with pytest.raises(PermissionDenied), world.database.write() as session:
        transition(session, ann, world.letters["other"], "waiting")


def test_archivist_reads_everything_and_changes_nothing(world: World) -> None:
    arch = world.people["arch"]
    everything = set(world.letters.values())
    with world.database.read() as session:
        events_before = session.scalar(select(func.count(AuditEvent.id)))
        versions = dict(session.execute(select(Letter.id, Letter.version)).all())
        assert _register_ids(session, arch) == everything
        assert _search_ids(session, arch, WORDS) == everything
        assert count_letters(session, WORDS, actor=arch) == len(everything)
        history = consumer_history(session, ACCOUNT, actor=arch)
        assert {a.letter_id for a in history.appeals} == everything
        for letter_id in everything:
            assert load_card(session, letter_id, actor=arch).id == letter_id
        assert {r["reg_no"] for r in iter_records(session, actor=arch)} == set(
            session.scalars(select(Letter.reg_no))
        )
        assert len(journal_rows(session, "incoming", *_period(), actor=arch)) == len(everything)
        discipline_report(session, *_period(), actor=arch)
    letter_id = world.letters["unassigned"]
    writes = {
        "letter.verify": lambda s: link_manually(s, arch, letter_id, versions[letter_id], ACCOUNT),
        "letter.transition": lambda s: transition(s, arch, letter_id, "withdrawn"),
        "letter.resolve": lambda s: write_resolution(
            s, arch, letter_id, executor_ids=[world.people["ann"].id]
        ),
    }
    for action, write in writes.items():
        with pytest.raises(PermissionDenied) as denied, world.database.write() as session:
            write(session)
        assert (denied.value.action, denied.value.role) == (action, "archivist")
    with world.database.read() as session:
        assert dict(session.execute(select(Letter.id, Letter.version)).all()) == versions
        assert session.scalar(select(func.count(AuditEvent.id))) == events_before


def _period() -> tuple[dt.date, dt.date]:
    """A period holding every letter registered by these tests (today)."""
    today = dt.date.today()
    return today - dt.timedelta(days=400), today + dt.timedelta(days=1)
