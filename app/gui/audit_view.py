"""The audit log viewer: who did what and when, with filters, the before and after of each
entry, and extracts (CSV or JSON lines) for destruction acts.

For the roles with ``audit.view`` (head, archivist, administrator); ``letters.audit``
refuses anyone else. The log loads and the extracts are written on a worker thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.verification.history_model import HIDDEN_KEYS, action_label, key_labels
from app.gui.verification.history_model import value_text as history_value
from app.gui.widgets import OptionalDateEdit, show_job_error, user_message
from app.i18n import translate
from app.roles import role_name
from db.engine import Database
from letters import audit
from letters.actors import Actor
from letters.audit import AuditEntry, AuditFilter
from letters.history import aware

Index = QModelIndex | QPersistentModelIndex
SHOWN_LIMIT = 1000
EXTRACT_LIMIT = 1_000_000


# --- words ----------------------------------------------------------------------------------


def audit_action_label(action: str) -> str:
    """A readable name for an audited action (the code itself when there is none)."""
    own = {
        "auth.sign_in": translate("AuditView", "signed in"),
        "auth.failed": translate("AuditView", "sign-in failed"),
        "auth.os_sign_on": translate("AuditView", "signed in as the computer's user"),
        "user.create": translate("AuditView", "user created"),
        "user.update": translate("AuditView", "user changed"),
        "user.password": translate("AuditView", "own password changed"),
        "user.first_admin": translate("AuditView", "administrator created"),
        "department.save": translate("AuditView", "department saved"),
        "settings.os_sign_on": translate("AuditView", "sign-on with the computer's user switched"),
        "settings.requisites": translate("AuditView", "company requisites changed"),
        "settings.number_format": translate("AuditView", "number format changed"),
        "letter.open": translate("AuditView", "card opened"),
        "consumer.open": translate("AuditView", "consumer card opened"),
        "search": translate("AuditView", "searched"),
        "register.export": translate("AuditView", "register exported"),
        "audit.export": translate("AuditView", "audit extract exported"),
        "consumers.import": translate("AuditView", "consumer registry imported"),
        "print.journal": translate("AuditView", "journal printed"),
        "print.reply": translate("AuditView", "reply printed"),
        "print.envelopes": translate("AuditView", "envelopes printed"),
    }
    if action in own:
        return own[action]
    return action_label(action)


def action_groups() -> list[tuple[str, str]]:
    """(label, prefix) of the action filter's presets; "" is every action."""
    return [
        (translate("AuditView", "All actions"), ""),
        (translate("AuditView", "Signing in"), "auth."),
        (translate("AuditView", "Letters"), "letter."),
        (translate("AuditView", "Page changes"), "page."),
        (translate("AuditView", "Replies"), "reply."),
        (translate("AuditView", "Searches"), "search"),
        (translate("AuditView", "Prints"), "print."),
        (translate("AuditView", "Archive"), "archive."),
        (translate("AuditView", "Users"), "user."),
        (translate("AuditView", "Settings"), "settings."),
        (translate("AuditView", "Audit extracts"), "audit."),
    ]


def entity_names() -> dict[str, str]:
    return {
        "letter": translate("AuditView", "letter"),
        "letters": translate("AuditView", "letters"),
        "consumer": translate("AuditView", "consumer"),
        "user": translate("AuditView", "user"),
        "department": translate("AuditView", "department"),
        "setting": translate("AuditView", "setting"),
        "journal": translate("AuditView", "journal"),
        "reply": translate("AuditView", "reply"),
        "calendar": translate("AuditView", "calendar"),
        "audit": translate("AuditView", "audit log"),
    }


def object_text(entry: AuditEntry) -> str:
    name = entity_names().get(entry.entity, entry.entity)
    return f"{name} {entry.entity_id}".strip()


