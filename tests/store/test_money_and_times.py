"""Money is written and read back unchanged as Decimal; times come back as the same moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.services.cases.view import case_document
from app.store.cases import Agreement
from tests.support.builders import to_agreed

AMOUNTS = st.decimals(
    min_value=Decimal("0.00"), max_value=Decimal("9999999999.99"), places=2, allow_nan=False, allow_infinity=False
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(refund=AMOUNTS, punitive=AMOUNTS)
def test_decimal_money_round_trips_exactly(db, supervisor, refund, punitive):
    with db.transaction() as s:
        agreement = s.scalars(select(Agreement)).one()
        agreement.refund, agreement.punitive = refund, punitive
    with db.read() as s:
        stored = s.scalars(select(Agreement)).one()
        assert isinstance(stored.refund, Decimal) and stored.refund == refund
        assert str(stored.punitive) == f"{punitive:.2f}"


@pytest.fixture(autouse=True)
def _one_agreement(request):
    if "db" in request.fixturenames and "supervisor" in request.fixturenames:
        to_agreed(request.getfixturevalue("db"), request.getfixturevalue("supervisor"), date(2026, 4, 1))


def test_float_money_is_refused_by_the_column_type(db, supervisor):
    with pytest.raises(Exception, match="Decimal"), db.transaction() as s:
        s.scalars(select(Agreement)).one().refund = 0.1  # type: ignore[assignment]
    with db.read() as s:
        assert s.scalars(select(Agreement)).one().refund == Decimal("399.00")


def test_times_are_the_same_moment_after_a_round_trip(db, supervisor):
    at = datetime.fromisoformat(case_document(db, "WQ2026-000001")["history"][0]["at"])
    assert at.utcoffset() == timedelta(hours=8)
    assert abs(at - datetime.now(UTC)) < timedelta(minutes=5)
