"""Shared pieces of the administrator's settings pages (calendar, routing, deadline rules,
journals): a page that loads in the background the first time it is shown, runs every
change on its own worker thread, and says in one line what happened or why a service
refused; plus the messages for the settings services' refusals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.gui.control_common import stop_runner
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.widgets import user_message
from app.i18n import translate
from app.roles import denied_message
from db.engine import Database
from letters.actors import Actor
from letters.permissions import PermissionDenied

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
KEY_ROLE = Qt.ItemDataRole.UserRole


def settings_error_text(exc: BaseException) -> str | None:
    """The message for a refusal of the settings services; ``None`` for a bug."""
    if isinstance(exc, PermissionDenied):
        return denied_message(exc)
    kind = type(exc).__name__
    if kind == "JournalError":
        return journal_error_text(getattr(exc, "code", ""), getattr(exc, "other", ""))
    if kind == "RoutingError":
        return {
            "bad_strategy": translate("SettingsPages", "Unknown way of choosing the executor."),
            "unknown_department": translate("SettingsPages", "The department no longer exists."),
            "not_found": translate(
                "SettingsPages", "The rule no longer exists: someone deleted it."
            ),
        }.get(getattr(exc, "code", ""))
    if kind == "DeadlineRuleError":
        codes = getattr(exc, "codes", [])
        texts = [deadline_error_text(c, getattr(exc, "other", "")) for c in codes]
        return " ".join(texts) if texts else None
    if kind == "CalendarError":
        return translate(
            "SettingsPages", "The calendar has no working day near a date: check the overrides."
        )
    if isinstance(exc, ValueError) and str(exc) == "reason_required":
        return translate("SettingsPages", "Give the reason: the decree or order.")
    return None


def deadline_error_text(code: str, other: str = "") -> str:
    texts = {
        "bad_code": translate(
            "SettingsPages",
            "The code is 2 to 64 small Latin letters, digits and underscores, "
            "beginning with a letter.",
        ),
        "code_taken": translate("SettingsPages", "Another rule has this code."),
        "bad_purpose": translate("SettingsPages", "Choose what the period is for."),
        "bad_category": translate(
            "SettingsPages", "The category is a code of small Latin letters, digits and _."
        ),
        "bad_channel": translate("SettingsPages", "Unknown channel."),
        "bad_period": translate("SettingsPages", "The period is 1 to 366 days."),
        "bad_counting": translate("SettingsPages", "Choose calendar or working days."),
        "bad_start_event": translate(
            "SettingsPages", "Choose whether the period runs from receipt or registration."
        ),
        "bad_extension": translate("SettingsPages", "The extension is 0 to 366 days."),
        "basis_required": translate("SettingsPages", "Give the legal basis of the rule."),
        "basis_too_long": translate(
            "SettingsPages",
            "The short basis is at most 200 characters: it goes into every letter's explanation.",
        ),
        "duplicate_match": translate(
            "SettingsPages",
            "The active rule {0} already matches this purpose, category and channel: "
            "change it, or deactivate one of the two.",
        ),
        "last_default": translate(
            "SettingsPages",
            "This is the last active answer rule for any category and channel (the default "
            "for written appeals): keep it, or add another such rule first.",
        ),
        "not_found": translate("SettingsPages", "The rule no longer exists: someone deleted it."),
    }
    return texts.get(code, code).replace("{0}", other)  # the texts show {year} and {seq}


def journal_error_text(code: str, other: str = "") -> str | None:
    texts = {
        "bad_code": translate(
            "SettingsPages",
            "The journal code is 2 to 32 small Latin letters, digits and underscores, "
            "beginning with a letter.",
        ),
        "name_required": translate("SettingsPages", "Give the journal a name."),
        "bad_format": translate(
            "SettingsPages",
            "Not a valid number format: use {year} and {seq}, e.g. Т-{year}-{seq:05d}.",
        ),
        "format_clash": translate(
            "SettingsPages",
            "The journal {0} gives the same numbers: make the prefix different.",
        ),
        "bad_channel": translate("SettingsPages", "Unknown channel."),
        "not_found": translate("SettingsPages", "The journal {0} no longer exists."),
        "not_incoming": translate(
            "SettingsPages", "Only a journal of incoming letters can number a channel."
        ),
        "in_use": translate(
            "SettingsPages",
            "The journal {0} has given numbers or numbers a channel: it cannot be deleted.",
        ),
        "built_in": translate("SettingsPages", "The journal {0} is built in: it stays."),
    }
    text = texts.get(code)
    return text.replace("{0}", other) if text is not None else None


def error_message(error: JobError) -> str:
    """What the administrator reads when a load or a change failed."""
    text = settings_error_text(error.exception) or user_message(error)
    if text is not None:
        return text
    log.error("settings page job failed:\n%s", error.traceback)
    return translate("SettingsPages", "Not done ({0}: {1}). Details are in the log.").format(
        type(error.exception).__name__, error.exception
    )


def read_only(text: str, key: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if key is not None:
        item.setData(KEY_ROLE, key)
    return item


def table_style(table: QTableWidget, widths: tuple[int, ...]) -> None:
    """A read-only table of whole rows, one selected at a time."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def confirm_delete(
    parent: QWidget, title: str, text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A non-blocking "Delete …?" question with translated buttons; ``on_yes`` on Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("SettingsPage", "Delete"))
    box.button(QMessageBox.StandardButton.No).setText(translate("SettingsPage", "Cancel"))
    box.accepted.connect(on_yes)
    box.open()
    return box


