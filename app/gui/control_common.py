"""Shared pieces of the control screens: deadline colours, a small read-only table model,
the messages for the services' refusals, and the combo of executors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.gui import labels
from app.gui.jobs import JobError, JobRunner
from app.gui.widgets import show_job_error
from app.i18n import translate
from app.roles import denied_message
from letters.control_forms import Assignee
from letters.permissions import PermissionDenied

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
AMBER_WORKING_DAYS = 2  # due within this many working days: amber

# Light backgrounds with dark text stay readable in both light and dark palettes.
RED = QColor("#f6c9c9")
RED_TEXT = QColor("#7a0c0c")
AMBER = QColor("#ffe3a3")
AMBER_TEXT = QColor("#5c3b00")
ERROR_STYLE = "color: #a40000;"


class Urgency:
    NONE, AMBER, RED = "", "amber", "red"


def urgency(due_on: dt.date, watch_on: dt.date, today: dt.date, amber_until: dt.date) -> str:
    """Red once the legal due date has passed; amber when the date to watch (the control
    date, or the due date) falls within ``AMBER_WORKING_DAYS`` working days."""
    if due_on < today:
        return Urgency.RED
    if watch_on <= amber_until:
        return Urgency.AMBER
    return Urgency.NONE


def brushes(level: str) -> tuple[QBrush | None, QBrush | None]:
    """(background, foreground) of an urgency level."""
    if level == Urgency.RED:
        return QBrush(RED), QBrush(RED_TEXT)
    if level == Urgency.AMBER:
        return QBrush(AMBER), QBrush(AMBER_TEXT)
    return None, None


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    key: object = None  # what KEY_ROLE gives (a letter id, a task id …)
    level: str = Urgency.NONE
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    """A short read-only table (a dashboard's rows are few by construction). Signals:
    none beyond QAbstractTableModel's own."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def key(self, row: int) -> object:
        return self._rows[row].key

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return brushes(row.level)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return brushes(row.level)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == KEY_ROLE:
            return row.key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


def stop_runner(runner: JobRunner) -> None:
    """Stop a dialog's runner before the dialog goes: cancel and wait for its jobs, then
    deliver their last queued "thread finished" now, while the runner still exists (a
    dialog often closes from a job's own ``finished`` slot)."""
    jobs = runner.active(visible_only=False)
    runner.shutdown()
    for job in jobs:
        QCoreApplication.sendPostedEvents(job, QEvent.Type.MetaCall)


def error_label(parent: QWidget) -> QLabel:
    """An inline line for a refusal: the dialog stays open so the user can correct it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def refusal_text(exc: BaseException) -> str | None:
    """The message for a service's refusal the user can act on; ``None`` for a bug."""
    if isinstance(exc, PermissionDenied):
        return denied_message(exc)
    code = getattr(exc, "code", None)
    if not isinstance(code, str):
        return None
    kind = type(exc).__name__
    if kind == "ResolutionError":
        return _resolution_text(code, getattr(exc, "detail", ""))
    if kind == "DeadlineError":
        return _deadline_text(code, getattr(exc, "details", {}))
    if kind == "WorkflowError":
        return workflow_text(code, getattr(exc, "from_status", ""), getattr(exc, "to_status", ""))
    if kind == "PhoneError":
        return phone_text(code)
    return None


def _resolution_text(code: str, detail: object) -> str | None:
    if code == "control_after_due" and isinstance(detail, str):
        with contextlib.suppress(ValueError):
            detail = labels.date_text(dt.date.fromisoformat(detail))
    texts = {
        "not_found": translate("Control", "The letter no longer exists."),
        "no_executor": translate("Control", "Choose the executor."),
        "unknown_user": translate("Control", "The executor is not an active user."),
        "unknown_department": translate("Control", "The department no longer exists."),
        "control_after_due": translate(
            "Control", "The control date cannot be after the due date ({0})."
        ),
        "letter_closed": translate("Control", "The letter is closed: it takes no resolution."),
        "reason_required": translate("Control", "Give the reason for the reassignment."),
    }
    text = texts.get(code)
    return text.format(detail) if text is not None else None


def _deadline_text(code: str, details: dict[str, object]) -> str | None:
    texts = {
        "not_found": translate("Control", "The letter no longer exists."),
        "reason_required": translate("Control", "Give the reason for the extension."),
        "bad_days": translate("Control", "Extend by one day or more."),
        "not_extendable": translate(
            "Control", "The deadline rule of this letter allows no extension."
        ),
        "extension_too_long": translate(
            "Control", "Too long: the rule allows {0} more day(s) at most."
        ).format(details.get("left", 0)),
        "closed": translate("Control", "The clock of this letter has stopped: nothing to extend."),
    }
    return texts.get(code)


def workflow_text(code: str, old: str = "", new: str = "") -> str | None:
    names = labels.status_labels()
    texts = {
        "not_found": translate("Control", "The letter no longer exists."),
        "unknown_status": translate("Control", "Unknown status."),
        "not_allowed": translate("Control", "A letter cannot go from «{0}» to «{1}»."),
        "reason_required": translate("Control", "Give the reason for this status change."),
        "reply_number_required": translate("Control", "Give the outgoing number of the reply."),
        "role_not_allowed": translate("Control", "Your role cannot move a letter to «{1}»."),
        "date_before_registration": translate(
            "Control", "The date cannot be before the letter was registered."
        ),
    }
    text = texts.get(code)
    return text.format(names.get(old, old), names.get(new, new)) if text else None


def phone_text(code: str) -> str | None:
    return {
        "name_required": translate("Control", "Enter the caller's name."),
        "summary_required": translate("Control", "Enter what the call was about."),
        "unknown_account": translate("Control", "No consumer has this account."),
        "callback_in_past": translate("Control", "The callback time has already passed."),
        "answered_with_callback": translate(
            "Control", "A call answered on the spot needs no callback."
        ),
        "not_found": translate("Control", "The callback task no longer exists."),
    }.get(code)


def show_refusal(label: QLabel, parent: QWidget, title: str, error: JobError) -> None:
    """Show a refusal inline in ``label``; anything else is a bug: reported and logged."""
    text = refusal_text(error.exception)
    if text is None:
        label.hide()
        show_job_error(parent, title, error)
        return
    label.setText(text)
    label.show()


def fill_assignees(
    combo: QComboBox,
    people: Sequence[Assignee],
    department_id: int | None,
    *,
    empty: str = "",
    keep: int | None = None,
) -> None:
    """The people of ``department_id`` (everybody when ``None``, with their department),
    keeping ``keep`` selected when it is among them."""
    combo.blockSignals(True)
    combo.clear()
    if empty:
        combo.addItem(empty, None)
    for person in people:
        if department_id is not None and person.department_id != department_id:
            continue
        text = person.name
        if department_id is None and person.department:
            text = f"{person.name} ({person.department})"
        combo.addItem(text, person.id)
    found = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
