"""The Контроль section: what is overdue, due today and due soon, and the callbacks due.

A head (and the administrator) sees every department, with counts per executor and per
department; anyone else sees their own letters and callbacks (``letters.control.dashboard_for``).
Overdue rows are red, rows due within two working days amber. Double-click (or Enter) opens
the letter card. The dashboard is read in the background and again every few minutes while
the section is on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.control_common import (
    AMBER_WORKING_DAYS,
    KEY_ROLE,
    Row,
    RowsModel,
    Urgency,
    brushes,
    error_label,
    show_refusal,
    stop_runner,
    urgency,
)
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.widgets import show_job_error
from app.i18n import translate
from app.roles import role_name
from db.engine import Database
from letters.actors import Actor
from letters.calendar import load_calendar
from letters.control import CountRow, Dashboard, dashboard_for
from letters.deadlines import HEAD_ROLES
from letters.permissions import can
from letters.phone import CallbackDTO, complete_callback

REFRESH_MS = 5 * 60 * 1000
STALE_AFTER = dt.timedelta(seconds=60)
FILTERS = ("overdue", "due_today", "due_soon")
MAX_COLUMN = 230  # pixels


@dataclass(frozen=True, slots=True)
class ControlData:
    board: Dashboard
    amber_until: dt.date  # a date to watch on or before this is amber
    now: dt.datetime


def load_control(database: Database, actor: Actor, today: dt.date) -> ControlData:
    with database.read() as session:
        board = dashboard_for(session, actor=actor, today=today)
        amber_until = load_calendar(session).add_working_days(today, AMBER_WORKING_DAYS)
    return ControlData(board, amber_until, dt.datetime.now().astimezone())


def finish_callback(database: Database, actor: Actor, task_id: int, result: str) -> None:
    with database.write() as session:
        complete_callback(session, actor, task_id, result)


def bucket_labels() -> dict[str, str]:
    return {
        "overdue": translate("ControlView", "Overdue"),
        "due_today": translate("ControlView", "Due today"),
        "due_soon": translate("ControlView", "Within 3 working days"),
        "callbacks": translate("ControlView", "Callbacks"),
    }


def urgency_labels() -> dict[str, str]:
    """The table's short words for the buckets (the tiles say it in full)."""
    return {
        "overdue": translate("ControlView", "Overdue"),
        "due_today": translate("ControlView", "Today"),
        "due_soon": translate("ControlView", "Soon"),
    }


def short_name(full_name: str) -> str:
    """ "Кузнецова Мария Павловна" → "Кузнецова М. П.", as office papers write executors."""
    words = full_name.split()
    if len(words) < 2 or not all(w[:1].isalpha() for w in words[1:3]):
        return full_name
    return " ".join([words[0], *(f"{w[0]}." for w in words[1:3])])


def phone_text(phone: str) -> str:
    """+79123456789 → +7 912 345-67-89; anything else as stored."""
    if len(phone) == 12 and phone.startswith("+7") and phone[1:].isdigit():
        return f"+7 {phone[2:5]} {phone[5:8]}-{phone[8:10]}-{phone[10:]}"
    return phone


def due_and_control(due_on: dt.date, control_on: dt.date | None) -> str:
    if control_on is None or control_on == due_on:
        return labels.date_text(due_on)
    return f"{labels.date_text(due_on)} / {labels.date_text(control_on)}"


