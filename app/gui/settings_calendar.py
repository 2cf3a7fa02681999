"""The administrator's «Calendar» page: the production calendar of a year and its overrides.

Twelve month grids colour the days off, the holidays and transferred days off, and the
working Saturdays and Sundays of the RU production calendar (the ``holidays`` package), with
the administrator's overrides (``letters.calendar``) drawn in colours of their own. Beside
them the overrides of the year are listed, added and removed; a change recomputes the due
dates of the open letters in the same background job (``letters.deadline_rules``), and the
page says how many changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.gui import labels
from app.gui.settings_common import HINT_STYLE, KEY_ROLE, SettingsPage, read_only, table_style
from app.i18n import translate
from db.engine import Database
from letters.actors import Actor
from letters.calendar import Calendar, DayInfo, OverrideDTO, list_overrides, remove_override
from letters.calendar import set_override as store_calendar_override
from letters.deadline_rules import recompute_open_letters

WORKDAY = "workday"
WEEKEND = "weekend"
HOLIDAY = "holiday"  # a named day off: a holiday or a transferred day off
WORKING_WEEKEND = "working_weekend"
OVERRIDE_OFF = "override_off"
OVERRIDE_WORKING = "override_working"
# (background, text) of each kind: light backgrounds with dark text read in any palette.
COLOURS: dict[str, tuple[QColor | None, QColor | None]] = {
    WORKDAY: (None, None),
    WEEKEND: (QColor("#f6d5d5"), QColor("#7a0c0c")),
    HOLIDAY: (QColor("#e89a9a"), QColor("#4d0000")),
    WORKING_WEEKEND: (QColor("#c5e6c0"), QColor("#0b4d0b")),
    OVERRIDE_OFF: (QColor("#f7b267"), QColor("#4a2500")),
    OVERRIDE_WORKING: (QColor("#9ccbf0"), QColor("#08315a")),
}
CELL_HEIGHT = 21
MIN_CELL_WIDTH = 27


def day_kind(info: DayInfo) -> str:
    if info.overridden:
        return OVERRIDE_WORKING if info.is_working else OVERRIDE_OFF
    if info.is_working:
        return WORKING_WEEKEND if info.day.weekday() >= 5 else WORKDAY
    if info.reason and info.reason != "weekend":
        return HOLIDAY
    return WEEKEND


def kind_names() -> dict[str, str]:
    return {
        WORKDAY: translate("SettingsCalendar", "Working day"),
        WEEKEND: translate("SettingsCalendar", "Day off"),
        HOLIDAY: translate("SettingsCalendar", "Holiday or transferred day off"),
        WORKING_WEEKEND: translate("SettingsCalendar", "Working Saturday or Sunday"),
        OVERRIDE_OFF: translate("SettingsCalendar", "Day off by override"),
        OVERRIDE_WORKING: translate("SettingsCalendar", "Working day by override"),
    }


def day_tooltip(info: DayInfo) -> str:
    reason = info.reason
    if info.overridden:
        reason = translate("SettingsCalendar", "override: {0}").format(info.reason)
    elif reason == "weekend":
        reason = ""
    elif reason == "working weekend":
        reason = translate("SettingsCalendar", "a working day by a transfer")
    text = f"{labels.date_text(info.day)} — {kind_names()[day_kind(info)]}"
    return f"{text}\n{reason}" if reason else text


def ui_locale() -> QLocale:
    if labels.ui_language() == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@dataclass(frozen=True, slots=True)
class YearData:
    year: int
    days: list[DayInfo]
    overrides: list[OverrideDTO]


@dataclass(frozen=True, slots=True)
class CalendarChange:
    day: dt.date
    is_working: bool | None  # None: the override was removed
    recomputed: int  # open letters whose dates changed


# --- the work, on a worker thread ----------------------------------------------------------


def load_year(database: Database, year: int, language: str) -> YearData:
    with database.read() as session:
        overrides = list_overrides(session)
    calendar = Calendar(
        {o.day: o.is_working for o in overrides},
        {o.day: o.reason for o in overrides},
        language=language,
    )
    mine = [o for o in overrides if o.day.year == year]
    return YearData(year, calendar.year(year), mine)


def save_override(
    database: Database, actor: Actor, day: dt.date, is_working: bool, reason: str
) -> CalendarChange:
    """The override and the open letters' new dates in one transaction."""
    with database.write() as session:
        store_calendar_override(session, actor, day, is_working, reason)
        changed = recompute_open_letters(session, actor)
    return CalendarChange(day, is_working, changed)


