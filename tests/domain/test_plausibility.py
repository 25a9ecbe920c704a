"""Plausibility of what a person enters: dates from 1990-01-01 to a year after today, amounts that are a
storable sum of money (not negative, at most two decimals, at most NUMERIC(12,2)), checked in one home
(app.domain.dates, app.domain.money, requirements.check_plausible) whatever the input combines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.domain import requirements as req
from app.domain.dates import EARLIEST_DATE, LOCAL_TZ, date_out_of_range, latest_date
from app.domain.money import MAX_AMOUNT, amount_problem

TODAY = date(2026, 11, 20)


def test_the_range_of_dates():
    assert latest_date(TODAY) == date(2027, 11, 20)
    assert latest_date(date(2028, 2, 29)) == date(2029, 2, 28)
    assert date_out_of_range(EARLIEST_DATE, TODAY) is None
    assert date_out_of_range(latest_date(TODAY), TODAY) is None
    for wrong in (date(1, 1, 1), date(1989, 12, 31), date(2027, 11, 21), date(2099, 1, 1)):
        problem = date_out_of_range(wrong, TODAY)
        assert problem is not None
        assert problem.text("zh") == "日期应在 1990-01-01 至 2027-11-20（一年以内）之间"
        assert problem.text("en") == "The date must lie from 1990-01-01 to 2027-11-20 (within a year from today)"


@given(st.dates(), st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_a_date_is_accepted_exactly_within_the_range(day, today):
    inside = date(1990, 1, 1) <= day <= latest_date(today)
    assert (date_out_of_range(day, today) is None) == inside


@given(st.decimals(allow_nan=True, allow_infinity=True, places=None))
def test_an_amount_is_accepted_exactly_when_it_can_be_stored(value):
    storable = value.is_finite() and 0 <= value <= MAX_AMOUNT and value == value.quantize(Decimal("0.01"))
    assert (amount_problem(value) is None) == storable


def test_money_refusals_name_their_reason():
    assert amount_problem(Decimal("12345678901.999")).code == "money.too_large"
    assert amount_problem(Decimal("1.234")).code == "money.decimals"
    assert amount_problem(Decimal("-0.01")).code == "money.negative"
    assert amount_problem(Decimal("NaN")).code == "money.not_a_number"
    assert amount_problem(Decimal("1.230")) is None and amount_problem(MAX_AMOUNT) is None


_days = st.dates(min_value=date(1, 1, 1), max_value=date(2200, 1, 1))
_amounts = st.decimals(min_value=Decimal("-10"), max_value=Decimal("1e11"), places=3, allow_nan=False)


@given(_days, _days, _days, _amounts, _amounts)
def test_every_date_and_amount_of_an_input_is_checked_together(on, due, notice, received, punitive):
    close = req.CloseInput("performed", on, received_amount=received, received_punitive=punitive, notice_on=notice)
    agree = req.AgreeInput("terms", on, due, refund=received, punitive=punitive)
    for data, dates, amounts in (
        (close, (on, notice), (received, punitive)),
        (agree, (on, due), (received, Decimal("0.00"), punitive)),
    ):
        expected = sum(date_out_of_range(d, TODAY) is not None for d in dates)
        expected += sum(amount_problem(a) is not None for a in amounts)
        assert len(req.check_plausible(data, TODAY)) == expected


def test_a_moment_and_nested_offers_are_checked():
    from app.services.cases.sessions import OfferInput, SessionInput

    data = SessionInput(
        datetime(1900, 1, 1, 10, tzinfo=LOCAL_TZ),
        "phone",
        "双方",
        "经过",
        offers=(OfferInput("merchant", Decimal("1.005")),),
    )
    fields = [p.field for p in req.check_plausible(data, TODAY)]
    assert fields == ["日期", "金额"]
    assert (
        req.check_plausible(SessionInput(datetime.now(LOCAL_TZ) + timedelta(days=1), "phone", "双方", "经过"), TODAY)
        == []
    )
