"""The Реестр section: filters, a quick search, the lazy register table and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.jobs import JobError, JobRunner
from app.gui.register_model import LETTER_ID_ROLE, RegisterModel, column_headers
from app.gui.register_replies import filing_text, install_letter_menu, open_count, selected_rows
from app.gui.widgets import OptionalDateEdit, show_job_error
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.permissions import can
from letters.queries import RegisterFilter, RegisterRow, list_users
from letters.register_export import ExportCancelled, export_register

TEXT_DELAY_MS = 300


def _combo(first: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(first, None)
    for code, text in items.items():
        combo.addItem(text, code)
    return combo


def export_values(row: RegisterRow, names: dict[str, dict[str, str]]) -> list[Any]:
    """One exported row: the table's columns, dates as dates (``names`` from the GUI thread)."""
    return [
        row.reg_no,
        row.registered_at.astimezone().replace(tzinfo=None),
        names["channel"].get(row.channel, row.channel),
        row.sender,
        row.account,
        names["link"].get(row.link_status, row.link_status),
        names["category"].get(row.category, row.category),
        names["status"].get(row.status, row.status),
        row.due_on,
        row.received_on,
        row.pages,
    ]


# Narrowed in this order, down to these widths, when the columns do not fit:
# topic, sender, link state, channel.
ELASTIC_COLUMNS = ((6, 170), (3, 170), (5, 130), (2, 110))
MIN_FIT_WIDTH = 400  # a table narrower than this has not been laid out yet


