"""Dates as a person reads them, in the language of the screen: the one helper every screen, table and
dialog shows a date or a moment with. Chinese keeps the compact ISO form (2026-12-02, 2026-12-02 14:05,
2026年12月); English writes the month as a word (Dec 2, 2026, Dec 2, 2026 14:05, Dec 2026), so a date is
never read the American or the British way round. Form fields keep accepting and showing yyyy-MM-dd."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

_LOCAL = timezone(timedelta(hours=8))  # China Standard Time, as app.domain.dates.LOCAL_TZ
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english(lang: str) -> bool:
    return lang.lower().startswith("en")


def show_date(day: date | None, lang: str) -> str:
    """``day`` for the screen ("" when there is none): 2026-12-02 in Chinese, Dec 2, 2026 in English."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        return show_datetime(day, lang)
    if _english(lang):
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    return day.isoformat()


def show_datetime(moment: datetime | None, lang: str) -> str:
    """A moment in the office's local time, to the minute: 2026-12-02 14:05 / Dec 2, 2026 14:05."""
    if moment is None:
        return ""
    local = moment.astimezone(_LOCAL) if moment.tzinfo is not None else moment
    return f"{show_date(local.date(), lang)} {local:%H:%M}"


def show_month(first: date | None, lang: str) -> str:
    """A month: 2026年12月 / Dec 2026."""
    if first is None:
        return ""
    if _english(lang):
        return f"{MONTHS_EN[first.month - 1]} {first.year}"
    return f"{first.year}年{first.month}月"
