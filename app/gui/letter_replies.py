"""The letter card's Replies tab: the outgoing replies to the letter, their archived PDFs,
and the way into the reply editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.reply_output import show_file, viewer_copy
from app.gui.widgets import show_job_error
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.outgoing import OutgoingItem, archive_pdf, post_settings
from letters.permissions import can
from letters.reply_editing import letter_replies


def load_replies(database: Database, actor: Actor, letter_id: int) -> list[OutgoingItem]:
    with database.read() as session:
        return letter_replies(session, actor, letter_id)


def archived_copy(
    database: Database, store: FileStore, actor: Actor, reply_id: int, name: str
) -> Path:
    """The archived PDF of a reply, copied for the system's viewer."""
    with database.read() as session:
        data = archive_pdf(session, store, reply_id, actor=actor)
    return viewer_copy(data, name)


class LetterRepliesPanel(QWidget):
    """The outgoing replies to one letter: number, date, how sent, title.

    Signals:
        loaded(int): the list is on screen; the number of replies.
        opened(str): an archived reply went to the PDF viewer; the path of the copy.
        changed(): a reply to the letter was registered (its status may have moved).
    """

    loaded = Signal(int)
    opened = Signal(str)
    changed = Signal()

    def __init__(
        self,
        database: Database,
        store: FileStore,
        actor: Actor,
        letter_id: int,
        runner: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.store = store
        self.actor = actor
        self.letter_id = letter_id
        self.runner = runner
        self.items: list[OutgoingItem] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("LetterReplies", "Outgoing No."),
                translate("LetterReplies", "Date"),
                translate("LetterReplies", "Sent on"),
                translate("LetterReplies", "How sent"),
                translate("LetterReplies", "Title"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.empty = QLabel(translate("LetterReplies", "No outgoing reply to this letter yet."))
        self.empty.setEnabled(False)
        self.open_button = QPushButton(translate("LetterReplies", "Open PDF"), self)
        self.open_button.setToolTip(
            translate("LetterReplies", "The reply exactly as archived, in the PDF viewer")
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.prepare_button = QPushButton(translate("LetterReplies", "Prepare a reply…"), self)
        self.prepare_button.clicked.connect(self.prepare_reply)
        self.prepare_button.setVisible(can(actor, "reply.prepare"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> Job:
        job = self.runner.run(
            "letter replies",
            load_replies,
            self.database,
            self.actor,
            self.letter_id,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._show)
        job.failed.connect(self._failed)
        return job

    def _show(self, items: list[OutgoingItem]) -> None:
        self.items = items
        kinds = {code: str(spec.get("label", code)) for code, spec in _mail_types().items()}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = [
                item.reg_no,
                labels.date_text(item.reg_date),
                labels.date_text(item.sent_on),
                kinds.get(item.mail_type, item.mail_type),
                item.title,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
        self.empty.setVisible(not items)
        if items and not self.table.selectedItems():
            self.table.selectRow(len(items) - 1)
        self._selection_changed()
        self.loaded.emit(len(items))

    def _failed(self, error: JobError) -> None:
        show_job_error(self, translate("LetterReplies", "Replies"), error)

    def selected(self) -> OutgoingItem | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.items[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def open_selected(self) -> Job | None:
        item = self.selected()
        if item is None:
            return None
        job = self.runner.run(
            translate("LetterReplies", "Opening {0}").format(item.reg_no),
            archived_copy,
            self.database,
            self.store,
            self.actor,
            item.id,
            item.reg_no,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._open_copy)
        job.failed.connect(self._failed)
        return job

    def _open_copy(self, path: Path) -> None:
        show_file(self, path)
        self.opened.emit(str(path))

    def prepare_reply(self) -> QWidget:
        """Open the reply editor for this letter; the list follows its registration."""
        from app.gui.reply_editor import open_reply_editor

        editor = open_reply_editor(self.database, self.store, self.actor, [self.letter_id], self)
        # A bound slot: Qt drops the connection if the card closes before the reply is done.
        editor.registered.connect(self._reply_registered)
        return editor

    def _reply_registered(self, _reg_no: str, _letter_ids: list[int]) -> None:
        self.reload()
        self.changed.emit()


def _mail_types() -> dict[str, dict[str, object]]:
    mail_types: dict[str, dict[str, object]] = post_settings()["mail_types"]
    return mail_types
