"""The head's dialogs on one letter: the resolution (or a reassignment) and the extension.

Both are ordinary non-modal-friendly QDialogs: ``open()`` them (or ``show()`` in a test);
they read their choices in the background, write through the services in the background,
and show a refusal inline so that the head can correct it without retyping.

ResolutionDialog signals:
    ready(): the choices are loaded and the form is usable.
    saved(object): the new :class:`letters.resolutions.ResolutionDTO`; the dialog then accepts.
ExtensionDialog signals:
    ready(): as above.
    saved(object): the new :class:`letters.deadlines.DueDates`; the dialog then accepts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.control_common import error_label, fill_assignees, show_refusal, stop_runner
from app.gui.jobs import Job, JobError, JobRunner
from app.i18n import translate
from db.engine import Database
from letters import control_forms, deadlines, resolutions
from letters.actors import Actor
from letters.control_forms import ExtensionForm, LetterSummary, ResolutionForm


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def letter_line(letter: LetterSummary) -> str:
    parts = [
        letter.reg_no,
        letter.sender_name,
        labels.label(labels.category_labels(), letter.category),
    ]
    return " — ".join(p for p in parts if p)


def due_line(letter: LetterSummary) -> str:
    if letter.due_on is None:
        return translate("ResolutionDialog", "no due date")
    text = translate("ResolutionDialog", "due {0}, control {1}").format(
        labels.date_text(letter.due_on), labels.date_text(letter.control_on) or "—"
    )
    return text


# --- background calls ---------------------------------------------------------------------


def load_resolution_form(database: Database, actor: Actor, letter_id: int) -> ResolutionForm:
    with database.read() as session:
        return control_forms.resolution_form(session, actor, letter_id)


def save_resolution(
    database: Database,
    actor: Actor,
    letter_id: int,
    *,
    reassignment: bool,
    executor_ids: list[int],
    department_id: int | None,
    text: str,
    control_on: dt.date | None,
    reason: str,
) -> resolutions.ResolutionDTO:
    with database.write() as session:
        if reassignment:
            return resolutions.reassign(
                session,
                actor,
                letter_id,
                executor_ids=executor_ids,
                reason=reason,
                department_id=department_id,
            )
        return resolutions.write_resolution(
            session,
            actor,
            letter_id,
            executor_ids=executor_ids,
            department_id=department_id,
            text=text,
            control_on=control_on,
        )


def load_extension_form(database: Database, actor: Actor, letter_id: int) -> ExtensionForm:
    with database.read() as session:
        return control_forms.extension_form(session, actor, letter_id)


def save_extension(
    database: Database, actor: Actor, letter_id: int, days: int, reason: str
) -> deadlines.DueDates:
    with database.write() as session:
        return deadlines.extend_deadline(session, actor, letter_id, days, reason)


class _ActionDialog(QDialog):
    """A dialog that loads its form, then saves, each in the background."""

    ready = Signal()
    saved = Signal(object)

    def __init__(self, database: Database, actor: Actor, letter_id: int, parent: QWidget | None):
        super().__init__(parent)
        self.database, self.actor, self.letter_id = database, actor, letter_id
        self.runner = JobRunner(self)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_job: Job | None = None

    def _start_loading(self, function: Callable[..., Any]) -> Job:
        job = self.runner.run(
            "control form",
            function,
            self.database,
            self.actor,
            self.letter_id,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._loaded)
        job.failed.connect(self._load_failed)
        return job

    def _loaded(self, form: object) -> None:
        raise NotImplementedError

    def _load_failed(self, error: JobError) -> None:
        show_refusal(self.error, self, self.windowTitle(), error)

    def _fail(self, text: str, focus: QWidget | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        if focus is not None:
            focus.setFocus()

    def save(self) -> Job | None:
        raise NotImplementedError

    def _run_save(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        self.error.hide()
        self.ok_button.setEnabled(False)
        job = self.runner.run(
            "control action",
            function,
            self.database,
            self.actor,
            self.letter_id,
            *args,
            with_progress=False,
            visible=False,
            **kwargs,
        )
        job.finished.connect(self._saved)
        job.failed.connect(self._save_failed)
        self.save_job = job
        return job

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, error: JobError) -> None:
        self.ok_button.setEnabled(True)
        show_refusal(self.error, self, self.windowTitle(), error)

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)


class ResolutionDialog(_ActionDialog):
    """A head's resolution on one letter: department, the lead executor and co-executors,
    the instruction and the control date; or a reassignment with its reason (the
    instruction and the control date carry over). See the module for the signals."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        letter_id: int,
        parent: QWidget | None = None,
        *,
        reassignment: bool = False,
    ) -> None:
        super().__init__(database, actor, letter_id, parent)
        self.form: ResolutionForm | None = None
        self.setWindowTitle(translate("ResolutionDialog", "Resolution"))
        self.letter_label = QLabel(translate("ResolutionDialog", "Loading…"), self)
        self.letter_label.setWordWrap(True)
        font = self.letter_label.font()
        font.setBold(True)
        self.letter_label.setFont(font)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)

        self.new_mode = QRadioButton(translate("ResolutionDialog", "New resolution"), self)
        self.reassign_mode = QRadioButton(translate("ResolutionDialog", "Reassignment"), self)
        self.reassign_mode.setToolTip(
            translate(
                "ResolutionDialog",
                "Hand the letter to other executors; the instruction and control date stay",
            )
        )
        modes = QButtonGroup(self)
        modes.addButton(self.new_mode)
        modes.addButton(self.reassign_mode)
        self.new_mode.setChecked(True)
        self._want_reassignment = reassignment
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.new_mode)
        mode_row.addWidget(self.reassign_mode)
        mode_row.addStretch(1)
        self.new_mode.toggled.connect(self._mode_changed)

        self.department = QComboBox(self)
        self.department.currentIndexChanged.connect(self._department_changed)
        self.executor = QComboBox(self)
        self.executor.currentIndexChanged.connect(self._lead_changed)
        self.co_executors = QListWidget(self)
        self.co_executors.setToolTip(
            translate("ResolutionDialog", "Tick the co-executors; the lead one answers for it")
        )
        self.co_executors.setMinimumHeight(70)
        self.co_executors.setMaximumHeight(110)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            translate("ResolutionDialog", "For example: prepare a reply, check the readings")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(60)
        self.text.setMaximumHeight(110)
        self.control = QDateEdit(self)
        self.control.setDisplayFormat("dd.MM.yyyy")
        self.control.setCalendarPopup(True)
        self.control_hint = QLabel(self)
        self.control_hint.setWordWrap(True)
        self.control.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.control_hint.setEnabled(False)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            translate("ResolutionDialog", "Why the letter goes to someone else")
        )
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ResolutionDialog", "Department"), self.department)
        form.addRow(translate("ResolutionDialog", "Executor (lead)"), self.executor)
        form.addRow(translate("ResolutionDialog", "Co-executors"), self.co_executors)
        form.addRow(translate("ResolutionDialog", "Instruction"), self.text)
        form.addRow(translate("ResolutionDialog", "Control date"), self.control)
        form.addRow("", self.control_hint)
        form.addRow(translate("ResolutionDialog", "Reason"), self.reason)
        self.form_layout = form
        self.ok_button.setText(translate("ResolutionDialog", "Write resolution"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.letter_label)
        layout.addWidget(self.due_label)
        layout.addWidget(self.current_label)
        layout.addLayout(mode_row)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self._set_editable(False)
        self._mode_changed()
        self._start_loading(load_resolution_form)

    def _set_editable(self, on: bool) -> None:
        for widget in (
            self.new_mode,
            self.reassign_mode,
            self.department,
            self.executor,
            self.co_executors,
            self.text,
            self.control,
            self.reason,
        ):
            widget.setEnabled(on)

    def _loaded(self, form: object) -> None:
        assert isinstance(form, ResolutionForm)
        self.form = form
        letter = form.letter
        self.setWindowTitle(translate("ResolutionDialog", "Resolution — {0}").format(letter.reg_no))
        self.letter_label.setText(letter_line(letter))
        self.due_label.setText(
            translate("ResolutionDialog", "Status: {0}; {1}").format(
                labels.label(labels.status_labels(), letter.status),
                letter.explanation or due_line(letter),
            )
        )
        current = form.current
        if current is not None:
            self.current_label.setText(
                translate("ResolutionDialog", "Now with: {0} ({1}), control {2}").format(
                    ", ".join(current.executors) or "—",
                    current.department or "—",
                    labels.date_text(current.control_on) or "—",
                )
            )
        self.current_label.setVisible(current is not None)
        self.department.blockSignals(True)
        self.department.addItem(translate("ResolutionDialog", "— any department —"), None)
        for dept in form.departments:
            self.department.addItem(dept.name, dept.id)
        found = self.department.findData(form.suggested_department_id)
        self.department.setCurrentIndex(max(found, 0))
        self.department.blockSignals(False)
        self._department_changed(keep=form.suggested_executor_id)
        if form.default_control_on is not None:
            self.control.setDate(_qdate(form.default_control_on))
            self.control_hint.setText(
                translate(
                    "ResolutionDialog", "by the rule: {0}; no later than the due date {1}"
                ).format(
                    labels.date_text(form.default_control_on),
                    labels.date_text(letter.due_on) or "—",
                )
            )
        if letter.due_on is not None:
            self.control.setMaximumDate(_qdate(letter.due_on))
        self._set_editable(True)
        self.reassign_mode.setEnabled(current is not None)
        if self._want_reassignment and current is not None:
            self.reassign_mode.setChecked(True)
        self._mode_changed()
        self.ok_button.setEnabled(True)
        self.executor.setFocus()
        self.ready.emit()

    def _mode_changed(self, *_args: object) -> None:
        reassigning = self.reassign_mode.isChecked()
        for widget in (self.text, self.control):
            widget.setEnabled(not reassigning and self.form is not None)
        self.form_layout.setRowVisible(self.reason, reassigning)
        self.ok_button.setText(
            translate("ResolutionDialog", "Reassign")
            if reassigning
            else translate("ResolutionDialog", "Write resolution")
        )
        if reassigning and self.form is not None and self.form.current is not None:
            self.text.setPlainText(self.form.current.text)
            if self.form.current.control_on is not None:
                self.control.setDate(_qdate(self.form.current.control_on))

    def _department_changed(self, *_args: object, keep: int | None = None) -> None:
        if self.form is None:
            return
        lead = keep if keep is not None else self.executor.currentData()
        fill_assignees(
            self.executor,
            self.form.assignees,
            self.department.currentData(),
            empty=translate("ResolutionDialog", "— choose —"),
            keep=lead,
        )
        self._lead_changed()

    def _lead_changed(self, *_args: object) -> None:
        if self.form is None:
            return
        ticked = set(self.co_executor_ids())
        lead = self.executor.currentData()
        department_id = self.department.currentData()
        self.co_executors.clear()
        for person in self.form.assignees:
            if person.id == lead:
                continue
            if department_id is not None and person.department_id != department_id:
                continue
            text = (
                person.name
                if department_id is not None
                else (f"{person.name} ({person.department})" if person.department else person.name)
            )
            item = QListWidgetItem(text, self.co_executors)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def co_executor_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.co_executors.item(i) for i in range(self.co_executors.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def executor_ids(self) -> list[int]:
        lead = self.executor.currentData()
        return ([lead] if lead is not None else []) + self.co_executor_ids()

    def choose(self, lead_id: int, *co_ids: int) -> None:
        """Pick the executors (for tests and scripts): the lead, then co-executors."""
        self.executor.setCurrentIndex(self.executor.findData(lead_id))
        for i in range(self.co_executors.count()):
            item = self.co_executors.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in co_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def save(self) -> Job | None:
        if self.form is None:
            return None
        executors = self.executor_ids()
        if not executors:
            self._fail(translate("Control", "Choose the executor."), self.executor)
            return None
        reassigning = self.reassign_mode.isChecked()
        reason = self.reason.text().strip()
        if reassigning and not reason:
            self._fail(translate("Control", "Give the reason for the reassignment."), self.reason)
            return None
        control_on = None if reassigning else _pydate(self.control.date())
        return self._run_save(
            save_resolution,
            reassignment=reassigning,
            executor_ids=executors,
            department_id=self.department.currentData(),
            text=self.text.toPlainText(),
            control_on=control_on,
            reason=reason,
        )


class ExtensionDialog(_ActionDialog):
    """A head extends the answer period within the rule's limit, with a reason; the new due
    date is shown before saving. See the module for the signals."""

    def __init__(
        self, database: Database, actor: Actor, letter_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, actor, letter_id, parent)
        self.form: ExtensionForm | None = None
        self.setWindowTitle(translate("ExtensionDialog", "Extend the deadline"))
        self.letter_label = QLabel(translate("ExtensionDialog", "Loading…"), self)
        self.letter_label.setWordWrap(True)
        font = self.letter_label.font()
        font.setBold(True)
        self.letter_label.setFont(font)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.rule_label = QLabel(self)
        self.rule_label.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setRange(1, 1)
        self.days.setSuffix(translate("ExtensionDialog", " day(s)"))
        self.days.valueChanged.connect(self._preview)
        self.new_due = QLabel(self)
        self.new_due.setWordWrap(True)
        bold = self.new_due.font()
        bold.setBold(True)
        self.new_due.setFont(bold)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            translate("ExtensionDialog", "For example: a request to the grid company is pending")
        )
        self.reason.setMaximumHeight(80)
        self.notice = QLabel(
            translate(
                "ExtensionDialog",
                "The consumer is notified: a notice letter is queued with the replies.",
            ),
            self,
        )
        self.notice.setWordWrap(True)
        self.notice.setEnabled(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ExtensionDialog", "Now"), self.current_label)
        form.addRow(translate("ExtensionDialog", "Rule"), self.rule_label)
        form.addRow(translate("ExtensionDialog", "Extend by"), self.days)
        form.addRow(translate("ExtensionDialog", "New due date"), self.new_due)
        form.addRow("", self.explanation)
        form.addRow(translate("ExtensionDialog", "Reason"), self.reason)
        self.ok_button.setText(translate("ExtensionDialog", "Extend"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.letter_label)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self.days.setEnabled(False)
        self.reason.setEnabled(False)
        self._start_loading(load_extension_form)

    def _loaded(self, form: object) -> None:
        assert isinstance(form, ExtensionForm)
        self.form = form
        letter = form.letter
        self.setWindowTitle(
            translate("ExtensionDialog", "Extend the deadline — {0}").format(letter.reg_no)
        )
        self.letter_label.setText(letter_line(letter))
        self.current_label.setText(due_line(letter))
        self.rule_label.setText(
            translate(
                "ExtensionDialog", "{0}: up to {1} more day(s); extended already by {2}."
            ).format(form.basis or form.rule_code or "—", form.limit_days, form.extended_days)
        )
        if form.left <= 0:
            if form.closed:
                text = translate(
                    "Control", "The clock of this letter has stopped: nothing to extend."
                )
            elif form.limit_days <= 0:
                text = translate("Control", "The deadline rule of this letter allows no extension.")
            else:
                text = translate("ExtensionDialog", "The rule's limit is used up.")
            self._fail(text)
            self.ready.emit()
            return
        self.days.setRange(1, form.left)
        self.days.setValue(form.left)
        self.days.setEnabled(True)
        self.reason.setEnabled(True)
        self._preview()
        self.ok_button.setEnabled(True)
        self.days.setFocus()
        self.days.selectAll()
        self.ready.emit()

    def preview(self) -> deadlines.DueDates | None:
        if self.form is None:
            return None
        return self.form.previews.get(self.days.value())

    def _preview(self, *_args: object) -> None:
        dates = self.preview()
        if dates is None:
            self.new_due.setText("—")
            self.explanation.clear()
            return
        self.new_due.setText(
            translate("ExtensionDialog", "{0} (control {1})").format(
                labels.date_text(dates.legal), labels.date_text(dates.control)
            )
        )
        self.explanation.setText(dates.explanation_ru)

    def save(self) -> Job | None:
        if self.form is None or self.form.left <= 0:
            return None
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._fail(translate("Control", "Give the reason for the extension."), self.reason)
            return None
        return self._run_save(save_extension, self.days.value(), reason)
