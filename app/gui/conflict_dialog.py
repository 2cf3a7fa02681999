"""When a save meets someone else's newer save of the same card (``StaleCard``): what they
changed, which of my values differ from the saved card, and the choice.

«Reload» keeps the saved card and drops my unsaved values (listed in the dialog, so nothing
goes silently). «Overwrite» saves again on the fresh version: the fields I changed take my
values, the fields I did not touch keep the other user's (``merge_values``). Both are
recorded in the card's history. The station is the only place that edits a card; the
letter card window is read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.verification.history_model import HIDDEN_KEYS, action_label, key_labels, value_text
from app.i18n import translate
from letters.history import HistoryEntry

BOTH_CHANGED = QColor(255, 224, 163)


@dataclass(frozen=True, slots=True)
class MyValue:
    """One of my unsaved values that differs from the saved card."""

    key: str
    label: str
    saved: str
    mine: str
    both_changed: bool  # the other user changed this field too


def merge_values(
    seen: Mapping[str, Any], mine: Mapping[str, Any], saved: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str], list[str]]:
    """Three-way merge of a card's fields: (merged values, my changed keys, keys both changed).

    ``seen`` is what I opened, ``mine`` what I hold now, ``saved`` the card as saved since.
    A field I changed takes my value; any other field keeps the saved one.
    """
    merged: dict[str, Any] = {}
    changed: list[str] = []
    both: list[str] = []
    for key, saved_value in saved.items():
        my_value = mine.get(key, saved_value)
        if key in seen and my_value != seen[key]:
            merged[key] = my_value
            if my_value != saved_value:
                changed.append(key)
                if saved_value != seen[key]:
                    both.append(key)
        else:
            merged[key] = saved_value
    return merged, changed, both


def change_rows(change: HistoryEntry) -> list[tuple[str, str, str]]:
    """(field, before, after) of the other user's change, as the history shows them."""
    before, after = change.before or {}, change.after or {}
    names = key_labels()
    rows = []
    for key in dict.fromkeys([*after, *before]):
        if key in HIDDEN_KEYS or before.get(key) == after.get(key):
            continue
        rows.append(
            (
                names.get(key, key),
                value_text(key, before[key]) if key in before else "",
                value_text(key, after[key]) if key in after else "",
            )
        )
    return rows


def _table(headers: list[str], rows: list[tuple[str, ...]], parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setMaximumHeight(max(height + 6, 60))
    return table


class ConflictDialog(QDialog):
    """Someone saved the card first. Window-modal, does not block the caller.

    Signals:
        chosen(str): ``RELOAD`` or ``OVERWRITE`` (closing the dialog means reload).
    """

    RELOAD, OVERWRITE = "reload", "overwrite"
    chosen = Signal(str)

    def __init__(
        self,
        subject: str,
        change: HistoryEntry | None,
        mine: list[MyValue],
        can_overwrite: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = self.RELOAD
        self.setWindowTitle(translate("ConflictDialog", "The card was changed meanwhile"))
        self.setMinimumWidth(640)
        if change is None:
            text = translate(
                "ConflictDialog",
                "{0} was changed by someone else while you were editing it.",
            ).format(subject)
        else:
            text = translate(
                "ConflictDialog",
                "{0} was changed by {1} at {2} while you were editing it: {3}.",
            ).format(
                subject,
                change.user_login,
                labels.datetime_text(change.at),
                action_label(change.action),
            )
        self.headline = QLabel(text, self)
        self.headline.setObjectName("conflict_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)

        theirs = change_rows(change) if change is not None else []
        self.their_table: QTableWidget | None = None
        if theirs:
            layout.addWidget(QLabel(translate("ConflictDialog", "Their change:"), self))
            self.their_table = _table(
                [
                    translate("ConflictDialog", "Field"),
                    translate("ConflictDialog", "Was"),
                    translate("ConflictDialog", "Now saved"),
                ],
                theirs,
                self,
            )
            self.their_table.setObjectName("their_change")
            layout.addWidget(self.their_table)

        self.my_table: QTableWidget | None = None
        if mine:
            layout.addWidget(
                QLabel(
                    translate("ConflictDialog", "Your values that differ from the saved card:"),
                    self,
                )
            )
            self.my_table = _table(
                [
                    translate("ConflictDialog", "Field"),
                    translate("ConflictDialog", "Saved"),
                    translate("ConflictDialog", "Yours"),
                ],
                [(m.label, m.saved, m.mine) for m in mine],
                self,
            )
            self.my_table.setObjectName("my_values")
            bold = QFont(self.font())
            bold.setBold(True)
            for r, m in enumerate(mine):
                if m.both_changed:
                    for c in range(3):
                        item = self.my_table.item(r, c)
                        item.setBackground(QBrush(BOTH_CHANGED))
                        item.setFont(bold)
            layout.addWidget(self.my_table)
            if any(m.both_changed for m in mine):
                layout.addWidget(
                    QLabel(
                        translate(
                            "ConflictDialog",
                            "Highlighted: you both changed this field; Overwrite keeps yours.",
                        ),
                        self,
                    )
                )
        else:
            layout.addWidget(
                QLabel(
                    translate("ConflictDialog", "You have no unsaved values on this card."), self
                )
            )

        if can_overwrite:
            note = translate(
                "ConflictDialog",
                "Reload shows the saved card and drops your values above. Overwrite saves "
                "your action again on the saved card: the fields you changed take your "
                "values, the others keep theirs.",
            )
        else:
            note = translate(
                "ConflictDialog",
                "Your action was not applied. Reload shows the saved card; repeat the "
                "action if it is still needed.",
            )
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(self)
        self.reload_button: QPushButton = self.buttons.addButton(
            translate("ConflictDialog", "Reload (drop my values)"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.overwrite_button: QPushButton | None = None
        if can_overwrite:
            self.overwrite_button = self.buttons.addButton(
                translate("ConflictDialog", "Overwrite with my values"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.overwrite_button.clicked.connect(self.accept)
        self.reload_button.clicked.connect(self.reject)
        self.reload_button.setDefault(True)
        self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        layout.addWidget(self.buttons)
        self.finished.connect(self._finished)

    def _finished(self, result: int) -> None:
        self.choice = self.OVERWRITE if result == QDialog.DialogCode.Accepted else self.RELOAD
        self.chosen.emit(self.choice)
