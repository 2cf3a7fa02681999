"""The registration card form of the station: the fields the clerk checks and corrects."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.gui import labels
from app.i18n import translate
from letters.verification_types import CardDTO, CardEdits, FieldDTO

DOUBTFUL_STYLE = """
*[doubtful="true"] { background-color: #ffe0a3; border: 1px solid #d08a00; }
"""
TEXT_KEYS = ("name", "address", "phone", "email", "account")


def field_labels() -> dict[str, str]:
    return {
        "name": translate("CardForm", "Sender"),
        "address": translate("CardForm", "Address"),
        "phone": translate("CardForm", "Phone"),
        "email": translate("CardForm", "E-mail"),
        "account": translate("CardForm", "Account"),
        "category": translate("CardForm", "Category"),
        "summary": translate("CardForm", "Summary"),
        "received_on": translate("CardForm", "Received"),
    }


def percent(value: float) -> str:
    return f"{round(value * 100)} %"


def field_tooltip(f: FieldDTO, verified: bool) -> str:
    if f.confidence is None:
        if f.is_doubtful(verified):
            return translate(
                "CardForm", "Not found in the letter: fill it in if the letter has it."
            )
        return translate("CardForm", "Not found in the letter.")
    if f.edited:
        return translate("CardForm", "Corrected by hand (OCR read: {0}).").format(f.captured)
    text = translate("CardForm", "OCR confidence: {0}.").format(percent(f.confidence))
    if f.is_doubtful(verified):
        text += " " + translate("CardForm", "Please check this field.")
    return text


class _SummaryEdit(QPlainTextEdit):
    """A short multi-line summary; Enter is left to the station (accept), so no newlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def event(self, event: QEvent) -> bool:
        # A text edit claims Enter before shortcuts see it; give it back to the station.
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.ignore()
                return True
        return super().event(event)


class CardForm(QWidget):
    """Sender, address, phone, e-mail, account, category, summary and received date.

    Fields the OCR was unsure of (below ``letters.drafts.REVIEW_CONFIDENCE``) or key fields
    it did not find are highlighted amber, with the confidence in the tooltip.

    Signals:
        field_focused(str): a field got the keyboard focus (its key, e.g. "account").
    """

    field_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DOUBTFUL_STYLE)
        self._card: CardDTO | None = None
        names = field_labels()
        self.editors: dict[str, QWidget] = {}
        for key in TEXT_KEYS:
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{key}")
            self.editors[key] = edit
        self.category = QComboBox(self)
        self.category.setObjectName("field_category")
        for code, text in labels.category_labels().items():
            self.category.addItem(text, code)
        self.editors["category"] = self.category
        self.summary = _SummaryEdit(self)
        self.summary.setObjectName("field_summary")
        self.editors["summary"] = self.summary
        self.received_on = QDateEdit(self)
        self.received_on.setObjectName("field_received_on")
        self.received_on.setDisplayFormat("dd.MM.yyyy")
        self.received_on.setCalendarPopup(True)
        self.editors["received_on"] = self.received_on
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in (
            "name",
            "address",
            "phone",
            "email",
            "account",
            "category",
            "summary",
            "received_on",
        ):
            form.addRow(names[key], self.editors[key])
        for key, widget in self.editors.items():
            widget.setProperty("field_key", key)
            widget.installEventFilter(self)

    def line(self, key: str) -> QLineEdit:
        edit = self.editors[key]
        assert isinstance(edit, QLineEdit)
        return edit

    def set_card(self, card: CardDTO) -> None:
        self._card = card
        for key in TEXT_KEYS:
            f = card.fields[key]
            edit = self.line(key)
            edit.setText(f.value)
            edit.setCursorPosition(0)
            self._mark(edit, f.is_doubtful(card.verified), field_tooltip(f, card.verified))
        row = self.category.findData(card.category)
        if row < 0:
            self.category.addItem(card.category, card.category)
            row = self.category.count() - 1
        self.category.setCurrentIndex(row)
        confidence = translate("CardForm", "Topic confidence: {0}.").format(
            percent(card.category_confidence)
        )
        if card.category_doubtful:
            confidence += " " + translate("CardForm", "Please check the category.")
        self._mark(self.category, card.category_doubtful, confidence)
        self.summary.setPlainText(card.summary)
        d = card.received_on
        self.received_on.setDate(QDate(d.year, d.month, d.day))
        editable = card.merged_into is None
        for widget in self.editors.values():
            widget.setEnabled(editable)

    def doubtful_keys(self) -> list[str]:
        return [k for k, w in self.editors.items() if w.property("doubtful") is True]

    def focus_first_doubtful(self) -> str | None:
        """Put the cursor where the clerk should look first; the key, or None."""
        keys = self.doubtful_keys()
        if not keys:
            return None
        widget = self.editors[keys[0]]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return keys[0]

    def focus_field(self, key: str) -> None:
        widget = self.editors.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)

    def edits(self) -> CardEdits:
        q = self.received_on.date()
        return CardEdits(
            name=self.line("name").text(),
            address=self.line("address").text(),
            phone=self.line("phone").text(),
            email=self.line("email").text(),
            account=self.line("account").text(),
            category=str(self.category.currentData()),
            summary=" ".join(self.summary.toPlainText().split()),
            received_on=dt.date(q.year(), q.month(), q.day()),
        )

    def restore(self, edits: CardEdits) -> None:
        """Put back what the clerk had typed (after a link change reloaded the card)."""
        for key in TEXT_KEYS:
            edit = self.line(key)
            value = getattr(edits, key)
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
        row = self.category.findData(edits.category)
        if row >= 0:
            self.category.setCurrentIndex(row)
        if self.summary.toPlainText() != edits.summary:
            self.summary.setPlainText(edits.summary)
        d = edits.received_on
        self.received_on.setDate(QDate(d.year, d.month, d.day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            key = watched.property("field_key")
            if isinstance(key, str):
                self.field_focused.emit(key)
        return super().eventFilter(watched, event)

    @staticmethod
    def _mark(widget: QWidget, doubtful: bool, tooltip: str) -> None:
        widget.setProperty("doubtful", doubtful)
        widget.setToolTip(tooltip)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
