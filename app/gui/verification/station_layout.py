"""The station's widgets and their arrangement; the behaviour lives in ``station``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobRunner
from app.gui.verification.candidates import CandidatesModel, ComparisonModel
from app.gui.verification.card_form import CardForm, field_labels, field_tooltip
from app.gui.verification.link_panel import LinkPanel
from app.gui.verification.page_viewer import PageViewer
from app.gui.verification.station_actions import StationSlots, build_actions
from app.i18n import translate
from db.store import FileStore
from letters.verification_types import CardDTO, FieldDTO

ERROR_STYLE = "background-color: #fbe3e0; border: 1px solid #c9483c; padding: 6px;"
INFO_STYLE = "background-color: #e3f0fb; border: 1px solid #4a86c5; padding: 6px;"
SHORT = {
    "rotate": "↻",
    "rotate_back": "↺",
    "zoom_in": "+",
    "zoom_out": "−",
    "fit_width": "↔",
    "previous_page": "◀",
    "next_page": "▶",
}


class StationLayout(QWidget):
    """Header, message bar, toolbar, page viewer (left) and card with link panel (right)."""

    def __init__(self, store: FileStore, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_by_name: dict[str, QAction] = {}
        self.reg_label = QLabel(self)
        font = QFont(self.reg_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.reg_label.setFont(font)
        self.meta_label = QLabel(self)
        self.queue_label = QLabel(self)
        self.target_button = QPushButton(self)
        self.target_button.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("station_message")
        self.message.hide()
        self.viewer = PageViewer(store, runner, self)
        self.page_label = QLabel(self)
        self.form = CardForm(self)
        self.link = LinkPanel(self)
        self.accept_button = QPushButton(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.empty = QLabel(translate("VerificationStation", "No letters need attention."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)

    @property
    def candidates_model(self) -> CandidatesModel:
        return self.link.candidates_model

    @property
    def comparison_model(self) -> ComparisonModel:
        return self.link.comparison_model

    def build(self, slots: StationSlots) -> None:
        a = self.actions_by_name = build_actions(self, slots, self.viewer)
        for name in (
            "accept",
            "skip",
            None,
            "letter_card",
            None,
            "split",
            "merge_previous",
            "merge_next",
        ):
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(a[name])
        header = QHBoxLayout()
        header.addWidget(self.reg_label)
        header.addWidget(self.meta_label, 1)
        header.addWidget(self.target_button)
        header.addWidget(self.queue_label)

        page_bar = QHBoxLayout()
        page_bar.setContentsMargins(0, 0, 0, 0)
        for name in (
            "previous_page",
            "page_label",
            "next_page",
            None,
            "rotate_back",
            "rotate",
            "drop",
            None,
            "zoom_out",
            "zoom_in",
            "fit_width",
        ):
            if name is None:
                page_bar.addSpacing(12)
                continue
            if name == "page_label":
                page_bar.addWidget(self.page_label)
                continue
            if name in SHORT:
                a[name].setIconText(SHORT[name])
            button = QToolButton(self)
            button.setDefaultAction(a[name])
            page_bar.addWidget(button)
        page_bar.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.viewer, 1)
        left_layout.addLayout(page_bar)

        card_box = QGroupBox(translate("VerificationStation", "Registration card"), self)
        QVBoxLayout(card_box).addWidget(self.form)
        link_box = QGroupBox(
            translate("VerificationStation", "Link to the consumer registry"), self
        )
        for name in ("search", "unlink", "consumer"):
            button = QToolButton(self)
            button.setDefaultAction(a[name])
            self.link.add_button(button)
        self.link.finish_buttons()
        QVBoxLayout(link_box).addWidget(self.link)
        self.accept_button.setText(a["accept"].text())
        self.accept_button.setToolTip(a["accept"].toolTip())
        self.accept_button.clicked.connect(a["accept"].trigger)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 4, 0)
        right_layout.addWidget(card_box)
        right_layout.addWidget(link_box, 1)
        right_layout.addWidget(self.accept_button)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setMinimumWidth(480)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 640])
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.viewer.page_changed.connect(self._page_changed)

    # --- showing -----------------------------------------------------------------------------

    def show_empty(self) -> None:
        self.reg_label.setText("")
        self.meta_label.setText("")
        self.target_button.hide()
        self.stack.setCurrentIndex(0)

    def show_card_view(self, card: CardDTO) -> None:
        self.stack.setCurrentIndex(1)
        self.reg_label.setText(card.reg_no)
        parts = [
            translate("VerificationStation", "registered {0}").format(
                labels.datetime_text(card.registered_at)
            ),
            labels.label(labels.channel_labels(), card.channel),
        ]
        if card.source_name:
            parts.append(card.source_name)
        if card.merged_into is not None:
            parts.append(
                translate("VerificationStation", "merged into {0}").format(card.merged_into[1])
            )
            self.target_button.setText(
                translate("VerificationStation", "Open {0}").format(card.merged_into[1])
            )
            self.target_button.show()
        else:
            self.target_button.hide()
            if card.verified:
                parts.append(translate("VerificationStation", "verified"))
            elif card.confident:
                parts.append(translate("VerificationStation", "all sure: Enter accepts"))
            else:
                parts.append(translate("VerificationStation", "check the highlighted fields"))
        self.meta_label.setText(" · ".join(parts))

    def describe_field(self, key: str, f: FieldDTO) -> str:
        card = getattr(self, "card", None)
        verified = bool(card.verified) if card is not None else False
        return f"{field_labels()[key]}: {f.captured} — {field_tooltip(f, verified)}"

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.show()
        self.message_shown.emit(text)  # type: ignore[attr-defined]

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def update_actions(self, card: CardDTO | None, loaded: object, busy: bool) -> None:
        live = card is not None and card.merged_into is None and not busy
        pages = len(card.pages) if card is not None else 0
        current = self.viewer.current_page
        enabled = {
            "accept": live,
            "skip": not busy,
            "search": live,
            "unlink": live and card is not None and card.link.linked,
            "consumer": card is not None and card.link.linked,
            "letter_card": card is not None,
            "split": live and pages > 1 and current > 0,
            "merge_previous": live and getattr(loaded, "previous", None) is not None,
            "merge_next": live and getattr(loaded, "next", None) is not None,
            "rotate": live and pages > 0,
            "rotate_back": live and pages > 0,
            "drop": live and pages > 1,
            "next_page": current < pages - 1,
            "previous_page": current > 0,
        }
        for rank in range(1, 6):
            enabled[f"pick{rank}"] = live and card is not None and rank <= len(card.candidates)
        for name, action in self.actions_by_name.items():
            action.setEnabled(enabled.get(name, True))
        self.accept_button.setEnabled(live)

    def _page_changed(self, index: int) -> None:
        self.page_label.setText(
            translate("VerificationStation", "Page {0} of {1}").format(
                index + 1, self.viewer.page_count
            )
        )
