"""The administrator's deadline rules: checked, audited, administrators only, and used by the
deadline computation once saved (open letters follow on request)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Letter, User
from letters import deadline_rules as dr
from letters.actors import Actor, resolve_actor
from letters.deadlines import load_rules, on_registered
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter

REGISTERED = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday


def _admin(database) -> Actor:
    with database.write() as session:
        return resolve_actor(session, None)


def _rule(**changes: object) -> dr.DeadlineRuleInfo:
    rule = dr.DeadlineRuleInfo(
        code="billing_phone",
        period_days=5,
        category="billing",
        channel="phone",
        counting="working",
        basis_short="Регламент, п. 4",
        legal_basis="Внутренний регламент работы с обращениями, п. 4",
        position=5,
    )
    return replace(rule, **changes)  # type: ignore[arg-type]


def _letter(database, admin: Actor, channel: str) -> int:
    with database.write() as session:
        draft = LetterDraft(received_on=REGISTERED.date(), channel=channel, category="billing")
        done = register_letter(session, admin, draft, now=REGISTERED)
        on_registered(session, admin, done.id)
        return done.id


def _due(database, letter_id: int) -> dt.date | None:
    with database.read() as session:
        return session.scalar(select(Letter.due_on).where(Letter.id == letter_id))


def test_a_saved_rule_is_used_and_open_letters_follow_on_request(database) -> None:
    admin = _admin(database)
    before = _letter(database, admin, "phone")
    assert _due(database, before) == dt.date(2026, 4, 1)  # 30 calendar days (59-FZ)
    with database.write() as session:
        rule_id = dr.save_rule(session, admin, _rule())
        picked = [r.code for r in load_rules(session)]
    assert "billing_phone" in picked
    assert _due(database, before) == dt.date(2026, 4, 1)  # saving does not touch letters
    after = _letter(database, admin, "phone")
    post = _letter(database, admin, "post")
    assert _due(database, after) == dt.date(2026, 3, 10)  # 5 working days, 9 March is off
    assert _due(database, post) == dt.date(2026, 4, 1)  # the channel must match too
    with database.write() as session:
        assert dr.recompute_open_letters(session, admin) == 1
    assert _due(database, before) == dt.date(2026, 3, 10)

    with database.write() as session:  # an edit, then a deactivation, are used as well
        dr.save_rule(session, admin, _rule(id=rule_id, period_days=2))
    with database.write() as session:
        assert dr.recompute_open_letters(session, admin) == 2
    assert _due(database, after) == dt.date(2026, 3, 4)
    with database.write() as session:
        dr.save_rule(session, admin, _rule(id=rule_id, period_days=2, active=False))
        assert dr.recompute_open_letters(session, admin) == 2
        saved = next(r for r in dr.list_rules(session, admin) if r.id == rule_id)
    assert not saved.active and saved.legal_basis.startswith("Внутренний")
    with database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "deadline.rule").order_by(AuditEvent.id)
        ).all()
    assert [e.entity_id for e in events] == [str(rule_id)] * 3
    assert events[0].before is None and events[0].after["period_days"] == 5
    assert events[1].before["period_days"] == 5 and events[1].after["period_days"] == 2


def test_rules_are_checked(database) -> None:
    admin = _admin(database)
    cases = {
        "bad_code": _rule(code="Плохой код"),
        "bad_purpose": _rule(purpose="answer"),
        "bad_category": _rule(category="Billing!"),
        "bad_channel": _rule(channel="fax"),
        "bad_period": _rule(period_days=0),
        "bad_counting": _rule(counting="weeks"),
        "bad_start_event": _rule(start_event="sent"),
        "bad_extension": _rule(extension_max_days=-1),
        "basis_required": _rule(legal_basis="  "),
    }
    with database.write() as session:
        for code, rule in cases.items():
            with pytest.raises(dr.DeadlineRuleError) as info:
                dr.save_rule(session, admin, rule)
            assert info.value.codes == [code]
        with pytest.raises(dr.DeadlineRuleError) as info:
            dr.save_rule(session, admin, _rule(code="reply_written_59fz"))
        assert info.value.codes == ["code_taken"]
        with pytest.raises(dr.DeadlineRuleError) as info:  # would shadow 59-FZ's catch-all
            dr.save_rule(session, admin, _rule(code="other_default", category="", channel=""))
        assert (info.value.codes, info.value.other) == (["duplicate_match"], "reply_written_59fz")
        dr.save_rule(
            session, admin, _rule(code="inactive_twin", category="", channel="", active=False)
        )


def test_the_last_default_answer_rule_stays(database) -> None:
    admin = _admin(database)
    with database.write() as session:
        default = next(r for r in dr.list_rules(session, admin) if r.code == "reply_written_59fz")
        assert default.id is not None
        for change in (
            lambda: dr.delete_rule(session, admin, default.id),
            lambda: dr.save_rule(session, admin, replace(default, active=False)),
            lambda: dr.save_rule(session, admin, replace(default, category="billing")),
        ):
            with pytest.raises(dr.DeadlineRuleError) as info:
                change()
            assert info.value.codes == ["last_default"]
        dr.save_rule(session, admin, replace(default, period_days=25, extension_max_days=0))
        extra = dr.save_rule(session, admin, _rule())
        dr.delete_rule(session, admin, extra)
        assert "billing_phone" not in [r.code for r in dr.list_rules(session, admin)]
    with database.read() as session:
        deleted = session.scalar(
            select(AuditEvent).where(AuditEvent.action == "deadline.rule_deleted")
        )
    assert deleted is not None and deleted.before["code"] == "billing_phone"


def test_only_the_administrator_manages_the_rules(database) -> None:
    _admin(database)
    with database.write() as session:
        session.add(User(login="head", full_name="Петрова А. С.", role="head"))
    with database.write() as session:
        head = resolve_actor(session, "head")
        for call in (
            lambda: dr.list_rules(session, head),
            lambda: dr.save_rule(session, head, _rule()),
            lambda: dr.delete_rule(session, head, 1),
            lambda: dr.recompute_open_letters(session, head),
        ):
            with pytest.raises(PermissionDenied):
                call()
