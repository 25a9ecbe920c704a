"""Reading dates from forms and ledgers, and the office's local clock.

Ledgers hold dates as Excel cells (dates, datetimes or serial numbers) or as text in the usual
Chinese spellings; :func:`parse_date` turns all of them into a :class:`datetime.date`. Case events
are dated in China Standard Time (UTC+8), which has no daylight saving.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

from app.domain.errors import InvalidValue
from app.domain.messages import Message, msg

LOCAL_TZ = timezone(timedelta(hours=8))
EARLIEST_PURCHASE = date(2000, 1, 1)
EARLIEST_DATE = date(1990, 1, 1)
"""No date a person enters (registration, purchase, acceptance, session, closing, payment) is earlier;
and none is later than a year after today (:func:`latest_date`)."""

FORMAT_MESSAGE = msg("date.format")
MISSING_DAY_MESSAGE = msg("date.missing_day")

_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_LAST_SERIAL = 2958465  # 9999-12-31
_NUMERIC = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", re.ASCII)
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", re.ASCII)
_TIME_SUFFIX = re.compile(r"(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$", re.ASCII)


def now_local() -> datetime:
    """Return the current time as an aware datetime in China Standard Time."""
    return datetime.now(LOCAL_TZ)


def today_local() -> date:
    """Return today's date in China Standard Time."""
    return now_local().date()


def parse_date(raw: object) -> date:
    """Return the date in ``raw``: a date, a datetime, an Excel serial number or text.

    Text may be "2026-01-05", "2026/1/5", "2026.1.5" or "2026年1月5日", in full-width digits too,
    optionally followed by a time of day, which is dropped.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, bool):
        raise InvalidValue(FORMAT_MESSAGE)
    if isinstance(raw, int | float):
        return _from_excel_serial(raw)
    if isinstance(raw, str):
        return _from_text(raw)
    raise InvalidValue(FORMAT_MESSAGE)


def parse_optional_date(raw: object) -> date | None:
    """Like :func:`parse_date`, but None or blank text gives None."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return parse_date(raw)


def _from_excel_serial(serial: float) -> date:
    """Convert an Excel serial number (1900 date system) to a date; a time fraction is dropped."""
    if not math.isfinite(serial) or not 1 <= serial <= _EXCEL_LAST_SERIAL:
        raise InvalidValue(FORMAT_MESSAGE)
    days = math.floor(serial)
    if days == 60:
        raise InvalidValue(MISSING_DAY_MESSAGE)  # Excel's 1900-02-29, a day that never was
    if days < 60:
        days += 1  # before the phantom day, Excel's count runs one ahead of the calendar
    return _EXCEL_EPOCH + timedelta(days=days)


def _from_text(raw: str) -> date:
    """Parse a date written as text."""
    text = _TIME_SUFFIX.sub("", unicodedata.normalize("NFKC", raw).strip())
    if match := _NUMERIC.fullmatch(text):
        year, month, day = match[1], match[3], match[4]
    elif match := _CHINESE.fullmatch(text):
        year, month, day = match.groups()
    else:
        raise InvalidValue(FORMAT_MESSAGE)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise InvalidValue(MISSING_DAY_MESSAGE) from None


def latest_date(today: date) -> date:
    """The latest date anyone may enter: one year after ``today`` (29 February gives 28 February)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def date_out_of_range(d: date, today: date) -> Message | None:
    """Why ``d`` cannot be a date of a case (before 1990 or more than a year ahead), or None."""
    if EARLIEST_DATE <= d <= latest_date(today):
        return None
    return msg("date.out_of_range", earliest=EARLIEST_DATE.isoformat(), latest=latest_date(today).isoformat())


def check_plausible_date(d: date, today: date) -> date:
    """Return ``d`` if it lies from 1990-01-01 to a year after ``today``; InvalidValue otherwise."""
    if (problem := date_out_of_range(d, today)) is not None:
        raise InvalidValue(problem)
    return d


def check_purchase_date(d: date, today: date) -> date:
    """Return ``d`` if it can be the date of a purchase: not after ``today``, not before 2000."""
    if d > today:
        raise InvalidValue("date.purchase_future")
    if d < EARLIEST_PURCHASE:
        raise InvalidValue("date.purchase_too_early")
    return d
