"""Tray reminders: the signed-in user's overdue and due-today letters, loaded in the
background, announced on start and every N minutes; nothing when nothing is due."""

from __future__ import annotations

import datetime as dt

from app.gui.jobs import JobRunner
from app.gui.reminders import TrayReminders
from letters.resolutions import write_resolution
from tests.gui import test_control
from tests.gui.test_control import Office, letter, register

office = test_control.office  # the same fixtures: an office of users and departments
runner = test_control.runner

WAIT = 20_000


def test_reminder_lists_the_users_overdue_and_due_today(
    qtbot,
    office: Office,
    runner: JobRunner,
) -> None:
    today = dt.date.today()
    late = register(office, "Опоздавший", due=today - dt.timedelta(days=2))
    now = register(office, "Сегодняшний", due=today)
    register(office, "Чужой", due=today - dt.timedelta(days=1))  # not the specialist's
    with office.database.write() as session:
        for letter_id in (late, now):
            write_resolution(session, office.head, letter_id, executor_ids=[office.spec.id])
    reminders = TrayReminders(office.database, office.spec, runner, minutes=30)
    with qtbot.waitSignal(reminders.reminded, timeout=WAIT) as shown:
        reminders.start(first_check_ms=0)
    reminder = shown.args[0]
    assert (reminder.overdue, reminder.due_today) == (1, 1)
    assert f"Overdue: {letter(office, late).reg_no}" in reminder.text
    assert f"Due today: {letter(office, now).reg_no}" in reminder.text
    assert reminders.timer.isActive() and reminders.timer.interval() == 30 * 60_000
    reminders.stop()
    assert not reminders.timer.isActive()


def test_no_reminder_when_nothing_is_due(
    qtbot,
    office: Office,
    runner: JobRunner,
) -> None:
    register(office, "Не к спеху")
    reminders = TrayReminders(office.database, office.clerk, runner)
    reminded: list[object] = []
    reminders.reminded.connect(reminded.append)
    reminders.check()
    qtbot.waitUntil(lambda: not reminders._busy, timeout=WAIT)
    assert reminded == []


def test_main_window_shows_the_reminder_and_opens_the_dashboard(
    qtbot,
    office: Office,
    store_dir,
) -> None:
    from app.gui.main_window import MainWindow

    register(office, "Опоздавший", due=dt.date.today() - dt.timedelta(days=1))
    window = MainWindow(office.database, store_dir, actor=office.head)
    qtbot.addWidget(window)
    window.show_section("register")
    reminders = window.start_reminders(minutes=15)
    with qtbot.waitSignal(reminders.reminded, timeout=WAIT):
        reminders.check()
    assert "Overdue:" in window.statusBar().currentMessage()
    reminders.activated.emit()
    assert window.current_section() == "control"
    window.close()
    assert not reminders.timer.isActive()