def field_names() -> dict[str, str]:
    """Names of the recorded keys: the letter card's, and those of users and settings."""
    return key_labels() | {
        "login": translate("AuditView", "login"),
        "full_name": translate("AuditView", "full name"),
        "role": translate("AuditView", "role"),
        "department_id": translate("AuditView", "department"),
        "active": translate("AuditView", "active"),
        "phone": translate("AuditView", "phone"),
        "password": translate("AuditView", "password"),
        "code": translate("AuditView", "code"),
        "name": translate("AuditView", "name"),
        "enabled": translate("AuditView", "on"),
        "why": translate("AuditView", "reason"),
        "query": translate("AuditView", "query"),
        "version": translate("AuditView", "card version"),
        "due_on": translate("AuditView", "due date"),
        "control_on": translate("AuditView", "control date"),
        "rule": translate("AuditView", "deadline rule"),
        "entries": translate("AuditView", "entries"),
        "format": translate("AuditView", "format"),
        "filter": translate("AuditView", "filter"),
    }


def value_text(key: str, value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if key == "role" and isinstance(value, str):
        return role_name(value)
    if key == "why" and isinstance(value, str):
        reasons = {
            "wrong_password": translate("AuditView", "wrong password"),
            "unknown": translate("AuditView", "unknown login"),
            "inactive": translate("AuditView", "the user is blocked"),
        }
        return reasons.get(value, value)
    return history_value(key, value)


def summary(entry: AuditEntry) -> str:
    """«field: before → after; …» (a new value alone when there was none before)."""
    before, after = entry.before or {}, entry.after or {}
    names = field_names()
    parts = []
    for key in after:
        if key in HIDDEN_KEYS:
            continue
        name = names.get(key, key)
        if key not in before:
            parts.append(f"{name}: {value_text(key, after[key])}")
        elif before[key] != after[key]:
            old, new = value_text(key, before[key]), value_text(key, after[key])
            parts.append(f"{name}: {old} → {new}")
    if not after and before:
        parts = [
            f"{names.get(k, k)}: {value_text(k, v)}"
            for k, v in before.items()
            if k not in HIDDEN_KEYS
        ]
    return "; ".join(parts)


def detail_rows(entry: AuditEntry) -> list[tuple[str, str, str]]:
    """(field, before, after) for every recorded key, the changed ones first."""
    before, after = entry.before or {}, entry.after or {}
    names = field_names()
    keys = list(dict.fromkeys([*before, *after]))
    keys.sort(key=lambda k: (before.get(k) == after.get(k), k in HIDDEN_KEYS))
    return [
        (
            names.get(k, k),
            value_text(k, before[k]) if k in before else "",
            value_text(k, after[k]) if k in after else "",
        )
        for k in keys
    ]


# --- the work, on a worker thread -------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class AuditPage:
    entries: list[AuditEntry]
    users: list[str]
    limit: int


def load_entries(database: Database, actor: Actor, flt: AuditFilter) -> AuditPage:
    with database.read() as session:
        entries = audit.query(session, actor, flt)
        users = audit.users_in_log(session, actor)
    fixed = [dataclasses.replace(e, at=aware(e.at)) for e in entries]
    return AuditPage(fixed, users, flt.limit)


def write_extract(database: Database, actor: Actor, flt: AuditFilter, path: Path, fmt: str) -> int:
    """Write the filtered log (not only the rows on screen) to ``path``; the entry count.
    The extract itself is audited."""
    with database.read() as session:
        entries = audit.query(session, actor, dataclasses.replace(flt, limit=EXTRACT_LIMIT))
    path.write_text(audit.extract(entries, fmt), encoding="utf-8")
    shown = {k: str(v) for k, v in dataclasses.asdict(flt).items() if v and k != "limit"}
    audit.log(
        database,
        actor,
        "audit.export",
        "audit",
        "",
        {"entries": len(entries), "format": fmt, "filter": shown},
    )
    return len(entries)


# --- the table --------------------------------------------------------------------------------


class AuditModel(QAbstractTableModel):
    """Audit entries, newest first: when, who, what, object, summary. Signals: none."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []

    def set_entries(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (
            translate("AuditView", "When"),
            translate("AuditView", "Who"),
            translate("AuditView", "Action"),
            translate("AuditView", "Object"),
            translate("AuditView", "Changes"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return labels.datetime_text(e.at)
            if column == 1:
                return e.user_login
            if column == 2:
                return audit_action_label(e.action)
            if column == 3:
                return object_text(e)
            return summary(e)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return e.action
            if column == 4:
                return summary(e).replace("; ", "\n")
        return None


# --- the window ---------------------------------------------------------------------------------


class AuditView(QWidget):
    """Filters on top, the entries in the middle, the selected entry's before/after below.

    Signals:
        loaded(int): entries are on screen (how many).
        exported(int): an extract was written (how many entries).
    """

    loaded = Signal(int)
    exported = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.runner = JobRunner(self)
        self._generation = 0
        self.load_job: Job | None = None
        self.setWindowTitle(translate("AuditView", "Audit log"))
        self.resize(1200, 760)

        self.user = QComboBox(self)
        self.user.addItem(translate("AuditView", "All users"), "")
        self.action = QComboBox(self)
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text, prefix in action_groups():
            self.action.addItem(text, prefix)
        self.action.setToolTip(
            translate(
                "AuditView",
                "Pick a group or type an action code, e.g. letter.accept; a code ending "
                "with a dot takes the whole group.",
            )
        )
        self.entity = QComboBox(self)
        self.entity.addItem(translate("AuditView", "All objects"), "")
        for code, name in entity_names().items():
            self.entity.addItem(name, code)
        self.entity_id = QLineEdit(self)
        self.entity_id.setPlaceholderText(translate("AuditView", "number"))
        self.entity_id.setMaximumWidth(110)
        self.since = OptionalDateEdit(self)
        self.until = OptionalDateEdit(self)
        self.show_button = QPushButton(translate("AuditView", "Show"), self)
        self.show_button.setToolTip(translate("AuditView", "Apply the filters (Enter)"))
        self.show_button.clicked.connect(self.refresh)
        reset = QPushButton(translate("AuditView", "Reset"), self)
        reset.clicked.connect(self.reset_filters)
        self.export_button = QPushButton(translate("AuditView", "Export extract…"), self)
        self.export_button.setToolTip(
            translate(
                "AuditView",
                "Write every entry matching the filters to a CSV or JSON lines file "
                "(e.g. for a destruction act)",
            )
        )
        self.export_button.clicked.connect(self.choose_export)
        self.entity_id.returnPressed.connect(self.refresh)
        line_edit = self.action.lineEdit()
        if line_edit is not None:
            line_edit.returnPressed.connect(self.refresh)
        for combo in (self.user, self.entity):
            combo.activated.connect(lambda _i: self.refresh())
        self.action.activated.connect(lambda _i: self.refresh())
        for date in (self.since, self.until):
            date.editingFinished.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_export)

        filters = QGridLayout()
        filters.addWidget(QLabel(translate("AuditView", "User:"), self), 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(QLabel(translate("AuditView", "Action:"), self), 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(QLabel(translate("AuditView", "Object:"), self), 0, 4)
        object_row = QHBoxLayout()
        object_row.addWidget(self.entity, 1)
        object_row.addWidget(self.entity_id)
        filters.addLayout(object_row, 0, 5)
        filters.addWidget(QLabel(translate("AuditView", "From:"), self), 1, 0)
        filters.addWidget(self.since, 1, 1)
        filters.addWidget(QLabel(translate("AuditView", "To:"), self), 1, 2)
        filters.addWidget(self.until, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(reset)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        filters.addLayout(buttons, 1, 4, 1, 2)
        for column, stretch in ((1, 2), (3, 2), (5, 3)):
            filters.setColumnStretch(column, stretch)

        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 270, 190)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_details(current.row())
        )

        self.details_title = QLabel(self)
        self.details_title.setWordWrap(True)
        self.details_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QTableWidget(0, 3, self)
        self.details.setObjectName("audit_details")
        self.details.setHorizontalHeaderLabels(
            [
                translate("AuditView", "Field"),
                translate("AuditView", "Before"),
                translate("AuditView", "After"),
            ]
        )
        self.details.verticalHeader().hide()
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setWordWrap(True)
        details_header = self.details.horizontalHeader()
        details_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        details_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        details_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        self.show_details(-1)
        self.refresh()

    # --- filters ---------------------------------------------------------------------------

    def action_filter(self) -> str:
        index = self.action.currentIndex()
        text = self.action.currentText().strip()
        if index >= 0 and text == self.action.itemText(index):
            return str(self.action.itemData(index) or "")
        return text

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user_login=str(self.user.currentData() or ""),
            action=self.action_filter(),
            entity=str(self.entity.currentData() or ""),
            entity_id=self.entity_id.text().strip(),
            since=self.since.value(),
            until=self.until.value(),
            limit=SHOWN_LIMIT,
        )

    def reset_filters(self) -> None:
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.entity_id.clear()
        self.since.clear_value()
        self.until.clear_value()
        self.refresh()

    def set_user(self, login: str) -> None:
        """Filter by this user (added to the list if the log has not shown them yet)."""
        row = self.user.findData(login)
        if row < 0:
            self.user.addItem(login, login)
            row = self.user.count() - 1
        self.user.setCurrentIndex(row)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> Job:
        self._generation += 1
        generation = self._generation
        job = self.runner.run(
            "audit log",
            load_entries,
            self.database,
            self.actor,
            self.current_filter(),
            with_progress=False,
            visible=False,
        )
        job.finished.connect(lambda page: self._show(generation, page))
        job.failed.connect(lambda error: self._failed(generation, error))
        self.load_job = job
        return job

    def _show(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return
        self._fill_users(page.users)
        self.model.set_entries(page.entries)
        if page.entries:
            self.table.selectRow(0)
        else:
            self.show_details(-1)
        if not page.entries:
            text = translate("AuditView", "No entries match the filters.")
        elif len(page.entries) >= page.limit:
            text = translate(
                "AuditView", "The newest {0} entries; narrow the filters to see older ones."
            ).format(len(page.entries))
        else:
            text = translate("AuditView", "Entries: {0}").format(len(page.entries))
        self.info.setStyleSheet("")
        self.info.setText(text)
        self.loaded.emit(len(page.entries))

    def _fill_users(self, users: list[str]) -> None:
        current = str(self.user.currentData() or "")
        self.user.blockSignals(True)
        while self.user.count() > 1:
            self.user.removeItem(1)
        for login in users:
            self.user.addItem(login, login)
        if current and self.user.findData(current) < 0:
            self.user.addItem(current, current)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)

    def _failed(self, generation: int, error: JobError) -> None:
        if generation != self._generation:
            return
        self.model.set_entries([])
        self.show_details(-1)
        self.info.setStyleSheet("color: #b3261e;")
        self.info.setText(
            user_message(error)
            or translate("AuditView", "The audit log cannot be read: {0}").format(error.exception)
        )

    # --- details ----------------------------------------------------------------------------

    def show_details(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            self.details_title.setText(
                translate("AuditView", "Select an entry to see its details.")
            )
            self.details.setRowCount(0)
            return
        self.details_title.setText(
            translate("AuditView", "{0}, {1}: {2} — {3}").format(
                labels.datetime_text(entry.at),
                entry.user_login,
                audit_action_label(entry.action),
                object_text(entry),
            )
        )
        rows = detail_rows(entry)
        self.details.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.details.setItem(r, c, item)
        self.details.resizeRowsToContents()

    # --- extracts ----------------------------------------------------------------------------

    def choose_export(self) -> None:
        csv_filter = translate("AuditView", "CSV table (*.csv)")
        jsonl_filter = translate("AuditView", "JSON lines (*.jsonl)")
        default = f"audit-{dt.date.today():%Y%m%d}.csv"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("AuditView", "Export an audit extract"),
            default,
            f"{csv_filter};;{jsonl_filter}",
        )
        if not name:
            return
        path = Path(name)
        fmt = "jsonl" if chosen == jsonl_filter or path.suffix.lower() == ".jsonl" else "csv"
        if not path.suffix:
            path = path.with_suffix("." + fmt)
        self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str = "csv") -> Job:
        self.export_button.setEnabled(False)
        job = self.runner.run(
            translate("AuditView", "Exporting an audit extract"),
            write_extract,
            self.database,
            self.actor,
            self.current_filter(),
            path,
            fmt,
            with_progress=False,
        )
        job.finished.connect(lambda count: self._exported(path, count))
        job.failed.connect(
            lambda error: show_job_error(self, translate("AuditView", "Audit extract"), error)
        )
        job.ended.connect(lambda: self.export_button.setEnabled(True))
        return job

    def _exported(self, path: Path, count: int) -> None:
        self.info.setStyleSheet("")
        self.info.setText(translate("AuditView", "{0} entries written to {1}.").format(count, path))
        self.exported.emit(count)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        super().closeEvent(event)
