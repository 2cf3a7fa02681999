"""The station's link panel: status, candidate consumers, and the letter beside the registry."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.verification.candidates import CandidatesModel, ComparisonModel
from app.i18n import translate
from letters.verification_types import LINKED_STATUSES, CardDTO

AMBER = "background-color: #ffe0a3; border: 1px solid #d08a00; padding: 4px;"
PLAIN = "padding: 4px;"
MAX_COLUMN = 220


def letter_values(card: CardDTO) -> dict[str, str]:
    return {k: f.value for k, f in card.fields.items()}


def link_text(card: CardDTO) -> str:
    link = card.link
    status = labels.label(labels.link_labels(), link.status)
    if link.consumer is not None and link.status in LINKED_STATUSES:
        text = f"{status}: {link.consumer.account} — {link.consumer.full_name}"
        if link.status == "auto":
            text += " " + translate("LinkPanel", "(score {0} %)").format(round(link.score * 100))
        return text
    if card.candidates:
        return translate(
            "LinkPanel",
            "Not linked. Pick a candidate with Ctrl+1…{0} or find the consumer with Ctrl+F.",
        ).format(min(len(card.candidates), 5))
    return translate("LinkPanel", "Not linked. Find the consumer in the registry with Ctrl+F.")


class LinkPanel(QWidget):
    """Signals:
    candidate_activated(int): a candidate row was double-clicked (its 1-based rank).
    """

    candidate_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: CardDTO | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("link_status")
        self.buttons = QHBoxLayout()
        self.candidates_model = CandidatesModel(self)
        self.candidates = QTableView(self)
        self.candidates.setObjectName("candidates")
        self.candidates.setModel(self.candidates_model)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setWordWrap(False)
        self.candidates.verticalHeader().hide()
        self.candidates.horizontalHeader().setStretchLastSection(True)
        self.candidates.setMaximumHeight(150)
        self.candidates.doubleClicked.connect(
            lambda index: self.candidate_activated.emit(index.row() + 1)
        )
        self.candidates.selectionModel().currentRowChanged.connect(self._current_changed)
        self.comparison_model = ComparisonModel(self)
        self.comparison = QTableView(self)
        self.comparison.setObjectName("comparison")
        self.comparison.setModel(self.comparison_model)
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.comparison.setWordWrap(True)
        self.comparison.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.comparison.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        layout.addWidget(self.candidates)
        layout.addWidget(self.comparison)
        layout.addStretch(1)

    def add_button(self, button: QToolButton) -> None:
        self.buttons.addWidget(button)

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def set_card(self, card: CardDTO) -> None:
        self._card = card
        self.status.setText(link_text(card))
        self.status.setStyleSheet(AMBER if card.link_doubtful else PLAIN)
        linked = card.link.consumer.account if card.link.linked and card.link.consumer else ""
        self.candidates_model.set_candidates(card.candidates, letter_values(card), linked)
        self.candidates.setVisible(bool(card.candidates))
        row = next((c.rank - 1 for c in card.candidates if c.account == linked), 0)
        if card.candidates:
            self.candidates.selectionModel().setCurrentIndex(
                self.candidates_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.candidates.resizeColumnsToContents()
            for column in range(self.candidates_model.columnCount()):
                width = self.candidates.columnWidth(column)
                self.candidates.setColumnWidth(column, min(width, MAX_COLUMN))
        else:
            self.comparison_model.set_pair(letter_values(card), card.link.consumer)

    def refresh_letter_values(self, values: dict[str, str]) -> None:
        """The clerk edited the card: compare the edited values."""
        if self._card is None:
            return
        current = self.candidates_model.candidate(self.candidates.currentIndex().row())
        registry = current.registry if current else self._card.link.consumer
        self.comparison_model.set_pair(values, registry)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._card is None:
            return
        candidate = self.candidates_model.candidate(current.row())
        registry = candidate.registry if candidate else self._card.link.consumer
        self.comparison_model.set_pair(letter_values(self._card), registry)
