"""A lazy table model of the register: rows come from SQL a page at a time.

Signals: none beyond QAbstractTableModel's own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.i18n import translate
from db.engine import Database
from letters.queries import RegisterRow, register_page

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._rows: list[RegisterRow] = []
        self._exhausted = False
        self._headers = [
            translate("RegisterModel", "Reg. No."),
            translate("RegisterModel", "Registered"),
            translate("RegisterModel", "Channel"),
            translate("RegisterModel", "Sender"),
            translate("RegisterModel", "Account"),
            translate("RegisterModel", "Link"),
            translate("RegisterModel", "Category"),
            translate("RegisterModel", "Status"),
        ]

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _page(self, after_id: int | None) -> list[RegisterRow]:
        with self._database.read() as session:
            return register_page(session, after_id, PAGE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        rows = self._page(self._rows[-1].id if self._rows else None)
        if len(rows) < PAGE:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        values = (
            row.reg_no,
            row.registered_at,
            row.channel,
            row.sender,
            row.account,
            row.link_status,
            row.category,
            row.status,
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
