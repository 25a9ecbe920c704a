"""The working-day arithmetic computed from the holiday table's running totals gives exactly the days
the plain day-by-day count gives (domain.md section 4; Civil Code Art. 201: the first day is not
counted; Art. 203: a period ending on a rest day ends on the next working day)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries

ENTRIES, YEARS = chinesecalendar_entries()
CAL = WorkCalendar(ENTRIES, YEARS)
ONE_DAY = timedelta(days=1)

dates = st.dates(min_value=date(2003, 1, 1), max_value=date(2028, 12, 31))
spans = st.lists(
    st.tuples(dates, st.integers(min_value=0, max_value=60)).map(lambda t: (t[0], t[0] + timedelta(days=t[1]))),
    max_size=4,
)
invented = st.lists(
    st.builds(HolidayEntry, dates, st.booleans(), st.just("假日")), max_size=40, unique_by=lambda e: e.day
).map(lambda entries: WorkCalendar(entries, [2026]))
calendars = st.one_of(st.just(CAL), st.just(WorkCalendar()), invented)


def _paused(d: date, paused: list[tuple[date, date]]) -> bool:
    return any(began <= d < resumed for began, resumed in paused)


def loop_add_working_days(cal: WorkCalendar, start: date, n: int, paused: list[tuple[date, date]]) -> date:
    day, remaining = start, n
    while remaining > 0:
        day += ONE_DAY
        if cal.is_workday(day) and not _paused(day, paused):
            remaining -= 1
    return day


def loop_add_calendar_days(
    cal: WorkCalendar, start: date, n: int, paused: list[tuple[date, date]], rollover: bool = True
) -> date:
    day, remaining = start, n
    while remaining > 0:
        day += ONE_DAY
        if not _paused(day, paused):
            remaining -= 1
    if n <= 0:
        return day
    while _paused(day, paused) or (rollover and not cal.is_workday(day)):
        day += ONE_DAY
    return day


@settings(max_examples=400, deadline=None)
@given(calendars, dates, st.integers(min_value=-3, max_value=400), spans)
def test_working_days_by_table_match_the_day_by_day_count(cal, start, n, paused):
    assert cal.add_working_days(start, n, paused) == loop_add_working_days(cal, start, n, paused)


@settings(max_examples=400, deadline=None)
@given(calendars, dates, st.integers(min_value=-3, max_value=400), spans, st.booleans())
def test_calendar_days_by_table_match_the_day_by_day_count(cal, start, n, paused, rollover):
    found = cal.add_calendar_days(start, n, paused, rollover=rollover)
    assert found == loop_add_calendar_days(cal, start, n, paused, rollover)


def test_a_limit_across_national_day_2026_and_into_2027_without_holiday_data():
    # 15 working days from 2026-09-25 skip the National Day week and count the make-up Saturday
    assert CAL.add_working_days(date(2026, 9, 25), 15) == loop_add_working_days(CAL, date(2026, 9, 25), 15, [])
    # 2027 has no holiday data: Monday to Friday, no crash
    assert CAL.add_working_days(date(2026, 12, 28), 60) == loop_add_working_days(CAL, date(2026, 12, 28), 60, [])
