"""The working-day calendar used for every time limit (domain.md section 4).

A day is a working day when a :class:`HolidayEntry` says so (statutory holidays are not, make-up
working days on a weekend are); any other day is a working day from Monday to Friday. Years that
the holiday table does not cover fall back to Monday-Friday and are reported as *unconfirmed* so
that the deadlines computed over them can carry a warning. Nothing here raises for a date.

Counting follows Civil Code Art. 201/203: the day a period starts is not counted, and a period
counted in calendar days that ends on a holiday ends on the next working day. Paused spans
(suspensions) are half-open ``(began, resumed)``: a day ``d`` is paused when
``began <= d < resumed``; paused days are never counted.

``chinesecalendar_entries()`` reads the ``chinese_calendar`` package to seed the database table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)

PausedSpans = Sequence[tuple[date, date]]

# Chinese names for the English names used by the chinese_calendar package, keyed by
# _name_key(); Chinese short names of the package are completed too.
_HOLIDAY_NAMES_ZH: dict[str, str] = {
    "newyearsday": "元旦",
    "springfestival": "春节",
    "tombsweepingday": "清明节",
    "qingmingfestival": "清明节",
    "labourday": "劳动节",
    "laborday": "劳动节",
    "dragonboatfestival": "端午节",
    "midautumnfestival": "中秋节",
    "nationalday": "国庆节",
    "antifascist70thday": "抗战胜利纪念日",
    "清明": "清明节",
    "端午": "端午节",
    "中秋": "中秋节",
}


@dataclass(frozen=True)
class HolidayEntry:
    """One row of the holiday table.

    ``is_workday`` False: a statutory holiday (also on a weekday); True: a make-up working day
    (调休上班), normally on a weekend.
    """

    day: date
    is_workday: bool
    name: str


def _is_weekday(d: date) -> bool:
    return d.weekday() < 5


def _weekdays_through(d: date) -> int:
    """Mondays to Fridays from 0001-01-01 (a Monday) up to and including ``d``."""
    weeks, rest = divmod(d.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


def _normalise_spans(paused: PausedSpans) -> list[tuple[date, date]]:
    """The non-empty spans, sorted, overlapping or touching ones merged (the same paused days)."""
    merged: list[tuple[date, date]] = []
    for began, resumed in sorted((b, r) for b, r in paused if b < r):
        if merged and began <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], resumed))
        else:
            merged.append((began, resumed))
    return merged


def _first_reaching(start: date, n: int, counted: Callable[[date], int]) -> date:
    """The first day ``d`` after ``start`` with ``counted(d) >= n``, for a ``counted`` that never decreases
    and grows by at most one a day: doubling, then bisection (a few dozen evaluations for any ``n``)."""
    low, step = 0, max(n, 1)
    while counted(start + timedelta(days=low + step)) < n:
        low, step = low + step, step * 2
    high = low + step
    while high - low > 1:
        middle = (low + high) // 2
        if counted(start + timedelta(days=middle)) >= n:
            high = middle
        else:
            low = middle
    return start + timedelta(days=high)


class WorkCalendar:
    """Answers "is this a working day" and does the arithmetic of working-day limits."""

    def __init__(self, entries: Iterable[HolidayEntry] = (), confirmed_years: Iterable[int] = ()) -> None:
        self._entries: dict[date, HolidayEntry] = {e.day: e for e in entries}
        self._confirmed: frozenset[int] = frozenset(confirmed_years)
        self._build_exceptions()

    def _build_exceptions(self) -> None:
        """Sorted days where an entry differs from Mon-Fri, with running totals of the difference."""
        changes = sorted(
            (day, 1 if entry.is_workday else -1)
            for day, entry in self._entries.items()
            if entry.is_workday != _is_weekday(day)
        )
        self._exception_days: list[date] = [day for day, _ in changes]
        self._exception_totals: list[int] = []
        total = 0
        for _, change in changes:
            total += change
            self._exception_totals.append(total)

    def _exceptions_through(self, d: date) -> int:
        index = bisect.bisect_right(self._exception_days, d)
        return self._exception_totals[index - 1] if index else 0

    # -- single days -------------------------------------------------------------------------

    def entry(self, d: date) -> HolidayEntry | None:
        """The holiday table's row for ``d``, if any."""
        return self._entries.get(d)

    def is_workday(self, d: date) -> bool:
        """An entry decides; any other day is a working day from Monday to Friday."""
        entry = self._entries.get(d)
        return entry.is_workday if entry is not None else _is_weekday(d)

    def next_workday(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        day = d + ONE_DAY
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def roll_forward(self, d: date) -> date:
        """``d`` itself when it is a working day, else the next working day."""
        return d if self.is_workday(d) else self.next_workday(d)

    # -- confirmation ------------------------------------------------------------------------

    @property
    def confirmed_years(self) -> frozenset[int]:
        return self._confirmed

    def is_confirmed(self, year: int) -> bool:
        """True when the holiday arrangements of ``year`` are known (not a Mon-Fri guess)."""
        return year in self._confirmed

    def unconfirmed_years(self, start: date, end: date) -> tuple[int, ...]:
        """The years touched by the days from ``start`` to ``end`` (either order) not confirmed."""
        first, last = sorted((start.year, end.year))
        return tuple(y for y in range(first, last + 1) if y not in self._confirmed)

    # -- counting ----------------------------------------------------------------------------

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in ``(start, end]``; 0 when ``end <= start``."""
        if end <= start:
            return 0
        weekdays = _weekdays_through(end) - _weekdays_through(start)
        return weekdays + self._exceptions_through(end) - self._exceptions_through(start)

    def working_days_left(self, today: date, due: date) -> int:
        """Working days in ``(today, due]``; negative when overdue (at least -1 once ``today > due``)."""
        if due >= today:
            return self.working_days_between(today, due)
        return -max(self.working_days_between(due, today), 1)

    def add_working_days(self, start: date, n: int, paused: PausedSpans = ()) -> date:
        """The ``n``-th working day after ``start`` (not counted), skipping paused days.

        ``n <= 0`` returns ``start``. Computed from the running totals of the table, not day by day.
        """
        if n <= 0:
            return start
        spans = _normalise_spans(paused)

        def counted(d: date) -> int:
            found = self.working_days_between(start, d)
            for began, resumed in spans:
                found -= self.working_days_between(max(start, began - ONE_DAY), min(d, resumed - ONE_DAY))
            return found

        return _first_reaching(start, n, counted)

    def add_calendar_days(self, start: date, n: int, paused: PausedSpans = (), rollover: bool = True) -> date:
        """``n`` calendar days after ``start`` (paused days not counted), then, with ``rollover``, the
        next working day if the period ends on a day that is not one (Civil Code Art. 203).

        ``n <= 0`` returns ``start`` unchanged.
        """
        if n <= 0:
            return start
        spans = _normalise_spans(paused)

        def counted(d: date) -> int:
            found = (d - start).days
            for began, resumed in spans:
                first, last = max(start + ONE_DAY, began), min(d, resumed - ONE_DAY)
                found -= max((last - first).days + 1, 0)
            return found

        day = _first_reaching(start, n, counted)
        while True:
            span = next(((b, r) for b, r in spans if b <= day < r), None)
            if span is not None:
                day = span[1]
            elif rollover and not self.is_workday(day):
                day += ONE_DAY
            else:
                return day


def _name_key(name: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", name.lower())


def holiday_name_zh(name: str) -> str:
    """The Chinese name of a holiday named by the ``chinese_calendar`` package; unknown names unchanged."""
    return _HOLIDAY_NAMES_ZH.get(_name_key(name), name)


def _package_years(days: Iterable[date]) -> list[int]:
    """Years the package answers for (it raises NotImplementedError outside its range)."""
    import chinese_calendar

    years = {d.year for d in days}
    if not years:
        return []
    covered = []
    for year in range(min(years), max(years) + 1):
        try:
            chinese_calendar.is_workday(date(year, 7, 1))
        except NotImplementedError:
            continue
        covered.append(year)
    return covered


def chinesecalendar_entries() -> tuple[list[HolidayEntry], list[int]]:
    """All holidays and make-up working days of the ``chinese_calendar`` package, sorted by day,
    and the years the package covers (to store as confirmed)."""
    import chinese_calendar

    entries = [HolidayEntry(d, False, holiday_name_zh(str(n))) for d, n in chinese_calendar.holidays.items()]
    entries += [HolidayEntry(d, True, holiday_name_zh(str(n))) for d, n in chinese_calendar.workdays.items()]
    entries.sort(key=lambda e: e.day)
    years = _package_years([*chinese_calendar.holidays, *chinese_calendar.workdays])
    return entries, years