class RegisterView(QWidget):
    """Signals:
    letter_requested(int): the user opened a letter (double-click or Enter); its id.
    reply_requested(list): the user asked for one reply to the selected letters; their ids.
    file_requested(list): the user asked to file the selected closed letters into a case;
        their registration numbers.
    status_message(str): a one-line message for the status bar.
    """

    letter_requested = Signal(int)
    reply_requested = Signal(list)
    file_requested = Signal(list)
    status_message = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._runner = runner
        self.model = RegisterModel(database, actor, self, runner)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self._build()
        self.model.count_changed.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(self.status_message)
        self.model.rowsInserted.connect(self._size_columns)

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            translate("RegisterView", "Search: registration number, sender or account")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._text_timer.start())
        self.status = _combo(translate("RegisterView", "Any status"), labels.status_labels())
        self.category = _combo(translate("RegisterView", "Any category"), labels.category_labels())
        self.channel = _combo(translate("RegisterView", "Any channel"), labels.channel_labels())
        self.linked = QComboBox(self)
        self.linked.addItem(translate("RegisterView", "Linked or not"), None)
        self.linked.addItem(translate("RegisterView", "Linked to a consumer"), True)
        self.linked.addItem(translate("RegisterView", "Not linked"), False)
        self.executor = QComboBox(self)
        self.executor.addItem(translate("RegisterView", "Any executor"), None)
        with self._database.read() as session:
            for user in list_users(session):
                self.executor.addItem(user.name, user.id)
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.overdue = QCheckBox(translate("RegisterView", "Overdue"), self)
        self.overdue.setToolTip(translate("RegisterView", "Due date passed and no reply yet"))
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        reset = QPushButton(translate("RegisterView", "Reset filters"), self)
        reset.clicked.connect(self.reset_filters)
        self.export_button = QPushButton(translate("RegisterView", "Export…"), self)
        self.export_button.setToolTip(
            translate("RegisterView", "Save the filtered rows to CSV or Excel (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.choose_export)
        QShortcut(QKeySequence("Ctrl+E"), self, self.choose_export)
        self.reverse_button = QPushButton(translate("RegisterView", "Reverse order"), self)
        self.reverse_button.setToolTip(
            translate(
                "RegisterView", "Show the end of the register first, without loading it (Ctrl+End)"
            )
        )
        self.reverse_button.clicked.connect(self.jump_to_end)
        # Filing is the archivist's: the button is there only for those who may file.
        self.file_button = QPushButton(translate("RegisterView", "File into a case…"), self)
        self.file_button.setObjectName("file_into_case")
        self.file_button.setVisible(can(self._actor, "archive.manage"))
        self.file_button.clicked.connect(lambda _checked=False: self.request_filing())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(translate("RegisterView", "Registered from"), self))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(translate("RegisterView", "to"), self))
        top.addWidget(self.date_to)
        top.addWidget(self.overdue)
        top.addWidget(self.reverse_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        for combo in self._combos():
            # Wide enough to read, never so wide that the window cannot fit a laptop screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(combo, 1)
        filters.addWidget(reset)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        install_letter_menu(self, self._actor)  # several rows, a context menu with Reply
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultSectionSize(120)
        self._sized = False
        self._fitted = False
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_file_button)
        self.model.modelReset.connect(self._update_file_button)
        self.count_label = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.file_button)
        self._update_file_button()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- filters ---------------------------------------------------------------------

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.category, self.channel, self.linked, self.executor)

    def current_filter(self) -> RegisterFilter:
        def codes(combo: QComboBox) -> tuple[str, ...]:
            code = combo.currentData()
            return (code,) if code else ()

        return RegisterFilter(
            statuses=codes(self.status),
            categories=codes(self.category),
            channels=codes(self.channel),
            registered_from=self.date_from.value(),
            registered_to=self.date_to.value(),
            linked=self.linked.currentData(),
            overdue=self.overdue.isChecked(),
            text=self.search.text().strip(),
            executor_id=self.executor.currentData(),
        )

    def apply_filter(self) -> None:
        self._text_timer.stop()
        flt = self.current_filter()
        if flt != self.model.query.filter:
            self.model.set_filter(flt)

    def reset_filters(self) -> None:
        widgets = (*self._combos(), self.date_from, self.date_to, self.overdue, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.date_from.clear_value()
        self.date_to.clear_value()
        self.overdue.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def refresh(self) -> None:
        self.model.refresh()

    def jump_to_end(self) -> None:
        """A lazy register has no cheap "last row": reverse the order and show it first."""
        sort = self.model.query.sort.reversed()
        column = self.model.sort_column()
        self.model.set_sort(sort)
        if column >= 0:
            order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
        self.table.scrollToTop()

    def _size_columns(self, *_args: object) -> None:
        """Fit the columns to the first page once; later the clerk's widths stay."""
        if self._sized:
            return
        self._sized = True
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 320))
        self._fit_to_view()

    def _fit_to_view(self) -> None:
        """The long texts (sender, topic) give way first, so that the status and the due
        date stay in view; their cells elide and show the whole text in the tooltip.
        Done once, when the columns are sized and the table has its width."""
        if self._fitted or not self._sized or self.table.viewport().width() < MIN_FIT_WIDTH:
            return
        self._fitted = True
        header = self.table.horizontalHeader()
        excess = header.length() - self.table.viewport().width()
        for column, narrowest in ELASTIC_COLUMNS:
            if excess <= 0:
                break
            size = header.sectionSize(column)
            smaller = max(min(narrowest, size), size - excess)
            header.resizeSection(column, smaller)
            excess -= size - smaller

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        shown = self.model.sort_column()
        if shown != column and shown >= 0:  # a column without an index: keep the old order
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            descending = self.model.query.sort.descending
            header.setSortIndicator(
                shown, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(False)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total < 0:
            text = translate("RegisterView", "Letters shown: {0}; counting…").format(shown)
        else:
            text = translate("RegisterView", "Letters shown: {0} of {1}").format(shown, total)
        self.count_label.setText(text)

    # --- filing into a case ------------------------------------------------------------

    def _update_file_button(self, *_args: object) -> None:
        rows = selected_rows(self)
        still_open = open_count(rows)
        self.file_button.setEnabled(bool(rows) and not still_open)
        # The count when all may be filed; why not is said by the tooltip (a short button).
        self.file_button.setText(filing_text([] if still_open else rows))
        if not rows:
            tip = translate(
                "RegisterView",
                "Select closed letters to file them into a case of the nomenclature",
            )
        elif still_open:
            tip = translate(
                "RegisterView", "Only closed letters are filed: {0} of the selected are still open"
            ).format(still_open)
        else:
            tip = translate(
                "RegisterView", "Open the archive with the selected letters ready to file"
            )
        self.file_button.setToolTip(tip)

    def request_filing(self) -> None:
        """Ask for the selected letters to be filed, if all of them are closed."""
        rows = selected_rows(self)
        if rows and not open_count(rows) and can(self._actor, "archive.manage"):
            self.file_requested.emit([row.reg_no for row in rows])

    # --- opening and keys ------------------------------------------------------------

    def _open_index(self, index: Any) -> None:
        letter_id = self.model.data(index, LETTER_ID_ROLE)
        if isinstance(letter_id, int):
            self.letter_requested.emit(letter_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_view()  # the first real width of the table
            return False
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if (
                event.key() == Qt.Key.Key_End
                and ctrl
                and self.model.canFetchMore(self.table.rootIndex())
            ):
                self.jump_to_end()
                return True
        return super().eventFilter(watched, event)

    # --- export ----------------------------------------------------------------------

    def choose_export(self) -> None:
        csv_filter = translate("RegisterView", "CSV for Excel (*.csv)")
        xlsx_filter = translate("RegisterView", "Excel workbook (*.xlsx)")
        name = f"register-{dt.date.today():%Y-%m-%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("RegisterView", "Export the register"),
            str(Path.home() / name),
            f"{xlsx_filter};;{csv_filter}",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
        self.export_to(target)

    def export_to(self, path: Path) -> Any:
        """Export the rows of the current query in the background; returns the job."""
        names = {
            "channel": labels.channel_labels(),
            "link": labels.link_labels(),
            "category": labels.category_labels(),
            "status": labels.status_labels(),
        }
        runner = self._runner or JobRunner(self)
        self._runner = runner
        job = runner.run(
            translate("RegisterView", "Exporting the register"),
            export_register,
            self._database,
            self._actor,
            self.model.query,
            path,
            headers=column_headers(),
            values=lambda row: export_values(row, names),
            counts=lambda p: p,
        )
        job.finished.connect(
            lambda count: self.status_message.emit(
                translate("RegisterView", "Exported {0} letters to {1}").format(count, path)
            )
        )
        job.failed.connect(lambda error: self._export_failed(error))
        return job

    def _export_failed(self, error: JobError) -> None:
        if isinstance(error.exception, ExportCancelled):
            self.status_message.emit(translate("RegisterView", "Export cancelled"))
            return
        show_job_error(self, translate("RegisterView", "Export"), error)
