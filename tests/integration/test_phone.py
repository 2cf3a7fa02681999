"""Phone appeals: registered in the same register, linked, answered or promised a callback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from db.engine import Database
from db.migrate import upgrade
from db.models import AuditEvent, Consumer, Letter, User
from db.models_deadlines import CallbackTask, LetterDeadline
from letters.actors import Actor, resolve_actor
from letters.control import dashboard
from letters.phone import PhoneCall, PhoneError, complete_callback, open_callbacks, register_call

NOW = dt.datetime(2026, 11, 3, 10, 15, tzinfo=dt.UTC)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    upgrade(database.engine)
    with database.write() as session:
        resolve_actor(session, None)
        session.add_all(
            [
                Consumer(
                    account="100200300",
                    full_name="Иванов Иван Иванович",
                    address="г. Пермь, ул. Ленина, д. 1, кв. 2",
                    phone="+79123456789",
                ),
                Consumer(
                    account="100200301",
                    full_name="Иванов Пётр Сергеевич",
                    address="г. Пермь, ул. Ленина, д. 1, кв. 3",
                    phone="+79120000000",
                ),
                Consumer(
                    account="555000111",
                    full_name="Смирнова Анна Павловна",
                    address="г. Пермь, ул. Мира, д. 5",
                ),
                User(login="operator", full_name="Оператор Кол-центра", role="specialist"),
            ]
        )
    yield database
    database.dispose()


def operator(db: Database) -> Actor:
    with db.read() as session:
        return resolve_actor(session, "operator")


def test_callback_promised_becomes_a_task_with_a_deadline(db: Database) -> None:
    call = PhoneCall(
        caller_name="Иванов Иван Иванович",
        phone="8 (912) 345-67-89",
        category="billing",
        summary="Не пришла квитанция за октябрь",
        callback_at=dt.datetime(2026, 11, 4, 15, 0, tzinfo=dt.UTC),
    )
    who = operator(db)
    with db.write() as session:
        result = register_call(session, who, call, now=NOW)
    assert result.link_status == "auto" and result.account == "100200300"
    assert result.callback_id is not None
    assert result.due_on == dt.date(2026, 12, 3)  # 30 days from registration
    with db.read() as session:
        letter = session.get(Letter, result.letter_id)
        task = session.get(CallbackTask, result.callback_id)
        mine = open_callbacks(session, who.id)
        board = dashboard(session, actor=who, today=dt.date(2026, 11, 3), executor_id=who.id)
        promise = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "callback.promise")
        ).one()
    assert letter is not None and task is not None
    assert (letter.channel, letter.sender_phone, letter.status) == (
        "phone",
        "+79123456789",
        "registered",
    )
    assert letter.summary == "Не пришла квитанция за октябрь" and letter.reg_no == result.reg_no
    assert task.executor_id == who.id and task.phone == "+79123456789"
    assert [(c.id, c.due_at) for c in mine] == [
        (task.id, dt.datetime(2026, 11, 4, 15, 0, tzinfo=dt.UTC))
    ]
    assert [c.id for c in board.callbacks] == [task.id]
    assert promise.after is not None and promise.after["task"] == task.id
    with db.write() as session:
        complete_callback(session, who, task.id, "Квитанция отправлена повторно")
    with db.read() as session:
        assert open_callbacks(session, who.id) == []


def test_direct_account_and_answered_on_the_spot(db: Database) -> None:
    call = PhoneCall(
        caller_name="Смирнова А. П.",
        phone="+7 (342) 200-00-00",
        account="555 000 111",
        category="meter_readings",
        summary="Передала показания 12345 кВт·ч",
        answered=True,
    )
    with db.write() as session:
        result = register_call(session, operator(db), call, now=NOW)
    assert (result.link_status, result.account, result.callback_id) == ("manual", "555000111", None)
    with db.read() as session:
        letter = session.get(Letter, result.letter_id)
        row = session.get(LetterDeadline, result.letter_id)
    assert letter is not None and row is not None
    assert letter.status == "reply_sent"
    assert row.closed_on == dt.date(2026, 11, 3) and row.days_early_or_late == 30


def test_a_caller_known_by_name_only_gets_candidates(db: Database) -> None:
    call = PhoneCall("Иванов И.", "89990001122", "billing", "Вопрос по оплате")
    with db.write() as session:
        result = register_call(session, operator(db), call, now=NOW)
    assert result.link_status == "suggested" and result.account is None
    # Namesakes never auto-link on the name alone; the initial rules out Пётр.
    assert result.candidates == ("100200300",)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"caller_name": " "}, "name_required"),
        ({"summary": ""}, "summary_required"),
        ({"account": "999"}, "unknown_account"),
        ({"callback_at": NOW - dt.timedelta(minutes=5)}, "callback_in_past"),
        ({"answered": True, "callback_at": NOW + dt.timedelta(hours=1)}, "answered_with_callback"),
    ],
)
def test_refusals(db: Database, change: dict[str, object], code: str) -> None:
    values: dict[str, object] = {
        "caller_name": "Иванов Иван",
        "phone": "89123456789",
        "category": "billing",
        "summary": "Вопрос",
    }
    values.update(change)
    with db.write() as session, pytest.raises(PhoneError) as info:
        register_call(session, operator(db), PhoneCall(**values), now=NOW)  # type: ignore[arg-type]
    assert info.value.code == code
    with db.read() as session:
        assert session.scalars(select(Letter)).all() == []