def drop_override(database: Database, actor: Actor, day: dt.date) -> CalendarChange:
    with database.write() as session:
        remove_override(session, actor, day)
        changed = recompute_open_letters(session, actor)
    return CalendarChange(day, None, changed)


# --- one month ---------------------------------------------------------------------------------


class MonthGrid(QWidget):
    """A month of the production calendar, Monday first, days coloured by kind.

    Signals:
        day_clicked(object): the ``datetime.date`` clicked.
    """

    day_clicked = Signal(object)

    def __init__(self, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = month
        self.year = dt.date.today().year
        self.days: dict[dt.date, DayInfo] = {}
        self.selected: dt.date | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_days(self, year: int, days: dict[dt.date, DayInfo]) -> None:
        self.year, self.days = year, days
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(7 * 32 + 4, self._top() + 6 * CELL_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * MIN_CELL_WIDTH + 4, self._top() + 6 * CELL_HEIGHT + 4)

    def _top(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _cell_height(self) -> int:
        """Rows grow with the room there is, up to half as tall again."""
        room = (self.height() - self._top() - 4) // 6
        return max(CELL_HEIGHT, min(room, CELL_HEIGHT * 3 // 2))

    def _cell(self, day: dt.date) -> QRect:
        first = dt.date(self.year, self.month, 1).weekday()
        index = first + day.day - 1
        width, height = (self.width() - 4) // 7, self._cell_height()
        return QRect(2 + (index % 7) * width, self._top() + (index // 7) * height, width, height)

    def day_at(self, point: QPoint) -> dt.date | None:
        for day in self.days:
            if self._cell(day).contains(point):
                return day
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        locale = ui_locale()
        width = (self.width() - 4) // 7
        line = self.fontMetrics().height()
        title = locale.standaloneMonthName(self.month)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRect(0, 2, self.width(), line + 2),
            Qt.AlignmentFlag.AlignCenter,
            title[:1].upper() + title[1:],
        )
        painter.setFont(self.font())
        painter.setPen(self.palette().placeholderText().color())
        for weekday in range(7):
            name = locale.standaloneDayName(weekday + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRect(2 + weekday * width, line + 6, width, line),
                Qt.AlignmentFlag.AlignCenter,
                name[:2],
            )
        for day, info in self.days.items():
            rect = self._cell(day).adjusted(1, 1, -1, -1)
            background, text = COLOURS[day_kind(info)]
            if background is not None:
                painter.fillRect(rect, background)
            font = QFont(self.font())
            font.setBold(info.overridden)
            painter.setFont(font)
            painter.setPen(text if text is not None else self.palette().text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
            if day == self.selected:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.day_clicked.emit(day)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), day_tooltip(self.days[day]), self)
            return True
        return super().event(event)


def swatch(kind: str, parent: QWidget) -> QWidget:
    """A coloured square and the kind's name, for the legend."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(4)
    square = QLabel(box)
    square.setFixedSize(14, 14)
    background, _text = COLOURS[kind]
    colour = background.name() if background is not None else "palette(base)"
    square.setStyleSheet(f"background: {colour}; border: 1px solid #9a9a9a;")
    layout.addWidget(square)
    layout.addWidget(QLabel(kind_names()[kind], box))
    return box


# --- the page ----------------------------------------------------------------------------------


class CalendarPage(SettingsPage):
    """The year's twelve months, and the overrides of the year with add and remove.

    Signals: those of :class:`app.gui.settings_common.SettingsPage`.
    """

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.data: YearData | None = None
        self._load_serial = 0
        self._busy = True

        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(lambda _y: self.refresh() if self.started else None)
        top = QHBoxLayout()
        year_label = QLabel(translate("SettingsCalendar", "&Year:"), self)
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        legend.setVerticalSpacing(2)
        for index, kind in enumerate(
            (WORKDAY, WEEKEND, HOLIDAY, WORKING_WEEKEND, OVERRIDE_OFF, OVERRIDE_WORKING)
        ):
            legend.addWidget(swatch(kind, self), index // 3, index % 3)
        top.addLayout(legend)
        top.addStretch(1)

        months = QWidget(self)
        months.setBackgroundRole(QPalette.ColorRole.Base)  # a white sheet, like a wall calendar
        months.setAutoFillBackground(True)
        grid = QGridLayout(months)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.months: list[MonthGrid] = []
        for month in range(1, 13):
            widget = MonthGrid(month, months)
            widget.setObjectName(f"month{month}")
            widget.day_clicked.connect(self.pick_day)
            grid.addWidget(widget, (month - 1) // 4, (month - 1) % 4)
            self.months.append(widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(months)

        self.overrides = QTableWidget(0, 3, self)
        self.overrides.setObjectName("overrides")
        self.overrides.setHorizontalHeaderLabels(
            [
                translate("SettingsCalendar", "Date"),
                translate("SettingsCalendar", "The day is"),
                translate("SettingsCalendar", "Basis"),
            ]
        )
        table_style(self.overrides, (90, 80))
        self.overrides.itemSelectionChanged.connect(self._override_selected)
        self.remove_button = QPushButton(translate("SettingsCalendar", "&Remove override"), self)
        self.remove_button.setToolTip(
            translate("SettingsCalendar", "The day follows the production calendar again")
        )
        self.remove_button.clicked.connect(self.remove_selected)

        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setDate(QDate.currentDate())
        self.day.dateChanged.connect(lambda _d: self._show_selection())
        self.kind = QComboBox(self)
        self.kind.addItem(translate("SettingsCalendar", "a day off"), False)
        self.kind.addItem(translate("SettingsCalendar", "a working day"), True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(
            translate("SettingsCalendar", "the decree, e.g. Постановление № 1234 от 01.10.2026")
        )
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.reason.returnPressed.connect(self.add_override)
        self.add_button = QPushButton(translate("SettingsCalendar", "&Save override"), self)
        self.add_button.clicked.connect(self.add_override)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SettingsCalendar", "&Date:"), self.day)
        form.addRow(translate("SettingsCalendar", "&Make it:"), self.kind)
        form.addRow(translate("SettingsCalendar", "Rea&son:"), self.reason)
        note = QLabel(
            translate(
                "SettingsCalendar",
                "An override wins over the production calendar, for a decree the calendar "
                "does not know yet. The reason is required. After every change the due and "
                "control dates of the open letters are recomputed.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        side = QGroupBox(translate("SettingsCalendar", "Overrides of the year"), self)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.overrides, 1)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addWidget(note)
        side.setMinimumWidth(380)
        side.setMaximumWidth(480)

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.info)
        self.set_busy(True)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._load_serial += 1
        serial, year = self._load_serial, self.year.value()
        language = "ru" if labels.ui_language() == "ru" else "en_US"
        self.run(
            "calendar",
            load_year,
            self.database,
            year,
            language,
            done=lambda data: self._show(serial, data),
            busy=False,
        )

    def _show(self, serial: int, data: YearData) -> None:
        if serial != self._load_serial:
            return  # the year changed meanwhile: a newer load follows
        self.data = data
        by_month: dict[int, dict[dt.date, DayInfo]] = {m: {} for m in range(1, 13)}
        for info in data.days:
            by_month[info.day.month][info.day] = info
        for widget in self.months:
            widget.set_days(data.year, by_month[widget.month])
        self.overrides.setRowCount(len(data.overrides))
        for row, o in enumerate(data.overrides):
            made = (
                translate("SettingsCalendar", "working")
                if o.is_working
                else translate("SettingsCalendar", "a day off")
            )
            self.overrides.setItem(row, 0, read_only(labels.date_text(o.day), o.day))
            self.overrides.setItem(row, 1, read_only(made, o.day))
            self.overrides.setItem(row, 2, read_only(o.reason, o.day))
            self.overrides.item(row, 2).setToolTip(o.reason)
        if self.day.date().year() != data.year:
            self.day.setDate(QDate(data.year, 1, 1))
        self._show_selection()
        self.set_busy(False)
        off = sum(1 for d in data.days if not d.is_working)
        summary = translate(
            "SettingsCalendar", "{0}: {1} working days, {2} days off; overrides: {3}."
        ).format(data.year, len(data.days) - off, off, len(data.overrides))
        self.say_loaded(summary)
        self.loaded.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.day, self.kind, self.reason):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.data is not None
        self.add_button.setEnabled(ready and bool(self.reason.text().strip()))
        self.remove_button.setEnabled(ready and self.selected_override() is not None)

    # --- what the tests and the legend ask ------------------------------------------------

    def info_of(self, day: dt.date) -> DayInfo | None:
        if self.data is None or day.year != self.data.year:
            return None
        return self.months[day.month - 1].days.get(day)

    def day_colour(self, day: dt.date) -> QColor | None:
        """The background the day is drawn with (None: an ordinary working day)."""
        info = self.info_of(day)
        return None if info is None else COLOURS[day_kind(info)][0]

    # --- choosing a day --------------------------------------------------------------------

    def pick_day(self, day: dt.date) -> None:
        """A click on a day: prepare the override that turns it the other way."""
        self.day.setDate(QDate(day.year, day.month, day.day))
        info = self.info_of(day)
        for row in range(self.overrides.rowCount()):
            item = self.overrides.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == day:
                self.overrides.selectRow(row)
                break
        else:
            self.overrides.clearSelection()
            if info is not None:
                self.kind.setCurrentIndex(self.kind.findData(not info.is_working))
        self._show_selection()

    def chosen_day(self) -> dt.date:
        q = self.day.date()
        return dt.date(q.year(), q.month(), q.day())

    def _show_selection(self) -> None:
        day = self.chosen_day()
        for widget in self.months:
            widget.selected = day if widget.month == day.month else None
            widget.update()
        self._update_buttons()

    def selected_override(self) -> OverrideDTO | None:
        row = self.overrides.currentRow()
        if self.data is None or not self.overrides.selectedItems():
            return None
        return self.data.overrides[row] if 0 <= row < len(self.data.overrides) else None

    def _override_selected(self) -> None:
        found = self.selected_override()
        if found is not None:
            self.day.setDate(QDate(found.day.year, found.day.month, found.day.day))
            self.kind.setCurrentIndex(self.kind.findData(found.is_working))
            self.reason.setText(found.reason)
        self._update_buttons()

    # --- changes ---------------------------------------------------------------------------

    def add_override(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.say(
                translate("SettingsCalendar", "Give the reason: the decree or order."), error=True
            )
            self.reason.setFocus()
            return
        self.run(
            "calendar override",
            save_override,
            self.database,
            self.actor,
            self.chosen_day(),
            bool(self.kind.currentData()),
            reason,
            done=self._changed,
        )

    def remove_selected(self) -> None:
        found = self.selected_override()
        if found is None:
            return
        self.run(
            "calendar override removed",
            drop_override,
            self.database,
            self.actor,
            found.day,
            done=self._changed,
        )

    def _changed(self, change: CalendarChange) -> None:
        day = labels.date_text(change.day)
        if change.is_working is None:
            head = translate("SettingsCalendar", "The override of {0} is removed.").format(day)
        elif change.is_working:
            head = translate("SettingsCalendar", "{0} is now a working day.").format(day)
        else:
            head = translate("SettingsCalendar", "{0} is now a day off.").format(day)
        tail = translate(
            "SettingsCalendar", "Deadlines recomputed: the dates of {0} open letter(s) changed."
        ).format(change.recomputed)
        self.reason.clear()
        self.news = f"{head} {tail}"
        self.say(self.news, status=True)
        self.refresh()
        self.changed.emit()
