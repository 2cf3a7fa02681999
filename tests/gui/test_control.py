"""The control screens on a real database: the dashboard's buckets and colours, a head's
resolution and extension, status moves, a phone call with a callback, and the role checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication

from app.gui import control_common
from app.gui.control_view import ControlView
from app.gui.jobs import JobRunner
from app.gui.letter_actions import LetterActions, StatusDialog
from app.gui.main_window import MainWindow
from app.gui.phone_form import PhoneForm
from app.gui.resolution_dialog import ExtensionDialog, ResolutionDialog
from app.roles import denied_message
from db.engine import Database
from db.models import Consumer, Department, Letter, User
from letters import workflow
from letters.actors import Actor, resolve_actor
from letters.deadlines import on_registered
from letters.permissions import PermissionDenied
from letters.register import LetterDraft, register_letter
from letters.resolutions import current, write_resolution

WAIT = 20_000


@dataclass
class Office:
    database: Database
    admin: Actor
    head: Actor
    spec: Actor
    other: Actor
    clerk: Actor
    billing: int
    grid: int


@pytest.fixture
def office(database: Database) -> Iterator[Office]:
    """Two departments; billing has a head and two specialists; a clerk takes calls."""
    with database.write() as session:
        admin = resolve_actor(session, None)
        billing = Department(code="billing", name="Расчёты")
        grid = Department(code="grid", name="Сети")
        session.add_all([billing, grid])
        session.flush()
        people = {}
        for login, name, role, dept in [
            ("head", "Петрова Анна Сергеевна", "head", billing.id),
            ("spec", "Сидоров Олег Иванович", "specialist", billing.id),
            ("other", "Кузнецова Мария Павловна", "specialist", billing.id),
            ("clerk", "Орлова Вера Николаевна", "clerk", None),
        ]:
            user = User(login=login, full_name=name, role=role, department_id=dept)
            session.add(user)
            session.flush()
            people[login] = Actor.of(user)
        session.add(
            Consumer(account="100200300", full_name="Иванов Иван Иванович", phone="+79123456789")
        )
        ids = (billing.id, grid.id)
    yield Office(
        database, admin, people["head"], people["spec"], people["other"], people["clerk"], *ids
    )


def register(office: Office, sender: str, *, due: dt.date | None = None, control=None) -> int:
    """A post letter registered today; ``due``/``control`` overwrite its computed dates."""
    with office.database.write() as session:
        done = register_letter(
            session,
            office.admin,
            LetterDraft(received_on=dt.date.today(), sender_name=sender, category="billing"),
        )
        on_registered(session, office.admin, done.id)
        letter = session.get(Letter, done.id)
        assert letter is not None
        if due is not None:
            letter.due_on = due
            letter.control_on = control or due
        return done.id


def letter(office: Office, letter_id: int) -> Letter:
    with office.database.read() as session:
        found = session.get(Letter, letter_id)
        assert found is not None
        return found


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    runner = JobRunner()
    yield runner
    control_common.stop_runner(runner)


def control_view(qtbot, office: Office, actor: Actor, runner: JobRunner) -> ControlView:
    view = ControlView(office.database, actor, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    return view


def rows_by_reg_no(view: ControlView) -> dict[str, int]:
    return {view.model.index(r, 1).data(): r for r in range(view.model.rowCount())}


def background(view: ControlView, row: int):
    brush = view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_dashboard_shows_overdue_in_red_and_due_today_in_amber(
    qtbot, qtmodeltester, office: Office, runner: JobRunner
) -> None:
    today = dt.date.today()
    late = register(office, "Опоздавший", due=today - dt.timedelta(days=3))
    due_today = register(office, "Сегодняшний", due=today)
    later = register(office, "Не к спеху")  # 30 days ahead: not on the dashboard
    view = control_view(qtbot, office, office.head, runner)
    qtmodeltester.check(view.model)
    rows = rows_by_reg_no(view)
    assert set(rows) == {letter(office, late).reg_no, letter(office, due_today).reg_no}
    assert letter(office, later).reg_no not in rows
    assert background(view, rows[letter(office, late).reg_no]) == control_common.RED
    assert background(view, rows[letter(office, due_today).reg_no]) == control_common.AMBER
    assert view.tiles["overdue"].count == 1
    assert view.tiles["due_today"].count == 1
    assert "3" in view.model.index(rows[letter(office, late).reg_no], 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert view.counts.isVisibleTo(view)  # a head sees the counts per executor
    assert view.executors_model.rowCount() == 1  # both unassigned
    # the tiles filter the table
    view.tiles["overdue"].click()
    assert view.model.rowCount() == 1
    view.tiles["overdue"].click()
    assert view.model.rowCount() == 2
    # double-click opens the letter
    with qtbot.waitSignal(view.letter_requested, timeout=WAIT) as opened:
        view.table.doubleClicked.emit(view.model.index(rows[letter(office, late).reg_no], 2))
    assert opened.args == [late]


def test_head_writes_a_resolution_and_the_executor_sees_it(
    qtbot, office: Office, runner: JobRunner
) -> None:
    letter_id = register(office, "Иванов И. И.")
    dialog = ResolutionDialog(office.database, office.head, letter_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=WAIT):
        dialog.show()
    # the default control date comes from the legal deadline on the production calendar
    row = letter(office, letter_id)
    assert row.control_on is not None
    assert dialog.control.date() == QDate(*row.control_on.timetuple()[:3])
    assert not dialog.reassign_mode.isEnabled()  # nothing to reassign yet
    dialog.department.setCurrentIndex(dialog.department.findData(office.billing))
    dialog.choose(office.spec.id, office.other.id)
    assert dialog.executor_ids() == [office.spec.id, office.other.id]  # the lead first
    dialog.text.setPlainText("Подготовить ответ о начислениях")
    today = dt.date.today()
    dialog.control.setDate(QDate(today.year, today.month, today.day))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.ok_button.click()
    resolution = saved.args[0]
    assert resolution.executor_ids == (office.spec.id, office.other.id)
    assert resolution.department_id == office.billing
    assert letter(office, letter_id).status == workflow.IN_PROGRESS
    assert letter(office, letter_id).control_on == today

    view = control_view(qtbot, office, office.spec, runner)
    rows = rows_by_reg_no(view)
    assert list(rows) == [letter(office, letter_id).reg_no]
    assert view.model.index(0, 6).data() == "Сидоров О. И."
    assert background(view, 0) == control_common.AMBER
    assert not view.counts.isVisibleTo(view)  # a specialist sees their own only


def test_reassignment_needs_a_reason(qtbot, office: Office) -> None:
    letter_id = register(office, "Иванов И. И.")
    with office.database.write() as session:
        write_resolution(session, office.head, letter_id, executor_ids=[office.spec.id])
    dialog = ResolutionDialog(office.database, office.head, letter_id, reassignment=True)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=WAIT):
        dialog.show()
    assert dialog.reassign_mode.isChecked()
    assert dialog.reason.isVisibleTo(dialog)
    dialog.choose(office.other.id)
    assert dialog.save() is None  # no reason yet
    assert dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("Сидоров в отпуске")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    with office.database.read() as session:
        now = current(session, letter_id)
    assert now is not None and now.kind == "reassignment"
    assert now.executor_ids == (office.other.id,) and now.reason == "Сидоров в отпуске"


def test_extension_dialog_moves_the_due_date(qtbot, office: Office) -> None:
    letter_id = register(office, "Иванов И. И.")
    before = letter(office, letter_id).due_on
    assert before is not None
    dialog = ExtensionDialog(office.database, office.head, letter_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=WAIT):
        dialog.show()
    assert dialog.days.maximum() == 30  # 59-FZ: up to 30 more days
    dialog.days.setValue(10)
    preview = dialog.preview()
    assert preview is not None and preview.legal > before
    assert preview.legal.strftime("%d.%m.%Y") in dialog.new_due.text()
    assert dialog.save() is None  # the reason is required
    assert dialog.error.isVisibleTo(dialog)
    dialog.reason.setPlainText("Запрос в сетевую организацию")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.ok_button.click()
    assert saved.args[0].legal == preview.legal
    assert letter(office, letter_id).due_on == preview.legal


def test_phone_call_with_a_callback_reaches_the_executors_dashboard(
    qtbot, office: Office, runner: JobRunner
) -> None:
    form = PhoneForm(office.database, office.clerk)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.ready, timeout=WAIT):
        form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.name.setFocus()
    form.name.insert("Иванов Иван Иванович")  # QTest types ASCII only
    qtbot.keyClick(form.name, Qt.Key.Key_Return)  # Enter moves on
    assert QApplication.focusWidget() is form.phone
    qtbot.keyClicks(form.phone, "8 (912) 345-67-89")
    form.account.setText("100200300")
    with qtbot.waitSignal(form.account_checked, timeout=WAIT) as checked:
        form.check_account()
    assert "Иванов" in checked.args[0] and form.account_ok
    form.category.setCurrentIndex(form.category.findData("billing"))
    form.summary.setPlainText("Не пришла квитанция за октябрь")
    form.callback.setChecked(True)
    assert form.callback_at.isEnabled() and form.executor.isEnabled()
    form.executor.setCurrentIndex(form.executor.findData(office.spec.id))
    soon = dt.datetime.now() + dt.timedelta(hours=1)
    form.callback_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(soon.timestamp())))
    with qtbot.waitSignal(form.registered, timeout=WAIT) as done:
        qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = done.args[0]
    assert result.reg_no in form.result_label.text()
    assert result.callback_id is not None and result.account == "100200300"
    assert form.name.text() == "" and form.answered.isChecked()  # ready for the next call

    view = control_view(qtbot, office, office.spec, runner)
    assert view.callbacks_model.rowCount() == 1
    assert view.tiles["callbacks"].count == 1
    assert view.callbacks_model.index(0, 1).data() == "Иванов Иван Иванович"
    assert view.callbacks_model.index(0, 3).data() == result.reg_no
    # the specialist records the callback; it leaves the dashboard
    view.callbacks_table.selectRow(0)
    dialog = view.complete_selected_callback()
    assert dialog is not None
    dialog.result_edit.setText("Квитанция отправлена повторно")
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        dialog.save()
    assert view.callbacks_model.rowCount() == 0


def test_phone_form_refuses_what_is_missing(qtbot, office: Office) -> None:
    form = PhoneForm(office.database, office.clerk)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.ready, timeout=WAIT):
        form.show()
    assert form.register() is None
    assert form.error.text()
    form.name.setText("Смирнова")
    form.account.setText("999")
    with qtbot.waitSignal(form.account_checked, timeout=WAIT):
        form.check_account()
    assert form.account_ok is False
    form.summary.setPlainText("Вопрос")
    assert form.register() is None  # the account is unknown


def test_a_specialist_gets_no_resolution_action(qtbot, office: Office) -> None:
    letter_id = register(office, "Иванов И. И.")
    with office.database.write() as session:
        write_resolution(session, office.head, letter_id, executor_ids=[office.spec.id])
    mine = LetterActions(office.database, office.spec, letter_id)
    qtbot.addWidget(mine)
    mine.show()
    mine.set_status(workflow.IN_PROGRESS, "ВХ")
    assert not mine.resolve_button.isVisibleTo(mine)
    assert not mine.reassign_button.isVisibleTo(mine)
    assert not mine.extend_button.isVisibleTo(mine)
    assert mine.status_button.isVisibleTo(mine)
    moves = mine.move_actions()
    assert workflow.REPLY_PREPARED in moves and workflow.NO_ANSWER not in moves  # head only
    heads = LetterActions(office.database, office.head, letter_id)
    qtbot.addWidget(heads)
    heads.show()
    heads.set_status(workflow.IN_PROGRESS, "ВХ")
    assert heads.resolve_button.isVisibleTo(heads) and heads.extend_button.isVisibleTo(heads)
    assert workflow.NO_ANSWER in heads.move_actions()
    # the service refuses regardless, and the dialog says so in words
    dialog = ResolutionDialog(office.database, office.spec, letter_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT)
    assert dialog.error.text() == denied_message(PermissionDenied("letter.resolve", "specialist"))
    assert not dialog.ok_button.isEnabled()


def test_status_move_with_a_required_reason(qtbot, office: Office) -> None:
    letter_id = register(office, "Иванов И. И.")
    dialog = StatusDialog(
        office.database, office.spec, letter_id, workflow.REGISTERED, workflow.FORWARDED
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.required
    assert dialog.save() is None and dialog.error.isVisibleTo(dialog)
    dialog.reason.setCurrentText("ПАО «Россети Урал»")
    # the specialist may not touch a letter outside their scope: refused in words
    assert dialog.save() is not None
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    assert dialog.error.text() == denied_message(
        PermissionDenied("letter.transition", "specialist")
    )
    head = StatusDialog(
        office.database, office.head, letter_id, workflow.REGISTERED, workflow.FORWARDED
    )
    qtbot.addWidget(head)
    head.show()
    head.reason.setCurrentText("ПАО «Россети Урал»")
    with qtbot.waitSignal(head.saved, timeout=WAIT) as moved:
        head.save()
    assert moved.args[0].to_status == workflow.FORWARDED
    assert letter(office, letter_id).status == workflow.FORWARDED


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_main_window_has_the_dashboard_and_the_phone_form(qtbot, office: Office, tmp_path) -> None:
    today = dt.date.today()
    late = register(office, "Опоздавший", due=today - dt.timedelta(days=1))
    window = MainWindow(office.database, tmp_path / "store", actor=office.head)
    qtbot.addWidget(window)
    window.show()
    window.show_section("control")
    qtbot.waitUntil(lambda: window.control.model.rowCount() == 1, timeout=WAIT)
    assert window.control_actions.phone_action.isEnabled()
    form = window.control_actions.open_phone_form()
    assert form is not None and form.isVisible()
    assert window.control_actions.open_phone_form() is form  # one form at a time
    form.close()
    card = window.control_actions.open_letter_card(late)
    qtbot.waitSignal(card.loaded, timeout=WAIT).wait()
    assert card.letter_actions.resolve_button.isVisibleTo(card)
    assert card.letter_actions.status_button.isEnabled()
    card.close()
    window.close()


def test_phone_form_is_keyboard_first(qtbot, office: Office) -> None:
    form = PhoneForm(office.database, office.clerk)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.ready, timeout=WAIT):
        form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.name.setFocus()
    form.name.insert("Смирнова Анна Павловна")
    steps = [form.phone, form.account, form.category, form.summary]
    for widget in steps:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert QApplication.focusWidget() is widget
    form.summary.insertPlainText("Вопрос о тарифе")
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert form.summary.toPlainText().count("\n") == 1  # Shift+Enter: a new line
    qtbot.keyClick(form.summary, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.answered
    qtbot.keyClick(form.answered, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.register_button
    with qtbot.waitSignal(form.registered, timeout=WAIT) as done:
        qtbot.keyClick(form.register_button, Qt.Key.Key_Return)
    result = done.args[0]
    assert result.callback_id is None
    assert letter(office, result.letter_id).status == workflow.REPLY_SENT  # answered at once
    assert letter(office, result.letter_id).channel == "phone"
