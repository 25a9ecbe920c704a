"""The 汇总 table: every figure for the month, the month before, the year to date and the same month a
year earlier, with the changes; and the 12-month trend for the chart. Shared by workbook and GUI."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.dates import today_local
from app.services.cases.listing import CaseQuery
from app.services.cases.overdue import overdue_open_on
from app.services.clocks import Reference
from app.services.report.definitions import FIGURES
from app.services.report.figures import Figures, change, series_in_session
from app.services.report.filters import figure_filter
from app.services.report.months import add_months, month_start
from app.store.database import Database

Value = int | Decimal | None
TREND_MONTHS = 12


@dataclass(frozen=True)
class SummaryRow:
    """One figure across the six columns of 汇总."""

    key: str
    label: str
    values: tuple[Value, Value, Value, Value, Value, Value]
    filter: CaseQuery | None
    """The case-list filter that lists the cases behind this month's figure."""


@dataclass(frozen=True)
class MonthSummary:
    """The figures around one month."""

    month: date
    this: Figures
    prior: Figures
    year_to_date: Figures
    last_year: Figures
    trend: list[Figures]

    @property
    def as_of(self) -> date:
        """The last day counted in the month (its end, unless the month was still running)."""
        return self.this.last

    @property
    def complete(self) -> bool:
        return self.this.complete

    def rows(self) -> list[SummaryRow]:
        result = []
        for figure in FIGURES:
            now, before, year_ago = (f.value(figure.key) for f in (self.this, self.prior, self.last_year))
            ytd = self.year_to_date.value(figure.key)
            values = (now, before, change(now, before), ytd, year_ago, change(now, year_ago))
            result.append(SummaryRow(figure.key, figure.label, values, figure_filter(figure.key, self.this)))
        return result


def _with_overdue(session: Session, figures: Figures, ref: Reference) -> Figures:
    return replace(figures, overdue_open=overdue_open_on(session, figures.last, ref))


def summary_in_session(session: Session, month: date, as_of: date | None = None) -> MonthSummary:
    """The summary of the month containing ``month`` (13 months read in four grouped queries); a month
    still running on ``as_of`` is counted up to that day, the months it is compared with in full."""
    month = month_start(month)
    ref = Reference(session)
    series = series_in_session(session, add_months(month, -TREND_MONTHS), month, with_overdue=False, as_of=as_of)
    this, prior, last_year = series[-1], series[-2], series[0]
    this, prior, last_year = (_with_overdue(session, f, ref) for f in (this, prior, last_year))
    ytd = Figures(date(month.year, 1, 1), this.last)
    for figures in series:
        if figures.first.year == month.year:
            ytd = ytd + figures
    trend = series[-TREND_MONTHS:]
    return MonthSummary(month, this, prior, ytd, last_year, [*trend[:-1], this])


def month_summary(db: Database, month: date, as_of: date | None = None) -> MonthSummary:
    """The 汇总 figures of a month, for the Reports page and the workbook; a running month up to ``as_of``
    (today when not given)."""
    with db.read() as session:
        return summary_in_session(session, month, as_of or today_local())
