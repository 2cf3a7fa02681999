"""Signing in at start: the operating-system sign-on, the first administrator of a fresh
install, and the login dialog.

``sign_in_at_start`` is the whole flow; ``app.gui.startup.start`` calls it unless it was
given the acting user (the demo opens as the local administrator without asking). The
password checks (scrypt, ~0.1 s) and the audit records run on a worker thread.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobError, JobRunner
from app.i18n import translate
from app.roles import auth_message
from db.engine import Database
from letters import audit
from letters.actors import LOCAL_ADMIN_LOGIN, Actor
from letters.auth import (
    MIN_PASSWORD_LENGTH,
    AuthError,
    authenticate,
    check_strength,
    create_first_admin,
    log_failure,
    needs_first_admin,
    os_sign_on,
)

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
OK_STYLE = "color: #1e7d32;"
LAST_LOGIN_KEY = "login/last"


def current_os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


# --- the work, on a worker thread --------------------------------------------------------


def check_sign_in(database: Database, login: str, password: str) -> Actor:
    """The user, if the password is theirs; a failed attempt is audited, then re-raised."""
    try:
        with database.read() as session:
            actor = authenticate(session, login, password or None)
    except AuthError as exc:
        log_failure(database, exc)
        raise
    audit.log(database, actor, "auth.sign_in", "user", actor.id)
    return actor


def make_first_admin(database: Database, login: str, full_name: str, password: str) -> Actor:
    with database.write() as session:
        return create_first_admin(session, login, full_name, password)


def password_problem(password: str, repeated: str) -> str | None:
    """Why a new password cannot be used (too short, typed differently), or None."""
    try:
        check_strength(password)
    except AuthError:
        return translate(
            "LoginDialog", "The password is too short: at least {0} characters."
        ).format(MIN_PASSWORD_LENGTH)
    if password != repeated:
        return translate("LoginDialog", "The passwords differ.")
    return None


def sign_in_message(exc: BaseException) -> str:
    """What the login dialog says when signing in fails."""
    if isinstance(exc, AuthError):
        if exc.reason == "password_required":
            return translate("LoginDialog", "Enter the password.")
        if exc.reason == "weak_password":
            return password_problem("", "") or ""
        if exc.reason == "taken":
            return translate("LoginDialog", "The login {0} is taken by another user.").format(
                exc.login
            )
        if exc.reason == "already_initialised":
            return translate(
                "LoginDialog", "The administrator has already been created: sign in instead."
            )
        return auth_message(exc)
    return translate("LoginDialog", "Signing in failed ({0}: {1}). Details are in the log.").format(
        type(exc).__name__, exc
    )


# --- dialogs ---------------------------------------------------------------------------------


class _SignInBase(QDialog):
    """A small form with a message line and one default button that runs a background job.

    Signals:
        failed(str): the message shown after a failed attempt.
    """

    failed = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.runner = JobRunner(self)
        self.setWindowTitle(translate("LoginDialog", "Mailroom"))
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel(self)
        self.message.setObjectName("sign_in_message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("LoginDialog", "Cancel"))
        self.buttons.rejected.connect(self.reject)

    def _layout(self, heading: str, note: str, ok: QPushButton) -> None:
        self.ok_button = ok
        ok.setDefault(True)
        ok.setAutoDefault(True)
        ok.clicked.connect(self.submit)
        title = QLabel(heading, self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(note, self)
        text.setWordWrap(True)
        text.setStyleSheet(HINT_STYLE)
        database = QLabel(
            translate("LoginDialog", "Register: {0}").format(self.database.describe()), self
        )
        database.setWordWrap(True)
        database.setStyleSheet(HINT_STYLE)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(database)
        layout.addWidget(self.buttons)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def submit(self) -> None:
        raise NotImplementedError

    def _start(self, title: str, function: Callable[..., Actor], *args: object) -> None:
        self._set_busy(True)
        self.show_message(translate("LoginDialog", "Checking…"), HINT_STYLE)
        job = self.runner.run(title, function, *args, with_progress=False, visible=False)
        job.finished.connect(self._succeeded)
        job.failed.connect(self._job_failed)
        job.ended.connect(self._job_ended)

    def _set_busy(self, busy: bool) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _succeeded(self, actor: Actor) -> None:
        self.actor = actor

    def _job_ended(self) -> None:
        # Close only once the job is over, so nothing of it outlives the dialog.
        self._set_busy(False)
        if self.actor is not None:
            self.accept()

    def _job_failed(self, error: JobError) -> None:
        self._set_busy(False)
        self._refused(error.exception)

    def _refused(self, exc: BaseException) -> None:
        text = sign_in_message(exc)
        self.show_message(text)
        self.failed.emit(text)

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)


class LoginDialog(_SignInBase):
    """Login and password; Enter signs in (from the login field it moves to the password)."""

    def __init__(self, database: Database, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(translate("LoginDialog", "Mailroom — sign in"))
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(translate("LoginDialog", "&Login:"), self.login)
        self.form.addRow(translate("LoginDialog", "&Password:"), self.password)
        ok = self.buttons.addButton(
            translate("LoginDialog", "Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._layout(
            translate("LoginDialog", "Sign in to Mailroom"),
            translate(
                "LoginDialog",
                "Enter your login and password. Ask the administrator if you have none.",
            ),
            ok,
        )
        (self.password if login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        login = self.login.text().strip()
        if not login:
            self.show_message(translate("LoginDialog", "Enter your login."))
            self.login.setFocus()
            return
        if not self.password.text():
            if self.login.hasFocus():  # Enter in the login field: on to the password
                self.password.setFocus()
                self.show_message("")
                return
            self.show_message(translate("LoginDialog", "Enter the password."))
            self.password.setFocus()
            return
        self._start("sign in", check_sign_in, self.database, login, self.password.text())

    def _refused(self, exc: BaseException) -> None:
        super()._refused(exc)
        unknown = isinstance(exc, AuthError) and exc.reason in ("unknown", "inactive")
        self.password.clear()
        if unknown:
            self.login.setFocus()
            self.login.selectAll()
        else:
            self.password.setFocus()


class FirstAdminDialog(_SignInBase):
    """A fresh install's administrator: login, full name, a password typed twice.

    ``exec()`` returns ``ALREADY_DONE`` when someone else created the administrator
    meanwhile (then the caller asks for a normal sign-in).
    """

    ALREADY_DONE = 2

    def __init__(
        self,
        database: Database,
        login: str = LOCAL_ADMIN_LOGIN,
        full_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(translate("LoginDialog", "Mailroom — create the administrator"))
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.full_name = QLineEdit(full_name, self)
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check_live)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form.addRow(translate("LoginDialog", "&Login:"), self.login)
        self.form.addRow(translate("LoginDialog", "&Full name:"), self.full_name)
        self.form.addRow(translate("LoginDialog", "&Password:"), self.password)
        self.form.addRow(translate("LoginDialog", "&Repeat the password:"), self.repeat)
        self.form.addRow("", self.hint)
        ok = self.buttons.addButton(
            translate("LoginDialog", "Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._layout(
            translate("LoginDialog", "Create the administrator"),
            translate(
                "LoginDialog",
                "This register has no administrator with a password yet. The administrator "
                "manages users, roles and settings; everyone else signs in with the login "
                "and password the administrator gives them.",
            ),
            ok,
        )
        self._check_live()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_live(self) -> None:
        password, repeated = self.password.text(), self.repeat.text()
        if len(password) < MIN_PASSWORD_LENGTH:
            text = translate("LoginDialog", "At least {0} characters.").format(MIN_PASSWORD_LENGTH)
            style = HINT_STYLE if not password else ERROR_STYLE
        elif repeated and repeated != password:
            text, style = translate("LoginDialog", "The passwords differ."), ERROR_STYLE
        elif repeated == password:
            text, style = translate("LoginDialog", "The password will do."), OK_STYLE
        else:
            text, style = translate("LoginDialog", "Now repeat the password."), HINT_STYLE
        self.hint.setText(text)
        self.hint.setStyleSheet(style)

    def submit(self) -> None:
        login = self.login.text().strip()
        if not login or any(c.isspace() for c in login):
            self.show_message(
                translate("LoginDialog", "The login must be one word, without spaces.")
            )
            self.login.setFocus()
            return
        problem = password_problem(self.password.text(), self.repeat.text())
        if problem is not None:
            self.show_message(problem)
            weak = password_problem(self.password.text(), self.password.text()) is not None
            (self.password if weak else self.repeat).setFocus()
            return
        self._start(
            "first administrator",
            make_first_admin,
            self.database,
            login,
            self.full_name.text(),
            self.password.text(),
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AuthError) and exc.reason == "already_initialised":
            self.done(self.ALREADY_DONE)
            return
        super()._refused(exc)


# --- the flow ----------------------------------------------------------------------------------

DialogFactory = Callable[..., QDialog]


def remembered_login() -> str:
    value = QSettings().value(LAST_LOGIN_KEY, "")
    return value if isinstance(value, str) else ""


def sign_in_at_start(
    database: Database,
    *,
    os_login: str | None = None,
    parent: QWidget | None = None,
    login_dialog: DialogFactory = LoginDialog,
    first_admin_dialog: DialogFactory = FirstAdminDialog,
) -> Actor | None:
    """The acting user for this session of the app, or None when the user gave up.

    The operating-system user when the administrator enabled that sign-on; on a fresh
    install, the administrator created here; otherwise the login dialog.
    """
    os_login = current_os_login() if os_login is None else os_login
    with database.write() as session:
        actor = os_sign_on(session, os_login)
        first_run = actor is None and needs_first_admin(session)
    if actor is not None:
        return actor
    if first_run:
        first = first_admin_dialog(database, parent=parent)
        result = first.exec()
        if result == QDialog.DialogCode.Accepted:
            return _remember(getattr(first, "actor", None))
        if result != FirstAdminDialog.ALREADY_DONE:
            return None
    last = os.environ.get("MAILROOM_USER") or remembered_login()
    dialog = login_dialog(database, last, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return _remember(getattr(dialog, "actor", None))


def _remember(actor: Actor | None) -> Actor | None:
    if actor is not None:
        QSettings().setValue(LAST_LOGIN_KEY, actor.login)
    return actor
