"""The public holidays fixed by law for every year, for years without a confirmed holiday table.

全国年节及纪念日放假办法 (2024 revision, in force 2025-01-01), Art. 2: 元旦 1 day (1 January); 春节 4 days
(除夕 and 正月初一 to 初三); 清明节 1 day (the day of the solar term 清明); 劳动节 2 days (1-2 May); 端午节 1 day
(五月初五); 中秋节 1 day (八月十五); 国庆节 3 days (1-3 October). The lunar dates and the solar term come
from the ``lunar_python`` package, saved as a table for 1901-2099 (``app.domain.lunar_dates``).

What the law does not fix is left out: the make-up days for a holiday on a weekend (补假) and the
swapped working days (调休) that the State Council announces each year. A deadline counted over these
days is therefore a lower bound and stays marked "calendar not confirmed".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from app.domain.dates import today_local
from app.domain.workdays import HolidayEntry, WorkCalendar

FIRST_YEAR = 1901
LAST_YEAR = 2099
FALLBACK_FROM = 2000
FALLBACK_AHEAD = 20
"""Years computed: from 2000 to 20 years past the last confirmed one (or ``today``); later years count
Monday to Friday, still marked unconfirmed."""


def computed_lunar_dates(year: int) -> tuple[date, date, date, date]:
    """春节, 清明, 端午 and 中秋 of ``year`` computed by ``lunar_python`` (the source of the saved table)."""
    return (_lunar_to_solar(year, 1, 1), _qingming(year), _lunar_to_solar(year, 5, 5), _lunar_to_solar(year, 8, 15))


def _lunar_dates(year: int) -> tuple[date, date, date, date]:
    """春节, 清明, 端午 and 中秋 of ``year`` (1901-2099), from the saved table."""
    from app.domain.lunar_dates import LUNAR_DATES

    new_year, qingming, duanwu, zhongqiu = (date(year, m, d) for m, d in LUNAR_DATES[year])
    return new_year, qingming, duanwu, zhongqiu


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _qingming(year: int) -> date:
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


@lru_cache(maxsize=256)
def statutory_holidays(year: int) -> tuple[HolidayEntry, ...]:
    """The 13 holidays the law fixes for ``year`` (days of the year only), sorted; () outside 1901-2099."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return ()
    new_year, qingming, duanwu, zhongqiu = _lunar_dates(year)
    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    for offset in range(-1, 3):
        days[new_year + timedelta(days=offset)] = "春节"
    days[qingming] = "清明节"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "劳动节"
    days.setdefault(duanwu, "端午节")
    days.setdefault(zhongqiu, "中秋节")
    for d in (1, 2, 3):
        days[date(year, 10, d)] = "国庆节"
    return tuple(HolidayEntry(d, False, name) for d, name in sorted(days.items()) if d.year == year)


def calendar_with_fallback(
    entries: Iterable[HolidayEntry], confirmed_years: Iterable[int], today: date | None = None
) -> WorkCalendar:
    """The working-day calendar of the holiday table, with the statutory holidays of every year the table
    does not confirm added where the table has no row for the day (an administrator's row wins; a
    confirmed year is the table alone)."""
    table = {e.day: e for e in entries}
    confirmed = frozenset(confirmed_years)
    last = max([*confirmed, (today or today_local()).year]) + FALLBACK_AHEAD
    for year in range(FALLBACK_FROM, min(last, LAST_YEAR) + 1):
        if year in confirmed:
            continue
        for entry in statutory_holidays(year):
            table.setdefault(entry.day, entry)
    return WorkCalendar(table.values(), confirmed)
