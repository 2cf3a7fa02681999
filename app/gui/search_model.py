"""The search results as a Qt table: one row per hit, best first, pages appended.

The rows are the plain ``SearchHit`` objects of ``letters.search``; the snippet goes to the
view as a ``Snippet`` (``SNIPPET_ROLE``) and the delegate draws its highlights, so the
model builds no HTML and never touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.gui import labels
from app.i18n import translate
from letters.search import SearchHit

Index = QModelIndex | QPersistentModelIndex
LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
MATCHED_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("reg_no", "registered", "sender", "snippet", "matched")
SNIPPET_COLUMN = COLUMNS.index("snippet")


def column_headers() -> list[str]:
    return [
        translate("SearchResults", "Reg. No."),
        translate("SearchResults", "Date"),
        translate("SearchResults", "Sender"),
        translate("SearchResults", "Found text"),
        translate("SearchResults", "Match"),
    ]


class SearchResultsModel(QAbstractTableModel):
    """Search hits in the order the engine ranked them.

    Signals: none beyond QAbstractTableModel's own.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._headers = column_headers()

    # --- content -------------------------------------------------------------------

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def append_hits(self, hits: Sequence[SearchHit]) -> int:
        """Add the next page (skipping letters already listed); returns how many were new."""
        shown = {h.letter_id for h in self._hits}
        new = [h for h in hits if h.letter_id not in shown]
        if new:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._hits.extend(new)
            self.endInsertRows()
        return len(new)

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def exact_count(self) -> int:
        return sum(1 for h in self._hits if h.matched == "exact")

    # --- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "registered":
            return translate("SearchResults", "Registration date")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "snippet":
                return hit.snippet.text
            if column == "matched" and hit.matched == "fuzzy":
                return translate(
                    "SearchResults",
                    "Found by approximate match: the letter has words one or two characters "
                    "away from the query (OCR errors)",
                )
            if column == "sender":
                return hit.sender
            return None
        if role == LETTER_ID_ROLE:
            return hit.letter_id
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == MATCHED_ROLE:
            return hit.matched
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignTop
            return int(vertical | Qt.AlignmentFlag.AlignLeft)
        return None

    @staticmethod
    def _text(hit: SearchHit, column: str) -> str:
        if column == "reg_no":
            return hit.reg_no
        if column == "registered":
            return labels.date_text(hit.registered_at.astimezone().date())
        if column == "sender":
            return hit.sender
        if column == "snippet":
            return hit.snippet.text
        if column == "matched":
            if hit.matched == "fuzzy":
                return translate("SearchResults", "approximate")
            return ""
        return ""
