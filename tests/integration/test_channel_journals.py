"""A separate registration journal per channel: phone letters get the phone journal's
gapless numbers while post letters keep the incoming journal's; the journal settings are
the administrator's and audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Journal, Letter, User
from letters import journal_settings as js
from letters.actors import Actor, resolve_actor
from letters.permissions import PermissionDenied
from letters.phone import PhoneCall, register_call
from letters.register import LetterDraft, register_letter

RECEIVED = dt.date(2026, 1, 5)


def _admin(database) -> Actor:
    with database.write() as session:
        return resolve_actor(session, None)


def _clerk(database) -> Actor:
    with database.write() as session:
        session.add(User(login="clerk", full_name="Орлова Вера", role="clerk"))
    with database.read() as session:
        return resolve_actor(session, "clerk")


def _phone_journal(database, admin: Actor) -> None:
    with database.write() as session:
        made = js.save_journal(
            session, admin, "phone", "Телефонные обращения", "Т-{year}-{seq:05d}"
        )
        js.set_channel_journal(session, admin, "phone", "phone")
    assert (made.code, made.direction, made.used) == ("phone", "incoming", False)


def _register(database, actor: Actor, channel: str) -> str:
    with database.write() as session:
        draft = LetterDraft(received_on=RECEIVED, channel=channel, sender_name="Иванов И. И.")
        return register_letter(session, actor, draft).reg_no


def test_phone_letters_get_the_phone_journal_numbers_gapless(database) -> None:
    admin = _admin(database)
    _phone_journal(database, admin)
    year = dt.datetime.now(dt.UTC).year
    got = [_register(database, admin, c) for c in ("post", "phone", "phone", "post")]
    with pytest.raises(RuntimeError), database.write() as session:  # a crash returns the number
        register_letter(session, admin, LetterDraft(received_on=RECEIVED, channel="phone"))
        raise RuntimeError("crash before commit")
    with database.write() as session:  # the phone form's way in
        call = PhoneCall("Петров Пётр", "+7 912 000-00-00", "billing", "Счёт", answered=True)
        got.append(register_call(session, admin, call).reg_no)
    got.append(_register(database, admin, "email"))
    assert got == [
        f"ВХ-{year}-000001",
        f"Т-{year}-00001",
        f"Т-{year}-00002",
        f"ВХ-{year}-000002",
        f"Т-{year}-00003",
        f"ВХ-{year}-000003",
    ]
    with database.read() as session:
        rows = session.execute(
            select(Letter.channel, Letter.journal, Letter.reg_seq).order_by(Letter.id)
        ).all()
        data = js.load_journals(session, admin)
    assert [tuple(r) for r in rows] == [
        ("post", "incoming", 1),
        ("phone", "phone", 1),
        ("phone", "phone", 2),
        ("post", "incoming", 2),
        ("phone", "phone", 3),
        ("email", "incoming", 3),
    ]
    by_code = {j.code: j for j in data.journals}
    assert data.channel_journal == {"phone": "phone"}
    assert by_code["phone"].channels == ("phone",) and by_code["phone"].used
    assert "phone" not in by_code["incoming"].channels and "post" in by_code["incoming"].channels

    with database.write() as session:  # back to the one incoming journal
        js.set_channel_journal(session, admin, "phone", None)
    assert _register(database, admin, "phone") == f"ВХ-{year}-000004"


def test_a_journal_of_another_direction_is_never_used_for_a_channel(database) -> None:
    admin = _admin(database)
    with database.write() as session:
        with pytest.raises(js.JournalError) as info:
            js.set_channel_journal(session, admin, "email", "outgoing")
        assert info.value.code == "not_incoming"
        with pytest.raises(js.JournalError) as info:
            js.set_channel_journal(session, admin, "fax", "incoming")
        assert info.value.code == "bad_channel"
        js.settings.put(session, js.channel_key("email"), "outgoing")  # written by hand
    year = dt.datetime.now(dt.UTC).year
    assert _register(database, admin, "email") == f"ВХ-{year}-000001"


def test_journal_settings_are_validated_and_audited(database) -> None:
    admin = _admin(database)
    _phone_journal(database, admin)
    with database.write() as session:
        for code, name, fmt, why in (
            ("Phone 2", "Звонки", "Т2-{seq}", "bad_code"),
            ("calls", " ", "Т2-{seq}", "name_required"),
            ("calls", "Звонки", "Т2-{year}", "bad_format"),
            ("calls", "Звонки", "Т2-{seq:q}", "bad_format"),
            ("calls", "Звонки", "Т-{year}-{seq:05d}", "format_clash"),
            ("calls", "Звонки", "ВХ-{year}-{seq:06d}", "format_clash"),
        ):
            with pytest.raises(js.JournalError) as info:
                js.save_journal(session, admin, code, name, fmt)
            assert info.value.code == why, (code, fmt)
        js.save_journal(session, admin, "phone", "Звонки", "ТЛФ-{year}-{seq:05d}")
    with database.read() as session:
        journal = session.get(Journal, "phone")
        assert (journal.name, journal.number_format) == ("Звонки", "ТЛФ-{year}-{seq:05d}")
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("settings.%")).order_by(AuditEvent.id)
        ).all()
    assert [(e.action, e.entity_id) for e in events] == [
        ("settings.journal", "phone"),
        ("settings.channel_journal", "journal.phone"),
        ("settings.journal", "phone"),
    ]
    assert events[1].before == {"journal": "incoming"} and events[1].after == {"journal": "phone"}
    assert events[2].before == {
        "name": "Телефонные обращения",
        "number_format": "Т-{year}-{seq:05d}",
    }


def test_only_unused_journals_may_be_deleted(database) -> None:
    admin = _admin(database)
    _phone_journal(database, admin)
    with database.write() as session:
        js.save_journal(session, admin, "web", "Интернет-приёмная", "И-{year}-{seq}")
    with database.write() as session:
        for code, why in (("incoming", "built_in"), ("phone", "in_use"), ("nope", "not_found")):
            with pytest.raises(js.JournalError) as info:
                js.delete_journal(session, admin, code)
            assert info.value.code == why
        js.delete_journal(session, admin, "web")
    with database.read() as session:
        assert session.get(Journal, "web") is None
        assert session.scalar(
            select(AuditEvent.action).where(AuditEvent.action == "settings.journal_deleted")
        )


def test_a_clerk_may_not_change_the_journals(database) -> None:
    _admin(database)
    clerk = _clerk(database)
    with database.write() as session:
        for call in (
            lambda: js.load_journals(session, clerk),
            lambda: js.save_journal(session, clerk, "calls", "Звонки", "Т-{seq}"),
            lambda: js.set_channel_journal(session, clerk, "phone", "incoming"),
            lambda: js.delete_journal(session, clerk, "outgoing"),
        ):
            with pytest.raises(PermissionDenied):
                call()
