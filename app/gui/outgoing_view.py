"""The Ответы section: the outgoing register of a day (or a period), its post details and
its batch printing.

The table lists the replies sent on the chosen day: outgoing number and date, addressee and
address, the letters answered, how it went, the tracking number (ШПИ), weight and the day it
was sent. A filter narrows it; double-click (or Enter) opens the archived PDF. A clerk (the
roles allowed "reply.dispatch") records the post details of selected rows and prints the
envelopes and the Form 103 list; other roles do not get those buttons. Reading and every file
run in background jobs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.letter_replies import archived_copy
from app.gui.outgoing_dispatch import DispatchDialog
from app.gui.outgoing_model import COLUMNS, OutgoingFilter, OutgoingModel
from app.gui.outgoing_print import EnvelopesDialog, Form103Dialog
from app.gui.reply_output import (
    ask_save_path,
    print_in_background,
    save_in_background,
    show_file,
)
from app.gui.widgets import show_job_error
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.outgoing import archive_pdf, post_settings
from letters.outgoing_register import OutgoingRegister, RegisterEntry, outgoing_register
from letters.permissions import can

DATE_DELAY_MS = 250  # typing a date changes it field by field: read once it settles
# Widest a column gets (pixels; longer text is elided, the tooltip has it whole). The
# address takes whatever is left, so it is the one that shows most.
MAX_WIDTH = {"addressee": 220, "mail_type": 160, "letters": 160}


@dataclass(frozen=True, slots=True)
class MailType:
    code: str
    label: str
    envelope: bool
    tracked: bool  # registered mail: it gets a tracking number (ШПИ)


@dataclass(frozen=True, slots=True)
class OutgoingData:
    register: OutgoingRegister
    mail_types: tuple[MailType, ...]


def load_outgoing(database: Database, actor: Actor, first: dt.date, last: dt.date) -> OutgoingData:
    """The register of the period and the ways of sending (call from a worker)."""
    with database.read() as session:
        register = outgoing_register(session, actor, first, last)
    kinds = tuple(
        MailType(
            code,
            str(spec.get("label", code)),
            bool(spec.get("envelope")),
            bool(spec.get("form103")),
        )
        for code, spec in post_settings()["mail_types"].items()
    )
    return OutgoingData(register, kinds)


def archived_bytes(database: Database, store: FileStore, actor: Actor, reply_id: int) -> bytes:
    with database.read() as session:
        return archive_pdf(session, store, reply_id, actor=actor)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class OutgoingView(QWidget):
    """Signals:
    status_message(str): a one-line message for the status bar.
    loaded(int): the register on screen is fresh; the number of replies.
    opened(str): an archived reply went to the PDF viewer; the path of the copy.
    """

    status_message = Signal(str)
    loaded = Signal(int)
    opened = Signal(str)

    def __init__(
        self,
        database: Database,
        store: FileStore,
        actor: Actor,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._store, self._actor, self._runner = database, store, actor, runner
        self._generation = 0
        self.data: OutgoingData | None = None
        self.load_job: Job | None = None
        self.dispatcher = can(actor, "reply.dispatch")
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.refresh)
        self._build(today or dt.date.today())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    # --- layout ---------------------------------------------------------------------

    def _build(self, today: dt.date) -> None:
        self.title = QLabel(translate("OutgoingView", "Outgoing register"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(translate("OutgoingView", "The day (period) before"))
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(translate("OutgoingView", "The day (period) after"))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.first_date = self._date_edit(today)
        self.first_date.setToolTip(translate("OutgoingView", "The day the letters were sent"))
        self.period_check = QCheckBox(translate("OutgoingView", "Period to"), self)
        self.period_check.setToolTip(
            translate("OutgoingView", "Show the letters sent over several days")
        )
        self.last_date = self._date_edit(today)
        self.last_date.setVisible(False)
        self.period_check.toggled.connect(self._period_toggled)
        self.today_button = QPushButton(translate("OutgoingView", "Today"), self)
        self.today_button.clicked.connect(lambda: self.set_day(dt.date.today()))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            translate("OutgoingView", "Filter: number, addressee, address, ШПИ…")
        )
        self.refresh_button = QPushButton(translate("OutgoingView", "Refresh"), self)
        self.refresh_button.setToolTip(translate("OutgoingView", "Read the register again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(translate("OutgoingView", "Day of dispatch"), self))
        dates.addWidget(self.previous_button)
        dates.addWidget(self.first_date)
        dates.addWidget(self.next_button)
        dates.addWidget(self.period_check)
        dates.addWidget(self.last_date)
        dates.addWidget(self.today_button)
        dates.addSpacing(16)
        dates.addWidget(self.filter_edit, 1)
        dates.addWidget(self.refresh_button)

        self.model = OutgoingModel(self)
        self.proxy = OutgoingFilter(self.model, self)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        # Enter and double-click (which also activates) open the archived PDF.
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.open_button = QPushButton(translate("OutgoingView", "Open PDF"), self)
        self.open_button.setToolTip(
            translate("OutgoingView", "The selected reply exactly as archived (double-click)")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.dispatch_button = QPushButton(translate("OutgoingView", "Record dispatch…"), self)
        self.dispatch_button.setToolTip(
            translate(
                "OutgoingView", "Tracking number (ШПИ), weight and day of sending of the selection"
            )
        )
        self.dispatch_button.clicked.connect(self.record_dispatch)
        self.envelopes_button = QPushButton(translate("OutgoingView", "Envelopes…"), self)
        self.envelopes_button.setToolTip(
            translate("OutgoingView", "Print or save the envelopes (DL, C5, C4)")
        )
        self.envelopes_button.clicked.connect(self.envelopes)
        self.form103_button = QPushButton(translate("OutgoingView", "Form 103…"), self)
        self.form103_button.setToolTip(
            translate("OutgoingView", "The day's mail list of registered letters: PDF, CSV, XLSX")
        )
        self.form103_button.clicked.connect(self.form103)
        for button in (self.dispatch_button, self.envelopes_button, self.form103_button):
            button.setVisible(self.dispatcher)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.dispatch_button)
        bottom.addWidget(self.envelopes_button)
        bottom.addWidget(self.form103_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setDate(_qdate(day))
        edit.dateChanged.connect(lambda *_: self._dates_changed())
        return edit

    # --- the day or period ----------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        first = _pydate(self.first_date.date())
        if not self.period_check.isChecked():
            return first, first
        last = _pydate(self.last_date.date())
        return (first, last) if first <= last else (last, first)

    def day(self) -> dt.date | None:
        """The day on screen; ``None`` for a period of several days."""
        first, last = self.period()
        return first if first == last else None

    def set_day(self, day: dt.date) -> Job:
        self.period_check.setChecked(False)
        return self._set_dates(day, day)

    def set_period(self, first: dt.date, last: dt.date) -> Job:
        self.period_check.setChecked(True)
        return self._set_dates(first, last)

    def _set_dates(self, first: dt.date, last: dt.date) -> Job:
        for edit, day in ((self.first_date, first), (self.last_date, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        return self.refresh()

    def shift(self, direction: int) -> Job:
        """The day before or after (a period moves by its own length)."""
        first, last = self.period()
        step = dt.timedelta(days=((last - first).days + 1) * direction)
        return self._set_dates(first + step, last + step)

    def _period_toggled(self, checked: bool) -> None:
        self.last_date.setVisible(checked)
        if checked and self.last_date.date() < self.first_date.date():
            self.last_date.blockSignals(True)
            self.last_date.setDate(self.first_date.date())
            self.last_date.blockSignals(False)
        self._dates_changed()

    def _dates_changed(self) -> None:
        self._date_timer.start()

    # --- loading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.load_job is None or not self.load_job.running:
            self.refresh()  # replies registered elsewhere since: a short query

    def refresh(self) -> Job:
        """Read the register of the period in the background; a newer read wins."""
        self._date_timer.stop()
        self._generation += 1
        generation = self._generation
        first, last = self.period()
        self.info.setText(translate("OutgoingView", "Reading the outgoing register…"))
        job = self._runner.run(
            "outgoing register",
            load_outgoing,
            self._database,
            self._actor,
            first,
            last,
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
        self.info.setText(translate("OutgoingView", "The outgoing register cannot be read."))
        show_job_error(self, translate("OutgoingView", "Replies"), error)

    def _show(self, generation: int, data: OutgoingData) -> None:
        if generation != self._generation:
            return
        chosen = {e.item.id for e in self.selected_entries()}
        self.data = data
        kinds = {k.code: (k.label, k.tracked) for k in data.mail_types}
        self.model.set_entries(data.register.entries, kinds)
        self._fit_columns()
        self._reselect(chosen)
        self._update_info()
        self._update_buttons()
        self.loaded.emit(len(data.register.entries))

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        address = COLUMNS.index("address")
        header.setSectionResizeMode(address, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column, code in enumerate(COLUMNS):
            most = MAX_WIDTH.get(code)
            if most is not None and header.sectionSize(column) > most:
                header.resizeSection(column, most)
        header.setSectionResizeMode(address, QHeaderView.ResizeMode.Stretch)

    def _reselect(self, reply_ids: set[int]) -> None:
        if not reply_ids:
            return
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) in reply_ids:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_info()
        self._update_buttons()

    def _update_info(self) -> None:
        if self.data is None:
            return
        register = self.data.register
        entries = register.entries
        if register.first == register.last:
            when = labels.date_text(register.first)
            if not entries:
                self.info.setText(
                    translate("OutgoingView", "No outgoing letters were sent on {0}.").format(when)
                )
                return
            text = translate("OutgoingView", "{0} outgoing letter(s) sent on {1}.").format(
                len(entries), when
            )
        else:
            first, last = labels.date_text(register.first), labels.date_text(register.last)
            if not entries:
                self.info.setText(
                    translate(
                        "OutgoingView", "No outgoing letters were sent from {0} to {1}."
                    ).format(first, last)
                )
                return
            text = translate("OutgoingView", "{0} outgoing letter(s) sent from {1} to {2}.").format(
                len(entries), first, last
            )
        tracked = {k.code for k in self.data.mail_types if k.tracked}
        missing = sum(1 for e in entries if e.item.mail_type in tracked and not e.item.tracking_id)
        if missing:
            text += " " + translate(
                "OutgoingView", "Registered without a tracking number (ШПИ): {0}."
            ).format(missing)
        shown = self.proxy.rowCount()
        if shown != len(entries):
            text += " " + translate("OutgoingView", "Shown by the filter: {0}.").format(shown)
        if register.truncated:
            text += " " + translate(
                "OutgoingView", "Only the first {0} are listed: choose a shorter period."
            ).format(len(entries))
        self.info.setText(text)

    # --- selection ------------------------------------------------------------------

    def selected_entries(self) -> list[RegisterEntry]:
        rows = sorted(
            self.proxy.mapToSource(index).row()
            for index in self.table.selectionModel().selectedRows()
        )
        return [self.model.entry(row) for row in rows]

    def visible_entries(self) -> list[RegisterEntry]:
        """The rows the filter lets through, in the table's order."""
        return [
            self.model.entry(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            for row in range(self.proxy.rowCount())
        ]

    def select_reply(self, reply_id: int) -> bool:
        self.table.clearSelection()
        self._reselect({reply_id})
        return bool(self.selected_entries())

    def _current(self) -> RegisterEntry | None:
        index = self.table.currentIndex()
        chosen = self.selected_entries()
        if index.isValid():
            entry = self.model.entry(self.proxy.mapToSource(index).row())
            if entry in chosen:
                return entry
        return chosen[0] if chosen else None

    def _update_buttons(self) -> None:
        count = len(self.selected_entries())
        self.open_button.setEnabled(count >= 1)
        self.dispatch_button.setEnabled(count >= 1)
        self.envelopes_button.setEnabled(self.data is not None and bool(self.model.rowCount()))

    def _show_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        one = self._current() is not None
        for text, slot in (
            (translate("OutgoingView", "Open PDF"), self.open_selected),
            (translate("OutgoingView", "Save PDF…"), self.save_selected),
            (translate("OutgoingView", "Print…"), self.print_selected),
        ):
            action = menu.addAction(text)
            action.setEnabled(one)
            action.triggered.connect(lambda _checked=False, s=slot: s())
        if self.dispatcher:
            menu.addSeparator()
            dispatch = menu.addAction(translate("OutgoingView", "Record dispatch…"))
            dispatch.setEnabled(one)
            dispatch.triggered.connect(lambda _checked=False: self.record_dispatch())
            envelopes = menu.addAction(translate("OutgoingView", "Envelopes…"))
            envelopes.triggered.connect(lambda _checked=False: self.envelopes())
        return menu

    # --- the archived PDF -----------------------------------------------------------

    def open_selected(self) -> Job | None:
        """The archived reply, copied for the system's PDF viewer."""
        entry = self._current()
        if entry is None:
            return None
        job = self._runner.run(
            translate("OutgoingView", "Opening {0}").format(entry.item.reg_no),
            archived_copy,
            self._database,
            self._store,
            self._actor,
            entry.item.id,
            entry.item.reg_no,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._open_copy)
        job.failed.connect(self._job_failed)
        return job

    def _open_copy(self, path: Path) -> None:
        show_file(self, path)
        self.opened.emit(str(path))

    def save_selected(self, path: Path | None = None) -> Job | None:
        entry = self._current()
        if entry is None:
            return None
        title = translate("OutgoingView", "Save PDF")
        path = path or ask_save_path(self, title, entry.item.reg_no, "pdf")
        if path is None:
            return None
        database, store, actor, reply_id = self._database, self._store, self._actor, entry.item.id
        return save_in_background(
            self,
            self._runner,
            path,
            lambda: archived_bytes(database, store, actor, reply_id),
            lambda saved: self.status_message.emit(
                translate("OutgoingView", "Saved: {0}").format(saved)
            ),
        )

    def print_selected(self) -> Job | None:
        entry = self._current()
        if entry is None:
            return None
        title = entry.item.reg_no
        job = self._runner.run(
            translate("OutgoingView", "Opening {0}").format(title),
            archived_bytes,
            self._database,
            self._store,
            self._actor,
            entry.item.id,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(
            lambda data: print_in_background(
                self,
                self._runner,
                data,
                title,
                done=lambda _pages: self.status_message.emit(
                    translate("OutgoingView", "{0} was sent to the printer.").format(title)
                ),
            )
        )
        job.failed.connect(self._job_failed)
        return job

    def _job_failed(self, error: JobError) -> None:
        show_job_error(self, translate("OutgoingView", "Replies"), error)

    # --- post details and printing ---------------------------------------------------

    def _mail_types(self) -> list[MailType]:
        return list(self.data.mail_types) if self.data is not None else []

    def record_dispatch(self) -> DispatchDialog | None:
        """The post details of the selected rows (a non-blocking dialog)."""
        entries = self.selected_entries()
        if not entries or not self.dispatcher:
            return None
        dialog = DispatchDialog(
            self._database,
            self._actor,
            entries,
            [(k.code, k.label) for k in self._mail_types()],
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._dispatch_saved)
        dialog.open()
        return dialog

    def _dispatch_saved(self, count: int) -> None:
        self.status_message.emit(
            translate("OutgoingView", "Post details recorded for {0} letter(s).").format(count)
        )
        self.refresh()

    def _by_post(self, entries: list[RegisterEntry]) -> tuple[list[int], int]:
        envelope = {k.code for k in self._mail_types() if k.envelope}
        ids = [e.item.id for e in entries]
        return ids, sum(1 for e in entries if e.item.mail_type in envelope)

    def envelopes(self) -> EnvelopesDialog | None:
        if not self.dispatcher:
            return None
        dialog = EnvelopesDialog(
            self._database,
            self._actor,
            self._runner,
            self.status_message.emit,
            self._by_post(self.selected_entries()),
            self._by_post(self.model.entries()),
            self.day(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def form103(self) -> Form103Dialog | None:
        if not self.dispatcher:
            return None
        dialog = Form103Dialog(
            self._database,
            self._actor,
            self._runner,
            self.status_message.emit,
            self.period()[0],
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog
