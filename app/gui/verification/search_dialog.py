"""Ctrl+F at the station: find a consumer in the registry and link the letter to it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobError, JobRunner
from app.i18n import translate
from db.dto import ConsumerDTO
from db.engine import Database
from letters.consumers import find_consumers

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 250
LIMIT = 50


class ConsumerResultsModel(QAbstractTableModel):
    """Registry search hits. Signals: none beyond QAbstractTableModel's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsumerDTO] = []

    def set_rows(self, rows: Sequence[ConsumerDTO]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def consumer(self, row: int) -> ConsumerDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            translate("RegistrySearch", "Account"),
            translate("RegistrySearch", "Name"),
            translate("RegistrySearch", "Address"),
            translate("RegistrySearch", "Phone"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = c.full_name
            if not c.active:
                name = translate("RegistrySearch", "{0} (account closed)").format(name)
            return (c.account, name, c.address, c.phone)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not c.active:
            return QColor("#7a7a7a")
        return None


def search_registry(database: Database, text: str) -> list[ConsumerDTO]:
    with database.read() as session:
        return find_consumers(session, text, limit=LIMIT)


class RegistrySearchDialog(QDialog):
    """Type an account, a name or a street; Up/Down choose, Enter links, Esc cancels.

    Signals:
        searched(int): results for the current text are shown (how many).
    """

    searched = Signal(int)

    def __init__(
        self,
        database: Database,
        runner: JobRunner,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = runner
        self._asked = ""
        self.setWindowTitle(translate("RegistrySearch", "Find a consumer in the registry"))
        self.resize(820, 420)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            translate("RegistrySearch", "Account, surname or part of the address")
        )
        self.query.setClearButtonEnabled(True)
        self.model = ConsumerResultsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.status = QLabel(self)
        buttons = QDialogButtonBox(self)
        self.link_button = buttons.addButton(
            translate("RegistrySearch", "Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setToolTip(translate("RegistrySearch", "Link the letter (Enter)"))
        cancel = buttons.addButton(
            translate("RegistrySearch", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setToolTip(translate("RegistrySearch", "Close without linking (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.installEventFilter(self)
        self.finished.connect(lambda _r: self._timer.stop())
        self.link_button.setEnabled(False)
        self.query.setText(text)
        self.query.selectAll()

    def chosen(self) -> ConsumerDTO | None:
        return self.model.consumer(self.table.currentIndex().row())

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def search_now(self) -> None:
        self._timer.stop()
        self._search()

    def _search(self) -> None:
        text = " ".join(self.query.text().split())
        self._asked = text
        if not text:
            self._show(text, [])
            return
        self.status.setText(translate("RegistrySearch", "Searching…"))
        job = self._runner.run(
            "registry search",
            search_registry,
            self._database,
            text,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda rows, t=text: self._show(t, rows))
        job.failed.connect(self._failed)

    def _show(self, text: str, rows: list[ConsumerDTO]) -> None:
        if text != self._asked:
            return  # an older query answered late
        self.model.set_rows(rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.resizeColumnsToContents()
        self.link_button.setEnabled(bool(rows))
        if not text:
            self.status.setText("")
        elif not rows:
            self.status.setText(translate("RegistrySearch", "Nobody found."))
        elif len(rows) >= LIMIT:
            self.status.setText(
                translate("RegistrySearch", "First {0} found: type more to narrow.").format(LIMIT)
            )
        else:
            self.status.setText(translate("RegistrySearch", "Found: {0}.").format(len(rows)))
        self.searched.emit(len(rows))

    def _failed(self, error: JobError) -> None:
        self.status.setText(
            translate("RegistrySearch", "The search failed: {0}").format(error.exception)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self._move(event.key())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10}.get(key, -10)
        row = min(max(self.table.currentIndex().row() + step, 0), rows - 1)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
