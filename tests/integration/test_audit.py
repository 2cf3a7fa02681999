"""The audit log is append-only (service API, ORM and database triggers), filterable, and
exports extracts; sign-in and user management are audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import upgrade
from db.models import AuditEvent
from letters import audit, auth, users
from letters.actors import Actor, resolve_actor
from letters.permissions import PermissionDenied


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    upgrade(db.engine)
    yield db
    db.dispose()


def _people(database: Database) -> dict[str, Actor]:
    with database.write() as session:
        admin = resolve_actor(session, None)
        dept = users.save_department(
            session, admin, users.DepartmentInfo(None, "ABON", "Абонентский отдел")
        )
        for login, role in (("ivanova", "clerk"), ("sidorov", "archivist")):
            users.save_user(
                session,
                admin,
                users.UserInfo(None, login, login.title(), role, dept),
                "пароль-надёжный",
            )
    with database.read() as session:
        return {
            "admin": resolve_actor(session, None),
            "ivanova": resolve_actor(session, "ivanova"),
            "sidorov": resolve_actor(session, "sidorov"),
        }


def test_there_is_no_api_to_change_or_delete_entries() -> None:
    public = {name for name in dir(audit) if not name.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("delete", "update", "remove", "edit"))}


def test_the_orm_refuses_to_change_or_delete_an_entry(database: Database) -> None:
    people = _people(database)
    for change in ("update", "delete"):
        with pytest.raises(audit.AuditImmutable), database.write() as session:
            entry = session.scalars(select(AuditEvent)).first()
            assert entry is not None
            if change == "update":
                entry.user_login = "someone-else"
            else:
                session.delete(entry)
            session.flush()
    with database.read() as session:
        logins = set(session.scalars(select(AuditEvent.user_login)))
    assert logins == {people["admin"].login}


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_event SET user_login = 'x'",
        "DELETE FROM audit_event",
    ],
)
def test_the_database_trigger_refuses_update_and_delete(database: Database, statement: str) -> None:
    _people(database)
    with database.read() as session:
        before = session.scalar(select(func.count(AuditEvent.id)))
    with pytest.raises(DBAPIError) as info, database.write() as session:
        session.execute(text(statement))
    assert "append-only" in str(info.value)
    with database.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == before
        assert "x" not in set(session.scalars(select(AuditEvent.user_login)))


def test_truncate_is_refused_on_postgresql(database: Database) -> None:
    if database.engine.dialect.name != "postgresql":
        assert database.engine.dialect.name == "sqlite"  # SQLite has no TRUNCATE
        return
    _people(database)
    with pytest.raises(DBAPIError), database.write() as session:
        session.execute(text("TRUNCATE audit_event"))


def test_viewer_filters_and_extract(database: Database) -> None:
    people = _people(database)
    audit.log(database, people["ivanova"], "search", "letter", "", {"query": "счётчик"})
    audit.log(database, people["ivanova"], "letter.open", "letter", 7)
    audit.log(database, people["sidorov"], "letter.open", "letter", 8)
    with database.read() as session:
        with pytest.raises(PermissionDenied):
            audit.query(session, people["ivanova"], audit.AuditFilter())
        boss = people["admin"]
        mine = audit.query(session, boss, audit.AuditFilter(user_login="ivanova"))
        opened = audit.query(session, boss, audit.AuditFilter(action="letter.open"))
        users_ = audit.query(session, boss, audit.AuditFilter(action="user."))
        by_id = audit.query(session, boss, audit.AuditFilter(entity="letter", entity_id="8"))
        today = dt.datetime.now(dt.UTC).date()
        future = audit.query(session, boss, audit.AuditFilter(since=today + dt.timedelta(days=2)))
        logins = audit.users_in_log(session, boss)
    assert [e.action for e in mine] == ["letter.open", "search"]  # newest first
    assert {e.user_login for e in opened} == {"ivanova", "sidorov"}
    assert {e.action for e in users_} == {"user.create"} and len(users_) == 2
    assert [e.user_login for e in by_id] == ["sidorov"]
    assert future == []
    assert set(logins) == {"admin", "ivanova", "sidorov"}
    rows = list(csv.DictReader(io.StringIO(audit.extract(mine, "csv"))))
    assert [r["action"] for r in rows] == ["search", "letter.open"]  # oldest first
    assert json.loads(rows[0]["after"]) == {"query": "счётчик"}
    lines = [json.loads(line) for line in audit.extract(mine, "jsonl").splitlines()]
    assert [r["entity_id"] for r in lines] == ["", "7"]


def test_sign_in_and_failures(database: Database) -> None:
    _people(database)
    with database.read() as session:
        assert auth.authenticate(session, "ivanova", "пароль-надёжный").role == "clerk"
        for login, password, reason in (
            ("ivanova", "wrong", "wrong_password"),
            ("ivanova", None, "password_required"),
            ("nobody", "x", "unknown"),
        ):
            with pytest.raises(auth.AuthError) as info:
                auth.authenticate(session, login, password)
            assert info.value.reason == reason
            auth.log_failure(database, info.value)
    with database.read() as session:
        failures: list[Any] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "auth.failed")
        ).all()
    assert [(f.entity_id, (f.after or {})["why"]) for f in failures] == [
        ("ivanova", "wrong_password"),
        ("nobody", "unknown"),
    ]


def test_first_admin_and_the_last_admin_guard(database: Database) -> None:
    with database.write() as session:
        assert auth.needs_first_admin(session)
        with pytest.raises(auth.AuthError):
            auth.create_first_admin(session, "boss", "Босс", "short")
    with database.write() as session:
        admin = auth.create_first_admin(session, "boss", "Начальник", "длинный-пароль")
    with database.write() as session:
        assert not auth.needs_first_admin(session)
        assert auth.authenticate(session, "boss", "длинный-пароль") == admin
        with pytest.raises(auth.AuthError):
            auth.create_first_admin(session, "other", "", "длинный-пароль")
        me = next(u for u in users.list_users(session, admin) if u.login == "boss")
        with pytest.raises(users.UserError) as info:
            users.save_user(session, admin, users.UserInfo(me.id, "boss", role="clerk"))
        assert info.value.code == "last_admin"


def test_hashes_are_scrypt_and_salted() -> None:
    one, two = auth.hash_password("секрет-123"), auth.hash_password("секрет-123")
    assert one != two and one.startswith("scrypt$")
    assert auth.verify_password("секрет-123", one) and auth.verify_password("секрет-123", two)
    assert not auth.verify_password("секрет-124", one)
    assert not auth.verify_password("секрет-123", "md5$abc")
