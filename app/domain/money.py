"""Amounts of money in yuan: parsing, formatting and summing, always as exact Decimals.

The database stores money as NUMERIC(12,2), so an amount is a non-negative whole number of fen
(0.01 yuan) up to :data:`MAX_AMOUNT`. Floats only ever come from Excel cells and are converted
with care; no arithmetic is done on them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.errors import InvalidValue
from app.domain.identifiers import to_halfwidth
from app.domain.messages import Message, msg

ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("9999999999.99")
CENT = Decimal("0.01")

EMPTY_MESSAGE = msg("money.empty")
NOT_A_NUMBER_MESSAGE = msg("money.not_a_number")
NEGATIVE_MESSAGE = msg("money.negative")
DECIMALS_MESSAGE = msg("money.decimals")
TOO_LARGE_MESSAGE = msg("money.too_large")

# Excel keeps 15 significant digits; a float cell means what Excel shows at that precision.
_EXCEL_DIGITS = 15
_AMOUNT_TEXT = re.compile(
    r"(?P<sign>[-+]?)\s*(?:¥|人民币|RMB)?\s*"
    r"(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)"
    r"\s*(?:元|圆)?",
    re.ASCII | re.IGNORECASE,
)


def parse_amount(raw: object) -> Decimal:
    """Return ``raw`` as an amount in yuan with exactly two decimal places.

    Accepts a Decimal, an int, a float from an Excel cell, or text such as "399", "1,234.50",
    "¥399.00", "399元" (full-width digits and surrounding spaces allowed). Trailing zeros beyond
    the second decimal are accepted ("1.500"); a non-zero third decimal is not.
    """
    if raw is None:
        raise InvalidValue(EMPTY_MESSAGE)
    if isinstance(raw, bool):
        raise InvalidValue(NOT_A_NUMBER_MESSAGE)
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, float):
        value = _from_float(raw)
    elif isinstance(raw, str):
        value = _from_text(raw)
    else:
        raise InvalidValue(NOT_A_NUMBER_MESSAGE)
    return _checked(value)


def parse_optional_amount(raw: object) -> Decimal | None:
    """Like :func:`parse_amount`, but None or blank text gives None."""
    if raw is None or (isinstance(raw, str) and not to_halfwidth(raw)):
        return None
    return parse_amount(raw)


def _from_float(raw: float) -> Decimal:
    """Convert a float read from a spreadsheet cell.

    ``repr`` gives the shortest decimal that is this float. If that has more than two decimals,
    the float may be the result of an Excel formula (=0.1+0.2 stores 0.30000000000000004), so the
    value is read again at Excel's own precision of 15 significant digits, which is what the clerk
    saw in the cell.
    """
    if not math.isfinite(raw):
        raise InvalidValue(NOT_A_NUMBER_MESSAGE)
    value = Decimal(repr(raw))
    if _has_whole_cents(value):
        return value
    return Decimal(format(raw, f".{_EXCEL_DIGITS}g"))


def _from_text(raw: str) -> Decimal:
    """Parse an amount written as text."""
    text = to_halfwidth(raw)
    if not text:
        raise InvalidValue(EMPTY_MESSAGE)
    match = _AMOUNT_TEXT.fullmatch(text)
    if match is None:
        raise InvalidValue(NOT_A_NUMBER_MESSAGE)
    value = Decimal(match["number"].replace(",", ""))
    return -value if match["sign"] == "-" else value


def _has_whole_cents(value: Decimal) -> bool:
    """Tell whether ``value`` is a whole number of fen."""
    try:
        return value == value.quantize(CENT)
    except InvalidOperation:  # too many digits to quantize: far above any valid amount
        return False


def amount_problem(value: Decimal) -> Message | None:
    """Why an amount a service was given cannot be stored as money (negative, not finite, more than two
    decimals, over :data:`MAX_AMOUNT`), or None: the one check every service that takes money uses."""
    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        return NOT_A_NUMBER_MESSAGE
    try:
        _checked(Decimal(value))
    except InvalidValue as err:
        return err.msg
    return None


def _checked(value: Decimal) -> Decimal:
    """Return ``value`` quantized to fen after checking it is a storable amount."""
    if not value.is_finite():
        raise InvalidValue(NOT_A_NUMBER_MESSAGE)
    if value.is_zero():
        return ZERO  # also turns -0 into 0
    if value < 0:
        raise InvalidValue(NEGATIVE_MESSAGE)
    if value > MAX_AMOUNT:
        raise InvalidValue(TOO_LARGE_MESSAGE)
    if not _has_whole_cents(value):
        raise InvalidValue(DECIMALS_MESSAGE)
    return value.quantize(CENT)


def _to_cents(value: Decimal) -> Decimal:
    """Round ``value`` to fen, half up, with no negative zero."""
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return ZERO if rounded.is_zero() else rounded


def format_yuan(value: Decimal) -> str:
    """Format an amount as "1234.50": two decimals, no grouping (the JSON and file form)."""
    return f"{_to_cents(value):f}"


def format_yuan_grouped(value: Decimal) -> str:
    """Format an amount as "1,234.50" for people to read."""
    return f"{_to_cents(value):,f}"


def sum_amounts(values: Iterable[Decimal | None]) -> Decimal:
    """Return the sum of ``values`` with two decimals; None counts as nothing."""
    total = sum((v for v in values if v is not None), ZERO)
    return _to_cents(total)
