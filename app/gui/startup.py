"""Create the QApplication, open the database (applying migrations), show the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n
from app.i18n import translate


def start(language: str, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mailroom")
    app.setOrganizationName("Mailroom")
    i18n.install(language if language in i18n.LANGUAGES else "en")
    from db.engine import ConfigError, Database, resolve_store_dir
    from db.migrate import upgrade

    try:
        database = Database(os.environ.get("MAILROOM_DB"))
        upgrade(database.engine)
    except (ConfigError, Exception) as exc:  # the user can act on it: show, don't crash
        QMessageBox.critical(
            None, "Mailroom", translate("startup", "Cannot open the database:\n{0}").format(exc)
        )
        return 2
    from app.gui.main_window import MainWindow

    window = MainWindow(database, resolve_store_dir(None))
    window.show()
    return app.exec()
