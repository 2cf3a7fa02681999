"""The «Record dispatch» dialog: the tracking number (ШПИ) and weight of each chosen reply,
and the day and way they went out, saved for all of them in one background transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.control_common import ERROR_STYLE, error_label, stop_runner
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.widgets import show_job_error
from app.i18n import translate
from app.roles import denied_message
from db.engine import Database
from letters.actors import Actor
from letters.outgoing import OutgoingError
from letters.outgoing_register import (
    DispatchChange,
    RegisterEntry,
    normalize_tracking_id,
    record_dispatches,
    tracking_problem,
)
from letters.permissions import PermissionDenied

MAX_WEIGHT_G = 20_000
KEEP = ""  # the mail type combo's «as it is» when the replies differ


def save_dispatch(database: Database, actor: Actor, changes: list[DispatchChange]) -> int:
    """All the changes in one transaction (call from a worker)."""
    with database.write() as session:
        return record_dispatches(session, actor, changes)


def tracking_hint() -> str:
    return translate(
        "OutgoingDispatch",
        "ШПИ: 14 digits for a letter within Russia, or 13 characters for an international "
        "one (RA123456785RU). Leave it empty while it is not known.",
    )


def tracking_text(value: str, problem: str) -> str:
    if problem == "check_digit":
        return translate(
            "OutgoingDispatch",
            "{0}: the check digit does not match; look for a mistyped digit.",
        ).format(value)
    return translate(
        "OutgoingDispatch",
        "{0} is not a tracking number: it must be 14 digits, or 13 characters like RA123456785RU.",
    ).format(value)


def dispatch_error_text(exc: BaseException) -> str | None:
    """The message for a refusal of ``record_dispatches``; ``None`` for a bug."""
    if isinstance(exc, PermissionDenied):
        return denied_message(exc)
    if not isinstance(exc, OutgoingError):
        return None
    if exc.code == "bad_tracking_id":
        return tracking_text(exc.detail, tracking_problem(exc.detail) or "format")
    texts = {
        "bad_weight": translate("OutgoingDispatch", "The weight {0} g cannot be right."),
        "bad_mail_type": translate("OutgoingDispatch", "Unknown way of sending: {0}."),
        "not_found": translate("OutgoingDispatch", "The reply no longer exists."),
    }
    text = texts.get(exc.code)
    return text.format(exc.detail) if text is not None else None


class DispatchDialog(QDialog):
    """Post details of the chosen replies.

    Signals:
        saved(int): the details were stored; the number of replies.
    """

    saved = Signal(int)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        entries: Sequence[RegisterEntry],
        mail_types: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self._actor = database, actor
        self.entries = list(entries)
        self.runner = JobRunner(self)
        self.job: Job | None = None
        self.setWindowTitle(translate("OutgoingDispatch", "Record dispatch"))
        count = len(self.entries)
        intro = QLabel(
            translate(
                "OutgoingDispatch",
                "Post details of {0} outgoing letter(s): type the tracking number (ШПИ) and "
                "weight from the post office receipt.",
            ).format(count),
            self,
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(count, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("OutgoingDispatch", "Outgoing No."),
                translate("OutgoingDispatch", "Addressee"),
                translate("OutgoingDispatch", "Tracking No. (ШПИ)"),
                translate("OutgoingDispatch", "Weight, g"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tracking_edits: list[QLineEdit] = []
        self.weight_spins: list[QSpinBox] = []
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.item.reg_no, entry.item.addressee_name)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            edit = QLineEdit(entry.item.tracking_id, self.table)
            edit.setMaxLength(24)
            edit.setPlaceholderText(translate("OutgoingDispatch", "not known yet"))
            edit.textEdited.connect(lambda _text, e=edit: e.setStyleSheet(""))
            self.table.setCellWidget(row, 2, edit)
            self.tracking_edits.append(edit)
            spin = QSpinBox(self.table)
            spin.setRange(0, MAX_WEIGHT_G)
            spin.setValue(entry.item.weight_g)
            self.table.setCellWidget(row, 3, spin)
            self.weight_spins.append(spin)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        width = self.fontMetrics().horizontalAdvance("00000000000000") + 40
        header.resizeSection(2, max(width, header.sectionSizeFromContents(2).width() + 8))
        header.resizeSection(3, max(90, header.sectionSizeFromContents(3).width() + 8))
        self.table.resizeRowsToContents()

        self.sent_on = QDateEdit(self)
        self.sent_on.setDisplayFormat("dd.MM.yyyy")
        self.sent_on.setCalendarPopup(True)
        days = {e.item.sent_on for e in self.entries if e.item.sent_on}
        day = days.pop() if len(days) == 1 else dt.date.today()
        self.sent_on.setDate(QDate(day.year, day.month, day.day))
        self.mail_type = QComboBox(self)
        used = {e.item.mail_type for e in self.entries}
        if len(used) != 1:
            self.mail_type.addItem(translate("OutgoingDispatch", "— as it is for each —"), KEEP)
        for code, label in mail_types:
            self.mail_type.addItem(label, code)
        if len(used) == 1:
            self.mail_type.setCurrentIndex(max(0, self.mail_type.findData(used.pop())))
        form = QFormLayout()
        form.addRow(translate("OutgoingDispatch", "Sent on"), self.sent_on)
        form.addRow(translate("OutgoingDispatch", "Sent by"), self.mail_type)

        hint = QLabel(tracking_hint(), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("OutgoingDispatch", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("OutgoingDispatch", "Cancel")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        rows_height = sum(self.table.rowHeight(r) for r in range(min(count, 8)))
        self.table.setMinimumHeight(rows_height + header.height() + 6)
        self.resize(760, self.sizeHint().height())

    def problems(self) -> list[str]:
        """Messages for the tracking numbers that cannot be right; the fields turn red."""
        found = []
        for edit in self.tracking_edits:
            value = normalize_tracking_id(edit.text())
            problem = tracking_problem(value)
            edit.setStyleSheet(ERROR_STYLE if problem else "")
            if problem:
                found.append(tracking_text(value, problem))
        return found

    def changes(self) -> list[DispatchChange]:
        sent = self.sent_on.date()
        sent_on = dt.date(sent.year(), sent.month(), sent.day())
        mail_type = self.mail_type.currentData() or None
        return [
            DispatchChange(
                entry.item.id,
                normalize_tracking_id(edit.text()),
                spin.value(),
                sent_on,
                mail_type,
            )
            for entry, edit, spin in zip(
                self.entries, self.tracking_edits, self.weight_spins, strict=True
            )
        ]

    def save(self) -> Job | None:
        """Check the tracking numbers, then store everything in the background."""
        problems = self.problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            bad = next(e for e in self.tracking_edits if e.styleSheet())
            bad.setFocus()
            bad.selectAll()
            return None
        self.error.hide()
        self.save_button.setEnabled(False)
        job = self.runner.run(
            translate("OutgoingDispatch", "Recording dispatch"),
            save_dispatch,
            self._database,
            self._actor,
            self.changes(),
            with_progress=False,
            visible=False,
            cancellable=False,
        )
        job.finished.connect(self._saved)
        job.failed.connect(self._failed)
        self.job = job
        return job

    def _saved(self, count: int) -> None:
        self.saved.emit(count)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.save_button.setEnabled(True)
        text = dispatch_error_text(error.exception)
        if text is None:
            self.error.hide()
            show_job_error(self, self.windowTitle(), error)
            return
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)
