"""Dates from forms and ledgers, purchase-date limits, and the office's local clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import (
    LOCAL_TZ,
    check_purchase_date,
    now_local,
    parse_date,
    parse_optional_date,
    today_local,
)
from app.domain.errors import InvalidValue


@pytest.mark.parametrize(
    "raw",
    [
        "2026-01-05",
        "2026/1/5",
        "2026/01/05",
        "2026.1.5",
        "2026年1月5日",
        "2026 年 1 月 5 日",
        "２０２６－０１－０５",
        "２０２６年１月５日",
        "  2026-01-05  ",
        "2026-01-05 14:30:00",
        "2026-01-05T14:30",
        date(2026, 1, 5),
        datetime(2026, 1, 5, 23, 59),
        46027,
        46027.75,
    ],
)
def test_a_date_is_read_however_a_ledger_holds_it(raw: object) -> None:
    assert parse_date(raw) == date(2026, 1, 5)


def test_excel_serial_numbers_follow_excel() -> None:
    assert parse_date(46000) == date(2025, 12, 9)
    assert parse_date(36526) == date(2000, 1, 1)
    assert parse_date(61) == date(1900, 3, 1)
    assert parse_date(1) == date(1900, 1, 1)


def test_excels_phantom_1900_02_29_does_not_exist() -> None:
    with pytest.raises(InvalidValue, match="日期不存在"):
        parse_date(60)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_serial_numbers_and_iso_text_agree(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day


@pytest.mark.parametrize("raw", ["2026-02-30", "2025-02-29", "2026年13月1日", "2026/4/31", "2026-00-10"])
def test_a_day_that_does_not_exist_says_so(raw: str) -> None:
    with pytest.raises(InvalidValue, match="日期不存在"):
        parse_date(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "05/01/2026",
        "2026-1/5",
        "20260105",
        "26-1-5",
        "昨天",
        "2026年1月",
        None,
        True,
        0,
        -5,
        float("nan"),
        3_000_000,
        [2026, 1, 5],
    ],
)
def test_what_is_not_a_date_shows_the_expected_format(raw: object) -> None:
    with pytest.raises(InvalidValue, match="日期格式应为 YYYY-MM-DD"):
        parse_date(raw)


def test_optional_date_blank_is_none() -> None:
    assert parse_optional_date(None) is None
    assert parse_optional_date("  ") is None
    assert parse_optional_date("2026-01-05") == date(2026, 1, 5)
    with pytest.raises(InvalidValue):
        parse_optional_date("2026-02-30")


def test_purchase_date_within_limits_is_kept() -> None:
    today = date(2026, 3, 10)
    assert check_purchase_date(today, today) == today
    assert check_purchase_date(date(2000, 1, 1), today) == date(2000, 1, 1)


def test_purchase_in_the_future_is_refused() -> None:
    with pytest.raises(InvalidValue, match="购买日期不能晚于今天"):
        check_purchase_date(date(2026, 3, 11), date(2026, 3, 10))


def test_purchase_before_2000_is_refused() -> None:
    with pytest.raises(InvalidValue, match="购买日期不能早于2000年"):
        check_purchase_date(date(1999, 12, 31), date(2026, 3, 10))


def test_local_clock_is_china_standard_time() -> None:
    now = now_local()
    assert now.utcoffset() == timedelta(hours=8)
    assert LOCAL_TZ.utcoffset(None) == timedelta(hours=8)
    assert today_local() in {now.date(), now.date() + timedelta(days=1)}
