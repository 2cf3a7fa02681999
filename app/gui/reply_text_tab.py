"""The reply's title and text, edited by hand in the light markup both writers read
(``letters.reply_text``): a blank line between paragraphs, «- » a list item, **bold**."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate


class ReplyTextEditor(QWidget):
    """Until the specialist types here, the template's text is shown and follows the fields;
    after that their wording is the letter's, until they go back to the template's.

    Signals:
        edited(): the title or the text was changed by hand.
        reset_requested(): the specialist wants the template's wording back.
    """

    edited = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_hand = False
        self._filling = False
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(translate("ReplyText", "The title of the letter"))
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.bold_button = QPushButton(translate("ReplyText", "Bold"), self)
        self.bold_button.setToolTip(translate("ReplyText", "Mark the selection bold (Ctrl+B)"))
        self.item_button = QPushButton(translate("ReplyText", "List item"), self)
        self.item_button.setToolTip(
            translate("ReplyText", "Make the selected lines items of a list")
        )
        self.reset_button = QPushButton(translate("ReplyText", "Template text"), self)
        self.reset_button.setToolTip(
            translate("ReplyText", "Drop the changes made by hand and use the template's text")
        )
        self.bold_button.clicked.connect(self.make_bold)
        self.item_button.clicked.connect(self.make_items)
        self.reset_button.clicked.connect(self.reset_requested)
        QShortcut(QKeySequence("Ctrl+B"), self.body, self.make_bold)
        self.title.textEdited.connect(lambda _t: self._changed())
        self.body.textChanged.connect(self._changed)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        hint = QLabel(
            translate(
                "ReplyText",
                "A blank line starts a new paragraph; a line starting with «- » is a list "
                "item; **text** is bold; a line starting with «= » is centred.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        tools = QHBoxLayout()
        tools.addWidget(self.bold_button)
        tools.addWidget(self.item_button)
        tools.addStretch(1)
        tools.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ReplyText", "Title"), self))
        layout.addWidget(self.title)
        layout.addWidget(QLabel(translate("ReplyText", "Text"), self))
        layout.addLayout(tools)
        layout.addWidget(self.body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        self._show_state()

    def show_template_text(self, title: str, body: str) -> None:
        """The template's wording, unless the specialist has their own."""
        if self.by_hand:
            return
        self._filling = True
        try:
            self.title.setText(title)
            if self.body_text() != body:
                self.body.setPlainText(body)
        finally:
            self._filling = False

    def use_template(self) -> None:
        self.by_hand = False
        self._show_state()

    def own_wording(self) -> tuple[str | None, str | None]:
        """(title, body) typed by hand, or (None, None) for the template's."""
        if not self.by_hand:
            return None, None
        return self.title.text(), self.body_text()

    def body_text(self) -> str:
        """The text as typed: ``toPlainText`` would turn the non-breaking spaces of
        «1 843,20 руб.» into ordinary ones."""
        raw = self.body.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        for button in (self.bold_button, self.item_button):
            button.setEnabled(not read_only)
        self._show_state()

    def _changed(self) -> None:
        if self._filling or self.body.isReadOnly():
            return
        self.by_hand = True
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        self.reset_button.setEnabled(self.by_hand and not self.body.isReadOnly())
        self.state.setText(
            translate(
                "ReplyText",
                "Edited by hand: the template's fields no longer change this text.",
            )
            if self.by_hand
            else translate("ReplyText", "The template's text: it follows the fields.")
        )

    def make_bold(self) -> None:
        cursor = self.body.textCursor()
        text = cursor.selectedText()
        if text.startswith("**") and text.endswith("**") and len(text) >= 4:
            cursor.insertText(text[2:-2])
        else:
            cursor.insertText(f"**{text}**")
            if not text:
                cursor.movePosition(QTextCursor.MoveOperation.Left, n=2)
                self.body.setTextCursor(cursor)
        self.body.setFocus()

    def make_items(self) -> None:
        cursor = self.body.textCursor()
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        document = self.body.document()
        first, last = document.findBlock(start), document.findBlock(end)
        edit = QTextCursor(document)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            text = block.text()
            if text.strip() and not text.lstrip().startswith(("- ", "– ", "• ")):
                edit.setPosition(block.position())
                edit.insertText("- ")
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()
        self.body.setFocus()
