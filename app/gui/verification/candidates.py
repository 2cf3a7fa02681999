"""Candidate consumers of a letter, and the letter beside one consumer's registry data.

Both models are read-only views of DTOs; neither touches the database.

Signals: none beyond QAbstractTableModel's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.gui.verification.card_form import field_labels
from app.i18n import translate
from letters.verification import compare
from letters.verification_types import CandidateDTO, RegistryDetails

Index = QModelIndex | QPersistentModelIndex
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_COLORS = {
    "same": QColor("#d9f0d9"),
    "similar": QColor("#fff1bf"),
    "differs": QColor("#f7d4d0"),
}
COMPARED = ("name", "address", "phone", "email", "account")


def match_text(match: str) -> str:
    return {
        "same": translate("Candidates", "agrees with the letter"),
        "similar": translate("Candidates", "partly agrees with the letter"),
        "differs": translate("Candidates", "differs from the letter"),
        "missing": translate("Candidates", "nothing to compare"),
    }.get(match, match)


def registry_value(details: RegistryDetails, key: str) -> str:
    return {
        "name": details.full_name,
        "address": details.address,
        "phone": details.phone,
        "email": details.email,
        "account": details.account,
    }[key]


class CandidatesModel(QAbstractTableModel):
    """Ranked candidates: Ctrl+rank picks one. Cells that differ from the letter are red,
    those that agree green; the tooltip shows the letter's value."""

    COLUMNS = ("rank", "account", "score", "name", "address", "phone")
    CELL_KEY = {"account": "account", "name": "name", "address": "address", "phone": "phone"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateDTO] = []
        self._letter: dict[str, str] = {}
        self._linked = ""

    def set_candidates(
        self, rows: Sequence[CandidateDTO], letter: dict[str, str], linked_account: str = ""
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._letter = dict(letter)
        self._linked = linked_account
        self.endResetModel()

    def candidate(self, row: int) -> CandidateDTO | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "rank": translate("Candidates", "Key"),
            "account": translate("Candidates", "Account"),
            "score": translate("Candidates", "Score"),
            "name": translate("Candidates", "Name in the registry"),
            "address": translate("Candidates", "Address in the registry"),
            "phone": translate("Candidates", "Phone"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        key = self.CELL_KEY.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, column)
        if role == ACCOUNT_ROLE:
            return c.account
        if role == Qt.ItemDataRole.BackgroundRole and key:
            return MATCH_COLORS.get(c.matches.get(key, ""))
        if role == Qt.ItemDataRole.FontRole and c.account == self._linked:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not c.registry.active:
            return QColor("#7a7a7a")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c, key)
        return None

    def _display(self, c: CandidateDTO, column: str) -> str:
        if column == "rank":
            return f"Ctrl+{c.rank}" if c.rank <= 5 else str(c.rank)
        if column == "score":
            return f"{round(c.score * 100)} %"
        if column == "name":
            name = c.registry.full_name
            if not c.registry.known:
                return translate("Candidates", "(not in the registry)")
            if not c.registry.active:
                return translate("Candidates", "{0} (account closed)").format(name)
            return name
        if column == "account":
            return c.account + (" ✓" if c.account == self._linked else "")
        return registry_value(c.registry, column)

    def _tooltip(self, c: CandidateDTO, key: str | None) -> str:
        if key is None:
            reasons = ", ".join(c.reasons) or "—"
            return translate("Candidates", "Found by: {0}. Evidence: {1}").format(c.method, reasons)
        letter = self._letter.get(key, "") or "—"
        return translate("Candidates", "In the letter: {0} ({1})").format(
            letter, match_text(c.matches.get(key, "missing"))
        )


class ComparisonModel(QAbstractTableModel):
    """Field by field: what the letter says and what the registry says, side by side."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._letter: dict[str, str] = {}
        self._registry: RegistryDetails | None = None
        self._matches: dict[str, str] = {}

    def set_pair(self, letter: dict[str, str], registry: RegistryDetails | None) -> None:
        self.beginResetModel()
        self._letter = dict(letter)
        self._registry = registry
        self._matches = (
            {k: compare(k, letter.get(k, ""), registry_value(registry, k)) for k in COMPARED}
            if registry is not None
            else {}
        )
        self.endResetModel()

    def agreement(self, key: str) -> str:
        return self._matches.get(key, "missing")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COMPARED)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            if section == 0:
                return translate("Candidates", "In the letter")
            return translate("Candidates", "In the registry")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(COMPARED):
            return field_labels()[COMPARED[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(COMPARED):
            return None
        key = COMPARED[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._letter.get(key, "")
            return registry_value(self._registry, key) if self._registry else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return MATCH_COLORS.get(self._matches.get(key, ""))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and self._registry:
            return match_text(self.agreement(key))
        return None