def fit_columns(table: QTableView) -> None:
    """Size the columns to their contents, none wider than ``MAX_COLUMN`` (elided)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > MAX_COLUMN:
            header.resizeSection(column, MAX_COLUMN)


class CountTile(QToolButton):
    """A counter that filters the table when pressed. Signals: QToolButton's own."""

    def __init__(self, title: str, level: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.count = 0
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMinimumSize(180, 64)
        background, foreground = brushes(level)
        colours = ""
        if background is not None and foreground is not None:
            colours = (
                f"background: {background.color().name()}; color: {foreground.color().name()};"
            )
        self.setStyleSheet(
            f"QToolButton {{ {colours} border: 1px solid #b8b8b8; border-radius: 6px;"
            " padding: 6px 14px; font-size: 11pt; }"
            " QToolButton:checked { border: 3px solid #3a6ea5; }"
        )
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{self.title}\n{count}")


class CallbackDoneDialog(QDialog):
    """Record what came of a callback. Signals: QDialog's own (``accepted`` once saved)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        callback: CallbackDTO,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor = database, actor
        self.runner = JobRunner(self)
        self.callback = callback
        self.setWindowTitle(translate("ControlView", "Callback made"))
        self.result_edit = QLineEdit(self)
        self.result_edit.setPlaceholderText(
            translate("ControlView", "What the caller was told, or why nobody answered")
        )
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("ControlView", "Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("ControlView", "{0}, {1} — call back by {2}").format(
                    callback.caller_name, callback.phone, labels.datetime_text(callback.due_at)
                ),
                self,
            )
        )
        layout.addWidget(self.result_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> Job | None:
        result = self.result_edit.text().strip()
        if not result:
            self.error.setText(translate("ControlView", "Write down the result of the call."))
            self.error.show()
            self.result_edit.setFocus()
            return None
        self.ok_button.setEnabled(False)
        job = self.runner.run(
            "callback done",
            finish_callback,
            self._database,
            self._actor,
            self.callback.id,
            result,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda _r: self.accept())
        job.failed.connect(self._failed)
        return job

    def _failed(self, error: JobError) -> None:
        self.ok_button.setEnabled(True)
        show_refusal(self.error, self, self.windowTitle(), error)

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)


class ControlView(QWidget):
    """Signals:
    letter_requested(int): the user opened a letter (double-click or Enter); its id.
    phone_requested(): the user asked for the phone-call form.
    status_message(str): a one-line message for the status bar.
    loaded(): the dashboard on screen is fresh.
    """

    letter_requested = Signal(int)
    phone_requested = Signal()
    status_message = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self._runner = database, actor, runner
        self._today = today
        self._generation = 0
        self._loaded_at: dt.datetime | None = None
        self.data: ControlData | None = None
        self.load_job: Job | None = None
        self.wide = actor.role in HEAD_ROLES  # sees every department
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    # --- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        who = self._actor.full_name or self._actor.login
        if self.wide:
            scope = translate("ControlView", "all departments")
        else:
            scope = translate("ControlView", "my letters and callbacks")
        self.title = QLabel(
            translate("ControlView", "Deadlines under control — {0} ({1}): {2}").format(
                who, role_name(self._actor.role), scope
            ),
            self,
        )
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.phone_button = QPushButton(translate("ControlView", "Phone call…"), self)
        self.phone_button.setToolTip(translate("ControlView", "Register a phone appeal"))
        self.phone_button.clicked.connect(self.phone_requested)
        self.phone_button.setVisible(can(self._actor, "phone.register"))
        self.refresh_button = QPushButton(translate("ControlView", "Refresh"), self)
        self.refresh_button.setToolTip(translate("ControlView", "Read the deadlines again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.phone_button)
        top.addWidget(self.refresh_button)

        names = bucket_labels()
        self.tiles = {
            "overdue": CountTile(names["overdue"], Urgency.RED, self),
            "due_today": CountTile(names["due_today"], Urgency.AMBER, self),
            "due_soon": CountTile(names["due_soon"], Urgency.NONE, self),
            "callbacks": CountTile(names["callbacks"], Urgency.NONE, self),
        }
        tiles = QHBoxLayout()
        for code, tile in self.tiles.items():
            tile.setToolTip(
                translate("ControlView", "Show only these; press again to show everything")
                if code != "callbacks"
                else translate("ControlView", "Go to the callbacks")
            )
            tile.clicked.connect(lambda _checked=False, c=code: self._tile_pressed(c))
            tiles.addWidget(tile)
        tiles.addStretch(1)
        self.legend = QLabel(
            translate(
                "ControlView",
                "Red: the legal due date has passed. Amber: due within {0} working days.",
            ).format(AMBER_WORKING_DAYS),
            self,
        )
        self.legend.setEnabled(False)

        self.model = RowsModel(
            [
                translate("ControlView", "Urgency"),
                translate("ControlView", "Reg. No."),
                translate("ControlView", "Due / control"),
                translate("ControlView", "Correspondent"),
                translate("ControlView", "Category"),
                translate("ControlView", "Status"),
                translate("ControlView", "Executor"),
                translate("ControlView", "Department"),
            ],
            self,
        )
        self.table = self._table(self.model)
        self.table.doubleClicked.connect(self._open_letter)
        self.table.activated.connect(self._open_letter)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        letters_box = QGroupBox(translate("ControlView", "Letters"), self)
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.table, 1)
        letters_layout.addWidget(self.empty)

        count_headers = [
            translate("ControlView", "Overdue"),
            translate("ControlView", "Today"),
            translate("ControlView", "Soon"),
            translate("ControlView", "Total"),
        ]
        self.executors_model = RowsModel([translate("ControlView", "Executor"), *count_headers])
        self.departments_model = RowsModel([translate("ControlView", "Department"), *count_headers])
        self.executors_model.setParent(self)
        self.departments_model.setParent(self)
        self.executors_table = self._table(self.executors_model, stretch_first=True)
        self.departments_table = self._table(self.departments_model, stretch_first=True)
        counts = QTabWidget(self)
        counts.addTab(self.executors_table, translate("ControlView", "By executor"))
        counts.addTab(self.departments_table, translate("ControlView", "By department"))
        counts.setVisible(self.wide)
        self.counts = counts

        self.callbacks_model = RowsModel(
            [
                translate("ControlView", "Call back by"),
                translate("ControlView", "Caller"),
                translate("ControlView", "Phone"),
                translate("ControlView", "Reg. No."),
                translate("ControlView", "Executor"),
            ],
            self,
        )
        self.callbacks_table = self._table(self.callbacks_model)
        self.callbacks_table.doubleClicked.connect(self._open_callback_letter)
        self.callbacks_table.activated.connect(self._open_callback_letter)
        self.done_button = QPushButton(translate("ControlView", "Callback made…"), self)
        self.done_button.setToolTip(
            translate("ControlView", "Record the result of the selected callback")
        )
        self.done_button.setVisible(can(self._actor, "phone.callback"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.complete_selected_callback)
        self.callbacks_table.selectionModel().selectionChanged.connect(
            lambda *_: self.done_button.setEnabled(self._selected_callback() is not None)
        )
        self.callbacks_box = QGroupBox(translate("ControlView", "Callbacks due"), self)
        callbacks_layout = QVBoxLayout(self.callbacks_box)
        callbacks_layout.addWidget(self.callbacks_table, 1)
        row = QHBoxLayout()
        self.callbacks_empty = QLabel(self)
        self.callbacks_empty.setEnabled(False)
        row.addWidget(self.callbacks_empty, 1)
        row.addWidget(self.done_button)
        callbacks_layout.addLayout(row)

        # The letters take the full width; the callbacks and the counts share the bottom.
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.callbacks_box)
        lower.addWidget(counts)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(letters_box)
        main.addWidget(lower)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setChildrenCollapsible(False)
        self.info = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(main, 1)
        layout.addLayout(bottom)

    def _table(self, model: RowsModel, stretch_first: bool = False) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        if stretch_first:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setStretchLastSection(True)
        return table

    # --- loading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        stale = self._loaded_at is None or (
            dt.datetime.now().astimezone() - self._loaded_at > STALE_AFTER
        )
        if stale and (self.load_job is None or not self.load_job.running):
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> Job:
        """Read the dashboard again in the background; a newer read wins over an older."""
        self._generation += 1
        generation = self._generation
        self.info.setText(translate("ControlView", "Reading the deadlines…"))
        job = self._runner.run(
            "control",
            load_control,
            self._database,
            self._actor,
            self._today(),
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda data: self._show(generation, data))
        job.failed.connect(lambda error: self._failed(generation, error))
        self.load_job = job
        return job

    def _failed(self, generation: int, error: JobError) -> None:
        if generation != self._generation:
            return
        self.info.setText(translate("ControlView", "The deadlines cannot be read."))
        show_job_error(self, translate("ControlView", "Control"), error)

    def _show(self, generation: int, data: ControlData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self._loaded_at = dt.datetime.now().astimezone()
        board = data.board
        for code in FILTERS:
            self.tiles[code].set_count(board.totals.get(code, 0))
        self.tiles["callbacks"].set_count(len(board.callbacks))
        self._fill_letters()
        self.executors_model.set_rows(self._count_rows(board.by_executor, unassigned=True))
        self.departments_model.set_rows(self._count_rows(board.by_department, unassigned=False))
        self._fill_callbacks()
        self.info.setText(
            translate("ControlView", "As of {0}; refreshed every {1} minutes (F5 now).").format(
                labels.datetime_text(data.now), REFRESH_MS // 60000
            )
        )
        self.loaded.emit()

    def current_filter(self) -> str | None:
        return next((c for c in FILTERS if self.tiles[c].isChecked()), None)

    def _tile_pressed(self, code: str) -> None:
        if code == "callbacks":
            self.tiles[code].setChecked(False)
            self.callbacks_table.setFocus()
            if self.callbacks_model.rowCount():
                self.callbacks_table.selectRow(0)
            return
        for other in FILTERS:
            if other != code:
                self.tiles[other].setChecked(False)
        self._fill_letters()

    def _fill_letters(self) -> None:
        if self.data is None:
            return
        board, names = self.data.board, urgency_labels()
        wanted = self.current_filter()
        statuses, categories = labels.status_labels(), labels.category_labels()
        rows = []
        for item in board.items:
            if wanted is not None and item.bucket != wanted:
                continue
            watch = min(item.due_on, item.control_on) if item.control_on else item.due_on
            level = urgency(item.due_on, watch, board.today, self.data.amber_until)
            rows.append(
                Row(
                    (
                        names.get(item.bucket, item.bucket),
                        item.reg_no,
                        due_and_control(item.due_on, item.control_on),
                        item.sender_name,
                        labels.label(categories, item.category),
                        labels.label(statuses, item.status),
                        short_name(item.executor) or translate("ControlView", "not assigned"),
                        item.department,
                    ),
                    item.letter_id,
                    level,
                    self._overdue_tip(item.due_on, board.today),
                )
            )
        self.model.set_rows(rows)
        fit_columns(self.table)
        if rows:
            self.empty.hide()
        else:
            self.empty.setText(
                translate("ControlView", "Nothing in this group.")
                if wanted
                else translate("ControlView", "Nothing is overdue or due within 3 working days.")
            )
            self.empty.show()

    @staticmethod
    def _overdue_tip(due_on: dt.date, today: dt.date) -> str:
        late = (today - due_on).days
        if late > 0:
            return translate("ControlView", "{0} day(s) overdue").format(late)
        return ""

    def _count_rows(self, counts: list[CountRow], unassigned: bool) -> list[Row]:
        rows = []
        for c in counts:
            if c.name:
                name = short_name(c.name) if unassigned else c.name
            elif unassigned:
                name = translate("ControlView", "not assigned")
            else:
                name = translate("ControlView", "no department")
            level = Urgency.RED if c.overdue else Urgency.NONE
            rows.append(
                Row(
                    (
                        name,
                        str(c.overdue),
                        str(c.due_today),
                        str(c.due_soon),
                        str(c.total),
                    ),
                    c.key,
                    level,
                )
            )
        return rows

    def _fill_callbacks(self) -> None:
        assert self.data is not None
        now, today = self.data.now, self.data.board.today
        rows = []
        for cb in self.data.board.callbacks:
            due = cb.due_at.astimezone()
            level = (
                Urgency.RED if due < now else Urgency.AMBER if due.date() <= today else Urgency.NONE
            )
            executor = self._executor_name(cb.executor_id)
            rows.append(
                Row(
                    (
                        labels.datetime_text(due),
                        cb.caller_name,
                        phone_text(cb.phone),
                        cb.reg_no,
                        short_name(executor),
                    ),
                    cb,
                    level,
                )
            )
        self.callbacks_model.set_rows(rows)
        fit_columns(self.callbacks_table)
        self.done_button.setEnabled(False)
        self.callbacks_empty.setText(
            "" if rows else translate("ControlView", "No callbacks are due.")
        )

    def _executor_name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        if user_id == self._actor.id:
            return self._actor.full_name or self._actor.login
        assert self.data is not None
        for item in self.data.board.items:
            if item.executor_id == user_id:
                return item.executor
        for row in self.data.board.by_executor:
            if row.key == user_id:
                return row.name
        return ""

    # --- actions --------------------------------------------------------------------

    def _open_letter(self, index: QModelIndex) -> None:
        if index.isValid():
            letter_id = self.model.data(index, KEY_ROLE)
            if isinstance(letter_id, int):
                self.letter_requested.emit(letter_id)

    def _open_callback_letter(self, index: QModelIndex) -> None:
        if index.isValid():
            callback = self.callbacks_model.key(index.row())
            if isinstance(callback, CallbackDTO):
                self.letter_requested.emit(callback.letter_id)

    def _selected_callback(self) -> CallbackDTO | None:
        rows = self.callbacks_table.selectionModel().selectedRows()
        if not rows:
            return None
        callback = self.callbacks_model.key(rows[0].row())
        return callback if isinstance(callback, CallbackDTO) else None

    def complete_selected_callback(self) -> CallbackDoneDialog | None:
        """Open the (non-blocking) form for the selected callback's result."""
        callback = self._selected_callback()
        if callback is None:
            return None
        dialog = CallbackDoneDialog(self._database, self._actor, callback, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self._callback_done)
        dialog.open()
        return dialog

    def _callback_done(self) -> None:
        self.status_message.emit(translate("ControlView", "The callback is recorded."))
        self.refresh()
