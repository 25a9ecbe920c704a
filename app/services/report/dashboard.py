"""The supervisor's month at a glance: the same figures as the monthly report, arranged for charts.

Every number here comes from :mod:`app.services.report` (one definition, two views).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import codes
from app.services.merchants.record import merchant_stats, recent_ranking
from app.services.report.figures import Figures, series_in_session
from app.services.report.groups import ROW, GroupRow, channel_rows, nature_rows
from app.services.report.months import add_months, month_end, month_start
from app.services.report.summary import summary_in_session
from app.store.database import Database
from app.store.merchants import Merchant

TREND_MONTHS = 24
TOP_MERCHANTS = 8
COMPARED = ("accepted", "resolved", "resolution_rate", "recovered", "overdue_open")


@dataclass(frozen=True)
class Comparison:
    """One figure this month, last month and in the same month last year."""

    key: str
    now: int | Decimal | None
    last_month: int | Decimal | None
    last_year: int | Decimal | None


@dataclass(frozen=True)
class NatureBar:
    code: str
    accepted: int


@dataclass(frozen=True)
class MerchantBar:
    merchant_id: int
    name: str
    complaints: int


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard page draws for one month."""

    month: date
    comparisons: list[Comparison]
    trend: list[Figures]
    natures: list[NatureBar]
    wechat_accepted: int
    all_accepted: int
    top_merchants: list[MerchantBar]

    @property
    def wechat_share(self) -> Decimal | None:
        if not self.all_accepted:
            return None
        return (Decimal(self.wechat_accepted) * 100 / self.all_accepted).quantize(Decimal("0.01"))


def _nature_bars(rows: list[GroupRow]) -> list[NatureBar]:
    by_label = {label: code for code, (label, _) in codes.NATURES.items()}
    by_label["人格尊严"] = "personal_rights"
    return [NatureBar(by_label[r.label], r.accepted) for r in rows if r.kind == ROW and r.label in by_label]


def dashboard(db: Database, month: date, today: date) -> Dashboard:
    """The dashboard of the month containing ``month``; ``today`` dates the 90-day merchant ranking."""
    first, last = month_start(month), month_end(month)
    with db.read() as session:
        summary = summary_in_session(session, first)
        trend = series_in_session(session, add_months(first, 1 - TREND_MONTHS), first, with_overdue=False)
        natures = _nature_bars(nature_rows(session, first, last))
        channels = channel_rows(session, first, last)
        ranked = recent_ranking(session, today, TOP_MERCHANTS)
        stats = merchant_stats(session, ranked, today)
        names = dict(session.execute(select(Merchant.id, Merchant.name).where(Merchant.id.in_(ranked))).all())
    comparisons = [
        Comparison(key, summary.this.value(key), summary.prior.value(key), summary.last_year.value(key))
        for key in COMPARED
    ]
    wechat = next(r.accepted for r in channels if r.label == "微信渠道小计")
    total = channels[-1].accepted
    merchants = [MerchantBar(i, names[i], stats[i].recent_count) for i in ranked if i in stats]
    return Dashboard(first, comparisons, trend, natures, wechat, total, merchants)
