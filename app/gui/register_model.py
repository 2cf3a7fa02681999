"""A lazy table model of the register: pages of rows come from SQL, never the whole table.

``canFetchMore``/``fetchMore`` load the next keyset page (``letters.queries``) when the view
scrolls near the end. With a :class:`JobRunner` the page and the count queries run on a
worker thread and the rows arrive by signal (the GUI); without one they run inline (tests,
benchmarks). The model never writes to the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.gui import labels
from app.gui.jobs import JobError, JobRunner
from app.gui.widgets import user_message
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.queries import (
    CLOSED_STATUSES,
    Cursor,
    RegisterFilter,
    RegisterPage,
    RegisterQuery,
    RegisterRow,
    RegisterSort,
    register_count,
    register_page,
)

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
LETTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (column code, sort key or None when the column cannot be sorted on an index)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("reg_no", "reg_no"),
    ("registered_at", "id"),  # registration order: the id follows the numbering
    ("channel", "channel"),
    ("sender", "sender"),
    ("account", None),
    ("link_status", "link_status"),
    ("category", "category"),
    ("status", "status"),
    ("due_on", "due_on"),
    ("received_on", "received_on"),
    ("pages", None),
)


ELIDED = ("sender", "category", "link_status", "channel")  # columns the view may narrow


def column_headers() -> list[str]:
    return [
        translate("RegisterModel", "Reg. No."),
        translate("RegisterModel", "Registered"),
        translate("RegisterModel", "Channel"),
        translate("RegisterModel", "Sender"),
        translate("RegisterModel", "Account"),
        translate("RegisterModel", "Link"),
        translate("RegisterModel", "Category"),
        translate("RegisterModel", "Status"),
        translate("RegisterModel", "Due"),
        translate("RegisterModel", "Received"),
        translate("RegisterModel", "Pages"),
    ]


class RegisterModel(QAbstractTableModel):
    """The register, filtered and sorted by a :class:`RegisterQuery`.

    Signals:
        loading_changed(bool): a page query started (True) or ended (False).
        count_changed(int): how many letters match the query; -1 while counting.
        load_failed(str): a page or count query failed (the message is for the user).
    """

    loading_changed = Signal(bool)
    count_changed = Signal(int)
    load_failed = Signal(str)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        parent: QObject | None = None,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self._runner = runner
        self._query = RegisterQuery()
        self._rows: list[RegisterRow] = []
        self._cursor: Cursor | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self.total = -1
        self._headers = column_headers()
        self._channels = labels.channel_labels()
        self._statuses = labels.status_labels()
        self._links = labels.link_labels()
        self._categories = labels.category_labels()

    # --- the query -------------------------------------------------------------------

    @property
    def query(self) -> RegisterQuery:
        return self._query

    def set_query(self, query: RegisterQuery) -> None:
        self._query = query
        self.refresh()

    def set_filter(self, flt: RegisterFilter) -> None:
        self.set_query(RegisterQuery(flt, self._query.sort))

    def set_sort(self, sort: RegisterSort) -> None:
        self.set_query(RegisterQuery(self._query.filter, sort))

    def refresh(self) -> None:
        """Drop the loaded rows and load the first page (and the count) again."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self._set_loading(False)
        self.endResetModel()
        self._count()
        self.fetchMore(QModelIndex())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        sort = RegisterSort(key, order == Qt.SortOrder.DescendingOrder)
        if sort != self._query.sort:
            self.set_sort(sort)

    def sort_column(self) -> int:
        """The column showing the current sort key (-1: registration order)."""
        for i, (_, key) in enumerate(COLUMNS):
            if key == self._query.sort.key:
                return i
        return -1

    # --- loading ---------------------------------------------------------------------

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @property
    def loading(self) -> bool:
        return self._loading

    def _load_page(self, query: RegisterQuery, cursor: Cursor | None) -> RegisterPage:
        with self._database.read() as session:
            return register_page(session, query, cursor, PAGE, actor=self._actor)

    def _load_count(self, flt: RegisterFilter) -> int:
        with self._database.read() as session:
            return register_count(session, flt, actor=self._actor)

    def _count(self) -> None:
        self.total = -1
        self.count_changed.emit(-1)
        generation, flt = self._generation, self._query.filter
        if self._runner is None:
            self._counted(generation, self._load_count(flt))
            return
        job = self._runner.run("count", self._load_count, flt, with_progress=False, visible=False)
        job.finished.connect(lambda total: self._counted(generation, total))
        job.failed.connect(lambda error: self._failed(generation, error))

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.count_changed.emit(total)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        generation, query, cursor = self._generation, self._query, self._cursor
        self._set_loading(True)
        if self._runner is None:
            self._arrived(generation, self._load_page(query, cursor))
            return
        job = self._runner.run(
            "page", self._load_page, query, cursor, with_progress=False, visible=False
        )
        job.finished.connect(lambda page: self._arrived(generation, page))
        job.failed.connect(lambda error: self._failed(generation, error))

    def _arrived(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return  # the query changed meanwhile
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._set_loading(False)

    def _failed(self, generation: int, error: JobError) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._set_loading(False)
        self.load_failed.emit(
            translate("RegisterModel", "Cannot read the register: {0}").format(
                user_message(error) or error.exception
            )
        )

    # --- the table -------------------------------------------------------------------

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: RegisterRow, code: str) -> str:
        if code == "reg_no":
            return row.reg_no
        if code == "registered_at":
            return labels.datetime_text(row.registered_at)
        if code == "channel":
            return labels.label(self._channels, row.channel)
        if code == "sender":
            return row.sender
        if code == "account":
            return row.account
        if code == "link_status":
            return labels.label(self._links, row.link_status)
        if code == "category":
            return labels.label(self._categories, row.category)
        if code == "status":
            return labels.label(self._statuses, row.status)
        if code == "due_on":
            return labels.date_text(row.due_on)
        if code == "received_on":
            return labels.date_text(row.received_on)
        return str(row.pages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        code = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, code)
        if role == Qt.ItemDataRole.ToolTipRole and code in ELIDED:
            return self._text(row, code)  # the whole text of a narrowed column
        if role == LETTER_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and code == "pages":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and code == "due_on" and self._overdue(row):
            return QBrush(QColor(190, 30, 30))
        return None

    @staticmethod
    def _overdue(row: RegisterRow) -> bool:
        return (
            row.due_on is not None
            and row.due_on < dt.date.today()
            and row.status not in CLOSED_STATUSES
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
