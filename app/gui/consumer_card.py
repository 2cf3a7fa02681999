"""The consumer card: registry data of an account and the consumer's whole history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobError, JobRunner
from app.gui.widgets import user_message
from app.i18n import translate
from db.engine import Database
from letters import audit
from letters.actors import Actor
from letters.history import AppealRow, ConsumerHistory, consumer_history

Index = QModelIndex | QPersistentModelIndex
LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_WIDTH = 240  # px, the widest the history's category column gets


def _status_label(code: str) -> str:
    if code == "merged":
        return translate("ConsumerCard", "Merged")
    return labels.label(labels.status_labels(), code)


class AppealsModel(QAbstractTableModel):
    """Every appeal of the consumer, newest first. Signals: none beyond the base class's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AppealRow] = []

    def set_rows(self, rows: Sequence[AppealRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def letter_id(self, row: int) -> int | None:
        return self._rows[row].letter_id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            translate("ConsumerCard", "Reg. No."),
            translate("ConsumerCard", "Registered"),
            translate("ConsumerCard", "Channel"),
            translate("ConsumerCard", "Category"),
            translate("ConsumerCard", "Status"),
            translate("ConsumerCard", "Summary"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                a.reg_no,
                labels.datetime_text(a.registered_at),
                labels.label(labels.channel_labels(), a.channel),
                labels.label(labels.category_labels(), a.category),
                _status_label(a.status),
                a.summary,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 5):
            return self.data(index)  # a long category or summary is elided
        if role == LETTER_ID_ROLE:
            return a.letter_id
        return None


def load_history(database: Database, actor: Actor, account: str) -> ConsumerHistory:
    with database.read() as session:
        history = consumer_history(session, account, actor=actor)
    # Opening a card with personal data is an audited read (152-FZ).
    audit.log(database, actor, "consumer.open", "consumer", account)
    return history


class _AppealsView(QTableView):
    """Enter opens the selected appeal, like a double-click."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ConsumerCard(QDialog):
    """Registry data of one account and every appeal linked to it (any channel).

    Signals:
        letter_requested(int): the clerk opened an appeal (double-click or Enter): its id.
        loaded(): the registry data and the history are on screen.
    """

    letter_requested = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        database: Database,
        actor: Actor,
        account: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.account = ""
        self.history: ConsumerHistory | None = None
        self.runner = JobRunner(self)
        self.setModal(False)
        self.resize(1000, 560)
        self.values: dict[str, QLabel] = {}
        registry = QGroupBox(translate("ConsumerCard", "Registry data"), self)
        form = QFormLayout(registry)
        for key, text in (
            ("account", translate("ConsumerCard", "Account")),
            ("name", translate("ConsumerCard", "Consumer")),
            ("address", translate("ConsumerCard", "Address")),
            ("phone", translate("ConsumerCard", "Phone")),
            ("email", translate("ConsumerCard", "E-mail")),
            ("meters", translate("ConsumerCard", "Meters")),
            ("state", translate("ConsumerCard", "Account state")),
        ):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(text, value)
        self.history_box = QGroupBox(translate("ConsumerCard", "History"), self)
        self.model = AppealsModel(self)
        self.table = _AppealsView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.table.setToolTip(translate("ConsumerCard", "Open the letter (Enter or double-click)"))
        self.note = QLabel(self)
        box_layout = QVBoxLayout(self.history_box)
        box_layout.addWidget(self.table)
        box_layout.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(registry)
        layout.addWidget(self.history_box, 1)
        if account:
            self.open_account(account)

    def open_account(self, account: str) -> None:
        """Show another account (loads in the background; ``loaded`` follows)."""
        self.account = account
        self.setWindowTitle(translate("ConsumerCard", "Consumer card — {0}").format(account))
        self.note.setText(translate("ConsumerCard", "Loading…"))
        job = self.runner.run(
            "consumer card",
            load_history,
            self.database,
            self.actor,
            account,
            with_progress=False,
            visible=False,
        )
        job.finished.connect(self._show)
        job.failed.connect(self._failed)

    def _show(self, history: ConsumerHistory) -> None:
        if history.account != self.account:
            return
        self.history = history
        c = history.consumer
        self.values["account"].setText(history.account)
        if c is None:
            for key in ("name", "address", "phone", "email", "meters", "state"):
                self.values[key].setText("")
            self.values["state"].setText(
                translate("ConsumerCard", "The account is not in the registry.")
            )
        else:
            address = f"{c.postal_code}, {c.address}" if c.postal_code else c.address
            self.values["name"].setText(c.full_name)
            self.values["address"].setText(address)
            self.values["phone"].setText(c.phone)
            self.values["email"].setText(c.email)
            self.values["meters"].setText(", ".join(c.meter_numbers))
            self.values["state"].setText(
                translate("ConsumerCard", "active")
                if c.active
                else translate("ConsumerCard", "closed")
            )
        self.model.set_rows(history.appeals)
        self.table.resizeColumnsToContents()
        # A long category elides (its tooltip has it all) so that the summary stays in view.
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), CATEGORY_WIDTH))
        self.history_box.setTitle(
            translate("ConsumerCard", "History: {0} appeals, newest first").format(
                len(history.appeals)
            )
        )
        self.note.setText(
            "" if history.appeals else translate("ConsumerCard", "No appeals linked yet.")
        )
        if history.appeals:
            self.table.selectRow(0)
        self.loaded.emit()

    def _failed(self, error: JobError) -> None:
        self.note.setText(
            translate("ConsumerCard", "The history cannot be loaded: {0}").format(
                user_message(error) or error.exception
            )
        )

    def _open_row(self, row: int) -> None:
        letter_id = self.model.letter_id(row)
        if letter_id is not None:
            self.letter_requested.emit(letter_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        super().closeEvent(event)
