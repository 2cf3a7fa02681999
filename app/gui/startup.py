"""Create the QApplication, open the database (applying migrations), show the window.

The workstation settings (``app.workstation``) give the database, the store, the tesseract
path and the interface language; ``MAILROOM_DB``/``MAILROOM_STORE`` still win, and the demo
passes its own database and store explicitly.

Who works: ``app.gui.login_dialog.sign_in_at_start`` (the operating-system sign-on when the
administrator enabled it, the first administrator of a fresh install, else the login
dialog). The demo skips it with ``local_admin=True`` and opens as the local administrator.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app import workstation as ws
from app.i18n import translate

if TYPE_CHECKING:
    from db.engine import Database
    from letters.actors import Actor


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mailroom")
    app.setOrganizationName("Mailroom")
    return app


def choose_language(language: str, explicit: bool, settings: ws.Workstation) -> str:
    """An explicit ``--lang`` wins, then the saved setting, then the locale."""
    if not explicit and settings.language in i18n.LANGUAGES:
        language = settings.language
    return language if language in i18n.LANGUAGES else "en"


def start(
    language: str,
    argv: list[str] | None = None,
    *,
    explicit_language: bool = False,
    workstation: ws.Workstation | None = None,
    workstation_path: Path | None = None,
    database_url: str | None = None,
    store_dir: Path | None = None,
    actor: Actor | None = None,
    local_admin: bool = False,
) -> int:
    """Run the app; ``actor`` (or ``local_admin``, for the demo) skips signing in."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = make_application(argv)
    settings = workstation or ws.load(workstation_path)
    settings.apply_environment()
    i18n.install(choose_language(language, explicit_language, settings))
    from db.engine import Database
    from db.migrate import upgrade

    try:
        database = Database(database_url or settings.effective_db_url())
        upgrade(database.engine)
    except Exception as exc:  # the user can act on it (URL, driver, folder): show, don't crash
        QMessageBox.critical(
            None, "Mailroom", translate("startup", "Cannot open the database:\n{0}").format(exc)
        )
        return 2
    from app.gui.main_window import MainWindow

    try:
        actor = actor or _who_works(database, local_admin)
        if actor is None:  # the user closed the sign-in dialog
            return 0
        window = MainWindow(
            database,
            store_dir or settings.effective_store_dir(),
            actor=actor,
            workstation=settings,
            workstation_path=workstation_path,
        )
        window.show()
        window.start_reminders(settings.effective_reminder_minutes())
        return app.exec()
    finally:
        database.dispose()


def _who_works(database: Database, local_admin: bool) -> Actor | None:
    if local_admin:
        from letters.actors import UnknownUser, resolve_actor

        try:
            with database.write() as session:
                return resolve_actor(session, None)
        except UnknownUser:  # the demo register has real users now: sign in as usual
            pass
    from app.gui.login_dialog import sign_in_at_start

    return sign_in_at_start(database)
