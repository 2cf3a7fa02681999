"""The administrator's «Users» page of the Настройки section: users and their roles,
departments, and signing in with the operating-system user name.

The lists load and every change saves on a worker thread through ``letters.users`` and
``letters.auth``; those services refuse anyone but the administrator, and the settings
section does not show this page to anyone else either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cli_users import user_error_message
from app.gui.jobs import JobError, JobRunner, is_refusal
from app.gui.login_dialog import ERROR_STYLE, HINT_STYLE, password_problem
from app.gui.widgets import user_message
from app.i18n import translate
from app.roles import action_name, denied_message, role_name
from db.engine import Database
from letters.actors import Actor
from letters.auth import MIN_PASSWORD_LENGTH, AuthError, os_sign_on_enabled, set_os_sign_on
from letters.permissions import MATRIX, ROLES
from letters.users import (
    DepartmentInfo,
    UserError,
    UserInfo,
    list_departments,
    list_users,
    save_department,
    save_user,
)

USER_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class UsersData:
    users: list[UserInfo]
    departments: list[DepartmentInfo]
    os_sign_on: bool


# --- the work, on a worker thread ----------------------------------------------------------


def load_users(database: Database, actor: Actor) -> UsersData:
    with database.read() as session:
        return UsersData(
            list_users(session, actor), list_departments(session), os_sign_on_enabled(session)
        )


def store_user(database: Database, actor: Actor, info: UserInfo, password: str | None) -> int:
    with database.write() as session:
        return save_user(session, actor, info, password)


def store_department(database: Database, actor: Actor, info: DepartmentInfo) -> int:
    with database.write() as session:
        return save_department(session, actor, info)


def store_os_sign_on(database: Database, actor: Actor, enabled: bool) -> bool:
    with database.write() as session:
        set_os_sign_on(session, actor, enabled)
    return enabled


# --- texts ---------------------------------------------------------------------------------


def error_text(exc: BaseException) -> str:
    """What the administrator reads when a save is refused."""
    if is_refusal(exc):
        return denied_message(exc)
    if isinstance(exc, UserError):
        if exc.code == "self":
            return translate("UsersPage", "You cannot block yourself or take away your own role.")
        return user_error_message(exc)
    if isinstance(exc, AuthError):
        if exc.reason == "password_required":
            return translate("UsersPage", "A new user needs a password.")
        return password_problem("", "") or str(exc)
    return translate("UsersPage", "Not saved ({0}: {1}). Details are in the log.").format(
        type(exc).__name__, exc
    )


def role_duties(role: str) -> str:
    """«May: …» — the actions of the permission matrix this role is allowed."""
    allowed = [action_name(action) for action, roles in MATRIX.items() if role in roles]
    return translate("UsersPage", "May: {0}.").format(", ".join(allowed))


def _read_only(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(USER_ID_ROLE, data)
    return item


# --- dialogs ---------------------------------------------------------------------------------


class _SaveDialog(QDialog):
    """A form whose Save runs in the background; the dialog closes only once it is saved.

    Signals:
        saved(int): the saved record's id.
    """

    saved = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.runner = JobRunner(self)
        self.saved_id: int | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            translate("UsersPage", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("UsersPage", "Cancel"))
        self.save_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _save(self, function: Callable[..., int], *args: object) -> None:
        self.save_button.setEnabled(False)
        self.message.clear()
        job = self.runner.run("save", function, *args, with_progress=False, visible=False)
        job.finished.connect(self._saved)
        job.failed.connect(self._failed)
        job.ended.connect(self._job_ended)

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id

    def _job_ended(self) -> None:
        # Close only once the job is over, so nothing of it outlives the dialog.
        self.save_button.setEnabled(True)
        if self.saved_id is not None:
            self.saved.emit(self.saved_id)
            self.accept()

    def _failed(self, error: JobError) -> None:
        self.message.setText(error_text(error.exception))

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)


class UserDialog(_SaveDialog):
    """Add a user (a password is required) or edit one (an empty password keeps theirs)."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        departments: list[DepartmentInfo],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, actor, parent)
        self.user = user
        self.setWindowTitle(
            translate("UsersPage", "New user")
            if user is None
            else translate("UsersPage", "User {0}").format(user.login)
        )
        self.setMinimumWidth(580)
        self.login = QLineEdit(self)
        self.login.setMaxLength(64)
        self.full_name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.duties = QLabel(self)
        self.duties.setWordWrap(True)
        self.duties.setStyleSheet(HINT_STYLE)
        self.role.currentIndexChanged.connect(
            lambda _i: self.duties.setText(role_duties(str(self.role.currentData())))
        )
        self.department = QComboBox(self)
        self.department.addItem(translate("UsersPage", "— no department —"), None)
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.active = QCheckBox(translate("UsersPage", "Active (may sign in)"), self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        note = (
            translate("UsersPage", "Required: at least {0} characters.")
            if user is None
            else translate(
                "UsersPage", "Leave empty to keep the current password; at least {0} characters."
            )
        ).format(MIN_PASSWORD_LENGTH)
        password_note = QLabel(note, self)
        password_note.setWordWrap(True)
        password_note.setStyleSheet(HINT_STYLE)
        self.form.addRow(translate("UsersPage", "&Login:"), self.login)
        self.form.addRow(translate("UsersPage", "&Full name:"), self.full_name)
        self.form.addRow(translate("UsersPage", "P&hone:"), self.phone)
        self.form.addRow(translate("UsersPage", "&Role:"), self.role)
        self.form.addRow("", self.duties)
        self.form.addRow(translate("UsersPage", "&Department:"), self.department)
        self.form.addRow("", self.active)
        self.form.addRow(
            translate("UsersPage", "&Password:")
            if user is None
            else translate("UsersPage", "New &password:"),
            self.password,
        )
        self.form.addRow(translate("UsersPage", "Repeat the password:"), self.repeat)
        self.form.addRow("", password_note)
        if user is None:
            self.active.setChecked(True)
            self.role.setCurrentIndex(self.role.findData("clerk"))
        else:
            self.login.setText(user.login)
            self.full_name.setText(user.full_name)
            self.phone.setText(user.phone)
            self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
            self.department.setCurrentIndex(max(0, self.department.findData(user.department_id)))
            self.active.setChecked(user.active)
        self.duties.setText(role_duties(str(self.role.currentData())))
        self.login.setFocus(Qt.FocusReason.OtherFocusReason)

    def info(self) -> UserInfo:
        department = self.department.currentData()
        return UserInfo(
            id=self.user.id if self.user is not None else None,
            login=self.login.text().strip(),
            full_name=self.full_name.text().strip(),
            role=str(self.role.currentData()),
            department_id=department if isinstance(department, int) else None,
            phone=self.phone.text().strip(),
            active=self.active.isChecked(),
        )

    def submit(self) -> None:
        password = self.password.text()
        if password or self.repeat.text() or self.user is None:
            problem = password_problem(password, self.repeat.text())
            if problem is not None:
                self.message.setText(problem)
                self.password.setFocus()
                return
        self._save(store_user, self.database, self.actor, self.info(), password or None)


class DepartmentDialog(_SaveDialog):
    """Add or rename a department."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        department: DepartmentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, actor, parent)
        self.department = department
        self.setWindowTitle(
            translate("UsersPage", "New department")
            if department is None
            else translate("UsersPage", "Department {0}").format(department.name)
        )
        self.setMinimumWidth(420)
        self.code = QLineEdit(department.code if department else "", self)
        self.code.setPlaceholderText(translate("UsersPage", "short code, e.g. 02"))
        self.name = QLineEdit(department.name if department else "", self)
        self.form.addRow(translate("UsersPage", "&Code:"), self.code)
        self.form.addRow(translate("UsersPage", "&Name:"), self.name)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        info = DepartmentInfo(
            self.department.id if self.department else None,
            self.code.text().strip(),
            self.name.text().strip(),
        )
        if not info.code or not info.name:
            self.message.setText(translate("UsersPage", "Give the department a code and a name."))
            return
        self._save(store_department, self.database, self.actor, info)


# --- the page --------------------------------------------------------------------------------


class UsersPage(QWidget):
    """Users (login, name, role, department, state, password), departments, OS sign-on.

    Signals:
        loaded(): the lists are on screen (after every load).
        status_message(str): a one-line message for the status bar.
    """

    loaded = Signal()
    status_message = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.runner = JobRunner(self)
        self.data: UsersData | None = None
        self.dialog: QDialog | None = None

        self.users = QTableWidget(0, 6, self)
        self.users.setObjectName("users")
        self.users.setHorizontalHeaderLabels(
            [
                translate("UsersPage", "Login"),
                translate("UsersPage", "Full name"),
                translate("UsersPage", "Role"),
                translate("UsersPage", "Department"),
                translate("UsersPage", "State"),
                translate("UsersPage", "Password"),
            ]
        )
        self._table_style(self.users, (120, 270, 170, 290, 120))
        self.users.doubleClicked.connect(lambda _i: self.edit_user())
        self.users.activated.connect(lambda _i: self.edit_user())
        self.add_user_button = QPushButton(translate("UsersPage", "Add user…"), self)
        self.add_user_button.setShortcut("Ctrl+N")
        self.add_user_button.setToolTip(translate("UsersPage", "Add a user (Ctrl+N)"))
        self.add_user_button.clicked.connect(self.add_user)
        self.edit_user_button = QPushButton(translate("UsersPage", "Edit…"), self)
        self.edit_user_button.setToolTip(
            translate("UsersPage", "Change the selected user's role, department, state or password")
        )
        self.edit_user_button.clicked.connect(self.edit_user)
        users_box = QGroupBox(translate("UsersPage", "Users and roles"), self)
        users_buttons = QHBoxLayout()
        users_buttons.addWidget(self.add_user_button)
        users_buttons.addWidget(self.edit_user_button)
        users_buttons.addStretch(1)
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users, 1)
        users_layout.addLayout(users_buttons)

        self.departments = QTableWidget(0, 2, self)
        self.departments.setObjectName("departments")
        self.departments.setHorizontalHeaderLabels(
            [translate("UsersPage", "Code"), translate("UsersPage", "Department")]
        )
        self._table_style(self.departments, (90,))
        self.departments.doubleClicked.connect(lambda _i: self.edit_department())
        self.add_department_button = QPushButton(translate("UsersPage", "Add department…"), self)
        self.add_department_button.clicked.connect(self.add_department)
        self.edit_department_button = QPushButton(translate("UsersPage", "Rename…"), self)
        self.edit_department_button.clicked.connect(self.edit_department)
        departments_box = QGroupBox(translate("UsersPage", "Departments"), self)
        department_buttons = QHBoxLayout()
        department_buttons.addWidget(self.add_department_button)
        department_buttons.addWidget(self.edit_department_button)
        department_buttons.addStretch(1)
        departments_layout = QVBoxLayout(departments_box)
        departments_layout.addWidget(self.departments, 1)
        departments_layout.addLayout(department_buttons)

        self.os_sign_on = QCheckBox(
            translate("UsersPage", "Sign in with the operating-system user name"), self
        )
        self.os_sign_on.toggled.connect(self.set_os_sign_on)
        os_note = QLabel(
            translate(
                "UsersPage",
                "A user whose login is the same as their user name in the operating system "
                "signs in without a password on a computer where they are logged in. Turn "
                "it on only where people do not share a computer account.",
            ),
            self,
        )
        os_note.setWordWrap(True)
        os_note.setStyleSheet(HINT_STYLE)
        sign_in_box = QGroupBox(translate("UsersPage", "Signing in"), self)
        sign_in_layout = QVBoxLayout(sign_in_box)
        sign_in_layout.addWidget(self.os_sign_on)
        sign_in_layout.addWidget(os_note)
        sign_in_layout.addStretch(1)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        lower = QHBoxLayout()
        lower.addWidget(departments_box, 1)
        lower.addWidget(sign_in_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(users_box, 3)
        layout.addLayout(lower, 2)
        layout.addWidget(self.info)
        self._set_enabled(False)
        self.refresh()

    @staticmethod
    def _table_style(table: QTableWidget, widths: tuple[int, ...]) -> None:
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.add_user_button,
            self.edit_user_button,
            self.add_department_button,
            self.edit_department_button,
            self.os_sign_on,
        ):
            widget.setEnabled(enabled)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        job = self.runner.run(
            "users", load_users, self.database, self.actor, with_progress=False, visible=False
        )
        job.finished.connect(self._show)
        job.failed.connect(self._load_failed)

    def _show(self, data: UsersData) -> None:
        self.data = data
        selected = self.selected_user()
        self.users.setRowCount(len(data.users))
        for row, u in enumerate(data.users):
            state = (
                translate("UsersPage", "active") if u.active else translate("UsersPage", "blocked")
            )
            password = (
                translate("UsersPage", "set")
                if u.has_password
                else translate("UsersPage", "none yet")
            )
            department = u.department or "—"
            values = (u.login, u.full_name, role_name(u.role), department, state, password)
            for column, value in enumerate(values):
                self.users.setItem(row, column, _read_only(value, u.id))
            if selected is not None and u.id == selected.id:
                self.users.selectRow(row)
        self.departments.setRowCount(len(data.departments))
        for row, d in enumerate(data.departments):
            self.departments.setItem(row, 0, _read_only(d.code, d.id))
            self.departments.setItem(row, 1, _read_only(d.name, d.id))
        self.os_sign_on.blockSignals(True)
        self.os_sign_on.setChecked(data.os_sign_on)
        self.os_sign_on.blockSignals(False)
        self._set_enabled(True)
        self.info.setStyleSheet("")
        self.info.setText(
            translate("UsersPage", "Users: {0}; departments: {1}.").format(
                len(data.users), len(data.departments)
            )
        )
        self.loaded.emit()

    def _load_failed(self, error: JobError) -> None:
        self._set_enabled(False)
        self.info.setStyleSheet(ERROR_STYLE)
        self.info.setText(user_message(error) or error_text(error.exception))

    # --- users and departments --------------------------------------------------------------

    def selected_user(self) -> UserInfo | None:
        row = self.users.currentRow()
        if self.data is None or not 0 <= row < len(self.data.users):
            return None
        return self.data.users[row]

    def selected_department(self) -> DepartmentInfo | None:
        row = self.departments.currentRow()
        if self.data is None or not 0 <= row < len(self.data.departments):
            return None
        return self.data.departments[row]

    def add_user(self) -> UserDialog | None:
        return self._open_user(None)

    def edit_user(self) -> UserDialog | None:
        user = self.selected_user()
        return self._open_user(user) if user is not None else None

    def _open_user(self, user: UserInfo | None) -> UserDialog | None:
        if self.data is None:
            return None
        dialog = UserDialog(self.database, self.actor, self.data.departments, user, self)
        dialog.saved.connect(
            lambda _id: self._changed(
                translate("UsersPage", "User {0} saved.").format(dialog.info().login)
            )
        )
        return self._open(dialog)

    def add_department(self) -> DepartmentDialog | None:
        return self._open(DepartmentDialog(self.database, self.actor, None, self))

    def edit_department(self) -> DepartmentDialog | None:
        department = self.selected_department()
        if department is None:
            return None
        return self._open(DepartmentDialog(self.database, self.actor, department, self))

    def _open(self, dialog: _SaveDialog) -> _SaveDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if not isinstance(dialog, UserDialog):
            dialog.saved.connect(
                lambda _id: self._changed(translate("UsersPage", "Department saved."))
            )
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed(self, text: str) -> None:
        self.status_message.emit(text)
        self.refresh()

    # --- operating-system sign-on -----------------------------------------------------------

    def set_os_sign_on(self, enabled: bool) -> None:
        self.os_sign_on.setEnabled(False)
        job = self.runner.run(
            "os sign-on",
            store_os_sign_on,
            self.database,
            self.actor,
            enabled,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._os_sign_on_saved)
        job.failed.connect(lambda error: self._os_sign_on_failed(enabled, error))

    def _os_sign_on_saved(self, enabled: bool) -> None:
        self.os_sign_on.setEnabled(True)
        text = (
            translate("UsersPage", "Signing in with the operating-system user name is on.")
            if enabled
            else translate("UsersPage", "Signing in with the operating-system user name is off.")
        )
        self.info.setStyleSheet("")
        self.info.setText(text)
        self.status_message.emit(text)

    def _os_sign_on_failed(self, enabled: bool, error: JobError) -> None:
        self.os_sign_on.blockSignals(True)
        self.os_sign_on.setChecked(not enabled)
        self.os_sign_on.blockSignals(False)
        self.os_sign_on.setEnabled(True)
        self.info.setStyleSheet(ERROR_STYLE)
        self.info.setText(error_text(error.exception))

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
