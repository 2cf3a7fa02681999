"""The production calendar (производственный календарь): which days are working days.

Working days come from the ``holidays`` package (country RU), which knows the yearly day
transfers and the working Saturdays; an administrator's overrides (``calendar_override``)
win over it, for a decree the package does not know yet. A :class:`Calendar` is built once
per call site (``load_calendar``) and then used by pure functions, so deadline arithmetic
is testable without a database.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models_deadlines import CalendarOverride
from letters import audit
from letters.actors import Actor
from letters.permissions import require

# Longest run of days off we accept before calling the calendar broken (an override table
# that turns a whole year off would otherwise loop forever).
MAX_DAYS_OFF_RUN = 120
ONE_DAY = dt.timedelta(days=1)


class CalendarError(ValueError):
    """The calendar has no working day near a date: the overrides are wrong."""


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: dt.date
    is_working: bool
    reason: str  # holiday name, "override: …", "weekend", "working weekend" or ""
    overridden: bool = False


_per_thread = threading.local()


def _country_holidays(language: str) -> holidays.HolidayBase:
    """The country's holidays in ``language``, one object per thread: it expands itself
    year by year (not thread-safe), and making one cost ~40 ms, which every registered
    letter paid when each calendar made its own. Only Russia's module is imported:
    ``holidays.country_holidays`` imports every country's (0.25 s of the first calendar)."""
    made: dict[str, holidays.HolidayBase] = _per_thread.__dict__.setdefault("holidays", {})
    if language not in made:
        from holidays.countries.russia import Russia  # on first use: 0.12 s

        made[language] = Russia(language=language)
    return made[language]


class Calendar:
    """Working days of the RU production calendar with overrides ``{date: is_working}``;
    ``language`` is that of the holiday names (``ru`` or ``en_US``)."""

    def __init__(
        self,
        overrides: Mapping[dt.date, bool] | None = None,
        reasons: Mapping[dt.date, str] | None = None,
        language: str = "ru",
    ) -> None:
        self.overrides: Mapping[dt.date, bool] = MappingProxyType(dict(overrides or {}))
        self._reasons = dict(reasons or {})
        self._holidays = _country_holidays(language)

    def is_working_day(self, day: dt.date) -> bool:
        found = self.overrides.get(day)
        if found is not None:
            return found
        return bool(self._holidays.is_working_day(day))

    def describe(self, day: dt.date) -> DayInfo:
        if day in self.overrides:
            return DayInfo(day, self.overrides[day], self._reasons.get(day, ""), True)
        working = self.is_working_day(day)
        name = self._holidays.get(day)
        if name:
            return DayInfo(day, working, str(name))
        if day.weekday() >= 5:
            return DayInfo(day, working, "working weekend" if working else "weekend")
        return DayInfo(day, working, "")

    def roll_forward(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the next working day."""
        return self._walk(day, ONE_DAY)

    def roll_back(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the preceding working day."""
        return self._walk(day, -ONE_DAY)

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        return self._walk(day + ONE_DAY, ONE_DAY)

    def previous_working_day(self, day: dt.date) -> dt.date:
        """The last working day strictly before ``day``."""
        return self._walk(day - ONE_DAY, -ONE_DAY)

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted, as a
        period runs from the day after its start event); negative counts go back, and 0
        gives ``start`` rolled forward to a working day."""
        if count == 0:
            return self.roll_forward(start)
        day = start
        step = self.next_working_day if count > 0 else self.previous_working_day
        for _ in range(abs(count)):
            day = step(day)
        return day

    def working_days_between(self, first: dt.date, last: dt.date) -> int:
        """Working days in ``first < day <= last`` (negative when ``last`` is earlier)."""
        if last < first:
            return -self.working_days_between(last, first)
        return sum(1 for d in _days(first + ONE_DAY, last) if self.is_working_day(d))

    def year(self, year: int) -> list[DayInfo]:
        return [self.describe(d) for d in _days(dt.date(year, 1, 1), dt.date(year, 12, 31))]

    def _walk(self, day: dt.date, step: dt.timedelta) -> dt.date:
        for _ in range(MAX_DAYS_OFF_RUN):
            if self.is_working_day(day):
                return day
            day += step
        raise CalendarError(f"no working day within {MAX_DAYS_OFF_RUN} days of {day}")


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


_DEFAULT: Calendar | None = None


def default_calendar() -> Calendar:
    """The calendar without overrides (for pure callers and tests)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Calendar()
    return _DEFAULT


def is_working_day(day: dt.date, calendar: Calendar | None = None) -> bool:
    return (calendar or default_calendar()).is_working_day(day)


def add_working_days(start: dt.date, count: int, calendar: Calendar | None = None) -> dt.date:
    return (calendar or default_calendar()).add_working_days(start, count)


def next_working_day(day: dt.date, calendar: Calendar | None = None) -> dt.date:
    return (calendar or default_calendar()).next_working_day(day)


def previous_working_day(day: dt.date, calendar: Calendar | None = None) -> dt.date:
    return (calendar or default_calendar()).previous_working_day(day)


# --- Overrides in the database --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OverrideDTO:
    day: dt.date
    is_working: bool
    reason: str


def list_overrides(session: Session, year: int | None = None) -> list[OverrideDTO]:
    stmt = select(CalendarOverride).order_by(CalendarOverride.day)
    if year is not None:
        stmt = stmt.where(
            CalendarOverride.day >= dt.date(year, 1, 1),
            CalendarOverride.day <= dt.date(year, 12, 31),
        )
    return [OverrideDTO(r.day, r.is_working, r.reason) for r in session.scalars(stmt)]


def load_calendar(session: Session) -> Calendar:
    """The calendar with every override (a few rows a year): load once per call site."""
    rows = list_overrides(session)
    return Calendar({r.day: r.is_working for r in rows}, {r.day: r.reason for r in rows})


def set_override(
    session: Session, actor: Actor, day: dt.date, is_working: bool, reason: str
) -> None:
    """Make ``day`` a working day or a day off; ``reason`` names the decree (required)."""
    require(actor, "settings.manage")
    reason = reason.strip()
    if not reason:
        raise ValueError("reason_required")
    row = session.get(CalendarOverride, day)
    before = None if row is None else {"is_working": row.is_working, "reason": row.reason}
    if row is None:
        session.add(
            CalendarOverride(day=day, is_working=is_working, reason=reason, created_by_id=actor.id)
        )
    else:
        row.is_working, row.reason, row.created_by_id = is_working, reason, actor.id
    audit.record(
        session,
        actor,
        "calendar.override",
        "calendar_override",
        day.isoformat(),
        before,
        {"is_working": is_working, "reason": reason},
    )


def remove_override(session: Session, actor: Actor, day: dt.date) -> bool:
    require(actor, "settings.manage")
    row = session.get(CalendarOverride, day)
    if row is None:
        return False
    audit.record(
        session,
        actor,
        "calendar.override_removed",
        "calendar_override",
        day.isoformat(),
        {"is_working": row.is_working, "reason": row.reason},
        None,
    )
    session.delete(row)
    return True
