"""The main window: the register of letters and a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTableView

from app.gui.register_model import RegisterModel
from app.i18n import translate
from db.engine import Database


class MainWindow(QMainWindow):
    def __init__(self, database: Database, store_dir: Path) -> None:
        super().__init__()
        self.database = database
        self.store_dir = store_dir
        self.setWindowTitle(translate("MainWindow", "Mailroom — correspondence register"))
        self.resize(1200, 760)
        self.register_model = RegisterModel(database, self)
        self.table = QTableView(self)
        self.table.setModel(self.register_model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.table)
        self.db_label = QLabel(translate("MainWindow", "Database: {0}").format(database.describe()))
        self.statusBar().addPermanentWidget(self.db_label)
        self.register_model.refresh()
        self.table.resizeColumnsToContents()
