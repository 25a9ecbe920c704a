"""The saved lunar holiday dates are those lunar_python computes, for every year the fallback calendar
can use (全国年节及纪念日放假办法 Art. 2: 春节, 清明节, 端午节 and 中秋节 by the lunar calendar and the
solar term)."""

from __future__ import annotations

from datetime import date

from app.domain.lunar_dates import LUNAR_DATES
from app.domain.statutory_holidays import FIRST_YEAR, LAST_YEAR, computed_lunar_dates, statutory_holidays


def test_every_year_of_the_table_matches_lunar_python():
    wrong = {
        year: (LUNAR_DATES[year], [(d.month, d.day) for d in computed_lunar_dates(year)])
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
        if list(LUNAR_DATES[year]) != [(d.month, d.day) for d in computed_lunar_dates(year)]
    }
    assert wrong == {}
    assert set(LUNAR_DATES) == set(range(FIRST_YEAR, LAST_YEAR + 1))


def test_2027_spring_festival_runs_from_new_years_eve_for_four_days():
    spring = [e.day for e in statutory_holidays(2027) if e.name == "春节"]
    assert spring == [date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)]
