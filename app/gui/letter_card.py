"""The read-only letter card: pages, fields, history and audit of one letter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobError, JobRunner, is_refusal
from app.gui.letter_actions import LetterActions
from app.gui.letter_replies import LetterRepliesPanel
from app.gui.verification.card_form import field_labels, field_tooltip
from app.gui.verification.history_model import HistoryModel
from app.gui.verification.page_viewer import FieldBox, PageViewer
from app.i18n import translate
from app.roles import denied_message
from db.engine import Database
from db.store import FileStore
from letters import audit
from letters.actors import Actor
from letters.deadlines import DeadlineSummary, deadline_summary
from letters.history import HistoryEntry, letter_history
from letters.verification import load_card
from letters.verification_types import CardDTO


@dataclass(frozen=True, slots=True)
class LetterCardData:
    card: CardDTO
    history: list[HistoryEntry]
    deadline: DeadlineSummary | None = None


def load_letter_card(database: Database, actor: Actor, letter_id: int) -> LetterCardData:
    with database.read() as session:
        data = LetterCardData(
            load_card(session, letter_id, actor=actor),
            letter_history(session, letter_id, actor=actor),
            deadline_summary(session, letter_id, actor=actor),
        )
    audit.log(database, actor, "letter.open", "letter", letter_id, {"reg_no": data.card.reg_no})
    return data


def deadline_text(summary: DeadlineSummary | None) -> str:
    """«12.01.2026 / 30.12.2025», the clock's state, and the Russian explanation."""
    if summary is None or summary.due_on is None:
        return translate("LetterCard", "no deadline")
    text = labels.date_text(summary.due_on)
    if summary.control_on is not None and summary.control_on != summary.due_on:
        text += f" / {labels.date_text(summary.control_on)}"
    if summary.extended_days:
        text += " " + translate("LetterCard", "(extended by {0} days)").format(
            summary.extended_days
        )
    if summary.closed_on is not None:
        late = summary.days_early_or_late or 0
        state = (
            translate("LetterCard", "answered {0}, {1} days late")
            if late < 0
            else translate("LetterCard", "answered {0}, on time")
        )
        text += "; " + state.format(labels.date_text(summary.closed_on), -late)
    if summary.explanation:
        text += "\n" + summary.explanation
    return text


class LetterCardDialog(QDialog):
    """Pages on the left; the card's fields and its history (the audit trail) on the right.

    Signals:
        loaded(): the card and its history are on screen.
    """

    loaded = Signal()

    def __init__(
        self,
        database: Database,
        store: FileStore | Path,
        actor: Actor,
        letter_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.letter_id = letter_id
        self.data: LetterCardData | None = None
        self.runner = JobRunner(self)
        store = store if isinstance(store, FileStore) else FileStore(Path(store))
        self.setModal(False)
        self.resize(1100, 720)
        self.setWindowTitle(translate("LetterCard", "Letter card"))
        self.viewer = PageViewer(store, self.runner, self)
        self.values: dict[str, QLabel] = {}
        fields = QWidget(self)
        form = QFormLayout(fields)
        names = field_labels()
        rows = [
            ("reg_no", translate("LetterCard", "Reg. No.")),
            ("registered", translate("LetterCard", "Registered")),
            ("received_on", names["received_on"]),
            ("channel", translate("LetterCard", "Channel")),
            ("status", translate("LetterCard", "Status")),
            ("deadline", translate("LetterCard", "Due / control")),
            ("name", names["name"]),
            ("address", names["address"]),
            ("phone", names["phone"]),
            ("email", names["email"]),
            ("account", names["account"]),
            ("link", translate("LetterCard", "Account link")),
            ("category", names["category"]),
            ("summary", names["summary"]),
            ("pages", translate("LetterCard", "Pages")),
            ("source", translate("LetterCard", "Source file")),
        ]
        for key, text in rows:
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)
        self.history_model = HistoryModel(self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(fields, translate("LetterCard", "Card"))
        self.tabs.addTab(self.history, translate("LetterCard", "History"))
        # The outgoing replies to the letter, and the way into the reply editor.
        self.replies = LetterRepliesPanel(database, store, actor, letter_id, self.runner, self)
        self.replies.changed.connect(self.reload)
        self.tabs.addTab(self.replies, translate("LetterCard", "Replies"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.viewer)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Resolution, extension and status moves, as far as the role allows.
        self.actor = actor
        self.letter_actions = LetterActions(database, actor, letter_id, self)
        self.letter_actions.changed.connect(lambda _id: self.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.letter_actions)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        """Read the card and its history (again) in the background."""
        job = self.runner.run(
            "letter card",
            load_letter_card,
            self.database,
            self.actor,
            self.letter_id,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._show)
        job.failed.connect(self._failed)

    def _show(self, data: LetterCardData) -> None:
        self.data = data
        card = data.card
        self.setWindowTitle(translate("LetterCard", "Letter card — {0}").format(card.reg_no))
        link = card.link
        link_text = labels.label(labels.link_labels(), link.status)
        if link.consumer is not None:
            link_text += f": {link.consumer.account} — {link.consumer.full_name}"
        status = labels.label(labels.status_labels(), card.status)
        if card.merged_into is not None:
            status = translate("LetterCard", "merged into {0}").format(card.merged_into[1])
        elif card.verified:
            status += ", " + translate("LetterCard", "verified")
        texts = {
            "reg_no": card.reg_no,
            "registered": labels.datetime_text(card.registered_at),
            "received_on": labels.date_text(card.received_on),
            "channel": labels.label(labels.channel_labels(), card.channel),
            "status": status,
            "link": link_text,
            "category": labels.label(labels.category_labels(), card.category),
            "summary": card.summary,
            "pages": str(len(card.pages)),
            "source": card.source_name,
            "deadline": deadline_text(data.deadline),
        }
        for key in ("name", "address", "phone", "email", "account"):
            f = card.fields[key]
            texts[key] = f.value
            self.values[key].setToolTip(field_tooltip(f, card.verified))
        for key, text in texts.items():
            self.values[key].setText(text)
        boxes = [
            FieldBox(k, field_labels()[k], f.box[0], f.box[1:], f.is_doubtful(card.verified))
            for k, f in card.fields.items()
            if f.box is not None
        ]
        self.viewer.set_pages(card.pages, boxes)
        self.history_model.set_entries(data.history)
        self.history.resizeColumnsToContents()
        self.letter_actions.set_status(card.status, card.reg_no)
        self.loaded.emit()

    def _failed(self, error: JobError) -> None:
        refused = denied_message(error.exception) if is_refusal(error.exception) else None
        self.values["reg_no"].setText(
            refused
            or translate("LetterCard", "The letter cannot be loaded: {0}").format(error.exception)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        super().closeEvent(event)


def open_letter_card(
    database: Database,
    store: FileStore | Path,
    actor: Actor,
    letter_id: int,
    parent: QWidget | None = None,
) -> LetterCardDialog:
    """Open the read-only card of a letter in its own window (not modal) and return it."""
    dialog = LetterCardDialog(database, store, actor, letter_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
