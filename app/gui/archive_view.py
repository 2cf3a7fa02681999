"""The archive screen (archivist, administrator): the nomenclature of cases and filing of
closed letters into them; retention and destruction acts (``app.gui.archive_retention``).

Every read and change runs on a worker thread (``SettingsPage.run``); the services refuse
what the role may not do, and the refusal is said in the page's info line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.jobs import JobError
from app.gui.settings_common import HINT_STYLE, SettingsPage, error_message, read_only, table_style
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.archive import ArchiveError, Filed, Heading, file_letters, nomenclature, retention_text


def archive_error_text(exc: BaseException) -> str | None:
    """The message for an ``ArchiveError``; ``None`` for anything else."""
    if not isinstance(exc, ArchiveError):
        return None
    texts = {
        "not_allowed": translate("ArchiveView", "Only an archivist or administrator may do this."),
        "unknown_heading": translate("ArchiveView", "No such heading in the nomenclature: {0}"),
        "unknown_letter": translate("ArchiveView", "No letter with the number {0}."),
        "not_closed": translate("ArchiveView", "Letter {0} is not closed yet and cannot be filed."),
        "destroyed": translate("ArchiveView", "Letter {0} was destroyed by an act."),
        "nothing_due": translate("ArchiveView", "Nothing is due for destruction on {0}."),
        "unknown_act": translate("ArchiveView", "No act with the number {0}."),
        "not_draft": translate("ArchiveView", "Act {0} is not a draft any more."),
    }
    return texts.get(exc.code, "{0}").replace("{0}", exc.detail)


class ArchivePage(SettingsPage):
    """A page of the archive screen: says archive refusals in the user's words."""

    def failed(self, error: JobError) -> None:
        text = archive_error_text(error.exception) or error_message(error)
        self.say(text, error=True)


def day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fit_headers(table: QTableWidget) -> None:
    """Widen the columns whose header text would be cut (translations run longer)."""
    header = table.horizontalHeader()
    for column in range(header.count() - 1):  # the last one stretches
        header.resizeSection(
            column, max(header.sectionSize(column), header.sectionSizeHint(column))
        )


# ------------------------------------------------------------------------ background work


def load_nomenclature(database: Database) -> list[Heading]:
    with database.read() as session:
        return nomenclature(session)


def file_into_case(
    database: Database, actor: Actor, reg_nos: Sequence[str], index: str | None, year: int | None
) -> list[Filed]:
    with database.write() as session:
        return file_letters(session, actor, reg_nos, index, year)


# ------------------------------------------------------------------------------- cases


