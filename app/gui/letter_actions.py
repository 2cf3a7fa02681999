"""The control actions on one letter, for its card: resolution, reassignment, extension and
the status moves the workflow allows from the letter's status.

Only what the signed-in user may do is shown (``letters.permissions.can``,
``letters.workflow.can_move``); the services check again and a refusal is shown in words.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.control_common import error_label, show_refusal, stop_runner
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.resolution_dialog import ExtensionDialog, ResolutionDialog
from app.i18n import translate
from db.engine import Database
from letters import workflow
from letters.actors import Actor
from letters.deadlines import no_answer_reasons
from letters.permissions import can

# The order of the moves in the menu: the main path first, then the side exits.
MOVE_ORDER = workflow.STATUSES


def move_label(status: str) -> str:
    """The menu's words for a move to ``status``."""
    return {
        workflow.ON_RESOLUTION: translate("LetterActions", "Send for resolution"),
        workflow.IN_PROGRESS: translate("LetterActions", "Take into work"),
        workflow.REPLY_PREPARED: translate("LetterActions", "Reply prepared"),
        workflow.REPLY_SENT: translate("LetterActions", "Answered (reply sent)"),
        workflow.DONE: translate("LetterActions", "Done: take off control"),
        workflow.FORWARDED: translate("LetterActions", "Forward to another organisation…"),
        workflow.NO_ANSWER: translate("LetterActions", "Leave without an answer…"),
        workflow.WITHDRAWN: translate("LetterActions", "Withdrawn by the consumer"),
    }.get(status, labels.label(labels.status_labels(), status))


def offered_moves(actor: Actor, status: str) -> list[str]:
    if not can(actor, "letter.transition"):
        return []
    allowed = workflow.allowed_moves(status)
    return [s for s in MOVE_ORDER if s in allowed and workflow.can_move(actor, status, s)]


def move_letter(
    database: Database, actor: Actor, letter_id: int, new_status: str, reason: str, on: dt.date
) -> workflow.Transition:
    with database.write() as session:
        return workflow.transition(session, actor, letter_id, new_status, reason=reason, on=on)


