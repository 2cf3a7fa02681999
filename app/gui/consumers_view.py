"""The Потребители section: search the consumer registry and import a billing export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.cli_commands import row_error_text
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.widgets import show_job_error, show_warning
from app.i18n import translate
from db.dto import ConsumerDTO
from db.engine import Database
from letters.actors import Actor
from letters.consumers import ImportReport, TooManyClosures, find_consumers, import_registry
from letters.tabular import RegistryFileError

Index = QModelIndex | QPersistentModelIndex
SEARCH_LIMIT = 200
SEARCH_DELAY_MS = 300


class ConsumersModel(QAbstractTableModel):
    """A short list of found consumers (at most ``SEARCH_LIMIT``). Signals: none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsumerDTO] = []
        self._headers = [
            translate("ConsumersModel", "Account"),
            translate("ConsumersModel", "Full name"),
            translate("ConsumersModel", "Address"),
            translate("ConsumersModel", "Phone"),
            translate("ConsumersModel", "E-mail"),
            translate("ConsumersModel", "Meters"),
            translate("ConsumersModel", "Account state"),
        ]

    def set_rows(self, rows: list[ConsumerDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def consumer_at(self, row: int) -> ConsumerDTO:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            state = (
                translate("ConsumersModel", "open")
                if c.active
                else translate("ConsumersModel", "closed")
            )
            values = (
                c.account,
                c.full_name,
                c.address,
                c.phone,
                c.email,
                ", ".join(c.meter_numbers),
                state,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return c.account
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def search(database: Database, text: str) -> list[ConsumerDTO]:
    with database.read() as session:
        return find_consumers(session, text, limit=SEARCH_LIMIT)


def import_file(
    database: Database,
    actor: Actor,
    path: Path,
    full: bool,
    force: bool,
    progress: Any,
    cancel: Any,
) -> ImportReport:
    """One unit of work: the whole registry file, or nothing (``cancel`` is not polled)."""
    with database.write() as session:
        return import_registry(
            session,
            actor,
            path,
            full=full,
            force=force,
            progress=lambda done, total: progress((done, total)),
        )


class ConsumersView(QWidget):
    """Signals:
    consumer_requested(str): the user opened a consumer (double-click or Enter); the account.
    status_message(str): a one-line message for the status bar.
    registry_imported(object): the :class:`letters.consumers.ImportReport` of an import.
    """

    consumer_requested = Signal(str)
    status_message = Signal(str)
    registry_imported = Signal(object)

    def __init__(
        self, database: Database, actor: Actor, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database, self._actor, self._runner = database, actor, runner
        self._generation = 0
        self.search_job: Job | None = None
        self.model = ConsumersModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            translate("ConsumersView", "Account, or part of the name or address")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.import_button = QPushButton(translate("ConsumersView", "Import registry…"), self)
        self.import_button.setToolTip(
            translate("ConsumersView", "Load a billing export: CSV (UTF-8 or Windows-1251) or XLSX")
        )
        self.import_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.import_button)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((120, 260, 420, 120, 200, 120, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.info = QLabel(translate("ConsumersView", "Type to search the registry."), self)
        self.info.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.consumer_requested.emit(self.model.consumer_at(index.row()).account)

    # --- search ----------------------------------------------------------------------

    def run_search(self) -> Job | None:
        self._timer.stop()
        self._generation += 1
        text = self.search_box.text().strip()
        if not text:
            self.model.set_rows([])
            self.info.setText(translate("ConsumersView", "Type to search the registry."))
            return None
        generation = self._generation
        job = self._runner.run(
            "search", search, self._database, text, with_progress=False, visible=False
        )
        job.finished.connect(lambda rows: self._found(generation, rows))
        job.failed.connect(lambda error: self._search_failed(generation, error))
        self.search_job = job
        return job

    def _found(self, generation: int, rows: list[ConsumerDTO]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if not rows:
            text = translate("ConsumersView", "Nothing found.")
        elif len(rows) >= SEARCH_LIMIT:
            text = translate(
                "ConsumersView", "The first {0} consumers found; refine the search."
            ).format(len(rows))
        else:
            text = translate("ConsumersView", "Consumers found: {0}").format(len(rows))
        self.info.setText(text)

    def _search_failed(self, generation: int, error: JobError) -> None:
        if generation == self._generation:
            show_job_error(self, translate("ConsumersView", "Registry search"), error)

    # --- registry import -------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ConsumersView", "Import a consumer registry"),
            "",
            translate("ConsumersView", "Registry exports (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.import_registry_file(Path(name))

    def import_registry_file(self, path: Path, full: bool = True, force: bool = False) -> Job:
        """Import in the background; a full export closes the accounts missing from it."""
        self.import_button.setEnabled(False)
        job = self._runner.run(
            translate("ConsumersView", "Importing the consumer registry"),
            import_file,
            self._database,
            self._actor,
            path,
            full,
            force,
            counts=lambda p: p,
            cancellable=False,
        )
        job.finished.connect(self._imported)
        job.failed.connect(lambda error: self._import_failed(path, error))
        job.ended.connect(lambda: self.import_button.setEnabled(True))
        return job

    def _imported(self, report: ImportReport) -> None:
        text = translate(
            "ConsumersView",
            "Registry imported. Rows: {0}; new: {1}; updated: {2}; reopened: {3}; "
            "closed: {4}; rejected: {5}.",
        ).format(
            report.rows,
            report.inserted,
            report.updated,
            report.reopened,
            report.closed,
            len(report.rejected),
        )
        if report.rejected:
            shown = [
                translate("ConsumersView", "row {0}: {1}").format(
                    e.line, row_error_text(e.code, e.value)
                )
                for e in report.rejected[:5]
            ]
            text += " " + "; ".join(shown) + ("…" if len(report.rejected) > 5 else "")
        self.info.setText(text)
        self.status_message.emit(text)
        self.registry_imported.emit(report)
        if self.search_box.text().strip():
            self.run_search()

    def _import_failed(self, path: Path, error: JobError) -> None:
        exc = error.exception
        title = translate("ConsumersView", "Registry import")
        if isinstance(exc, TooManyClosures):
            box = QMessageBox(QMessageBox.Icon.Question, title, "", parent=self)
            box.setText(
                translate(
                    "ConsumersView",
                    "The file would close {0} of {1} active accounts, so nothing was imported. "
                    "Is it a partial export?",
                ).format(exc.would_close, exc.active)
            )
            partial = box.addButton(
                translate("ConsumersView", "Import as partial (close nothing)"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            close = box.addButton(
                translate("ConsumersView", "Close the missing accounts"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is partial:
                self.import_registry_file(path, full=False)
            elif box.clickedButton() is close:
                self.import_registry_file(path, force=True)
            return
        if isinstance(exc, RegistryFileError):
            messages = {
                "no_header": translate("ConsumersView", "No recognised column headers in {0}."),
                "no_account_column": translate("ConsumersView", "No account column in {0}."),
                "unreadable": translate(
                    "ConsumersView", "Cannot read {0}: not a CSV or XLSX file."
                ),
            }
            show_warning(self, title, messages.get(exc.code, "{0}").format(path.name))
            return
        show_job_error(self, title, error)