class CasesPage(ArchivePage):
    """The nomenclature of cases, and filing closed letters into a case of a year."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.ready_note = ""  # what to do with the letters given by ``set_letters``
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ArchiveView", "Index"),
                translate("ArchiveView", "Retention"),
                translate("ArchiveView", "ЭПК"),
                translate("ArchiveView", "Title and basis"),
            ]
        )
        table_style(self.table, (80, 140, 50))
        fit_headers(self.table)
        self.table.setWordWrap(True)  # the titles and their bases are long: show them whole
        self.case = QComboBox(self)
        self.year = QSpinBox(self)
        self.year.setRange(1999, 2100)
        self.year.setMinimum(1999)
        self.year.setSpecialValueText(translate("ArchiveView", "year of registration"))
        self.year.setValue(1999)
        self.year.setMaximumWidth(260)
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(
            translate("ArchiveView", "Registration numbers of closed letters, one per line")
        )
        self.numbers.setMaximumHeight(110)
        self.file_button = QPushButton(translate("ArchiveView", "File closed letters"), self)
        self.file_button.setToolTip(
            translate("ArchiveView", "File the listed closed letters into the chosen case")
        )
        self.file_button.clicked.connect(lambda _checked=False: self.file_letters())
        hint = QLabel(
            translate(
                "ArchiveView",
                "A case of year Y kept N years may be destroyed from 1 January of Y + N + 1.",
            ),
            self,
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("ArchiveView", "Case:"), self.case)
        form.addRow(translate("ArchiveView", "Year of the case:"), self.year)
        form.addRow(translate("ArchiveView", "Letters:"), self.numbers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ArchiveView", "Nomenclature of cases"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.info)

    def refresh(self) -> None:
        self.run(translate("ArchiveView", "Reading the nomenclature"), load_nomenclature,
                 self.database, done=self._show, busy=False)  # fmt: skip

    def _show(self, headings: list[Heading]) -> None:
        self.table.setRowCount(len(headings))
        current = self.case.currentData()
        self.case.clear()
        self.case.addItem(translate("ArchiveView", "By the journal (default heading)"), None)
        for row, h in enumerate(headings):
            retention = retention_text(h.retention_years, h.epk)
            epk = translate("ArchiveView", "yes") if h.epk else ""
            basis = f"{h.title} — {h.article}" if h.article else h.title
            for column, text in enumerate((h.index, retention, epk, basis)):
                self.table.setItem(row, column, read_only(text, h.index))
            self.case.addItem(f"{h.index} {h.title} ({retention})", h.index)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # the same air as the other tables
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        found = self.case.findData(current)
        self.case.setCurrentIndex(max(found, 0))
        if self.ready_note:  # letters came from the register: say what to do with them
            self.say(self.ready_note)
        else:
            self.say_loaded(translate("ArchiveView", "{0} headings.").format(len(headings)))
        self.loaded.emit()

    def set_letters(self, reg_nos: Sequence[str]) -> None:
        """Prefill the letters to file (e.g. the letters selected in the register) and say
        what to do next; nothing is filed until the button is pressed."""
        self.numbers.setPlainText("\n".join(reg_nos))
        self.ready_note = translate(
            "ArchiveView", "Letters ready to file: {0}. Choose the case and press “{1}”."
        ).format(len(reg_nos), self.file_button.text())
        self.say(self.ready_note)

    def set_busy(self, busy: bool) -> None:
        self.file_button.setEnabled(not busy)

    def file_letters(self) -> None:
        reg_nos = [n.strip() for n in self.numbers.toPlainText().splitlines() if n.strip()]
        if not reg_nos:
            self.say(translate("ArchiveView", "List the registration numbers first."), error=True)
            return
        year = self.year.value() if self.year.value() != self.year.minimum() else None
        self.run(translate("ArchiveView", "Filing letters"), file_into_case, self.database,
                 self.actor, reg_nos, self.case.currentData(), year, done=self._filed)  # fmt: skip

    def _filed(self, filed: list[Filed]) -> None:
        lines = []
        for f in filed:
            if f.destroy_from is None:
                text = translate("ArchiveView", "{0}: case {1} of {2}, kept permanently")
            else:
                text = translate("ArchiveView", "{0}: case {1} of {2}, may be destroyed from {3}")
            lines.append(text.format(f.reg_no, f.case_index, f.case_year, day(f.destroy_from)))
        self.numbers.clear()
        self.ready_note = ""
        text = translate("ArchiveView", "Filed {0} letters.").format(len(filed))
        self.say("\n".join([text, *lines]))
        self.status_message.emit(text)  # one line: the status bar has no room for the list
        self.changed.emit()


# ------------------------------------------------------------------------------ the view


class ArchiveView(QTabWidget):
    """Cases and Retention tabs. Signal: ``status_message(str)`` of the pages."""

    status_message = Signal(str)

    def __init__(
        self, database: Database, store: FileStore, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from app.gui.archive_retention import RetentionPage

        self.cases = CasesPage(database, actor, self)
        self.retention = RetentionPage(database, store, actor, self)
        self.addTab(self.cases, translate("ArchiveView", "Cases"))
        self.addTab(self.retention, translate("ArchiveView", "Retention and destruction"))
        for page in (self.cases, self.retention):
            page.status_message.connect(self.status_message)
        self.setDocumentMode(True)
        self.setTabPosition(QTabWidget.TabPosition.North)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def shutdown(self) -> None:
        self.cases.shutdown()
        self.retention.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
