"""Calendar months: the first and last day of a month, stepping by months, and YYYY-MM text."""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.domain.dates import today_local
from app.domain.errors import InvalidValue

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, count: int) -> date:
    """The first day of the month ``count`` months after the month of ``day`` (negative goes back)."""
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def parse_month(text: str) -> date:
    """The first day of a month written YYYY-MM."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match[2]) <= 12 or int(match[1]) < 2000:
        raise InvalidValue("month.format", text=repr(text))
    if int(match[1]) > today_local().year + 1:
        raise InvalidValue("month.too_far", month=text.strip())
    return date(int(match[1]), int(match[2]), 1)


def month_text(day: date) -> str:
    """ "2026年10月"."""
    return f"{day.year}年{day.month}月"
