"""Reminders: on start and every N minutes, a system-tray notification lists the signed-in
user's overdue and due-today letters and the callbacks due today.

The dashboard loads in the background (the GUI thread never queries). Where the desktop has
no system tray (some Linux sessions, the offscreen platform of the tests) the notification
text still goes to ``reminded`` and the status bar, so nothing is silently lost.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.gui.jobs import JobRunner
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.control import Dashboard, dashboard_for

DEFAULT_MINUTES = 30
FIRST_CHECK_MS = 5_000
LISTED = 5  # registration numbers named in the message; the rest are counted


@dataclass(frozen=True, slots=True)
class Reminder:
    title: str
    text: str
    overdue: int
    due_today: int
    callbacks: int


def _load(database: Database, actor: Actor, today: dt.date) -> Dashboard:
    with database.read() as session:
        return dashboard_for(session, actor, today)


def _numbers(reg_nos: list[str]) -> str:
    shown = ", ".join(reg_nos[:LISTED])
    more = len(reg_nos) - LISTED
    return shown + (translate("Reminders", " and {0} more").format(more) if more > 0 else "")


def compose(board: Dashboard) -> Reminder | None:
    """The notification for this dashboard, or None when nothing is due."""
    overdue = [i.reg_no for i in board.letters("overdue")]
    today = [i.reg_no for i in board.letters("due_today")]
    calls = [c for c in board.callbacks if c.due_at.astimezone().date() <= board.today]
    if not (overdue or today or calls):
        return None
    lines = []
    if overdue:
        lines.append(translate("Reminders", "Overdue: {0}").format(_numbers(overdue)))
    if today:
        lines.append(translate("Reminders", "Due today: {0}").format(_numbers(today)))
    if calls:
        lines.append(translate("Reminders", "Callbacks due: {0}").format(len(calls)))
    title = translate("Reminders", "Mailroom: letters need your attention")
    return Reminder(title, "\n".join(lines), len(overdue), len(today), len(calls))


class TrayReminders(QObject):
    """Checks the dashboard on start and every ``minutes``; emits and shows reminders.

    Signals:
        reminded(object): a :class:`Reminder` that was shown.
        activated(): the user clicked the tray icon or the notification.
    """

    reminded = Signal(object)
    activated = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner,
        minutes: int = DEFAULT_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self._runner = database, actor, runner
        self._busy = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
            icon = style.standardIcon(pixmap) if style else None
            self.tray = QSystemTrayIcon(self)
            if icon is not None:
                self.tray.setIcon(icon)
            self.tray.setToolTip(translate("Reminders", "Mailroom"))
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated.emit)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)  # a child: it dies with us, never fires into a dead object
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self._first.start(first_check_ms)
        self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self, today: dt.date | None = None) -> None:
        if self._busy:  # the previous check is still loading
            return
        self._busy = True
        job = self._runner.run(
            translate("Reminders", "Checking deadlines"),
            _load,
            self._database,
            self._actor,
            today or dt.date.today(),
            with_progress=False,
            visible=False,
            cancellable=False,
        )
        job.finished.connect(self._show)
        job.ended.connect(self._done)

    def _done(self) -> None:
        self._busy = False

    def _show(self, board: Dashboard) -> None:
        reminder = compose(board)
        if reminder is None:
            return
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                reminder.title, reminder.text, QSystemTrayIcon.MessageIcon.Warning, 15_000
            )
        self.reminded.emit(reminder)
