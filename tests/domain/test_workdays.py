"""Tests of the working-day calendar (app.domain.workdays)."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries, holiday_name_zh

ENTRIES, YEARS = chinesecalendar_entries()
CAL = WorkCalendar(ENTRIES, YEARS)
PLAIN = WorkCalendar()

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
spans = st.lists(
    st.tuples(dates, st.integers(min_value=0, max_value=40)).map(lambda t: (t[0], t[0] + timedelta(days=t[1]))),
    max_size=3,
)
calendars = st.sampled_from([CAL, PLAIN])


# -- the package seed ---------------------------------------------------------------------------


def test_package_example_counts_make_up_saturday() -> None:
    assert CAL.is_workday(date(2026, 10, 10))  # a Saturday worked for National Day
    assert CAL.add_working_days(date(2026, 9, 30), 7) == date(2026, 10, 15)


def test_package_years_are_derived_and_contiguous() -> None:
    assert YEARS[0] == 2004
    assert 2026 in YEARS
    assert list(range(YEARS[0], YEARS[-1] + 1)) == YEARS
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(YEARS[-1] + 1, 7, 1))


def test_package_entries_have_chinese_names_and_flags() -> None:
    by_day = {e.day: e for e in ENTRIES}
    assert by_day[date(2026, 10, 1)] == HolidayEntry(date(2026, 10, 1), False, "国庆节")
    assert by_day[date(2026, 10, 10)] == HolidayEntry(date(2026, 10, 10), True, "国庆节")
    assert by_day[date(2026, 2, 17)].name == "春节"
    assert by_day[date(2015, 9, 3)].name == "抗战胜利纪念日"
    names = {e.name for e in ENTRIES}
    assert names <= {"元旦", "春节", "清明节", "劳动节", "端午节", "国庆节", "中秋节", "抗战胜利纪念日"}
    assert [e.day for e in ENTRIES] == sorted(e.day for e in ENTRIES)


def test_unknown_holiday_name_is_kept() -> None:
    assert holiday_name_zh("Mid-Autumn Festival") == "中秋节"
    assert holiday_name_zh("Some New Day") == "Some New Day"


# -- single days and confirmation ----------------------------------------------------------------


def test_year_without_data_falls_back_to_monday_to_friday() -> None:
    assert CAL.is_workday(date(2027, 1, 1))  # a Friday; 2027 not published in the package
    assert not CAL.is_workday(date(2027, 1, 2))
    assert not CAL.is_confirmed(2027)
    assert CAL.is_confirmed(2026)
    assert CAL.unconfirmed_years(date(2026, 12, 28), date(2028, 1, 5)) == (2027, 2028)
    assert CAL.unconfirmed_years(date(2028, 1, 5), date(2026, 12, 28)) == (2027, 2028)
    assert CAL.unconfirmed_years(date(2026, 1, 1), date(2026, 12, 31)) == ()


def test_entry_decides_over_weekday() -> None:
    cal = WorkCalendar([HolidayEntry(date(2027, 1, 4), False, "元旦"), HolidayEntry(date(2027, 1, 9), True, "x")])
    assert not cal.is_workday(date(2027, 1, 4))  # Monday
    assert cal.is_workday(date(2027, 1, 9))  # Saturday
    assert cal.entry(date(2027, 1, 4)) is not None
    assert cal.entry(date(2027, 1, 5)) is None


def test_next_workday_and_roll_forward() -> None:
    assert CAL.next_workday(date(2026, 9, 30)) == date(2026, 10, 8)
    assert CAL.next_workday(date(2026, 10, 8)) == date(2026, 10, 9)
    assert CAL.roll_forward(date(2026, 10, 8)) == date(2026, 10, 8)
    assert CAL.roll_forward(date(2026, 10, 3)) == date(2026, 10, 8)


# -- counting ------------------------------------------------------------------------------------


def test_start_day_is_not_counted() -> None:
    assert PLAIN.add_working_days(date(2030, 3, 1), 1) == date(2030, 3, 4)  # Friday -> Monday
    assert PLAIN.add_working_days(date(2030, 3, 4), 1) == date(2030, 3, 5)
    assert PLAIN.add_working_days(date(2030, 3, 4), 0) == date(2030, 3, 4)


def test_paused_days_are_not_counted() -> None:
    # paused from Monday 2030-03-04 up to (not including) Monday 2030-03-11: 5 working days
    paused = [(date(2030, 3, 4), date(2030, 3, 11))]
    assert PLAIN.add_working_days(date(2030, 3, 1), 1, paused) == date(2030, 3, 11)
    assert PLAIN.add_working_days(date(2030, 3, 1), 10, paused) == PLAIN.add_working_days(date(2030, 3, 1), 15)


def test_calendar_days_ending_on_holiday_move_to_next_working_day() -> None:
    assert CAL.add_calendar_days(date(2026, 9, 1), 30) == date(2026, 10, 8)  # 10-01 National Day
    assert CAL.add_calendar_days(date(2026, 9, 1), 9) == date(2026, 9, 10)
    assert CAL.add_calendar_days(date(2026, 9, 1), 19) == date(2026, 9, 20)  # make-up Sunday: stays
    assert CAL.add_calendar_days(date(2026, 9, 1), 5, [(date(2026, 9, 2), date(2026, 9, 4))]) == date(2026, 9, 8)


def test_working_days_left() -> None:
    assert CAL.working_days_left(date(2026, 9, 30), date(2026, 9, 30)) == 0
    assert CAL.working_days_left(date(2026, 9, 30), date(2026, 10, 15)) == 7
    assert CAL.working_days_left(date(2026, 10, 15), date(2026, 9, 30)) == -7
    # overdue by holidays only: still -1
    assert CAL.working_days_left(date(2026, 10, 4), date(2026, 10, 3)) == -1
    assert CAL.working_days_left(date(2026, 10, 7), date(2026, 9, 30)) == -1


# -- properties ----------------------------------------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(calendars, dates, st.integers(min_value=1, max_value=120), spans)
def test_due_is_a_working_day_after_start(cal: WorkCalendar, start: date, n: int, paused: list) -> None:
    for due in (cal.add_working_days(start, n, paused), cal.add_calendar_days(start, n, paused)):
        assert due > start
        assert cal.is_workday(due)
        assert not any(a <= due < b for a, b in paused)


@settings(max_examples=100, deadline=None)
@given(calendars, dates, st.integers(min_value=0, max_value=120), spans, spans)
def test_pausing_never_makes_due_earlier(cal: WorkCalendar, start: date, n: int, paused: list, more: list) -> None:
    assert cal.add_working_days(start, n, paused + more) >= cal.add_working_days(start, n, paused)
    assert cal.add_calendar_days(start, n, paused + more) >= cal.add_calendar_days(start, n, paused)


@settings(max_examples=100, deadline=None)
@given(calendars, dates, st.integers(min_value=0, max_value=120), st.integers(min_value=0, max_value=30), spans)
def test_more_days_never_earlier(cal: WorkCalendar, start: date, n: int, extra: int, paused: list) -> None:
    assert cal.add_working_days(start, n + extra, paused) >= cal.add_working_days(start, n, paused)
    assert cal.add_calendar_days(start, n + extra, paused) >= cal.add_calendar_days(start, n, paused)


@settings(max_examples=100, deadline=None)
@given(calendars, dates, st.integers(min_value=0, max_value=120))
def test_working_days_left_inverts_add(cal: WorkCalendar, start: date, n: int) -> None:
    due = cal.add_working_days(start, n)
    assert cal.working_days_left(start, due) == n


@settings(max_examples=120, deadline=None)
@given(calendars, dates, dates)
def test_random_dates_never_raise(cal: WorkCalendar, a: date, b: date) -> None:
    left = cal.working_days_left(a, b)
    assert (left == 0) if a == b else True
    if a > b:
        assert left <= -1
    cal.unconfirmed_years(a, b)
    cal.is_workday(a)
    cal.next_workday(a)
    cal.add_working_days(a, 60)
    cal.add_calendar_days(a, 60)


def test_extreme_years_do_not_raise() -> None:
    for d in (date(1900, 1, 1), date(2200, 12, 31)):
        CAL.add_working_days(d, 400)
        CAL.add_calendar_days(d, 400)
        CAL.working_days_left(date(1900, 1, 1), d)
        CAL.working_days_left(d, date(1900, 1, 1))
