"""The Поиск section: full-text search over the whole register, with filters and snippets.

Enter runs the query in the background (``letters.search.search_letters``); the results
come best first with their snippets, the found words marked. Down moves from the query to
the results, Enter opens the hit's letter with the found words marked on its pages
(:class:`~app.gui.search_hit_viewer.HitViewer`), Esc goes back to the query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from app.gui.jobs import Job, JobError, JobRunner
from app.gui.search_hit_viewer import HitViewer
from app.gui.search_model import (
    COLUMNS,
    LETTER_ID_ROLE,
    SNIPPET_COLUMN,
    SNIPPET_ROLE,
    SearchResultsModel,
)
from app.gui.search_snippet import SNIPPET_LINES, SnippetDelegate
from app.gui.widgets import OptionalDateEdit, user_message
from app.i18n import translate
from db.engine import Database
from db.search import SearchFilters
from db.store import FileStore
from letters import audit
from letters.actors import Actor
from letters.search import SearchResult, search_letters

PAGE_SIZE = 50
NOTICE_STYLE = "QLabel { background: #fff4c2; border: 1px solid #e0c050; padding: 4px 6px; }"


@dataclass(frozen=True, slots=True)
class SearchRequest:
    text: str
    filters: SearchFilters
    offset: int
    limit: int


def _filters_record(filters: SearchFilters) -> dict[str, Any]:
    """The filters that were set, for the audit trail."""
    return {
        key: value.isoformat() if isinstance(value, dt.date) else value
        for key, value in asdict(filters).items()
        if value not in (None, "", ())
    }


def run_search(database: Database, actor: Actor, request: SearchRequest) -> SearchResult:
    """On a worker thread: one page of hits (the first with the exact-match count)."""
    first = request.offset == 0
    with database.read() as session:
        result = search_letters(
            session,
            request.text,
            request.filters,
            limit=request.limit,
            offset=request.offset,
            with_total=first,
            actor=actor,
        )
    if first and (request.text.strip() or request.filters != SearchFilters()):
        audit.log(
            database,
            actor,
            "search",
            "letter",
            "",
            {
                "query": request.text,
                "filters": _filters_record(request.filters),
                "hits": len(result.hits),
                "via": "app",
            },
        )
    return result


def _combo(first: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(first, None)
    for code, text in items.items():
        combo.addItem(text, code)
    return combo


def query_help() -> str:
    return translate(
        "SearchView",
        "Words are found in any form and case: «счётчик» finds «счетчика» and «СЧЁТЧИКОВ».\n"
        '"exact phrase": the words side by side; -word: letters without it.\n'
        "л/с: account, от: sender, №: registration number (incoming or outgoing).",
    )


class SearchView(QWidget):
    """Signals:
    searched(int): the results of a search (first page) are shown; how many.
    status_message(str): a one-line message for the status bar.
    """

    searched = Signal(int)
    status_message = Signal(str)

    def __init__(
        self,
        database: Database,
        store: FileStore | Path,
        actor: Actor,
        runner: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._store = store if isinstance(store, FileStore) else FileStore(Path(store))
        self._actor = actor
        self._runner = runner or JobRunner(self)
        self._job: Job | None = None
        self._request: SearchRequest | None = None
        self._result: SearchResult | None = None
        self._total: int | None = None
        self.hit_viewer: HitViewer | None = None
        self.model = SearchResultsModel(self)
        self._build()
        self._show_hint()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            translate(
                "SearchView",
                'Words, "exact phrase", -exclude, л/с: account, от: sender, №: number',
            )
        )
        self.query.setToolTip(query_help())
        self.query.setClearButtonEnabled(True)
        font = self.query.font()
        font.setPointSizeF(font.pointSizeF() + 1.5)
        self.query.setFont(font)
        self.query.returnPressed.connect(self.search)
        self.query.installEventFilter(self)
        self.search_button = QPushButton(translate("SearchView", "Find"), self)
        self.search_button.setToolTip(translate("SearchView", "Search the whole register (Enter)"))
        self.search_button.clicked.connect(self.search)

        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.category = _combo(translate("SearchView", "Any category"), labels.category_labels())
        self.status = _combo(translate("SearchView", "Any status"), labels.status_labels())
        self.channel = _combo(translate("SearchView", "Any channel"), labels.channel_labels())
        self.linked = QComboBox(self)
        self.linked.addItem(translate("SearchView", "Linked or not"), None)
        self.linked.addItem(translate("SearchView", "Linked to a consumer"), True)
        self.linked.addItem(translate("SearchView", "Not linked"), False)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._filters_changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.date_from.dateChanged.connect(self._filters_changed)
        self.date_to.dateChanged.connect(self._filters_changed)
        reset = QPushButton(translate("SearchView", "Reset filters"), self)
        reset.clicked.connect(self.reset_filters)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        self.table = QTableView(self)
        self.table.setObjectName("searchResults")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(SNIPPET_ROLE, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line * SNIPPET_LINES + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SNIPPET_COLUMN, QHeaderView.ResizeMode.Stretch)
        char = self.table.fontMetrics().horizontalAdvance("0")
        widths = {"reg_no": 17, "registered": 12, "sender": 28, "matched": 14}
        for code, chars in widths.items():
            column = COLUMNS.index(code)
            header.resizeSection(column, max(char * chars, header.sectionSizeHint(column)))
        self.table.doubleClicked.connect(lambda index: self.open_hit(index.row()))
        self.table.installEventFilter(self)

        self.count_label = QLabel(self)
        self.more_button = QPushButton(translate("SearchView", "Show more results"), self)
        self.more_button.setToolTip(
            translate("SearchView", "Load the next {0} results (Ctrl+M)").format(PAGE_SIZE)
        )
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        QShortcut(QKeySequence("Ctrl+M"), self, self.load_more)

        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.search_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("SearchView", "Registered from"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(translate("SearchView", "to"), self))
        filters.addWidget(self.date_to)
        for combo in self._combos():
            filters.addWidget(combo, 1)
        filters.addWidget(reset)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.category, self.status, self.channel, self.linked)

    # --- searching -------------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def current_filters(self) -> SearchFilters:
        def codes(combo: QComboBox) -> tuple[str, ...]:
            code = combo.currentData()
            return (code,) if code else ()

        return SearchFilters(
            registered_from=self.date_from.value(),
            registered_to=self.date_to.value(),
            categories=codes(self.category),
            statuses=codes(self.status),
            channels=codes(self.channel),
            linked=self.linked.currentData(),
        )

    @property
    def result(self) -> SearchResult | None:
        """The first page's result of the search shown now."""
        return self._result

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def search(self) -> Job | None:
        """Run the query with the filters; None (and a hint) when there is nothing to ask."""
        request = SearchRequest(self.query.text().strip(), self.current_filters(), 0, PAGE_SIZE)
        if not request.text and request.filters == SearchFilters():
            self._cancel_job()
            self.model.clear()
            self._result = None
            self._show_hint()
            return None
        return self._run(request)

    def load_more(self) -> Job | None:
        """The next page of exact matches (the fuzzy fallback only ever fills the first)."""
        request = self._request
        if request is None or self.busy or self.more_button.isHidden():
            return None
        return self._run(
            SearchRequest(request.text, request.filters, self.model.exact_count(), request.limit)
        )

    def reset_filters(self) -> None:
        widgets = (*self._combos(), self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.date_from.clear_value()
        self.date_to.clear_value()
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args: object) -> None:
        self.search()

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()  # the result, if any, is ignored
        self._job = None

    def _run(self, request: SearchRequest) -> Job:
        self._cancel_job()
        if request.offset == 0:
            self._request = request
        self.count_label.setText(translate("SearchView", "Searching…"))
        job = self._runner.run(
            translate("SearchView", "Searching the register"),
            run_search,
            self._database,
            self._actor,
            request,
            with_progress=False,
            visible=False,
        )
        self._job = job
        job.finished.connect(lambda result, j=job: self._finished(j, request, result))
        job.failed.connect(lambda error, j=job: self._failed(j, error))
        return job

    def _finished(self, job: Job, request: SearchRequest, result: SearchResult) -> None:
        if job is not self._job:
            return  # a newer search replaced this one
        self._job = None
        if request.offset == 0:
            self._result = result
            self._total = result.total
            self.model.set_hits(result.hits)
            if result.hits:
                self.table.selectRow(0)
                self.table.scrollToTop()
        else:
            self.model.append_hits(result.hits)
        self._show_counts()
        if request.offset == 0:
            self.searched.emit(len(result.hits))

    def _failed(self, job: Job, error: JobError) -> None:
        if job is not self._job:
            return
        self._job = None
        text = user_message(error) or translate(
            "SearchView", "The search failed ({0}). Details are in the log."
        ).format(type(error.exception).__name__)
        self.count_label.setText(text)
        self.status_message.emit(text)

    def _show_hint(self) -> None:
        self._request = None
        self._total = None
        self.notice.hide()
        self.more_button.hide()
        self.count_label.setText(translate("SearchView", "Type what to look for and press Enter."))

    def _show_counts(self) -> None:
        result = self._result
        if result is None:
            return
        shown = self.model.rowCount()
        fuzzy = shown - self.model.exact_count()
        total = (self._total or 0) + fuzzy
        notes = []
        if result.simplified:
            notes.append(
                translate(
                    "SearchView", "The query could not be used as written; it was simplified."
                )
            )
        if result.fuzzy_used:
            notes.append(
                translate(
                    "SearchView",
                    "Few exact matches: letters found by approximate match (words one or two "
                    "characters away from the query, as OCR errors make them) are shown too "
                    "and marked «approximate».",
                )
            )
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        if shown == 0:
            self.count_label.setText(translate("SearchView", "Nothing found."))
        elif shown < total:
            self.count_label.setText(
                translate("SearchView", "Found letters: {0}; shown: {1}").format(total, shown)
            )
        else:
            self.count_label.setText(translate("SearchView", "Found letters: {0}").format(total))
        self.more_button.setVisible(
            self._total is not None and self.model.exact_count() < self._total
        )

    # --- opening -----------------------------------------------------------------------------

    def open_hit(self, row: int) -> HitViewer | None:
        """Show the letter of result ``row`` with the found words marked on its pages."""
        hit = self.model.hit(row)
        if hit is None or self._result is None:
            return None
        if self.hit_viewer is None:
            self.hit_viewer = HitViewer(
                self._database, self._store, self._actor, self._runner, self
            )
        viewer = self.hit_viewer
        viewer.show_hit(hit, self._result.highlight)
        if viewer.isVisible():  # already open: bring it forward
            viewer.raise_()
        viewer.show()
        viewer.activateWindow()
        return viewer

    def open_current(self) -> HitViewer | None:
        index = self.table.currentIndex()
        if not index.isValid() or not isinstance(self.model.data(index, LETTER_ID_ROLE), int):
            return None
        return self.open_hit(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.query and key == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        if watched is self.table:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_query()
                return True
            at_top = self.table.currentIndex().row() <= 0
            if key == Qt.Key.Key_Up and at_top:
                self.focus_query()
                return True
            last = self.table.currentIndex().row() == self.model.rowCount() - 1
            if key == Qt.Key.Key_Down and last and not self.more_button.isHidden():
                self.load_more()
                return True
        return super().eventFilter(watched, event)
