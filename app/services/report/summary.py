"""The 汇总 table: every figure for the month, the month before, the year to date and the same month a
year earlier, with the changes; and the 12-month trend for the chart. Shared by workbook and GUI."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from app.services.clocks import Reference
from app.services.report.definitions import FIGURES
from app.services.report.figures import Figures, change, series_in_session
from app.services.report.months import add_months, month_end, month_start
from app.services.report.overdue import overdue_open_on
from app.store.database import Database

Value = int | Decimal | None
TREND_MONTHS = 12


@dataclass(frozen=True)
class SummaryRow:
    """One figure across the six columns of 汇总."""

    key: str
    label: str
    values: tuple[Value, Value, Value, Value, Value, Value]


@dataclass(frozen=True)
class MonthSummary:
    """The figures around one month."""

    month: date
    this: Figures
    prior: Figures
    year_to_date: Figures
    last_year: Figures
    trend: list[Figures]

    def rows(self) -> list[SummaryRow]:
        result = []
        for figure in FIGURES:
            now, before, year_ago = (f.value(figure.key) for f in (self.this, self.prior, self.last_year))
            ytd = self.year_to_date.value(figure.key)
            values = (now, before, change(now, before), ytd, year_ago, change(now, year_ago))
            result.append(SummaryRow(figure.key, figure.label, values))
        return result


def _with_overdue(session: Session, figures: Figures, ref: Reference) -> Figures:
    return replace(figures, overdue_open=overdue_open_on(session, figures.last, ref))


def summary_in_session(session: Session, month: date) -> MonthSummary:
    """The summary of the month containing ``month`` (13 months read in four grouped queries)."""
    month = month_start(month)
    ref = Reference(session)
    series = series_in_session(session, add_months(month, -TREND_MONTHS), month, with_overdue=False)
    this, prior, last_year = series[-1], series[-2], series[0]
    this, prior, last_year = (_with_overdue(session, f, ref) for f in (this, prior, last_year))
    ytd = Figures(date(month.year, 1, 1), month_end(month))
    for figures in series:
        if figures.first.year == month.year:
            ytd = ytd + figures
    trend = series[-TREND_MONTHS:]
    return MonthSummary(month, this, prior, ytd, last_year, [*trend[:-1], this])


def month_summary(db: Database, month: date) -> MonthSummary:
    """The 汇总 figures of a month, for the Reports page and the workbook."""
    with db.read() as session:
        return summary_in_session(session, month)
