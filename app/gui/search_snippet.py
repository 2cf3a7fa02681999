"""Drawing a search snippet with its found words marked, in tables and labels."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from letters.search_query import Snippet

MARK_BACKGROUND = QColor(255, 214, 0)  # the same yellow as the marks on the page image
MARK_TEXT = QColor(0, 0, 0)
SNIPPET_LINES = 3


def snippet_html(snippet: Snippet) -> str:
    """The snippet as rich text: found words bold on a yellow background, the rest escaped."""
    style = f"background-color:{MARK_BACKGROUND.name()};color:{MARK_TEXT.name()};font-weight:600"
    out, last = [], 0
    for start, end in snippet.spans:
        out.append(html.escape(snippet.text[last:start]))
        out.append(f'<span style="{style}">{html.escape(snippet.text[start:end])}</span>')
        last = end
    out.append(html.escape(snippet.text[last:]))
    return "".join(out)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a ``Snippet`` (from ``role``) as wrapped rich text, at most
    ``SNIPPET_LINES`` lines. Signals: none."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def _document(
        self, option: QStyleOptionViewItem, snippet: Snippet, width: int
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        document.setHtml(snippet_html(snippet))
        document.setTextWidth(max(width, 40))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(self._role)
        if not isinstance(snippet, Snippet):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(2, 1, -2, -1)
        document = self._document(opt, snippet, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        clip = QRectF(0, 0, rect.width(), rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        lines = option.fontMetrics.lineSpacing() * SNIPPET_LINES + 8
        return QSize(size.width(), max(size.height(), lines))
