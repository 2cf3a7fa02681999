"""Small widgets shared by the sections: status-bar jobs, path fields, dates, error reports."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.gui.jobs import JobError, JobRunner, is_refusal
from app.i18n import translate
from app.roles import denied_message

log = logging.getLogger(__name__)
NO_DATE = QDate(2000, 1, 1)


class JobsIndicator(QWidget):
    """The status bar's view of the visible background jobs: title, progress, Cancel.

    Signals: none.
    """

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(140)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(translate("JobsIndicator", "Cancel"))
        self.cancel_button.setToolTip(translate("JobsIndicator", "Cancel the background job"))
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.changed.connect(self.update_view)
        self.update_view()

    def update_view(self) -> None:
        jobs = self._runner.active()
        if not jobs:
            self.label.setText(translate("JobsIndicator", "No background jobs"))
            self.bar.hide()
            self.cancel_button.hide()
            return
        job = jobs[0]
        text = job.title
        if len(jobs) > 1:
            text = translate("JobsIndicator", "{0} (and {1} more)").format(text, len(jobs) - 1)
        self.label.setText(text)
        self.bar.show()
        if job.total > 0:
            self.bar.setRange(0, job.total)
            self.bar.setValue(min(job.done, job.total))
        else:
            self.bar.setRange(0, 0)  # busy
        self.cancel_button.setVisible(job.cancellable and not job.cancelled)

    def _cancel(self) -> None:
        jobs = self._runner.active()
        if jobs:
            jobs[0].cancel()
            self.update_view()


class PathField(QWidget):
    """A line edit with a Browse button for a folder or a file.

    Signals:
        changed(str): the text changed (typed or chosen).
    """

    changed = Signal(str)

    def __init__(
        self, folder: bool = True, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.changed)
        browse = QPushButton(translate("PathField", "Browse…"), self)
        browse.clicked.connect(self._browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _browse(self) -> None:
        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, "", self.text())
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, "", self.text())
        if chosen:
            self.edit.setText(chosen)


class OptionalDateEdit(QDateEdit):
    """A date edit that may be empty (shown as "—"), for filters. dd.MM.yyyy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)

    def value(self) -> dt.date | None:
        date = self.date()
        if date == NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def clear_value(self) -> None:
        self.setDate(NO_DATE)


def placeholder(text: str, parent: QWidget | None = None) -> QLabel:
    """An honest one-line label for a section that a later version fills."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


def user_message(error: JobError) -> str | None:
    """A message for errors the user can act on (files, disk, network, a refused action);
    None for bugs."""
    exc = error.exception
    if is_refusal(exc):
        return denied_message(exc)
    if isinstance(exc, OSError):
        return translate("errors", "A file or folder cannot be used: {0}").format(exc)
    name = type(exc).__name__
    if name == "TesseractMissing":
        return translate("errors", "Tesseract OCR is not ready: {0}").format(exc)
    if type(exc).__module__.startswith("sqlalchemy"):
        return translate("errors", "The database cannot be reached: {0}").format(
            getattr(exc, "orig", exc)
        )
    return None


def show_job_error(parent: QWidget, title: str, error: JobError) -> None:
    """Tell the user what went wrong; a bug also goes to the log with its traceback."""
    text = user_message(error)
    if text is None:
        log.error("%s:\n%s", title, error.traceback)
        text = translate(
            "errors", "An internal error occurred ({0}: {1}). Details are in the log."
        ).format(type(error.exception).__name__, error.exception)
    show_warning(parent, title, text)


def show_warning(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window-modal warning that does not block the caller (nor a test)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
