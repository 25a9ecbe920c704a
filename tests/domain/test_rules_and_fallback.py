"""Rule sets with a clock each (Order 121, Order 20, local rules) and the statutory-holiday fallback for a
year without a confirmed table (全国年节及纪念日放假办法, 2024 revision, Art. 2)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import CaseClock, ClockRule, Limits, case_deadlines
from app.domain.rules import SHIPPED_GROUNDS, SHIPPED_RULE_SETS, RuleSet, rule_set_for
from app.domain.statutory_holidays import calendar_with_fallback, statutory_holidays
from app.domain.workdays import chinesecalendar_entries

ENTRIES, YEARS = chinesecalendar_entries()
CAL = calendar_with_fallback(ENTRIES, YEARS, today=date(2026, 12, 1))
SAMR_2022, SAMR_2026 = SHIPPED_RULE_SETS


def only(clock: CaseClock, limits: Limits, today: date):
    [deadline] = case_deadlines(clock, limits, CAL, today)
    return deadline


# -- 1. rule sets --------------------------------------------------------------------------------


def test_order_121_art_23_mediation_is_60_days_and_acceptance_stays_7_working_days():
    """Order 121 Art. 23(1)(五): 自投诉受理之日起六十日内; acceptance (Order 20 Art. 14) stays 7 working days."""
    assert (SAMR_2026.mediation.days, SAMR_2026.mediation.day_kind) == (60, "calendar")
    assert (SAMR_2026.acceptance.days, SAMR_2026.acceptance.day_kind) == (7, "working")
    assert (SAMR_2026.notice.days, SAMR_2026.notice.day_kind) == (7, "working")
    assert SAMR_2026.effective_from == date(2026, 4, 15)
    assert "121" in SAMR_2026.provenance and "待核对" in SAMR_2026.note


def test_order_121_art_16_and_23_grounds_are_in_the_2026_rule_set():
    """Art. 16(五)(六): false materials, impersonation, refusing identity checks; Art. 23(1)(七): a party died."""
    assert {"false_materials", "impersonation", "refuses_identity_check"} <= set(SAMR_2026.non_acceptance_grounds)
    assert "party_ceased" in SAMR_2026.termination_grounds
    assert "party_ceased" not in SAMR_2022.termination_grounds
    known = {(g.kind, g.code) for g in SHIPPED_GROUNDS}
    assert all(("non_acceptance", c) in known for c in SAMR_2026.non_acceptance_grounds)
    assert all(("termination", c) in known for c in SAMR_2026.termination_grounds)


def test_order_20_art_40_samr_2022_starts_2020_01_01():
    """Order 20 Art. 40: in force from 2020-01-01."""
    assert SAMR_2022.effective_from == date(2020, 1, 1)
    assert rule_set_for(date(2026, 4, 14), SHIPPED_RULE_SETS).code == "SAMR-2022"
    assert rule_set_for(date(2026, 4, 15), SHIPPED_RULE_SETS).code == "SAMR-2026"


def test_a_60_calendar_day_mediation_limit_leaves_the_7_working_day_acceptance_clock_in_working_days():
    """Order 20 Art. 14 (working days) beside Order 121 Art. 23 (days): each clock keeps its own day kind."""
    received = date(2026, 9, 29)  # Tuesday before National Day
    registered = only(CaseClock("registered", received), SAMR_2026.limits, received)
    assert registered.due == CAL.add_working_days(received, 7) == date(2026, 10, 14)
    assert registered.due != CAL.add_calendar_days(received, 7)  # 10-09 had it been counted in days
    accepted = only(CaseClock("mediating", received, date(2026, 8, 2)), SAMR_2026.limits, date(2026, 8, 3))
    assert accepted.due == date(2026, 10, 8)  # 60 days end 10-01 (holiday): next working day, Civil Code Art. 203


def test_civil_code_art_203_rollover_is_per_clock():
    """Civil Code Art. 203: a calendar period ending on a holiday ends on the next working day, unless the rule
    says otherwise for that clock."""
    no_rollover = Limits(ClockRule(7), ClockRule(60, "calendar", rollover=False), ClockRule(7))
    d = only(CaseClock("mediating", date(2026, 8, 1), date(2026, 8, 2)), no_rollover, date(2026, 8, 3))
    assert d.due == date(2026, 10, 1)


def test_testing_art_20_and_recusal_art_19_pause_other_does_not():
    """Order 20 Art. 20 (testing time not counted) and Art. 19 (recusal suspends); "other" has no basis."""
    assert SAMR_2026.pauses("testing") and SAMR_2026.pauses("recusal")
    assert not SAMR_2026.pauses("other")


def test_a_regional_rule_set_wins_in_its_region_only():
    """Local rules (Shanghai: 60 days, +30 with both parties' consent) apply to an office of that region."""
    shanghai = RuleSet(
        "SH-2020",
        "上海市消费者权益保护条例",
        date(2020, 1, 1),
        ClockRule(7),
        ClockRule(60, "calendar"),
        ClockRule(7),
        extension_days=30,
        region="上海市",
    )
    every = [*SHIPPED_RULE_SETS, shanghai]
    assert rule_set_for(date(2026, 5, 1), every, "上海市").code == "SH-2020"
    assert rule_set_for(date(2026, 5, 1), every, "江苏省").code == "SAMR-2026"
    assert rule_set_for(date(2026, 5, 1), every).code == "SAMR-2026"
    assert rule_set_for(date(2019, 5, 1), every, "上海市").code == "SAMR-2022"


# -- 2. fallback calendar ------------------------------------------------------------------------


def test_2027_statutory_holidays_are_the_13_days_of_the_2024_revision():
    """全国年节及纪念日放假办法 Art. 2 (2024): 元旦 1, 春节 4 (除夕-初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3."""
    days = {e.day: e.name for e in statutory_holidays(2027)}
    assert len(days) == 13
    assert [d for d, n in days.items() if n == "春节"] == [date(2027, 2, d) for d in (5, 6, 7, 8)]
    assert days[date(2027, 1, 1)] == "元旦" and days[date(2027, 4, 5)] == "清明节"
    assert days[date(2027, 6, 9)] == "端午节" and days[date(2027, 9, 15)] == "中秋节"
    assert [d for d, n in days.items() if n == "国庆节"] == [date(2027, 10, d) for d in (1, 2, 3)]


def test_the_2024_revision_matches_the_2026_state_council_table_on_its_fixed_days():
    """The computed days of 2026 are all holidays in the 2026 notice (which adds the make-up days)."""
    from app.domain.workdays import WorkCalendar

    confirmed = WorkCalendar(ENTRIES, YEARS)
    assert all(not confirmed.is_workday(e.day) for e in statutory_holidays(2026))


def test_probe_received_2026_12_31_acceptance_due_no_earlier_than_2027_01_12_unconfirmed():
    """Order 20 Art. 14: 7 working days; 2027-01-01 is 元旦 though the 2027 table is not published."""
    d = only(CaseClock("registered", date(2026, 12, 31)), SAMR_2026.limits, date(2026, 12, 31))
    assert d.due >= date(2027, 1, 12)
    assert not d.calendar_confirmed and d.warning == "2027年节假日安排未确认"


def test_probe_accepted_2026_12_15_45_working_days_no_earlier_than_2027_02_19():
    """Order 20 Art. 21(五): 45 working days; 春节 2027 (02-05 to 02-08) is not counted."""
    d = only(CaseClock("mediating", date(2026, 12, 14), date(2026, 12, 15)), SAMR_2022.limits, date(2026, 12, 16))
    assert d.due >= date(2027, 2, 19)
    assert not d.calendar_confirmed


def test_an_administrators_table_replaces_the_fallback():
    """A confirmed year is the table alone: a make-up working day on 2027-01-01 is honoured."""
    from app.domain.workdays import HolidayEntry

    table = [*ENTRIES, HolidayEntry(date(2027, 1, 4), False, "元旦")]
    cal = calendar_with_fallback(table, [*YEARS, 2027], today=date(2026, 12, 1))
    assert cal.is_workday(date(2027, 1, 1)) and not cal.is_workday(date(2027, 1, 4))
    assert cal.is_confirmed(2027)


@settings(max_examples=60, deadline=None)
@given(st.integers(2027, 2046))
def test_every_fallback_year_has_13_holidays_and_stays_unconfirmed(year: int):
    """Art. 2 of the 2024 revision fixes 13 days a year; 中秋 may fall in 国庆 (then 12 distinct days)."""
    days = statutory_holidays(year)
    assert 12 <= len(days) <= 13
    assert all(not CAL.is_workday(e.day) for e in days)
    assert not CAL.is_confirmed(year)


def test_a_date_past_the_lunar_range_never_crashes():
    assert CAL.add_working_days(date(2099, 12, 20), 30) > date(2099, 12, 31)
    assert statutory_holidays(2150) == ()