class StatusDialog(QDialog):
    """Move a letter to ``new_status`` with a reason (required where the workflow says so)
    and a date.

    Signals:
        saved(object): the :class:`letters.workflow.Transition`; the dialog then accepts.
    """

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        letter_id: int,
        status: str,
        new_status: str,
        parent: QWidget | None = None,
        *,
        reg_no: str = "",
    ) -> None:
        super().__init__(parent)
        self.database, self.actor, self.letter_id = database, actor, letter_id
        self.status, self.new_status = status, new_status
        self.runner = JobRunner(self)
        self.required = workflow.reason_required(status, new_status)
        names = labels.status_labels()
        self.setWindowTitle(translate("LetterActions", "Change the status"))
        heading = QLabel(
            translate("LetterActions", "{0}: «{1}» → «{2}»").format(
                reg_no or "№", names.get(status, status), names.get(new_status, new_status)
            ),
            self,
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setMinimumContentsLength(40)
        if new_status == workflow.NO_ANSWER:
            for item in no_answer_reasons():
                text = item.get("label_ru", "")
                basis = item.get("basis_short", "")
                self.reason.addItem(f"{text} ({basis})" if basis else text)
        else:
            self.reason.setCurrentText("")
        line = self.reason.lineEdit()
        assert line is not None
        if new_status == workflow.FORWARDED:
            line.setPlaceholderText(
                translate("LetterActions", "The organisation it goes to, e.g. the grid company")
            )
        elif self.required:
            line.setPlaceholderText(translate("LetterActions", "Required"))
        else:
            line.setPlaceholderText(translate("LetterActions", "Optional comment"))
        self.on = QDateEdit(self)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setCalendarPopup(True)
        today = dt.date.today()
        self.on.setDate(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        hints = {
            workflow.FORWARDED: translate(
                "LetterActions",
                "The consumer notice about the forwarding is queued with the replies.",
            ),
            workflow.REPLY_SENT: translate(
                "LetterActions", "The clock stops on this date; the days early or late are stored."
            ),
        }
        self.hint.setText(hints.get(new_status, ""))
        self.hint.setVisible(new_status in hints)
        self.error = error_label(self)
        form = QFormLayout()
        reason_title = (
            translate("LetterActions", "Forwarded to")
            if new_status == workflow.FORWARDED
            else translate("LetterActions", "Reason")
        )
        form.addRow(reason_title + (" *" if self.required else ""), self.reason)
        form.addRow(translate("LetterActions", "Date"), self.on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("LetterActions", "Change the status"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.reason.setFocus()

    def save(self) -> Job | None:
        reason = self.reason.currentText().strip()
        if self.required and not reason:
            self.error.setText(translate("Control", "Give the reason for this status change."))
            self.error.show()
            self.reason.setFocus()
            return None
        self.error.hide()
        self.ok_button.setEnabled(False)
        day = self.on.date()
        job = self.runner.run(
            "status change",
            move_letter,
            self.database,
            self.actor,
            self.letter_id,
            self.new_status,
            reason,
            dt.date(day.year(), day.month(), day.day()),
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._saved)
        job.failed.connect(self._failed)
        return job

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: JobError) -> None:
        self.ok_button.setEnabled(True)
        show_refusal(self.error, self, self.windowTitle(), error)

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)


class LetterActions(QWidget):
    """A row of buttons for the letter card.

    Signals:
        changed(int): a resolution, extension or status move of the letter was saved; its id.
        dialog_opened(object): a dialog was opened (for tests and the card's bookkeeping).
    """

    changed = Signal(int)
    dialog_opened = Signal(object)

    def __init__(
        self, database: Database, actor: Actor, letter_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database, self.actor, self.letter_id = database, actor, letter_id
        self.status = ""
        self.reg_no = ""
        self.resolve_button = QPushButton(translate("LetterActions", "Resolution…"), self)
        self.resolve_button.setToolTip(
            translate("LetterActions", "Assign the department, executors and control date")
        )
        self.resolve_button.clicked.connect(lambda: self.open_resolution())
        self.reassign_button = QPushButton(translate("LetterActions", "Reassign…"), self)
        self.reassign_button.setToolTip(
            translate("LetterActions", "Hand the letter to other executors, with the reason")
        )
        self.reassign_button.clicked.connect(lambda: self.open_resolution(reassignment=True))
        self.extend_button = QPushButton(translate("LetterActions", "Extend deadline…"), self)
        self.extend_button.setToolTip(
            translate("LetterActions", "Extend the answer period within the rule's limit")
        )
        self.extend_button.clicked.connect(self.open_extension)
        self.status_button = QPushButton(translate("LetterActions", "Change status"), self)
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.resolve_button,
            self.reassign_button,
            self.extend_button,
            self.status_button,
        ):
            layout.addWidget(button)
        layout.addStretch(1)
        self.resolve_button.setVisible(can(actor, "letter.resolve"))
        self.reassign_button.setVisible(can(actor, "letter.resolve"))
        self.extend_button.setVisible(can(actor, "letter.extend"))
        self.status_button.setVisible(can(actor, "letter.transition"))
        self.set_status("")

    def set_status(self, status: str, reg_no: str = "") -> None:
        """Offer what may be done from ``status`` (empty: nothing until the card loads)."""
        self.status, self.reg_no = status, reg_no or self.reg_no
        open_letter = bool(status) and status in workflow.OPEN_STATUSES
        self.resolve_button.setEnabled(open_letter)
        self.reassign_button.setEnabled(open_letter and status != workflow.REGISTERED)
        self.extend_button.setEnabled(open_letter)
        self.status_menu.clear()
        for new_status in offered_moves(self.actor, status) if status else []:
            action = self.status_menu.addAction(move_label(new_status))
            action.setData(new_status)
            action.triggered.connect(lambda _c=False, s=new_status: self.open_status(s))
        self.status_button.setEnabled(not self.status_menu.isEmpty())

    def move_actions(self) -> dict[str, object]:
        return {a.data(): a for a in self.status_menu.actions()}

    def _opened(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_resolution(self, reassignment: bool = False) -> ResolutionDialog:
        dialog = ResolutionDialog(
            self.database, self.actor, self.letter_id, self, reassignment=reassignment
        )
        dialog.saved.connect(lambda _r: self.changed.emit(self.letter_id))
        self._opened(dialog)
        return dialog

    def open_extension(self) -> ExtensionDialog:
        dialog = ExtensionDialog(self.database, self.actor, self.letter_id, self)
        dialog.saved.connect(lambda _r: self.changed.emit(self.letter_id))
        self._opened(dialog)
        return dialog

    def open_status(self, new_status: str) -> StatusDialog:
        dialog = StatusDialog(
            self.database,
            self.actor,
            self.letter_id,
            self.status,
            new_status,
            self,
            reg_no=self.reg_no,
        )
        dialog.saved.connect(lambda _r: self.changed.emit(self.letter_id))
        self._opened(dialog)
        return dialog
