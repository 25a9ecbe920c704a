"""Amounts in yuan: what a clerk or a ledger cell may hold, and what is stored (NUMERIC(12,2))."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidValue
from app.domain.money import (
    MAX_AMOUNT,
    ZERO,
    format_yuan,
    format_yuan_grouped,
    parse_amount,
    parse_optional_amount,
    sum_amounts,
)

amounts = st.decimals(min_value=ZERO, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("399", "399.00"),
        ("399.5", "399.50"),
        ("1,234.5", "1234.50"),
        ("1,234,567.89", "1234567.89"),
        ("¥399.00", "399.00"),
        ("￥399", "399.00"),
        ("399元", "399.00"),
        ("人民币 1,200 元", "1200.00"),
        ("  88  ", "88.00"),
        ("３９９．００", "399.00"),
        ("１，２３４．５", "1234.50"),
        ("0", "0.00"),
        (399, "399.00"),
        (Decimal("12.3"), "12.30"),
        (Decimal("1.500"), "1.50"),
        (12.5, "12.50"),
        (399.99, "399.99"),
    ],
)
def test_amount_is_read_however_it_was_written(raw: object, expected: str) -> None:
    value = parse_amount(raw)
    assert value == Decimal(expected)
    assert str(value) == expected  # always exactly two decimals


@given(amounts)
def test_any_storable_amount_round_trips_through_text(value: Decimal) -> None:
    assert parse_amount(str(value)) == value
    assert parse_amount(format_yuan(value)) == value
    assert parse_amount(format_yuan_grouped(value)) == value


@given(amounts)
def test_any_storable_amount_read_from_an_excel_float_keeps_its_value(value: Decimal) -> None:
    assert parse_amount(float(value)) == value


@given(st.decimals(min_value=ZERO, max_value=MAX_AMOUNT, places=3).filter(lambda d: d != d.quantize(Decimal("0.01"))))
def test_three_decimals_are_refused(value: Decimal) -> None:
    with pytest.raises(InvalidValue, match="金额最多两位小数"):
        parse_amount(str(value))


@pytest.mark.parametrize("raw", ["1.005", "0.001", Decimal("399.999"), 0.305])
def test_fractions_of_a_fen_are_refused(raw: object) -> None:
    with pytest.raises(InvalidValue, match="金额最多两位小数"):
        parse_amount(raw)


@pytest.mark.parametrize("raw", [-1, "-1", "-0.01", Decimal("-399"), -12.5, "-¥5"])
def test_negative_amount_is_refused(raw: object) -> None:
    with pytest.raises(InvalidValue, match="金额不能为负数"):
        parse_amount(raw)


def test_minus_zero_is_just_zero() -> None:
    assert str(parse_amount("-0")) == "0.00"
    assert str(parse_amount(-0.0)) == "0.00"


def test_excel_formula_float_is_read_as_the_amount_excel_shows() -> None:
    # Decided: handled, not rejected. =0.1+0.2 stores 0.30000000000000004; Excel shows 0.3 and so
    # does the ledger the clerk checked. Floats are read at Excel's 15 significant digits.
    assert parse_amount(0.1 + 0.2) == Decimal("0.30")
    assert parse_amount(199.9 + 100.1) == Decimal("300.00")
    assert parse_amount(0.07 * 100) == Decimal("7.00")


@pytest.mark.parametrize("raw", [None, "", "   ", "　"])
def test_missing_amount_says_it_is_missing(raw: object) -> None:
    with pytest.raises(InvalidValue, match="金额不能为空"):
        parse_amount(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "abc",
        "三百",
        "1e3",
        "1,2,3",
        "12,34.5",
        "1.2.3",
        "¥",
        True,
        False,
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("Infinity"),
        [399],
        "١٢٣",
    ],
)
def test_what_is_not_a_number_is_refused(raw: object) -> None:
    with pytest.raises(InvalidValue, match="金额应为数字"):
        parse_amount(raw)


def test_largest_storable_amount_is_accepted_and_one_fen_more_is_not() -> None:
    assert parse_amount("9999999999.99") == MAX_AMOUNT
    with pytest.raises(InvalidValue, match="上限"):
        parse_amount("10000000000.00")
    with pytest.raises(InvalidValue, match="上限"):
        parse_amount(1e20)


def test_optional_amount_blank_is_none_and_a_value_is_parsed() -> None:
    assert parse_optional_amount(None) is None
    assert parse_optional_amount("  ") is None
    assert parse_optional_amount("0") == ZERO
    with pytest.raises(InvalidValue):
        parse_optional_amount("-5")


def test_formatting_for_files_and_for_people() -> None:
    assert format_yuan(Decimal("1234.5")) == "1234.50"
    assert format_yuan(ZERO) == "0.00"
    assert format_yuan(MAX_AMOUNT) == "9999999999.99"
    assert format_yuan_grouped(Decimal("1234.5")) == "1,234.50"
    assert format_yuan_grouped(Decimal("999")) == "999.00"
    assert format_yuan_grouped(MAX_AMOUNT) == "9,999,999,999.99"


def test_sum_counts_missing_amounts_as_nothing() -> None:
    assert sum_amounts([Decimal("399.00"), None, Decimal("0.50")]) == Decimal("399.50")
    assert str(sum_amounts([])) == "0.00"
    assert str(sum_amounts([None, None])) == "0.00"


@given(st.lists(amounts, max_size=20))
def test_sum_is_exact_to_the_fen(values: list[Decimal]) -> None:
    total = sum_amounts(values)
    assert total == sum(values, Decimal(0))
    assert total.as_tuple().exponent == -2
