"""The Qt model of the outgoing register: one row per registered reply of the day (or
period), read in one background call (a day's post is a few hundred rows at most; a period is
capped by ``letters.outgoing_register.MAX_ROWS``), and a proxy that filters and sorts it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.gui import labels
from app.gui.control_common import Urgency, brushes
from app.i18n import translate
from letters.outgoing_register import RegisterEntry

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole  # the reply id
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts (dates as ISO, weights as ints)
COLUMNS = (
    "reg_no",
    "reg_date",
    "addressee",
    "address",
    "letters",
    "mail_type",
    "tracking_id",
    "weight",
    "sent_on",
)


def column_titles() -> dict[str, str]:
    return {
        "reg_no": translate("OutgoingView", "Outgoing No."),
        "reg_date": translate("OutgoingView", "Date"),
        "addressee": translate("OutgoingView", "Addressee"),
        "address": translate("OutgoingView", "Address"),
        "letters": translate("OutgoingView", "In reply to"),
        "mail_type": translate("OutgoingView", "Sent by"),
        "tracking_id": translate("OutgoingView", "Tracking No. (ШПИ)"),
        "weight": translate("OutgoingView", "Weight, g"),
        "sent_on": translate("OutgoingView", "Sent on"),
    }


def full_address(address: str, postal_code: str) -> str:
    if postal_code and postal_code not in address:
        return f"{postal_code}, {address}" if address else postal_code
    return address


class OutgoingModel(QAbstractTableModel):
    """The replies of the register on screen. Signals: QAbstractTableModel's own.

    ``mail_types`` maps a mail type code to (label, needs a tracking id): registered mail
    without its ШПИ yet is shown amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = column_titles()
        self._entries: list[RegisterEntry] = []
        self._mail_types: dict[str, tuple[str, bool]] = {}

    def set_entries(
        self, entries: Sequence[RegisterEntry], mail_types: dict[str, tuple[str, bool]]
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._mail_types = dict(mail_types)
        self.endResetModel()

    def entries(self) -> list[RegisterEntry]:
        return list(self._entries)

    def entry(self, row: int) -> RegisterEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _missing_tracking(self, entry: RegisterEntry) -> bool:
        needs = self._mail_types.get(entry.item.mail_type, ("", False))[1]
        return needs and not entry.item.tracking_id

    def _text(self, entry: RegisterEntry, column: str) -> str:
        item = entry.item
        if column == "reg_no":
            return item.reg_no
        if column == "reg_date":
            return labels.date_text(item.reg_date)
        if column == "addressee":
            return item.addressee_name
        if column == "address":
            return full_address(item.address, item.postal_code)
        if column == "letters":
            return ", ".join(entry.letter_numbers)
        if column == "mail_type":
            return self._mail_types.get(item.mail_type, (item.mail_type, False))[0]
        if column == "tracking_id":
            return item.tracking_id
        if column == "weight":
            return str(item.weight_g) if item.weight_g else ""
        return labels.date_text(item.sent_on)

    def _sort_value(self, entry: RegisterEntry, column: str) -> object:
        item = entry.item
        if column == "reg_no":
            return item.reg_no
        if column == "reg_date":
            return item.reg_date.isoformat()
        if column == "weight":
            return item.weight_g
        if column == "sent_on":
            return (item.sent_on or dt.date.min).isoformat()
        return self._text(entry, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == KEY_ROLE:
            return entry.item.id
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "weight":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        missing = self._missing_tracking(entry)
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return brushes(Urgency.AMBER)[0]
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return brushes(Urgency.AMBER)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if missing:
                return translate(
                    "OutgoingView", "Registered mail: the tracking number (ШПИ) is not recorded."
                )
            text = self._text(entry, column)
            return text or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self._titles[COLUMNS[section]]
        return None


class OutgoingFilter(QSortFilterProxyModel):
    """Rows whose text contains the filter (any column, any case); sorts by ``SORT_ROLE``.
    Signals: QSortFilterProxyModel's own."""

    def __init__(self, source: OutgoingModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
