"""The phone appeal form: a call goes into the same register as the letters.

Keyboard first: Enter moves to the next field (Shift+Enter is a new line in the summary),
Ctrl+Enter registers. After a call is registered the form shows its registration number and
clears for the next call; the window stays open beside the register.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.control_common import (
    ERROR_STYLE,
    error_label,
    fill_assignees,
    show_refusal,
    stop_runner,
)
from app.gui.jobs import Job, JobError, JobRunner
from app.i18n import translate
from db.engine import Database
from letters import control_forms
from letters.actors import Actor
from letters.consumers import clean_account
from letters.normalize import phone_key
from letters.phone import PhoneCall, PhoneResult, register_call

CALLBACK_AFTER = dt.timedelta(hours=2)  # the default promise, rounded up to half an hour
OK_STYLE = "color: #1d6b1d;"
OFFICE_OPENS, OFFICE_CLOSES = dt.time(9, 0), dt.time(18, 0)


def load_assignees(database: Database) -> list[control_forms.Assignee]:
    with database.read() as session:
        return control_forms.assignees(session)


def look_up_account(database: Database, actor: Actor, account: str) -> tuple[str, str] | None:
    with database.read() as session:
        return control_forms.find_account(session, account, actor=actor)


def register_phone_call(database: Database, actor: Actor, call: PhoneCall) -> PhoneResult:
    with database.write() as session:
        return register_call(session, actor, call)


def default_callback(now: dt.datetime) -> dt.datetime:
    """Two hours on, rounded up to the half hour; after office hours, the next weekday
    at ten (the operator changes it when the caller wants another time)."""
    moment = now + CALLBACK_AFTER
    extra = (30 - moment.minute % 30) % 30
    moment = (moment + dt.timedelta(minutes=extra)).replace(second=0, microsecond=0)
    if OFFICE_OPENS <= moment.time() <= OFFICE_CLOSES and moment.weekday() < 5:
        return moment
    day = moment.date() if moment.time() < OFFICE_OPENS else moment.date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(10, 0))


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PhoneForm(QDialog):
    """A quick form for one call at a time.

    Signals:
        ready(): the executors are loaded.
        registered(object): the :class:`letters.phone.PhoneResult` of a registered call.
        account_checked(str): the account field was looked up; the text shown for it.
    """

    ready = Signal()
    registered = Signal(object)
    account_checked = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.runner = JobRunner(self)
        self.account_ok: bool | None = None  # None: empty or not checked yet
        self.last_result: PhoneResult | None = None
        self.register_job: Job | None = None
        self.setWindowTitle(translate("PhoneForm", "Phone call"))

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("PhoneForm", "Surname, name, patronymic"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+7 912 345-67-89")
        self.phone_note = QLabel(self)
        self.account = QLineEdit(self)
        self.account.setPlaceholderText(translate("PhoneForm", "If the caller knows it"))
        self.account.editingFinished.connect(self.check_account)
        self.account.textEdited.connect(self._account_edited)
        self.account_note = QLabel(self)
        self.category = QComboBox(self)
        for code, text in labels.category_labels().items():
            self.category.addItem(text, code)
        self.category.setCurrentIndex(max(self.category.findData("other"), 0))
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(
            translate("PhoneForm", "What the caller asks; Shift+Enter for a new line")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(70)
        self.summary.setMaximumHeight(120)

        self.answered = QRadioButton(translate("PhoneForm", "Answered on the spot"), self)
        self.callback = QRadioButton(translate("PhoneForm", "Callback promised"), self)
        outcome = QButtonGroup(self)
        outcome.addButton(self.answered)
        outcome.addButton(self.callback)
        self.answered.setChecked(True)
        self.callback.toggled.connect(self._outcome_changed)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.answered)
        outcome_row.addWidget(self.callback)
        outcome_row.addStretch(1)
        self.callback_at = QDateTimeEdit(self)
        self.callback_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.callback_at.setCalendarPopup(True)
        self.executor = QComboBox(self)
        self.executor.addItem(self.actor.full_name or self.actor.login, self.actor.id)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback_at)
        callback_row.addWidget(QLabel(translate("PhoneForm", "who calls back"), self))
        callback_row.addWidget(self.executor, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("PhoneForm", "Caller *"), self.name)
        form.addRow(translate("PhoneForm", "Phone"), self._with_note(self.phone, self.phone_note))
        form.addRow(
            translate("PhoneForm", "Account"), self._with_note(self.account, self.account_note)
        )
        form.addRow(translate("PhoneForm", "Topic"), self.category)
        form.addRow(translate("PhoneForm", "Summary *"), self.summary)
        form.addRow(translate("PhoneForm", "Outcome"), outcome_row)
        form.addRow(translate("PhoneForm", "Call back by"), callback_row)
        self.form_layout = form

        self.error = error_label(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setMinimumHeight(44)
        font = self.result_label.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.result_label.setFont(font)
        self.result_label.setText(
            translate("PhoneForm", "Enter: next field. Ctrl+Enter: register the call.")
        )
        self.register_button = QPushButton(translate("PhoneForm", "Register (Ctrl+Enter)"), self)
        self.register_button.clicked.connect(self.register)
        self.close_button = QPushButton(translate("PhoneForm", "Close"), self)
        self.close_button.clicked.connect(self.reject)
        # Enter on a field moves on (``eventFilter``); Enter on Register registers.
        self.register_button.setAutoDefault(True)
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.register)
        self.fields: list[QWidget] = [
            self.name,
            self.phone,
            self.account,
            self.category,
            self.summary,
            self.answered,
            self.callback,
            self.callback_at,
            self.executor,
        ]
        for widget in self.fields:
            widget.installEventFilter(self)
        self.phone.textChanged.connect(self._check_phone)
        self.resize(720, self.sizeHint().height())
        self.reset_callback_time()
        self._outcome_changed()
        job = self.runner.run(
            "executors", load_assignees, database, with_progress=False, visible=False
        )
        job.finished.connect(self._assignees_loaded)
        job.failed.connect(lambda error: show_refusal(self.error, self, self.windowTitle(), error))
        self.name.setFocus()

    @staticmethod
    def _with_note(field: QWidget, note: QLabel) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        note.setMinimumWidth(220)
        row.addWidget(note, 1)
        return box

    # --- keyboard ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and _is_enter(event)
        ):
            modifiers = event.modifiers()
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.register()
                return True
            if watched is self.summary and modifiers & Qt.KeyboardModifier.ShiftModifier:
                return False  # a new line
            if isinstance(watched, QAbstractButton) and watched.isCheckable():
                watched.setChecked(True)
            self.next_field(watched)
            return True
        return super().eventFilter(watched, event)

    def next_field(self, current: QObject) -> None:
        """Focus the field after ``current``: the chosen outcome after the summary, the
        callback's time after "callback promised", and Register when nothing is left."""
        if current is self.summary:
            (self.callback if self.callback.isChecked() else self.answered).setFocus()
            return
        if current is self.answered:
            self.register_button.setFocus()
            return
        fields = [f for f in self.fields if f.isEnabled() and f.isVisibleTo(self)]
        position = next((i for i, f in enumerate(fields) if f is current), len(fields))
        later = fields[position + 1 :]
        (later[0] if later else self.register_button).setFocus()

    # --- fields -----------------------------------------------------------------------

    def _assignees_loaded(self, people: list[control_forms.Assignee]) -> None:
        keep = self.executor.currentData()
        if not any(p.id == self.actor.id for p in people):
            keep = None  # a clerk takes the call, an executor calls back
        fill_assignees(self.executor, people, None, keep=keep)
        if self.executor.count() == 0:
            self.executor.addItem(self.actor.full_name or self.actor.login, self.actor.id)
        self.ready.emit()

    def reset_callback_time(self) -> None:
        now = dt.datetime.now()
        moment = default_callback(now)
        self.callback_at.setMinimumDateTime(QDateTime.currentDateTime())
        self.callback_at.setDateTime(
            QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
        )

    def _outcome_changed(self, *_args: object) -> None:
        on = self.callback.isChecked()
        self.callback_at.setEnabled(on)
        self.executor.setEnabled(on)

    def _check_phone(self, text: str) -> bool:
        ok = not text.strip() or bool(phone_key(text))
        self.phone_note.setText(
            "" if ok else translate("PhoneForm", "Ten digits after +7 or 8, please")
        )
        self.phone_note.setStyleSheet(ERROR_STYLE)
        return ok

    def _account_edited(self, _text: str) -> None:
        self.account_ok = None
        self.account_note.clear()

    def check_account(self) -> Job | None:
        """Look the account up in the registry (in the background) and say whose it is."""
        raw = self.account.text().strip()
        if not raw:
            self.account_ok = None
            self.account_note.clear()
            self.account_checked.emit("")
            return None
        clean = clean_account(raw)
        if not clean.isdigit():
            self._account_result(raw, None, translate("PhoneForm", "Digits only, please"))
            return None
        job = self.runner.run(
            "account",
            look_up_account,
            self.database,
            self.actor,
            clean,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda found: self._account_result(raw, found))
        return job

    def _account_result(self, raw: str, found: tuple[str, str] | None, why: str = "") -> None:
        if self.account.text().strip() != raw:
            return  # typed on meanwhile
        self.account_ok = found is not None
        if found is not None:
            text = translate("PhoneForm", "✓ {0}").format(found[1])
            self.account_note.setStyleSheet(OK_STYLE)
        else:
            text = why or translate("Control", "No consumer has this account.")
            self.account_note.setStyleSheet(ERROR_STYLE)
        self.account_note.setText(text)
        self.account_checked.emit(text)

    # --- registration -----------------------------------------------------------------

    def call(self) -> PhoneCall:
        moment = self.callback_at.dateTime()
        day, time = moment.date(), moment.time()
        callback_at = (
            dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
            if self.callback.isChecked()
            else None
        )
        return PhoneCall(
            caller_name=self.name.text(),
            phone=self.phone.text(),
            category=self.category.currentData() or "other",
            summary=self.summary.toPlainText(),
            account=self.account.text(),
            answered=self.answered.isChecked(),
            callback_at=callback_at,
            executor_id=self.executor.currentData() if self.callback.isChecked() else None,
        )

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        focus.setFocus()

    def register(self) -> Job | None:
        """Check the form and register the call in the background."""
        if self.register_job is not None and self.register_job.running:
            return None
        if not self.name.text().strip():
            self._refuse(translate("Control", "Enter the caller's name."), self.name)
            return None
        if not self._check_phone(self.phone.text()):
            self._refuse(translate("PhoneForm", "The phone number is incomplete."), self.phone)
            return None
        if self.callback.isChecked() and not self.phone.text().strip():
            self._refuse(
                translate("PhoneForm", "A callback needs the caller's phone number."), self.phone
            )
            return None
        if self.account_ok is False:
            self._refuse(translate("Control", "No consumer has this account."), self.account)
            return None
        if not self.summary.toPlainText().strip():
            self._refuse(translate("Control", "Enter what the call was about."), self.summary)
            return None
        if self.callback.isChecked() and self.callback_at.dateTime() <= QDateTime.currentDateTime():
            self._refuse(
                translate("Control", "The callback time has already passed."), self.callback_at
            )
            return None
        self.error.hide()
        self.register_button.setEnabled(False)
        job = self.runner.run(
            "phone call",
            register_phone_call,
            self.database,
            self.actor,
            self.call(),
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._registered)
        job.failed.connect(self._failed)
        job.ended.connect(lambda: self.register_button.setEnabled(True))
        self.register_job = job
        return job

    def _registered(self, result: PhoneResult) -> None:
        self.last_result = result
        lines = [translate("PhoneForm", "Registered: {0}").format(result.reg_no)]
        if result.account:
            lines.append(translate("PhoneForm", "account {0}").format(result.account))
        elif result.candidates:
            lines.append(
                translate("PhoneForm", "possible accounts: {0}").format(
                    ", ".join(result.candidates[:3])
                )
            )
        if result.callback_id is not None:
            lines.append(translate("PhoneForm", "callback by {0}").format(self.callback_at.text()))
        elif result.due_on is not None and not self.answered.isChecked():
            lines.append(
                translate("PhoneForm", "answer due {0}").format(labels.date_text(result.due_on))
            )
        self.result_label.setText("; ".join(lines))
        self.result_label.setStyleSheet(OK_STYLE)
        self.registered.emit(result)
        self.clear_for_next()

    def _failed(self, error: JobError) -> None:
        show_refusal(self.error, self, self.windowTitle(), error)

    def clear_for_next(self) -> None:
        for edit in (self.name, self.phone, self.account):
            edit.clear()
        self.summary.clear()
        self.account_ok = None
        self.account_note.clear()
        self.phone_note.clear()
        self.category.setCurrentIndex(max(self.category.findData("other"), 0))
        self.answered.setChecked(True)
        self.reset_callback_time()
        self.name.setFocus()

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)
