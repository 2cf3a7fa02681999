"""The form of a reply template's fields, and what a template still needs, in words.

The form is generated from ``ReplyTemplate.fields``: a line per short value, a box per
``longtext``; required fields carry a star, the template's example is the placeholder (never
a value: an example amount must not reach a consumer by mistake). Values typed for a field
stay when another template with a field of the same name is chosen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.i18n import translate
from app.roles import denied_message
from letters.permissions import PermissionDenied
from letters.replies import ReplyError
from letters.reply_sandbox import TemplateProblem
from letters.reply_templates import ReplyTemplate, TemplateField

FieldWidget = QLineEdit | QPlainTextEdit
PROBLEM_STYLE = (
    'QLineEdit[problem="true"], QPlainTextEdit[problem="true"] '
    "{ border: 2px solid #c0392b; border-radius: 3px; }"
)


def _type_hint(spec: TemplateField) -> str:
    hints = {
        "money": translate("ReplyForm", "An amount in roubles, e.g. 1 234,56"),
        "date": translate("ReplyForm", "A date: dd.mm.yyyy"),
        "number": translate("ReplyForm", "A number"),
        "integer": translate("ReplyForm", "A whole number"),
    }
    return hints.get(spec.type, "")


class TemplateForm(QWidget):
    """The fields of one template.

    Signals:
        changed(): the specialist edited a value.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: ReplyTemplate | None = None
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._kept: dict[str, str] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.setStyleSheet(PROBLEM_STYLE)
        self.empty = QLabel(translate("ReplyForm", "This template needs no values."), self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.layout_.addRow(self.empty)

    def set_template(self, template: ReplyTemplate) -> None:
        self._kept.update(self.values())
        while self.layout_.rowCount() > 1:
            self.layout_.removeRow(1)
        self.widgets.clear()
        self.labels.clear()
        self.template = template
        self.empty.setVisible(not template.fields)
        for spec in template.fields:
            label = QLabel(spec.label + (" *" if spec.required else ""), self)
            widget: FieldWidget
            if spec.type == "longtext":
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(96)
                widget.setPlainText(self._kept.get(spec.name, ""))
                widget.textChanged.connect(self.changed)
            else:
                widget = QLineEdit(self)
                widget.setText(self._kept.get(spec.name, ""))
                widget.textEdited.connect(lambda _text: self.changed.emit())
            if spec.example:
                widget.setPlaceholderText(translate("ReplyForm", "e.g. {0}").format(spec.example))
            tips = [
                t
                for t in (
                    _type_hint(spec),
                    "" if spec.required else translate("ReplyForm", "May be left empty."),
                )
                if t
            ]
            widget.setToolTip("\n".join(tips))
            widget.setObjectName(f"field_{spec.name}")
            label.setBuddy(widget)
            self.layout_.addRow(label, widget)
            self.widgets[spec.name] = widget
            self.labels[spec.name] = label

    def values(self) -> dict[str, str]:
        out = {}
        for name, widget in self.widgets.items():
            out[name] = (
                widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            )
        return out

    def set_value(self, name: str, value: str) -> None:
        """Type a value as the specialist would (for tests and restoring a draft)."""
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)
            self.changed.emit()

    def mark(self, names: set[str]) -> None:
        """Outline the fields that hold up the reply (empty or unreadable)."""
        for name, widget in self.widgets.items():
            wanted = name in names
            if widget.property("problem") != wanted:
                widget.setProperty("problem", wanted)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets.values():
            widget.setReadOnly(read_only)


# --- what a template still needs --------------------------------------------------------

_LABELLED_ITEM = re.compile(r"^(?P<label>.*) \((?P<name>[A-Za-z_][A-Za-z0-9_]*)\)$")


def _context_label(path: str) -> str:
    """A placeholder of the letter, the consumer or the company, in the user's words."""
    names = {
        "consumer.account": translate(
            "ReplyForm", "the consumer's account (link the letter to a consumer)"
        ),
        "consumer.address": translate("ReplyForm", "the consumer's address (on the letter card)"),
        "consumer.postal_code": translate(
            "ReplyForm", "the consumer's postal code (on the letter card)"
        ),
        "consumer.phone": translate("ReplyForm", "the consumer's phone (on the letter card)"),
        "consumer.email": translate("ReplyForm", "the consumer's e-mail (on the letter card)"),
        "letter.sender_no": translate("ReplyForm", "the sender's own number of the letter"),
        "letter.sender_date": translate("ReplyForm", "the sender's own date of the letter"),
        "executor.phone": translate("ReplyForm", "the executor's phone (your user profile)"),
    }
    if path in names:
        return names[path]
    if path.startswith(("company.", "signatory.")):
        return translate("ReplyForm", "the company's requisites: {0} (Settings)").format(path)
    return path


def problem_fields(exc: BaseException, template: ReplyTemplate | None) -> set[str]:
    """The names of the template's fields that a problem is about."""
    if not isinstance(exc, TemplateProblem) or template is None:
        return set()
    names = set()
    for item in exc.items:
        if item.startswith("fields."):
            names.add(item.removeprefix("fields."))
        else:
            found = _LABELLED_ITEM.match(item)
            if found and template.field(found["name"]) is not None:
                names.add(found["name"])
    return names


def problem_texts(exc: BaseException, template: ReplyTemplate | None) -> list[str]:
    """One line per thing to fix, for the list beside the preview."""
    if isinstance(exc, PermissionDenied):
        return [denied_message(exc)]
    if isinstance(exc, ReplyError):
        items = ", ".join(exc.items)
        texts = {
            "different_consumers": translate(
                "ReplyForm", "The letters {0} are from different consumers: a reply answers one."
            ),
            "not_found": translate("ReplyForm", "The letter was not found (id {0})."),
            "no_letters": translate("ReplyForm", "No letter to answer."),
        }
        return [texts.get(exc.code, "{0}").format(items)]
    if not isinstance(exc, TemplateProblem):
        return [str(exc)]
    if exc.code == "missing":
        lines = []
        for item in exc.items:
            spec = template.field(item.removeprefix("fields.")) if template else None
            if item.startswith("fields.") and spec is not None:
                lines.append(translate("ReplyForm", "Fill in «{0}»").format(spec.label))
            else:
                lines.append(
                    translate("ReplyForm", "Missing in the card or settings: {0}").format(
                        _context_label(item)
                    )
                )
        return lines
    if exc.code == "bad_value":
        lines = []
        for item in exc.items:
            found = _LABELLED_ITEM.match(item)
            label = found["label"] if found else item
            lines.append(
                translate("ReplyForm", "«{0}» cannot be read: check the value").format(label)
            )
        return lines
    texts = {
        "syntax": translate("ReplyForm", "The template has an error: {0}"),
        "unsafe": translate("ReplyForm", "The template uses something that is not allowed: {0}"),
        "unknown_name": translate("ReplyForm", "The template uses unknown placeholders: {0}"),
        "runtime": translate("ReplyForm", "The template cannot be rendered: {0}"),
        "not_found": translate("ReplyForm", "No such template: {0}"),
        "invalid": translate("ReplyForm", "The template is invalid: {0}"),
    }
    text = texts.get(exc.code, "{0}").format("; ".join(exc.items))
    if exc.line:
        text += " " + translate("ReplyForm", "(line {0})").format(exc.line)
    return [text]
