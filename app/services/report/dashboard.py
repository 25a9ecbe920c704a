"""The supervisor's month at a glance: the same figures as the monthly report, arranged for charts.

Every number here comes from :mod:`app.services.report` (one definition, two views).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import codes
from app.services.cases.listing import CaseQuery
from app.services.merchants.record import merchant_stats, recent_ranking
from app.services.report.figures import Figures, reported_until, series_in_session
from app.services.report.filters import figure_filter, group_filter
from app.services.report.groups import ROW, TOTAL_CODE, WECHAT_CODE, GroupRow, channel_rows, nature_rows
from app.services.report.months import add_months, month_end, month_start
from app.services.report.summary import summary_in_session
from app.store.database import Database
from app.store.merchants import Merchant

TREND_MONTHS = 24
TOP_MERCHANTS = 8
COMPARED = ("accepted", "resolved", "resolution_rate", "recovered", "overdue_open", "enquiries")


@dataclass(frozen=True)
class Comparison:
    """One figure this month, last month and in the same month last year, with the case-list filter
    behind this month's figure."""

    key: str
    now: int | Decimal | None
    last_month: int | Decimal | None
    last_year: int | Decimal | None
    filter: CaseQuery | None = None


@dataclass(frozen=True)
class NatureBar:
    code: str | None
    accepted: int
    filter: CaseQuery | None = None
    """The cases accepted in the month with this nature."""


@dataclass(frozen=True)
class MerchantBar:
    merchant_id: int
    name: str
    complaints: int


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard page draws for one month."""

    month: date
    as_of: date
    """The last day counted: the month's end, or today while the month runs."""
    comparisons: list[Comparison]
    trend: list[Figures]
    natures: list[NatureBar]
    wechat_accepted: int
    all_accepted: int
    top_merchants: list[MerchantBar]
    wechat_filter: CaseQuery | None = None
    trend_filters: list[tuple[CaseQuery | None, CaseQuery | None]] | None = None
    """Per trend month: the cases accepted, and those resolved, in it."""

    @property
    def running(self) -> bool:
        """The month is still running: its figures are so far this month, compared with the same days."""
        return self.as_of != month_end(self.month)

    @property
    def wechat_share(self) -> Decimal | None:
        if not self.all_accepted:
            return None
        return (Decimal(self.wechat_accepted) * 100 / self.all_accepted).quantize(Decimal("0.01"))


def _nature_bars(rows: list[GroupRow], first: date, last: date) -> list[NatureBar]:
    return [
        NatureBar(r.code, r.accepted, group_filter("nature", r.code, first, last))
        for r in rows
        if r.kind == ROW and r.code in codes.NATURES
    ]


def _same_days(session: Session, month: date, until: date) -> Figures:
    """The figures of ``month`` counted up to the same day of the month as ``until`` (or its last day)."""
    day = min(until.day, month_end(month).day)
    return series_in_session(session, month, month, with_overdue=True, as_of=month.replace(day=day))[0]


def dashboard(db: Database, month: date, today: date) -> Dashboard:
    """The dashboard of the month containing ``month``, a running month counted up to ``today``;
    ``today`` also dates the 90-day merchant ranking."""
    first = month_start(month)
    last = reported_until(first, today)
    with db.read() as session:
        summary = summary_in_session(session, first, today)
        prior, last_year = summary.prior, summary.last_year
        if last != month_end(first):  # so far this month: against the same days of the months compared
            prior, last_year = (_same_days(session, add_months(first, back), last) for back in (-1, -12))
        trend = series_in_session(session, add_months(first, 1 - TREND_MONTHS), first, with_overdue=False, as_of=today)
        natures = _nature_bars(nature_rows(session, first, last), first, last)
        channels = channel_rows(session, first, last)
        ranked = recent_ranking(session, today, TOP_MERCHANTS)
        stats = merchant_stats(session, ranked, today)
        names = dict(session.execute(select(Merchant.id, Merchant.name).where(Merchant.id.in_(ranked))).all())
    comparisons = [
        Comparison(
            key,
            summary.this.value(key),
            prior.value(key),
            last_year.value(key),
            figure_filter(key, summary.this),
        )
        for key in COMPARED
    ]
    by_code = {r.code: r for r in channels}
    wechat, total = by_code[WECHAT_CODE].accepted, by_code[TOTAL_CODE].accepted
    merchants = [MerchantBar(i, names[i], stats[i].recent_count) for i in ranked if i in stats]
    trend_filters = [(figure_filter("accepted", f), figure_filter("resolved", f)) for f in trend]
    return Dashboard(
        first,
        last,
        comparisons,
        trend,
        natures,
        wechat,
        total,
        merchants,
        group_filter("channel", WECHAT_CODE, first, last),
        trend_filters,
    )
