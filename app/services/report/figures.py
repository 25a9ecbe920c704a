"""The figures of the monthly report (domain.md section 8), computed in SQL over the indexed event dates.

This is the one definition of every figure: the report workbook, the Reports page and the dashboard
all read them from here. Flow figures (received, accepted, ...) count cases by the date of their
event and add up over months; closings come from the history rows (each keeps its outcome and money),
so a month reads the same after a case of it is reopened. 超期未办结 is a stock taken at the end of a
month (or at the as-of day of a month still running).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, ColumnElement, case, cast, extract, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.money import ZERO
from app.services.cases import events
from app.services.cases.enquiries import enquiries_by_month
from app.services.cases.overdue import overdue_open_on
from app.services.clocks import Reference
from app.services.report.months import add_months, month_end, month_start
from app.store.cases import Case, HistoryEntry
from app.store.database import Database

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Figures:
    """The figures of one month (or, summed, of several: then ``overdue_open`` is None)."""

    first: date
    last: date
    """The last day counted: the month's end, or the as-of day of a running month."""
    received: int = 0
    accepted: int = 0
    rejected: int = 0
    closed: int = 0
    resolved: int = 0
    recovered: Decimal = ZERO
    double_count: int = 0
    double_amount: Decimal = ZERO
    overdue_open: int | None = None
    enquiries: int = 0
    """Consultations and visits received without a complaint (接待来访和咨询)."""

    @property
    def complete(self) -> bool:
        """Whether the whole month is counted (not a running month reported up to a day)."""
        return self.last == month_end(self.first)

    @property
    def resolution_rate(self) -> Decimal | None:
        """Resolved / accepted in %, two decimals; None when nothing was accepted."""
        return percent(self.resolved, self.accepted)

    def value(self, key: str) -> int | Decimal | None:
        """A figure by its key in :data:`app.services.report.definitions.FIGURES`."""
        return self.resolution_rate if key == "resolution_rate" else getattr(self, key)

    def __add__(self, other: Figures) -> Figures:
        sums = {
            f.name: getattr(self, f.name) + getattr(other, f.name)
            for f in fields(self)
            if f.name not in ("first", "last", "overdue_open")
        }
        return Figures(min(self.first, other.first), max(self.last, other.last), **sums)


def percent(part: int | Decimal, whole: int | Decimal | None) -> Decimal | None:
    """``part / whole`` in % rounded half up to two decimals; None when ``whole`` is 0 or None."""
    if not whole:
        return None
    return (Decimal(part) * HUNDRED / Decimal(whole)).quantize(CENT, rounding=ROUND_HALF_UP)


def change(now: int | Decimal | None, before: int | Decimal | None) -> Decimal | None:
    """(now - before) / before in %; None when either is missing or ``before`` is 0."""
    if now is None or before is None or not before:
        return None
    return percent(Decimal(now) - Decimal(before), before)


def cents_sum(column: InstrumentedAttribute[Decimal | None], condition: ColumnElement[bool]) -> ColumnElement[int]:
    """SUM of an amount over the rows meeting ``condition``, in whole fen (exact on SQLite too)."""
    return func.coalesce(func.sum(case((condition, cast(func.round(column * 100), BigInteger)), else_=0)), 0)


def yuan(cents: int | Decimal | None) -> Decimal:
    return (Decimal(cents or 0) / HUNDRED).quantize(CENT)


def resolved_condition() -> ColumnElement[bool]:
    """A resolved closing (on the history row of the closing)."""
    return events.resolved_closing()


def _month_key(column: InstrumentedAttribute[date | None]) -> ColumnElement[int]:
    return extract("year", column) * 100 + extract("month", column)


def _counts_by_month(
    session: Session, column: InstrumentedAttribute[date | None], first: date, last: date
) -> dict[int, int]:
    key = _month_key(column)
    query = select(key, func.count()).where(column >= first, column <= last).group_by(key)
    return {int(k): n for k, n in session.execute(query)}


def _closures_by_month(session: Session, first: date, last: date) -> dict[int, tuple[int, ...]]:
    """Closings by the month they happened, from the history rows: a later reopening changes nothing."""
    key = _month_key(HistoryEntry.event_on)
    resolved = events.resolved_closing()
    doubled = events.doubled_closing()
    query = (
        select(
            key,
            func.count(),
            func.count(case((resolved, 1))),
            cents_sum(HistoryEntry.recovered_amount, resolved),
            func.count(case((doubled, 1))),
            cents_sum(HistoryEntry.punitive_amount, doubled),
        )
        .where(events.closing(), *events.between(first, last))
        .group_by(key)
    )
    return {int(k): tuple(int(v or 0) for v in rest) for k, *rest in session.execute(query)}


def reported_until(month: date, as_of: date | None) -> date:
    """The last day counted for the month of ``month``: its end, or ``as_of`` while the month runs."""
    end = month_end(month)
    return end if as_of is None or as_of >= end else max(as_of, month_start(month))


def series_in_session(
    session: Session,
    first_month: date,
    last_month: date,
    with_overdue: bool = True,
    ref: Reference | None = None,
    as_of: date | None = None,
) -> list[Figures]:
    """One :class:`Figures` per month from ``first_month`` to ``last_month`` (any day of each), each
    counting the events up to ``as_of`` when given (a running month is reported up to that day)."""
    first, last = month_start(first_month), reported_until(last_month, as_of)
    received = _counts_by_month(session, Case.received_on, first, last)
    accepted = _counts_by_month(session, Case.accepted_on, first, last)
    rejected = _counts_by_month(session, Case.rejected_on, first, last)
    closures = _closures_by_month(session, first, last)
    enquiries = enquiries_by_month(session, first, last)
    ref = ref or (Reference(session) if with_overdue else None)
    result = []
    month = first
    while month <= last:
        key = month.year * 100 + month.month
        until = reported_until(month, as_of)
        closed, resolved, recovered, double_count, double_cents = closures.get(key, (0, 0, 0, 0, 0))
        overdue = overdue_open_on(session, until, ref) if with_overdue else None
        result.append(
            Figures(
                month,
                until,
                received.get(key, 0),
                accepted.get(key, 0),
                rejected.get(key, 0),
                closed,
                resolved,
                yuan(recovered),
                double_count,
                yuan(double_cents),
                overdue,
                enquiries.get(key, 0),
            )
        )
        month = add_months(month, 1)
    return result


def monthly_series(
    db: Database, first_month: date, last_month: date, with_overdue: bool = True, as_of: date | None = None
) -> list[Figures]:
    """The figures of each month from ``first_month`` to ``last_month``, oldest first."""
    with db.read() as session:
        return series_in_session(session, first_month, last_month, with_overdue, as_of=as_of)


def month_figures(db: Database, month: date, as_of: date | None = None) -> Figures:
    """The figures of the month containing ``month`` (up to ``as_of`` while it runs)."""
    return monthly_series(db, month, month, as_of=as_of)[0]


def range_figures(db: Database, first_month: date, last_month: date) -> Figures:
    """The flow figures summed over a span of months (超期未办结, a stock, is None)."""
    series = monthly_series(db, first_month, last_month, with_overdue=False)
    total = series[0]
    for figures in series[1:]:
        total = total + figures
    return total
