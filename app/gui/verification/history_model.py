"""A letter's history (audit events) as a table, and the words for each kind of event.

Signals: none beyond QAbstractTableModel's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.gui import labels
from app.gui.verification.card_form import field_labels
from app.i18n import translate
from letters.history import HistoryEntry

Index = QModelIndex | QPersistentModelIndex
HIDDEN_KEYS = {"version", "content_hash", "moved_page_ids", "ocr_text"}


def action_label(action: str) -> str:
    return {
        "letter.register": translate("History", "registered"),
        "letter.accept": translate("History", "card accepted"),
        "letter.link": translate("History", "linked to an account"),
        "letter.unlink": translate("History", "link removed"),
        "letter.split": translate("History", "split: later pages became a new letter"),
        "letter.split_off": translate("History", "created by splitting a letter"),
        "letter.merge": translate("History", "another letter merged into this one"),
        "letter.merged_into": translate("History", "merged into another letter"),
        "page.rotate": translate("History", "page rotated"),
        "page.drop": translate("History", "page removed"),
        "letter.deadlines": translate("History", "deadlines set"),
        "letter.deadlines_recomputed": translate("History", "deadlines recomputed"),
        "letter.extend": translate("History", "deadline extended"),
        "letter.status": translate("History", "status changed"),
        "letter.destroy": translate("History", "destroyed under the retention rules"),
        "archive.file": translate("History", "filed to a case"),
        "callback.promise": translate("History", "callback promised"),
        "callback.done": translate("History", "callback made"),
        "reply.register": translate("History", "reply registered"),
        "reply.dispatch": translate("History", "reply sent"),
        "letter.resolution": translate("History", "resolution written"),
        "letter.reassignment": translate("History", "reassigned"),
        "letter.routing": translate("History", "routed automatically"),
        "letter.open": translate("History", "card opened"),
    }.get(action, action)


def key_labels() -> dict[str, str]:
    fields = field_labels()
    return {
        "reg_no": translate("History", "number"),
        "sender_name": fields["name"],
        "sender_address": fields["address"],
        "sender_phone": fields["phone"],
        "sender_email": fields["email"],
        "sender_postal_code": translate("History", "postal code"),
        "account_captured": fields["account"],
        "account": translate("History", "linked account"),
        "link_status": translate("History", "link"),
        "link_method": translate("History", "how linked"),
        "needs_review": translate("History", "needs attention"),
        "category": fields["category"],
        "summary": fields["summary"],
        "received_on": fields["received_on"],
        "verified": translate("History", "verified"),
        "status": translate("History", "status"),
        "channel": translate("History", "channel"),
        "page_count": translate("History", "pages"),
        "pages": translate("History", "pages"),
    }


def value_text(key: str, value: Any) -> str:
    """One recorded value as the user reads it (codes as labels, yes/no, «—» for empty)."""
    return _value(key, value)


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    codes = {
        "category": labels.category_labels,
        "link_status": labels.link_labels,
        "channel": labels.channel_labels,
        "status": labels.status_labels,
    }.get(key)
    if codes is not None and isinstance(value, str):
        return labels.label(codes(), value)
    return str(value)


def describe(entry: HistoryEntry) -> str:
    """«field: before → after» for each change, or the event's own data."""
    before, after = entry.before or {}, entry.after or {}
    names = key_labels()
    parts = []
    for key in after:
        if key in HIDDEN_KEYS:
            continue
        name = names.get(key, key)
        if key in before and before[key] != after[key]:
            parts.append(f"{name}: {_value(key, before[key])} → {_value(key, after[key])}")
        elif key not in before:
            parts.append(f"{name}: {_value(key, after[key])}")
    if not after and before:
        parts = [
            f"{names.get(k, k)}: {_value(k, v)}" for k, v in before.items() if k not in HIDDEN_KEYS
        ]
    return "; ".join(parts)


class HistoryModel(QAbstractTableModel):
    """Newest first: when, who, what, details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryEntry] = []

    def set_entries(self, rows: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry | None:
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
            translate("History", "When"),
            translate("History", "Who"),
            translate("History", "What"),
            translate("History", "Details"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return labels.datetime_text(e.at)
            if column == 1:
                return e.user_login
            if column == 2:
                return action_label(e.action)
            return describe(e)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return describe(e).replace("; ", "\n")
        return None
