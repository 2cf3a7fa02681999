"""Every role × every service action: the services themselves allow exactly what
``letters.permissions.MATRIX`` says, and a refused action changes nothing.

Each attempt calls the real service in a write transaction that is then rolled back, so
every role meets the same world. The specialist is the executor of the letter, so for
scoped actions "allowed" means allowed within their own letters (scope itself is covered by
test_permissions_scope.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, Department, Letter, User
from db.store import FileStore
from letters import audit, users
from letters.actors import Actor, resolve_actor
from letters.archive import file_letters
from letters.backup import BackupError, backup
from letters.backup_restore import restore
from letters.capture import ImportOptions, import_files
from letters.consumers import import_registry
from letters.deadlines import extend_deadline
from letters.discipline import discipline_report
from letters.doctor import DoctorReport, repair
from letters.export import iter_records
from letters.history import consumer_history
from letters.journals import journal_rows
from letters.outgoing import record_dispatch, register_reply
from letters.permissions import MATRIX, ROLES, PermissionDenied
from letters.phone import PhoneCall, register_call
from letters.replies import prepare_reply
from letters.reply_templates import load_shipped, save_template
from letters.resolutions import write_resolution
from letters.search import search_letters
from letters.settings import CompanyRequisites, save_requisites
from letters.verification import link_manually, load_card
from letters.workflow import transition
from tests.integration.test_replies import example_values, make_letter, migrated_database

DAY = dt.date(2026, 3, 10)
ACCOUNT = "390012345678"


@dataclass
class World:
    database: Any
    store: FileStore
    tmp: Path
    letter_id: int
    reply_id: int
    reg_no: str  # of the answered (closed) letter, for filing into a case
    dept_id: int
    specialist_id: int
    actors: dict[str, Actor]

    def version(self, session: Any) -> int:
        return int(session.scalar(select(Letter.version).where(Letter.id == self.letter_id)))


class Rollback(Exception):
    pass


def _reply_doc(session: Any, actor: Actor, w: World) -> Any:
    values = example_values(load_shipped()["free_text"])
    return prepare_reply(session, actor, [w.letter_id], "free_text", values)


# action -> one real service call that needs exactly that permission
ATTEMPTS: dict[str, Callable[[Any, Actor, World], object]] = {
    "letter.view": lambda s, a, w: load_card(s, w.letter_id, actor=a),
    "search": lambda s, a, w: search_letters(s, "начисления", actor=a),
    "consumer.view": lambda s, a, w: consumer_history(s, ACCOUNT, actor=a),
    "report.view": lambda s, a, w: discipline_report(s, DAY, DAY, actor=a),
    "journal.print": lambda s, a, w: journal_rows(s, "incoming", DAY, DAY, actor=a),
    "letter.export": lambda s, a, w: list(iter_records(s, actor=a)),
    "letter.register": lambda s, a, w: import_files(
        w.database, w.store, [], ImportOptions(actor=a, jobs=1)
    ),
    "letter.verify": lambda s, a, w: link_manually(s, a, w.letter_id, w.version(s), ACCOUNT),
    "registry.import": lambda s, a, w: import_registry(s, a, w.tmp / "registry.csv", full=False),
    "phone.register": lambda s, a, w: register_call(
        s, a, PhoneCall("Петров Пётр", "+79001234567", "billing", "Вопрос по счёту")
    ),
    "letter.resolve": lambda s, a, w: write_resolution(
        s, a, w.letter_id, executor_ids=[w.specialist_id], department_id=w.dept_id
    ),
    "letter.extend": lambda s, a, w: extend_deadline(s, a, w.letter_id, 5, "нужна проверка"),
    "letter.transition": lambda s, a, w: transition(s, a, w.letter_id, "reply_prepared"),
    "phone.callback": lambda s, a, w: _callback(s, a, w),
    "reply.prepare": lambda s, a, w: _reply_doc(s, a, w),
    "reply.register": lambda s, a, w: register_reply(
        s, a, w.store, _reply_doc(s, w.actors["admin"], w)
    ),
    "reply.dispatch": lambda s, a, w: record_dispatch(s, a, w.reply_id, weight_g=20),
    "archive.manage": lambda s, a, w: file_letters(s, a, [w.reg_no]),
    "settings.manage": lambda s, a, w: save_requisites(s, a, CompanyRequisites(name="ООО")),
    "templates.manage": lambda s, a, w: save_template(
        s, a, replace(load_shipped()["free_text"], title="Ответ")
    ),
    "users.manage": lambda s, a, w: users.list_users(s, a),
    "audit.view": lambda s, a, w: audit.query(s, a, audit.AuditFilter()),
    "maintenance.backup": lambda s, a, w: backup(
        w.database, w.store, w.tmp / f"backup-{a.role}", a
    ),
    "maintenance.restore": lambda s, a, w: _restore(a, w),
    "maintenance.repair": lambda s, a, w: repair(w.database, w.store, DoctorReport(), a),
}


def _restore(actor: Actor, w: World) -> object:
    """Past the permission check a restore from nowhere is refused as a bad backup."""
    try:
        return restore(w.database, w.store, w.tmp / "no-such-backup", actor)
    except BackupError:
        return None


def _callback(session: Any, actor: Actor, w: World) -> object:
    from letters.phone import complete_callback, open_callbacks

    admin = w.actors["admin"]
    call = PhoneCall(
        "Сидоров",
        "+79007654321",
        "billing",
        "Перезвонить",
        callback_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=1),
        executor_id=w.specialist_id,
    )
    result = register_call(session, admin, call)
    tasks = [t for t in open_callbacks(session, w.specialist_id) if t.letter_id == result.letter_id]
    return complete_callback(session, actor, tasks[0].id, "перезвонили")


def _build(database: Any, store: FileStore, tmp: Path) -> World:
    (tmp / "registry.csv").write_text(
        "account;full_name;address\n390099000001;Новиков Н. Н.;Калининград, ул. Мира, 1\n",
        encoding="utf-8",
    )
    with database.write() as session:
        admin = resolve_actor(session, None)
        dept = Department(code="ABON", name="Абонентский отдел")
        session.add(dept)
        session.flush()
        actors = {"admin": admin}
        for role in ROLES:
            if role == "admin":
                continue
            user = User(login=role, full_name=role, role=role, department_id=dept.id)
            session.add(user)
            session.flush()
            actors[role] = Actor.of(user)
        letter_id = make_letter(session, admin, account=ACCOUNT)
        answered = make_letter(session, admin, account=ACCOUNT)  # the reply closes this one
        write_resolution(
            session,
            admin,
            letter_id,
            executor_ids=[actors["specialist"].id],
            department_id=dept.id,
        )
        reply = register_reply(
            session,
            admin,
            store,
            prepare_reply(
                session,
                admin,
                [answered],
                "free_text",
                example_values(load_shipped()["free_text"]),
            ),
        )
        reg_no = session.scalar(select(Letter.reg_no).where(Letter.id == answered))
    return World(
        database,
        store,
        tmp,
        letter_id,
        reply.id,
        str(reg_no),
        dept.id,
        actors["specialist"].id,
        actors,
    )


@pytest.fixture
def world(db_url: str, store_dir: Path, tmp_path: Path) -> Iterator[World]:
    for database in migrated_database(db_url):
        yield _build(database, FileStore(store_dir), tmp_path)


def _attempt(w: World, role: str, action: str) -> str:
    """ "allowed", "denied", or the unexpected error's text."""
    actor = w.actors[role]
    try:
        with w.database.write() as session:
            ATTEMPTS[action](session, actor, w)
            raise Rollback
    except Rollback:
        return "allowed"
    except PermissionDenied as exc:
        assert (exc.action, exc.role) == (action, role)
        return "denied"
    except Exception as exc:
        return f"error: {type(exc).__name__}: {exc}"


def test_every_action_has_an_attempt() -> None:
    assert set(ATTEMPTS) == set(MATRIX)


def test_permission_matrix(world: World) -> None:
    with world.database.read() as session:
        events_before = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action.not_like("maintenance.%"))
        )
    wrong = {}
    for action in sorted(MATRIX):
        for role in ROLES:
            expected = "allowed" if role in MATRIX[action] else "denied"
            got = _attempt(world, role, action)
            if got != expected:
                wrong[f"{role} × {action}"] = got
    assert wrong == {}
    with world.database.read() as session:  # every attempt was rolled back: nothing changed
        changes = select(func.count(AuditEvent.id)).where(
            AuditEvent.action.not_like("maintenance.%")  # a backup is audited on its own
        )
        assert session.scalar(changes) == events_before
