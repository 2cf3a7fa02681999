"""The thumbnails strip's model: one row per page, the small image arrives later.

Signals: none beyond QAbstractListModel's own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from app.i18n import translate

Index = QModelIndex | QPersistentModelIndex
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ThumbnailModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_ids: list[int] = []
        self._images: dict[int, QImage] = {}
        self._icons: dict[int, QIcon] = {}

    def set_pages(self, page_ids: list[int]) -> None:
        self.beginResetModel()
        self._page_ids = list(page_ids)
        self._images.clear()
        self._icons.clear()
        self.endResetModel()

    def set_image(self, row: int, image: QImage) -> None:
        if not 0 <= row < len(self._page_ids):
            return
        self._images[row] = image
        self._icons.pop(row, None)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_image(self, row: int) -> bool:
        return row in self._images

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._page_ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._page_ids):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("PageViewer", "Page {0} of {1}").format(row + 1, len(self._page_ids))
        if role == Qt.ItemDataRole.DecorationRole:
            image = self._images.get(row)
            if image is None or image.isNull():
                return QColor("#d8d8d8")
            # An icon, not the pixmap: it is drawn within the view's icon size, as the
            # placeholder was, so a taller thumbnail cannot overlap the next page's.
            icon = self._icons.get(row)
            if icon is None:
                icon = self._icons[row] = QIcon(QPixmap.fromImage(image))
            return icon
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == PAGE_ID_ROLE:
            return self._page_ids[row]
        return None
