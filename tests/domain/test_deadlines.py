"""Tests of the case clocks (app.domain.deadlines)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import STATES, CaseClock, ClockRule, Deadline, Limits, case_deadlines, next_deadline
from app.domain.errors import InvalidValue
from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries

ENTRIES, YEARS = chinesecalendar_entries()
CAL = WorkCalendar(ENTRIES, YEARS)
SAMR = Limits.working(acceptance_days=7, mediation_days=45, notice_days=7)
SHANGHAI = Limits(ClockRule(7), ClockRule(60, "calendar"), ClockRule(7))


def only(clock: CaseClock, today: date, limits: Limits = SAMR, cal: WorkCalendar = CAL) -> Deadline:
    deadlines = case_deadlines(clock, limits, cal, today)
    assert len(deadlines) == 1
    assert next_deadline(clock, limits, cal, today) == deadlines[0]
    return deadlines[0]


# -- acceptance and unconfirmed years ------------------------------------------------------------


def test_acceptance_into_unconfirmed_year() -> None:
    d = only(CaseClock("registered", received_on=date(2026, 12, 28)), today=date(2026, 12, 28))
    assert d.kind == "acceptance"
    assert d.due == date(2027, 1, 6)  # Mon-Fri fallback for 2027
    assert not d.calendar_confirmed
    assert d.unconfirmed_years == (2027,)
    assert d.warning == "2027年节假日安排未确认"


def test_holiday_entry_for_unconfirmed_year_moves_deadline() -> None:
    entries = [*ENTRIES, HolidayEntry(date(2027, 1, 4), False, "元旦")]
    clock = CaseClock("registered", received_on=date(2026, 12, 28))
    d = only(clock, date(2026, 12, 28), cal=WorkCalendar(entries, YEARS))
    assert d.due == date(2027, 1, 7)
    assert not d.calendar_confirmed
    d = only(clock, date(2026, 12, 28), cal=WorkCalendar(entries, [*YEARS, 2027]))
    assert d.due == date(2027, 1, 7)
    assert d.calendar_confirmed
    assert d.warning is None


def test_confirmed_year_has_no_warning() -> None:
    d = only(CaseClock("registered", received_on=date(2026, 9, 30)), today=date(2026, 9, 30))
    assert d.due == date(2026, 10, 15)
    assert d.calendar_confirmed
    assert d.unconfirmed_years == ()
    assert d.warning is None


def test_warning_lists_several_years() -> None:
    d = Deadline("mediation", date(2028, 3, 1), 10, False, False, False, False, (2027, 2028))
    assert d.warning == "2027、2028年节假日安排未确认"


# -- mediation, suspensions, extension ------------------------------------------------------------


def mediating(**kw: object) -> CaseClock:
    base: dict = {"state": "mediating", "received_on": date(2026, 2, 26), "accepted_on": date(2026, 3, 2)}
    base.update(kw)
    return CaseClock(**base)


def test_mediation_limit_counts_from_acceptance() -> None:
    d = only(mediating(), today=date(2026, 3, 10))
    assert (d.kind, d.due, d.paused, d.overdue) == ("mediation", date(2026, 5, 8), False, False)
    assert only(mediating(state="accepted"), today=date(2026, 3, 10)).due == date(2026, 5, 8)


def test_suspended_working_days_do_not_count() -> None:
    # suspended Monday 03-09, resumed Monday 03-16: 5 working days
    d = only(mediating(suspensions=((date(2026, 3, 9), date(2026, 3, 16)),)), today=date(2026, 3, 20))
    assert d.due == date(2026, 5, 14) == CAL.add_working_days(date(2026, 5, 8), 5)


def test_open_suspension_lasts_through_today() -> None:
    clock = mediating(state="suspended", suspensions=((date(2026, 3, 9), None),))
    d = only(clock, today=date(2026, 3, 20))  # 10 working days suspended so far
    assert d.due == date(2026, 5, 21)
    assert d.paused
    assert not d.overdue
    later = only(clock, today=date(2026, 7, 1))
    assert later.due > date(2026, 7, 1)
    assert not later.overdue


def test_suspended_after_deadline_is_not_flagged_overdue() -> None:
    clock = mediating(state="suspended", suspensions=((date(2026, 6, 1), None),))
    d = only(clock, today=date(2026, 6, 10))
    assert d.due == date(2026, 5, 8)
    assert d.paused and not d.overdue and not d.due_soon
    assert d.working_days_left < 0


def test_extension_days_are_added() -> None:
    d = only(mediating(extension_days=5), today=date(2026, 3, 10))
    assert d.due == date(2026, 5, 14)


def test_accepted_without_acceptance_date_counts_from_receipt() -> None:
    d = only(mediating(accepted_on=None), today=date(2026, 3, 10))
    assert d.due == CAL.add_working_days(date(2026, 2, 26), 45)


# -- flags ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "left", "overdue", "due_soon"),
    [
        (date(2026, 10, 9), 5, False, False),  # 10-10 is a make-up Saturday
        (date(2026, 10, 12), 3, False, False),
        (date(2026, 10, 13), 2, False, True),
        (date(2026, 10, 14), 1, False, True),
        (date(2026, 10, 15), 0, False, True),
        (date(2026, 10, 16), -1, True, False),
        (date(2026, 10, 19), -2, True, False),
    ],
)
def test_overdue_and_due_soon(today: date, left: int, overdue: bool, due_soon: bool) -> None:
    d = only(CaseClock("registered", received_on=date(2026, 9, 30)), today=today)
    assert d.due == date(2026, 10, 15)
    assert (d.working_days_left, d.overdue, d.due_soon) == (left, overdue, due_soon)


def test_overdue_over_holidays_only_is_minus_one() -> None:
    clock = CaseClock("agreed", date(2026, 9, 1), date(2026, 9, 2), performance_due_on=date(2026, 10, 3))
    d = only(clock, today=date(2026, 10, 4))
    assert (d.kind, d.due, d.working_days_left, d.overdue) == ("performance", date(2026, 10, 3), -1, True)


# -- other states --------------------------------------------------------------------------------


def test_calendar_day_limit_ending_on_holiday_moves_to_next_working_day() -> None:
    d = only(mediating(accepted_on=date(2026, 8, 2)), today=date(2026, 8, 3), limits=SHANGHAI)
    assert d.due == date(2026, 10, 8)  # 60 days = 10-01, National Day holiday until 10-07


def test_termination_notice() -> None:
    clock = mediating(state="terminated", terminated_on=date(2026, 9, 30))
    d = only(clock, today=date(2026, 10, 1))
    assert (d.kind, d.due) == ("termination_notice", date(2026, 10, 15))


@pytest.mark.parametrize("state", ["rejected", "closed"])
def test_end_states_run_no_clock(state: str) -> None:
    clock = mediating(state=state)
    assert case_deadlines(clock, SAMR, CAL, date(2026, 3, 3)) == []
    assert next_deadline(clock, SAMR, CAL, date(2026, 3, 3)) is None


def test_agreed_without_due_date_and_terminated_without_date_run_no_clock() -> None:
    assert case_deadlines(mediating(state="agreed"), SAMR, CAL, date(2026, 3, 3)) == []
    assert case_deadlines(mediating(state="terminated"), SAMR, CAL, date(2026, 3, 3)) == []


def test_bad_input_is_refused() -> None:
    with pytest.raises(InvalidValue):
        case_deadlines(mediating(state="lost"), SAMR, CAL, date(2026, 3, 3))
    with pytest.raises(InvalidValue):
        ClockRule(7, day_kind="weeks")
    with pytest.raises(InvalidValue):
        ClockRule(-1)


# -- properties ----------------------------------------------------------------------------------

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def clocks(draw: st.DrawFn) -> CaseClock:
    received = draw(dates)
    accepted = received + timedelta(days=draw(st.integers(0, 20)))
    began = accepted + timedelta(days=draw(st.integers(0, 60)))
    resumed = draw(st.one_of(st.none(), st.integers(0, 60).map(lambda k: began + timedelta(days=k))))
    return CaseClock(
        state=draw(st.sampled_from(STATES)),
        received_on=received,
        accepted_on=draw(st.one_of(st.none(), st.just(accepted))),
        terminated_on=draw(st.one_of(st.none(), st.just(began))),
        performance_due_on=draw(st.one_of(st.none(), dates)),
        suspensions=draw(st.sampled_from([(), ((began, resumed),)])),
        extension_days=draw(st.integers(0, 30)),
    )


@settings(max_examples=120, deadline=None)
@given(clocks(), dates, st.sampled_from([SAMR, SHANGHAI]))
def test_random_cases_never_raise(clock: CaseClock, today: date, limits: Limits) -> None:
    for d in case_deadlines(clock, limits, CAL, today):
        assert d.overdue == (today > d.due and not d.paused)
        assert d.calendar_confirmed == (d.warning is None)
        if d.kind != "performance":
            assert CAL.is_workday(d.due)
            assert d.due > clock.received_on


@settings(max_examples=100, deadline=None)
@given(clocks(), dates)
def test_suspension_never_brings_mediation_deadline_forward(clock: CaseClock, today: date) -> None:
    plain = CaseClock("mediating", clock.received_on, clock.accepted_on)
    suspended = CaseClock("mediating", clock.received_on, clock.accepted_on, suspensions=clock.suspensions)
    assert only(suspended, today).due >= only(plain, today).due


def test_termination_notice_clock_stops_once_the_parties_were_told():
    from app.domain.deadlines import CaseClock, Limits, case_deadlines
    from app.domain.workdays import WorkCalendar

    limits = Limits.working(7, 45, 7)
    clock = CaseClock("terminated", date(2026, 3, 2), date(2026, 3, 3), terminated_on=date(2026, 4, 1))
    assert [d.kind for d in case_deadlines(clock, limits, WorkCalendar(), date(2026, 4, 2))] == ["termination_notice"]
    told = CaseClock(
        "terminated", date(2026, 3, 2), date(2026, 3, 3), terminated_on=date(2026, 4, 1), notice_on=date(2026, 4, 3)
    )
    assert case_deadlines(told, limits, WorkCalendar(), date(2026, 6, 1)) == []
