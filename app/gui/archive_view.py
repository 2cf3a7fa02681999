"""The archive screen (archivist, administrator): the nomenclature of cases and filing of
closed letters into them; retention and destruction acts (``app.gui.archive_retention``).

Every read and change runs on a worker thread (``SettingsPage.run``); the services refuse
what the role may not do, and the refusal is said in the page's info line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobError
from app.gui.settings_common import (
    HINT_STYLE,
    KEY_ROLE,
    SettingsPage,
    error_message,
    read_only,
    table_style,
)
from app.i18n import translate
from db.engine import Database
from db.store import FileStore
from letters.actors import Actor
from letters.archive import ArchiveError, Filed, Heading, file_letters, nomenclature, retention_text
from letters.archive_cases import CaseInfo, CaseLetter, case_letters, cases_of

TOMBSTONE = QColor("#80868b")  # the rows of destroyed letters: only the record is left


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


def read_cases(database: Database, actor: Actor, index: str) -> tuple[str, list[CaseInfo]]:
    with database.read() as session:
        return index, cases_of(session, actor, index)


def read_case_letters(
    database: Database, actor: Actor, index: str, year: int
) -> tuple[str, int, list[CaseLetter]]:
    with database.read() as session:
        return index, year, case_letters(session, actor, index, year)


# ------------------------------------------------------------------------------- cases


class CasesPage(ArchivePage):
    """The nomenclature of cases; the cases of the chosen heading by year and the letters
    of the chosen case (tombstones of destroyed letters included); filing closed letters
    into a case of a year.

    Signals (besides those of ``SettingsPage``):
        letter_requested(int): the user opened a letter of a case (double-click or Enter);
            its id.
    """

    letter_requested = Signal(int)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.ready_note = ""  # what to do with the letters given by ``set_letters``
        self.heading: str | None = None  # the heading whose cases are shown
        self.case_year: int | None = None  # the case whose letters are shown
        self.cases_shown: dict[int, CaseInfo] = {}
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
        self.table.setToolTip(translate("ArchiveView", "Choose a heading to see its cases"))
        self.table.itemSelectionChanged.connect(self._heading_chosen)

        self.cases_label = QLabel(translate("ArchiveView", "Choose a heading to see its cases."))
        self.cases_label.setWordWrap(True)
        self.cases_table = QTableWidget(0, 4, self)
        self.cases_table.setHorizontalHeaderLabels(
            [
                translate("ArchiveView", "Year"),
                translate("ArchiveView", "Letters filed"),
                translate("ArchiveView", "Destroy from"),
                translate("ArchiveView", "In an act"),
            ]
        )
        table_style(self.cases_table, (46, 120, 95))
        fit_headers(self.cases_table)
        self.cases_table.setToolTip(translate("ArchiveView", "Choose a case to see its letters"))
        self.cases_table.itemSelectionChanged.connect(self._case_chosen)

        self.letters_label = QLabel(translate("ArchiveView", "Choose a case to see its letters."))
        self.letters_label.setWordWrap(True)
        self.letters_table = QTableWidget(0, 6, self)
        self.letters_table.setHorizontalHeaderLabels(
            [
                translate("ArchiveView", "Number"),
                translate("ArchiveView", "Date"),
                translate("ArchiveView", "Sender"),
                translate("ArchiveView", "Topic"),
                translate("ArchiveView", "Status"),
                translate("ArchiveView", "Scans"),
            ]
        )
        table_style(self.letters_table, (115, 80, 130, 125, 125))
        fit_headers(self.letters_table)
        self.letters_table.setToolTip(
            translate("ArchiveView", "Double-click a letter or press Enter to open its card")
        )
        self.letters_table.doubleClicked.connect(self._open_index)
        self.letters_table.installEventFilter(self)

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
        self.numbers.setMaximumHeight(80)
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

        nomenclature_box = _boxed(
            QLabel(translate("ArchiveView", "Nomenclature of cases"), self), self.table
        )
        cases_box = _boxed(self.cases_label, self.cases_table)
        letters_box = _boxed(self.letters_label, self.letters_table)
        self.contents = QSplitter(Qt.Orientation.Horizontal, self)
        self.contents.addWidget(cases_box)
        self.contents.addWidget(letters_box)
        self.contents.setStretchFactor(1, 1)
        self.contents.setSizes([390, 770])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(nomenclature_box)
        self.splitter.addWidget(self.contents)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 300])

        form = QFormLayout()
        form.addRow(translate("ArchiveView", "Case:"), self.case)
        form.addRow(translate("ArchiveView", "Year of the case:"), self.year)
        form.addRow(translate("ArchiveView", "Letters:"), self.numbers)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.info)

    def refresh(self) -> None:
        self.run(translate("ArchiveView", "Reading the nomenclature"), load_nomenclature,
                 self.database, done=self._show, busy=False)  # fmt: skip

    def _show(self, headings: list[Heading]) -> None:
        blocker = QSignalBlocker(self.table)  # refilling is not choosing another heading
        self.table.setRowCount(len(headings))
        current = self.case.currentData()
        self.case.clear()
        self.case.addItem(translate("ArchiveView", "By the journal (default heading)"), None)
        for row, h in enumerate(headings):
            retention = retention_text(h.retention_years, h.epk)
            epk = translate("ArchiveView", "yes") if h.epk else ""
            basis = f"{h.title} — {h.article}" if h.article else h.title
            if h.verify:  # the rule comes from a secondary source (DOMAIN.md: «verify»)
                basis += " " + translate("ArchiveView", "(the article is to be verified)")
            for column, text in enumerate((h.index, retention, epk, basis)):
                self.table.setItem(row, column, read_only(text, h.index))
            self.case.addItem(f"{h.index} {h.title} ({retention})", h.index)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # the same air as the other tables
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        _select_key(self.table, self.heading)
        blocker.unblock()
        found = self.case.findData(current)
        self.case.setCurrentIndex(max(found, 0))
        if self.ready_note:  # letters came from the register: say what to do with them
            self.say(self.ready_note)
        else:
            self.say_loaded(translate("ArchiveView", "{0} headings.").format(len(headings)))
        self.loaded.emit()

    # --- what the cases hold -------------------------------------------------------------

    def select_heading(self, index: str) -> None:
        """Choose the heading ``index`` of the nomenclature (its cases load)."""
        _select_key(self.table, index)

    def select_case(self, year: int) -> None:
        """Choose the case of ``year`` of the heading shown (its letters load)."""
        _select_key(self.cases_table, year)

    def _heading_chosen(self) -> None:
        index = _selected_key(self.table)
        if not isinstance(index, str):
            return
        self.heading, self.case_year = index, None
        self.cases_shown = {}
        self.cases_table.setRowCount(0)
        self.letters_table.setRowCount(0)
        self.letters_label.setText(translate("ArchiveView", "Choose a case to see its letters."))
        self.load_cases()

    def load_cases(self) -> None:
        """Read the cases of the chosen heading again (and the chosen case's letters)."""
        if self.heading is None:
            return
        self.cases_label.setText(
            translate("ArchiveView", "Reading the cases of {0}…").format(self.heading)
        )
        self.run(translate("ArchiveView", "Reading the cases"), read_cases, self.database,
                 self.actor, self.heading, done=self._show_cases, busy=False)  # fmt: skip

    def _show_cases(self, result: tuple[str, list[CaseInfo]]) -> None:
        index, cases = result
        if index != self.heading:
            return  # another heading was chosen meanwhile
        self.cases_shown = {c.year: c for c in cases}
        blocker = QSignalBlocker(self.cases_table)
        self.cases_table.setRowCount(len(cases))
        permanent = translate("ArchiveView", "kept permanently")
        some_destroyed = translate("ArchiveView", "{0} ({1} destroyed)")
        for row, c in enumerate(cases):
            texts = (
                str(c.year),
                some_destroyed.format(c.letters, c.destroyed) if c.destroyed else str(c.letters),
                day(c.destroy_from) if c.destroy_from else permanent,
                translate("ArchiveView", "yes") if c.in_act else "",
            )
            for column, text in enumerate(texts):
                self.cases_table.setItem(row, column, read_only(text, c.year))
        kept = self.case_year in self.cases_shown
        _select_key(self.cases_table, self.case_year if kept else None)
        blocker.unblock()
        if cases:
            text = translate("ArchiveView", "Cases of {0} by year: {1}.")
        else:
            text = translate("ArchiveView", "No cases of {0} yet: file letters into it below.")
        self.cases_label.setText(text.format(index, len(cases)))
        if kept:
            self.load_letters()
        else:
            self.case_year = None
            self.letters_table.setRowCount(0)
            self.letters_label.setText(
                translate("ArchiveView", "Choose a case to see its letters.")
            )
        self.loaded.emit()

    def _case_chosen(self) -> None:
        year = _selected_key(self.cases_table)
        if not isinstance(year, int):
            return
        self.case_year = year
        self.load_letters()

    def load_letters(self) -> None:
        if self.heading is None or self.case_year is None:
            return
        self.letters_label.setText(
            translate("ArchiveView", "Reading case {0} of {1}…").format(
                self.heading, self.case_year
            )
        )
        self.run(translate("ArchiveView", "Reading the letters of a case"), read_case_letters,
                 self.database, self.actor, self.heading, self.case_year,
                 done=self._show_letters, busy=False)  # fmt: skip

    def _show_letters(self, result: tuple[str, int, list[CaseLetter]]) -> None:
        index, year, letters = result
        if (index, year) != (self.heading, self.case_year):
            return  # another case was chosen meanwhile
        statuses = labels.status_labels()
        tombstone = translate("ArchiveView", "Destroyed: only the registration record is left")
        categories = labels.category_labels()
        self.letters_table.setRowCount(len(letters))
        for row, x in enumerate(letters):
            if x.destroyed:
                status = translate("ArchiveView", "Destroyed")
                scans = translate("ArchiveView", "destroyed, act {0}").format(x.act_number)
            else:
                status = labels.label(statuses, x.status)
                scans = translate("ArchiveView", "kept")
                if x.act_number and x.act_status == "draft":
                    scans = translate("ArchiveView", "kept, draft act {0}")
                elif x.act_number:
                    scans = translate("ArchiveView", "kept, act {0}")
                scans = scans.format(x.act_number)
            topic = x.summary or labels.label(categories, x.category)
            texts = (x.reg_no, day(x.registered_on), x.sender, topic, status, scans)
            for column, text in enumerate(texts):
                item = read_only(text, x.letter_id)
                item.setToolTip(f"{text}\n{tombstone}" if x.destroyed else text)  # cut texts
                if x.destroyed:
                    item.setForeground(QBrush(TOMBSTONE))
                self.letters_table.setItem(row, column, item)
        case = self.cases_shown.get(year)
        if case is not None and case.destroy_from is None:
            text = translate("ArchiveView", "Case {0} of {1}: {2} letters, kept permanently.")
        else:
            text = translate(
                "ArchiveView", "Case {0} of {1}: {2} letters, may be destroyed from {3}."
            )
        until = day(case.destroy_from) if case is not None else ""
        self.letters_label.setText(text.format(index, year, len(letters), until))
        self.loaded.emit()

    def selected_letter(self) -> int | None:
        key = _selected_key(self.letters_table)
        return key if isinstance(key, int) else None

    def open_selected_letter(self) -> None:
        letter_id = self.selected_letter()
        if letter_id is not None:
            self.letter_requested.emit(letter_id)

    def _open_index(self, index: QModelIndex) -> None:
        item = self.letters_table.item(index.row(), 0)
        if item is not None and isinstance(item.data(KEY_ROLE), int):
            self.letter_requested.emit(item.data(KEY_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.letters_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected_letter()
                return True
        return super().eventFilter(watched, event)

    # --- filing -----------------------------------------------------------------------------

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
        text = translate("ArchiveView", "Letters filed: {0}.").format(len(filed))
        self.say("\n".join([text, *lines]))
        self.status_message.emit(text)  # one line: the status bar has no room for the list
        self.load_cases()  # the counts of the heading shown may have changed
        self.changed.emit()


def _boxed(title: QLabel, table: QTableWidget) -> QWidget:
    """A titled table, as one pane of a splitter."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(table, 1)
    return box


def _selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    return item.data(KEY_ROLE) if item is not None else None


def _select_key(table: QTableWidget, key: object) -> None:
    """Select the row whose key is ``key``; clear the selection if there is none."""
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if key is not None and item is not None and item.data(KEY_ROLE) == key:
            table.selectRow(row)
            table.scrollToItem(item)
            return
    table.clearSelection()


# ------------------------------------------------------------------------------ the view


class ArchiveView(QTabWidget):
    """Cases and Retention tabs.

    Signals:
        status_message(str): a one-line message of a page for the status bar.
        letter_requested(int): the user opened a letter of a case; its id.
    """

    status_message = Signal(str)
    letter_requested = Signal(int)

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
        self.cases.letter_requested.connect(self.letter_requested)
        # A confirmed or cancelled act changes what the cases show.
        self.retention.changed.connect(self.cases.load_cases)
        self.setDocumentMode(True)
        self.setTabPosition(QTabWidget.TabPosition.North)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def shutdown(self) -> None:
        self.cases.shutdown()
        self.retention.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
