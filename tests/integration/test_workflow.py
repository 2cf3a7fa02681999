"""Deadlines at registration, extension, and the status workflow with its refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from db.engine import Database
from db.migrate import upgrade
from db.models import AuditEvent, Letter, User
from db.models_deadlines import LetterDeadline, ReplyTask
from letters import workflow
from letters.actors import Actor, resolve_actor
from letters.calendar import list_overrides, remove_override, set_override
from letters.deadlines import (
    DeadlineError,
    extend_deadline,
    on_category_changed,
    on_registered,
    recompute_open,
)
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter
from letters.resolutions import write_resolution
from letters.workflow import WorkflowError, mark_reply_sent, transition

D = dt.date
REVISION = "head"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine, REVISION)
    yield database
    database.dispose()


def add_user(database: Database, login: str, role: str) -> Actor:
    with database.write() as session:
        user = User(login=login, full_name=login.title(), role=role)
        session.add(user)
        session.flush()
        return Actor(user.id, login, role)


def register(
    database: Database,
    registered: dt.date,
    *,
    received: dt.date | None = None,
    category: str = "billing",
) -> int:
    with database.write() as session:
        actor = resolve_actor(session, None)
        done = register_letter(
            session,
            actor,
            LetterDraft(received_on=received or registered, category=category),
            now=dt.datetime.combine(registered, dt.time(9, 0), dt.UTC),
        )
        on_registered(session, actor, done.id)
        return done.id


@pytest.fixture
def people(db: Database) -> dict[str, Actor]:
    with db.write() as session:
        admin = resolve_actor(session, None)
    return {
        "admin": admin,
        "head": add_user(db, "head", "head"),
        "spec": add_user(db, "spec", "specialist"),
        "arch": add_user(db, "arch", "archivist"),
    }


def test_registration_fills_both_dates_with_the_explanation(db: Database) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.read() as session:
        letter = session.get(Letter, letter_id)
        row = session.get(LetterDeadline, letter_id)
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_id == str(letter_id))
        )
        actions = list(events)
    assert letter is not None and row is not None
    assert (letter.due_on, letter.control_on) == (D(2026, 1, 12), D(2025, 12, 30))
    assert row.rule_code == "reply_written_59fz"
    assert row.explanation == (
        "30 календарных дней с даты регистрации (59-ФЗ, ст. 12); "
        "01.01.2026 — нерабочий день, срок 12.01.2026; контроль 30.12.2025"
    )
    assert "letter.deadlines" in actions


def test_category_change_recomputes(db: Database, people: dict[str, Actor]) -> None:
    letter_id = register(db, D(2025, 12, 2), received=D(2025, 12, 1))
    with db.write() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None
        letter.category = "power_quality"
        dates = on_category_changed(session, people["admin"], letter_id)
    assert dates is not None and dates.rule_code == "utility_quality_complaint_354"
    assert (dates.legal, dates.control) == (D(2025, 12, 4), D(2025, 12, 4))
    assert dates.explanation_ru.startswith("3 рабочих дня с даты получения (Постановление № 354")
    with db.write() as session:  # nothing changed: recompute reports no change
        assert recompute_open(session, people["admin"]) == 0


def test_head_extends_within_the_limit_and_a_notice_is_queued(
    db: Database, people: dict[str, Actor]
) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.write() as session, pytest.raises(PermissionDenied):
        extend_deadline(session, people["spec"], letter_id, 10, "запрос в сетевую компанию")
    with db.write() as session, pytest.raises(DeadlineError) as info:
        extend_deadline(session, people["head"], letter_id, 10, "  ")
    assert info.value.code == "reason_required"
    with db.write() as session:
        dates = extend_deadline(session, people["head"], letter_id, 30, "запрос в сетевую компанию")
    # 02.12.2025 + 60 days = 31.01.2026, a Saturday.
    assert (dates.legal, dates.control) == (D(2026, 2, 2), D(2026, 1, 30))
    assert "продлён на 30 календарных дней" in dates.explanation_ru
    with db.write() as session, pytest.raises(DeadlineError) as info:
        extend_deadline(session, people["head"], letter_id, 1, "ещё")
    assert (info.value.code, info.value.details) == ("extension_too_long", {"left": 0})
    with db.read() as session:
        tasks = session.scalars(select(ReplyTask).where(ReplyTask.letter_id == letter_id)).all()
        letter = session.get(Letter, letter_id)
        extend_events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "letter.extend")
        ).all()
    assert [t.kind for t in tasks] == ["extension_notice"]
    assert tasks[0].payload["due_on"] == "2026-02-02" and tasks[0].done_at is None
    assert letter is not None and letter.due_on == D(2026, 2, 2)
    assert len(extend_events) == 1 and extend_events[0].user_login == "head"


@pytest.mark.parametrize(
    ("path", "refused", "code"),
    [
        ([], "done", "not_allowed"),
        ([], "reply_prepared", "not_allowed"),
        ([], "archived", "unknown_status"),
        (["in_progress", "reply_prepared"], "on_resolution", "not_allowed"),
        (["withdrawn"], "in_progress", "not_allowed"),
        ([], "no_answer", "reason_required"),
        (["in_progress"], "on_resolution", "reason_required"),
    ],
)
def test_moves_outside_the_graph_are_refused(
    db: Database, people: dict[str, Actor], path: list[str], refused: str, code: str
) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.write() as session:
        for status in path:
            transition(session, people["head"], letter_id, status, reason="x", on=D(2025, 12, 3))
    with db.write() as session, pytest.raises(WorkflowError) as info:
        transition(session, people["head"], letter_id, refused, on=D(2025, 12, 4))
    assert info.value.code == code
    assert (info.value.from_status, info.value.to_status) == ((path or ["registered"])[-1], refused)
    assert refused in str(info.value)


def test_roles_and_the_merged_tombstone(db: Database, people: dict[str, Actor]) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.write() as session, pytest.raises(PermissionDenied):
        transition(session, people["arch"], letter_id, "on_resolution")
    with db.write() as session, pytest.raises(PermissionDenied):  # not their letter
        transition(session, people["spec"], letter_id, "no_answer", reason="no_surname_or_address")
    assert not workflow.can_move(people["spec"], "registered", "no_answer")  # head-only move
    with db.write() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None
        letter.status = workflow.MERGED
    with db.write() as session, pytest.raises(WorkflowError) as info:
        transition(session, people["head"], letter_id, "in_progress")
    assert (info.value.code, info.value.from_status) == ("not_allowed", "merged")
    assert workflow.allowed_moves("merged") == frozenset()


def test_reply_sent_stops_the_clock(db: Database, people: dict[str, Actor]) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.write() as session:
        transition(session, people["head"], letter_id, "on_resolution", on=D(2025, 12, 2))
        transition(session, people["head"], letter_id, "in_progress", on=D(2025, 12, 3))
    with db.write() as session, pytest.raises(WorkflowError) as info:
        mark_reply_sent(session, people["spec"], letter_id, D(2025, 12, 20), " ")
    assert info.value.code == "reply_number_required"
    with db.write() as session:
        mark_reply_sent(session, people["spec"], letter_id, D(2025, 12, 20), "ИСХ-2025-000007")
    with db.read() as session:
        letter = session.get(Letter, letter_id)
        row = session.get(LetterDeadline, letter_id)
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "letter.status").order_by(AuditEvent.id)
        ).all()
    assert letter is not None and row is not None
    assert letter.status == "reply_sent"
    assert (row.closed_on, row.days_early_or_late, row.reply_reg_no) == (
        D(2025, 12, 20),
        23,  # 12.01.2026 - 20.12.2025
        "ИСХ-2025-000007",
    )
    assert [(e.before, (e.after or {})["status"]) for e in audit] == [
        ({"status": "registered"}, "on_resolution"),
        ({"status": "on_resolution"}, "in_progress"),
        ({"status": "in_progress"}, "reply_sent"),
    ]
    assert (audit[-1].after or {})["reply_reg_no"] == "ИСХ-2025-000007"
    with db.write() as session, pytest.raises(DeadlineError) as closed:
        extend_deadline(session, people["head"], letter_id, 5, "поздно")
    assert closed.value.code == "closed"
    with db.write() as session:
        done = transition(session, people["head"], letter_id, "done", on=D(2025, 12, 22))
        assert done.from_status == "reply_sent"
        assert recompute_open(session, people["admin"]) == 0


def test_late_reply_and_forwarding(db: Database, people: dict[str, Actor]) -> None:
    late = register(db, D(2025, 12, 2))
    forwarded = register(db, D(2025, 12, 2), category="connection")
    with db.write() as session:  # the head assigns both to the specialist
        for letter_id in (late, forwarded):
            write_resolution(session, people["head"], letter_id, executor_ids=[people["spec"].id])
    with db.write() as session:
        sent = transition(session, people["spec"], late, "reply_sent", on=D(2026, 1, 14))
        moved = transition(
            session,
            people["spec"],
            forwarded,
            "forwarded",
            reason="ПАО «Россети»",
            on=D(2025, 12, 8),
        )
    assert sent.days_early_or_late == -2
    assert moved.days_early_or_late == 1  # forward by 09.12.2025 (59-FZ art. 8 p. 3)
    with db.read() as session:
        tasks = session.scalars(select(ReplyTask).where(ReplyTask.letter_id == forwarded)).all()
    assert [(t.kind, t.payload) for t in tasks] == [("forward_notice", {"to": "ПАО «Россети»"})]


def test_calendar_override_is_used_after_recompute(db: Database, people: dict[str, Actor]) -> None:
    letter_id = register(db, D(2025, 12, 2))
    with db.write() as session:
        set_override(session, people["admin"], D(2025, 12, 31), True, "Постановление № 0 (тест)")
        with pytest.raises(ValueError):
            set_override(session, people["admin"], D(2025, 12, 30), False, " ")
    with db.write() as session:
        assert [o.day for o in list_overrides(session, 2025)] == [D(2025, 12, 31)]
        assert recompute_open(session, people["admin"], [letter_id]) == 1
        letter = session.get(Letter, letter_id)
        assert letter is not None and letter.control_on == D(2025, 12, 31)
        assert letter.due_on == D(2026, 1, 12)
        assert remove_override(session, people["admin"], D(2025, 12, 31))
    with db.write() as session:
        assert recompute_open(session, people["admin"]) == 1
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"calendar.override", "calendar.override_removed"} <= actions