class RuleEditor(QDialog):
    """An edit dialog that saves in the background and closes once the save succeeded.

    Subclasses create ``runner``, ``message`` (a QLabel) and ``save_button``.

    Signals:
        saved(int): the id of the stored rule.
    """

    saved = Signal(int)
    runner: JobRunner
    message: QLabel
    saved_id: int | None = None

    def save(self, title: str, function: Callable[..., Any], *args: Any) -> None:
        self.save_button.setEnabled(False)  # type: ignore[attr-defined]
        self.message.clear()
        job = self.runner.run(title, function, *args, with_progress=False, visible=False)
        job.finished.connect(self._saved)
        job.failed.connect(self._failed)
        job.ended.connect(self._job_ended)

    def _saved(self, rule_id: int) -> None:
        self.saved_id = rule_id

    def _failed(self, error: JobError) -> None:
        self.message.setText(error_message(error))

    def _job_ended(self) -> None:
        self.save_button.setEnabled(True)  # type: ignore[attr-defined]
        if self.saved_id is not None:
            self.saved.emit(self.saved_id)
            self.accept()

    def done(self, result: int) -> None:
        stop_runner(self.runner)
        super().done(result)


class SettingsPage(QWidget):
    """A settings page whose data is read on a worker thread the first time it is shown
    (an administrator who never opens it costs nothing), and again after every change.

    Signals:
        loaded(): the page shows fresh data (after every load).
        changed(): a change was saved (other views may show stale data now).
        status_message(str): a one-line message for the status bar.
    """

    loaded = Signal()
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.runner = JobRunner(self)
        self.started = False
        self.news = ""  # what the last change did: said with the summary after the reload
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    # --- to be filled in by the pages ------------------------------------------------------

    def refresh(self) -> None:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """Disable the page's actions while a change is being saved."""

    # --- shared ----------------------------------------------------------------------------

    def open_editor(self, dialog: QDialog, saved: Callable[[int], None]) -> None:
        """Open a rule's edit dialog (non-modal, deleted on close); ``saved(id)`` after a save."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(saved)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            self.started = True
            self.refresh()

    def run(
        self,
        title: str,
        function: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        busy: bool = True,
    ) -> Job:
        """Run ``function(*args)`` in the background; ``done(result)`` on success, the
        refusal or error in the info line otherwise."""
        self.started = True
        if busy:
            self.set_busy(True)
        job = self.runner.run(title, function, *args, with_progress=False, visible=False)
        job.finished.connect(done)
        job.failed.connect(self.failed)
        if busy:
            job.ended.connect(self._not_busy)
        return job

    def _not_busy(self) -> None:
        self.set_busy(False)

    def failed(self, error: JobError) -> None:
        self.say(error_message(error), error=True)

    def say(self, text: str, *, error: bool = False, status: bool = False) -> None:
        self.info.setStyleSheet(ERROR_STYLE if error else "")
        self.info.setText(text)
        if status:
            self.status_message.emit(text)

    def say_loaded(self, summary: str) -> None:
        """The page's summary after a load, after the news of the change that caused it."""
        self.say(f"{self.news} {summary}" if self.news else summary)
        self.news = ""

    def shutdown(self) -> None:
        stop_runner(self.runner)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
