"""The Retention tab of the archive screen: letters whose period has ended on a date, a draft
destruction act of them, and the acts: save the PDF, cancel a draft, confirm it.

Confirming is irreversible: scans and personal data go, a tombstone of each registration
record stays. Files leave the store after the confirmation is committed (``purge_files``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.archive_view import ArchivePage, day, fit_headers
from app.gui.settings_common import KEY_ROLE, read_only, table_style
from app.i18n import translate
from app.output import write_file
from db.engine import Database
from db.models import StoredFile
from db.store import FileStore
from letters.actors import Actor
from letters.archive import DueLetter, due_for_destruction, retention_text
from letters.archive_act_pdf import act_pdf
from letters.archive_acts import (
    ActInfo,
    cancel_act,
    confirm_act,
    create_act,
    get_act,
    list_acts,
    purge_files,
)

# ------------------------------------------------------------------------ background work


Retention = tuple[dt.date, list[DueLetter], list[ActInfo]]


def load_retention(database: Database, on: dt.date) -> Retention:
    with database.read() as session:
        return on, due_for_destruction(session, on), list_acts(session)


def make_act(database: Database, actor: Actor, on: dt.date) -> ActInfo:
    with database.write() as session:
        return create_act(session, actor, on)


def drop_act(database: Database, actor: Actor, number: str) -> ActInfo:
    with database.write() as session:
        return cancel_act(session, actor, number)


def destroy_by_act(
    database: Database, actor: Actor, number: str, store: FileStore
) -> tuple[ActInfo, int]:
    with database.write() as session:
        act = confirm_act(session, actor, number, store)
    with database.write() as session:  # files go only once the destruction is committed
        return act, purge_files(session, store)


def write_act_pdf(database: Database, store: FileStore, number: str, output: Path) -> Path:
    """The kept PDF of a confirmed act; a draft is rendered as it stands."""
    with database.read() as session:
        act = get_act(session, number)
        stored = session.get(StoredFile, act.pdf_file_id) if act.pdf_file_id else None
        data = store.read_bytes(stored.rel_path) if stored else act_pdf(session, act)
    return write_file(output, data)


# ------------------------------------------------------------------------------ the page


class RetentionPage(ArchivePage):
    """Due letters on a date, and the destruction acts."""

    def __init__(
        self, database: Database, store: FileStore, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(database, actor, parent)
        self.store = store
        self.acts: list[ActInfo] = []
        self.question: QMessageBox | None = None
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.show_button = QPushButton(translate("ArchiveView", "Show"), self)
        self.show_button.clicked.connect(lambda _checked=False: self.refresh())
        self.due = QTableWidget(0, 6, self)
        self.due.setHorizontalHeaderLabels(
            [
                translate("ArchiveView", "Number"),
                translate("ArchiveView", "Registered"),
                translate("ArchiveView", "Case"),
                translate("ArchiveView", "Retention"),
                translate("ArchiveView", "Destroy from"),
                translate("ArchiveView", "Pages"),
            ]
        )
        table_style(self.due, (130, 90, 90, 120, 100))
        fit_headers(self.due)
        self.create_button = QPushButton(translate("ArchiveView", "Create destruction act"), self)
        self.create_button.setToolTip(
            translate("ArchiveView", "A draft act of the listed letters; nothing is destroyed yet")
        )
        self.create_button.clicked.connect(lambda _checked=False: self.create_act())
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ArchiveView", "Act"),
                translate("ArchiveView", "State"),
                translate("ArchiveView", "As of"),
                translate("ArchiveView", "Letters"),
                translate("ArchiveView", "Pages"),
            ]
        )
        table_style(self.table, (130, 110, 90, 70))
        fit_headers(self.table)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.pdf_button = QPushButton(translate("ArchiveView", "Save act PDF…"), self)
        self.pdf_button.clicked.connect(lambda _checked=False: self.save_pdf())
        self.cancel_button = QPushButton(translate("ArchiveView", "Cancel act"), self)
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel_act())
        self.confirm_button = QPushButton(translate("ArchiveView", "Confirm act…"), self)
        self.confirm_button.clicked.connect(lambda _checked=False: self.confirm_act())

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ArchiveView", "Due for destruction on:"), self))
        top.addWidget(self.on)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.create_button)
        actions = QHBoxLayout()
        for button in (self.pdf_button, self.cancel_button, self.confirm_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.due, 3)
        layout.addWidget(QLabel(translate("ArchiveView", "Destruction acts"), self))
        layout.addWidget(self.table, 2)
        layout.addLayout(actions)
        layout.addWidget(self.info)
        self._update_buttons()

    def as_of(self) -> dt.date:
        return self.on.date().toPython()  # type: ignore[no-any-return]

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(translate("ArchiveView", "Reading the retention list"), load_retention,
                 self.database, self.as_of(), done=self._show, busy=False)  # fmt: skip

    def _show(self, result: Retention) -> None:
        on, due, acts = result
        if on != self.as_of():  # the date changed meanwhile: a newer load is coming
            return
        self.acts = acts
        self.due.setRowCount(len(due))
        for row, d in enumerate(due):
            values = (
                d.reg_no,
                day(d.registered_on),
                f"{d.case_index}/{d.case_year}",
                retention_text(d.retention_years, d.epk),
                day(d.destroy_from),
                str(d.pages),
            )
            for column, text in enumerate(values):
                self.due.setItem(row, column, read_only(text, d.letter_id))
        selected = self.selected_act()
        self.table.setRowCount(len(self.acts))
        for row, a in enumerate(self.acts):
            values = (a.number, state_name(a.status), day(a.as_of), str(a.letters), str(a.pages))
            for column, text in enumerate(values):
                self.table.setItem(row, column, read_only(text, a.number))
            if selected is not None and a.number == selected.number:
                self.table.selectRow(row)
        self._update_buttons()
        self.say_loaded(
            translate("ArchiveView", "Due for destruction on {0}: {1} letters.").format(
                day(self.as_of()), len(due)
            )
        )
        self.loaded.emit()

    # --- acts --------------------------------------------------------------------------

    def selected_act(self) -> ActInfo | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectedItems():
            return None
        item = self.table.item(row, 0)
        number = item.data(KEY_ROLE) if item else None
        return next((a for a in self.acts if a.number == number), None)

    def select_act(self, number: str) -> None:
        for row, a in enumerate(self.acts):
            if a.number == number:
                self.table.selectRow(row)

    def _update_buttons(self, busy: bool = False) -> None:
        act = self.selected_act()
        draft = act is not None and act.status == "draft"
        self.create_button.setEnabled(not busy and self.due.rowCount() > 0)
        self.pdf_button.setEnabled(not busy and act is not None and act.status != "cancelled")
        self.cancel_button.setEnabled(not busy and draft)
        self.confirm_button.setEnabled(not busy and draft)

    def set_busy(self, busy: bool) -> None:
        self._update_buttons(busy)

    def create_act(self) -> None:
        self.run(translate("ArchiveView", "Drafting a destruction act"), make_act,
                 self.database, self.actor, self.as_of(), done=self._created)  # fmt: skip

    def _created(self, act: ActInfo) -> None:
        self.news = translate(
            "ArchiveView", "Draft act {0}: {1} letters, {2} pages. Nothing is destroyed yet."
        ).format(act.number, act.letters, act.pages)
        self.status_message.emit(self.news)
        self.loaded.connect(
            lambda: self.select_act(act.number), Qt.ConnectionType.SingleShotConnection
        )
        self.refresh()

    def cancel_act(self) -> None:
        act = self.selected_act()
        if act is not None:
            self.run(translate("ArchiveView", "Cancelling the act"), drop_act,
                     self.database, self.actor, act.number, done=self._cancelled)  # fmt: skip

    def _cancelled(self, act: ActInfo) -> None:
        self.news = translate("ArchiveView", "Act {0} cancelled.").format(act.number)
        self.status_message.emit(self.news)
        self.refresh()

    def confirm_act(self) -> QMessageBox | None:
        """Ask first (non-blocking): the destruction cannot be undone."""
        act = self.selected_act()
        if act is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ArchiveView", "Confirm act {0}").format(act.number),
            translate(
                "ArchiveView",
                "Confirm act {0} and destroy {1} letters? This cannot be undone: their scans "
                "and personal data are removed; a tombstone of each registration record stays.",
            ).format(act.number, act.letters),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("ArchiveView", "Destroy"))
        box.button(QMessageBox.StandardButton.No).setText(translate("ArchiveView", "Do not"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._confirmed(act.number))
        box.finished.connect(lambda _r: setattr(self, "question", None))
        self.question = box
        box.open()
        return box

    def _confirmed(self, number: str) -> None:
        self.run(translate("ArchiveView", "Destroying by the act"), destroy_by_act,
                 self.database, self.actor, number, self.store, done=self._destroyed)  # fmt: skip

    def _destroyed(self, result: tuple[ActInfo, int]) -> None:
        act, removed = result
        self.news = translate(
            "ArchiveView", "Act {0} confirmed: {1} letters destroyed, {2} files deleted."
        ).format(act.number, act.letters, removed)
        self.status_message.emit(self.news)
        self.changed.emit()
        self.refresh()

    def save_pdf(self, output: Path | None = None) -> None:
        act = self.selected_act()
        if act is None:
            return
        if output is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("ArchiveView", "Save act PDF"),
                f"act-{act.number}.pdf",
                translate("ArchiveView", "PDF files (*.pdf)"),
            )
            if not name:
                return
            output = Path(name)
        self.run(translate("ArchiveView", "Saving the act PDF"), write_act_pdf, self.database,
                 self.store, act.number, output, done=self._saved)  # fmt: skip

    def _saved(self, output: Path) -> None:
        self.say(translate("ArchiveView", "Act saved to {0}.").format(output), status=True)


def state_name(status: str) -> str:
    return {
        "draft": translate("ArchiveView", "draft"),
        "confirmed": translate("ArchiveView", "confirmed"),
        "cancelled": translate("ArchiveView", "cancelled"),
    }.get(status, status)
