"""Figures per group: nature of the complaint, goods or service class, purchase channel (sheets 2-4),
and the merchants worth naming (sheet 5). Every total and subtotal is the sum of its rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, ScalarSelect, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain import codes
from app.domain.money import ZERO
from app.domain.workflow import Action
from app.services.cases import events
from app.services.report.figures import cents_sum, percent, yuan
from app.services.report.months import month_end, month_start
from app.store.cases import Case, HistoryEntry
from app.store.database import Database
from app.store.merchants import Merchant

BLANK_LABEL = "未填写"
ROW, SUBTOTAL, TOTAL = "row", "subtotal", "total"
WECHAT_CODE, GOODS_CODE, SERVICES_CODE, TOTAL_CODE = "wechat", "goods", "services", "total"
"""Codes of the subtotal and total lines (no nature, class or channel has these codes)."""


@dataclass(frozen=True)
class GroupRow:
    """One line of a breakdown sheet: accepted in the month, share, resolved, loss recovered."""

    label: str
    accepted: int
    resolved: int
    recovered: Decimal
    kind: str = ROW
    share: Decimal | None = None
    code: str | None = None
    """The code of the nature, class or channel; of a subtotal or total: wechat, goods, services, total;
    None for the cases without one (未填写)."""
    last_year: int | None = None
    """Accepted in the same span a year earlier (去年同期)."""
    share_change: Decimal | None = None
    """The share now less the share a year earlier, in percentage points (比重变化)."""
    parent: str | None = None
    """On the 具体商品服务 sheet: the class of an item row or of its 未细分 row."""


@dataclass(frozen=True)
class _Counts:
    accepted: dict[str | None, int]
    resolved: dict[str | None, tuple[int, Decimal]]


def _counts(session: Session, column: InstrumentedAttribute[str | None], first: date, last: date) -> _Counts:
    accepted_rows = session.execute(
        select(column, func.count()).where(Case.accepted_on >= first, Case.accepted_on <= last).group_by(column)
    )
    accepted = {code: n for code, n in accepted_rows}
    resolved_rows = session.execute(
        select(column, func.count(), cents_sum(HistoryEntry.recovered_amount, events.resolved_closing()))
        .join(HistoryEntry, HistoryEntry.case_id == Case.id)
        .where(events.resolved_closing(), *events.between(first, last))
        .group_by(column)
    )
    return _Counts(accepted, {code: (n, yuan(cents)) for code, n, cents in resolved_rows})


@dataclass(frozen=True)
class _PairCounts:
    """Counts by (class, item): accepted, and resolved with the loss recovered."""

    accepted: dict[tuple[str | None, str | None], int]
    resolved: dict[tuple[str | None, str | None], tuple[int, Decimal]]

    def of(self, category: str | None) -> _Counts:
        """The counts of one class, keyed by item (None = 未细分)."""
        return _Counts(
            {i: n for (c, i), n in self.accepted.items() if c == category},
            {i: v for (c, i), v in self.resolved.items() if c == category},
        )


def _pair_counts(session: Session, first: date, last: date) -> _PairCounts:
    pair = (Case.category, Case.sub_category)
    accepted_rows = session.execute(
        select(*pair, func.count()).where(Case.accepted_on >= first, Case.accepted_on <= last).group_by(*pair)
    )
    resolved_rows = session.execute(
        select(*pair, func.count(), cents_sum(HistoryEntry.recovered_amount, events.resolved_closing()))
        .join(HistoryEntry, HistoryEntry.case_id == Case.id)
        .where(events.resolved_closing(), *events.between(first, last))
        .group_by(*pair)
    )
    return _PairCounts(
        {(c, i): n for c, i, n in accepted_rows},
        {(c, i): (n, yuan(cents)) for c, i, n, cents in resolved_rows},
    )


def _row(label: str, counts: _Counts, code: str | None) -> GroupRow:
    resolved, recovered = counts.resolved.get(code, (0, ZERO))
    return GroupRow(label, counts.accepted.get(code, 0), resolved, recovered, code=code)


def _sum(label: str, rows: Sequence[GroupRow], kind: str, code: str) -> GroupRow:
    return GroupRow(
        label,
        sum(r.accepted for r in rows),
        sum(r.resolved for r in rows),
        sum((r.recovered for r in rows), ZERO),
        kind,
        code=code,
    )


def _with_shares(rows: list[GroupRow], total_accepted: int) -> list[GroupRow]:
    return [replace(r, share=percent(r.accepted, total_accepted)) for r in rows]


def _blank_row(counts: _Counts) -> list[GroupRow]:
    """Cases without the classification, shown so that the total still adds up."""
    known = set(counts.accepted) | set(counts.resolved)
    return [_row(BLANK_LABEL, counts, None)] if None in known else []


def _unknown_codes(counts: _Counts, listed: codes.CodeList) -> list[GroupRow]:
    stray = sorted(c for c in set(counts.accepted) | set(counts.resolved) if c is not None and c not in listed)
    return [_row(code, counts, code) for code in stray]


def nature_rows(session: Session, first: date, last: date) -> list[GroupRow]:
    """问题性质: one row per nature (label of the report year), then 合计."""
    counts = _counts(session, Case.nature, first, last)
    rows = [_row(codes.nature_label(code, first.year), counts, code) for code in codes.NATURES]
    rows += _unknown_codes(counts, codes.NATURES) + _blank_row(counts)
    total = _sum("合计", rows, TOTAL, TOTAL_CODE)
    return _with_shares([*rows, total], total.accepted)


def category_rows(session: Session, first: date, last: date) -> list[GroupRow]:
    """商品服务类别: goods classes, 商品类小计, service classes, 服务类小计, other, 合计."""
    counts = _counts(session, Case.category, first, last)
    goods = [_row(label, counts, code) for code, (label, _) in codes.GOODS_CLASSES.items()]
    services = [_row(label, counts, code) for code, (label, _) in codes.SERVICE_CLASSES.items()]
    goods_total, services_total = (
        _sum("商品类小计", goods, SUBTOTAL, GOODS_CODE),
        _sum("服务类小计", services, SUBTOTAL, SERVICES_CODE),
    )
    rest = [_row(label, counts, code) for code, (label, _) in codes.OTHER_CATEGORY.items()]
    rest += _unknown_codes(counts, codes.CATEGORIES) + _blank_row(counts)
    total = _sum("合计", [goods_total, services_total, *rest], TOTAL, TOTAL_CODE)
    return _with_shares([*goods, goods_total, *services, services_total, *rest, total], total.accepted)


UNSPECIFIED = "（未细分）"


def _class_block(counts: _PairCounts, category: str, label: str) -> list[GroupRow]:
    """The items of one class, its 未细分 line when any case was left at the class, and the class subtotal
    (equal to the class's line on 商品服务类别)."""
    within = counts.of(category)
    items = codes.sub_categories_of(category)
    rows = [_row(item_label, within, code) for code, (item_label, _) in items.items()]
    stray = sorted(c for c in set(within.accepted) | set(within.resolved) if c is not None and c not in items)
    rows += [_row(code, within, code) for code in stray]
    if None in set(within.accepted) | set(within.resolved):
        rows.append(replace(_row(label + UNSPECIFIED, within, None), parent=category))
    rows = [replace(r, parent=category) for r in rows]
    return [*rows, replace(_sum(f"{label}小计", rows, SUBTOTAL, category), parent=category)]


def sub_category_rows(session: Session, first: date, last: date) -> list[GroupRow]:
    """具体商品服务: under each goods class its 具体商品, then 商品类小计; under each service class its 具体服务,
    then 服务类小计; then other, 合计. Each class's subtotal is its line on 商品服务类别."""
    counts = _pair_counts(session, first, last)
    goods = [r for code, (label, _) in codes.GOODS_CLASSES.items() for r in _class_block(counts, code, label)]
    services = [r for code, (label, _) in codes.SERVICE_CLASSES.items() for r in _class_block(counts, code, label)]
    goods_total = _sum("商品类小计", [r for r in goods if r.kind == SUBTOTAL], SUBTOTAL, GOODS_CODE)
    services_total = _sum("服务类小计", [r for r in services if r.kind == SUBTOTAL], SUBTOTAL, SERVICES_CODE)
    accepted: dict[str | None, int] = {}
    for (category, _item), n in counts.accepted.items():
        accepted[category] = accepted.get(category, 0) + n
    resolved: dict[str | None, tuple[int, Decimal]] = {}
    for (category, _item), (n, money) in counts.resolved.items():
        before_n, before_money = resolved.get(category, (0, ZERO))
        resolved[category] = (before_n + n, before_money + money)
    by_class = _Counts(accepted, resolved)
    rest = [_row(label, by_class, code) for code, (label, _) in codes.OTHER_CATEGORY.items()]
    rest += _unknown_codes(by_class, codes.CATEGORIES) + _blank_row(by_class)
    total = _sum("合计", [goods_total, services_total, *rest], TOTAL, TOTAL_CODE)
    return _with_shares([*goods, goods_total, *services, services_total, *rest, total], total.accepted)


def channel_rows(session: Session, first: date, last: date) -> list[GroupRow]:
    """购买渠道: the four WeChat channels, 微信渠道小计, the other channels, 合计."""
    counts = _counts(session, Case.channel, first, last)
    wechat = [_row(codes.CHANNELS[c][0], counts, c) for c in codes.WECHAT_CHANNELS]
    wechat_total = _sum("微信渠道小计", wechat, SUBTOTAL, WECHAT_CODE)
    others = [
        _row(label, counts, code) for code, (label, _) in codes.CHANNELS.items() if code not in codes.WECHAT_CHANNELS
    ]
    others += _unknown_codes(counts, codes.CHANNELS) + _blank_row(counts)
    total = _sum("合计", [wechat_total, *others], TOTAL, TOTAL_CODE)
    return _with_shares([*wechat, wechat_total, *others, total], total.accepted)


@dataclass(frozen=True)
class MerchantRow:
    """A merchant of the 经营者 sheet."""

    name: str
    kind: str
    wechat_id: str | None
    complaints: int
    open: int
    refusals: int
    blacklisted: bool
    shop_name: str | None = None
    uscc: str | None = None


def _in(column: InstrumentedAttribute[date | None], first: date, last: date) -> ColumnElement[bool]:
    return and_(column >= first, column <= last)


def _count_events(event: ColumnElement[bool], last: date) -> ScalarSelect[int]:
    return (
        select(func.count())
        .where(HistoryEntry.case_id == Case.id, event, HistoryEntry.event_on <= last)
        .scalar_subquery()
    )


def open_at_end(last: date) -> ColumnElement[bool]:
    """The case was open at the end of ``last``: received, not rejected, and not closed then (its closings
    up to that day outnumber its reopenings only when it was closed)."""
    reopenings = _count_events(HistoryEntry.action == Action.REOPEN, last)
    return and_(
        Case.received_on <= last,
        or_(Case.rejected_on.is_(None), Case.rejected_on > last),
        _count_events(events.closing(), last) <= reopenings,
    )


def merchant_rows(session: Session, first: date, last: date) -> list[MerchantRow]:
    """Merchants with 2 or more complaints accepted in the month, or a refusal to mediate in it (from the
    history: a later reopening does not take the refusal back)."""
    refusals = (
        select(HistoryEntry.case_id, func.count().label("n"))
        .where(events.refusal(), *events.between(first, last))
        .group_by(HistoryEntry.case_id)
        .subquery()
    )
    accepted = func.count(case((_in(Case.accepted_on, first, last), 1)))
    refused = func.coalesce(func.sum(refusals.c.n), 0)
    still_open = func.count(case((open_at_end(last), 1)))
    active = select(Case.merchant_id).where(
        or_(_in(Case.accepted_on, first, last), Case.id.in_(select(refusals.c.case_id)))
    )
    query = (
        select(
            Merchant.name,
            Merchant.kind,
            Merchant.wechat_id,
            accepted,
            still_open,
            refused,
            Merchant.blacklisted,
            Merchant.shop_name,
            Merchant.uscc,
        )
        .join(Case, Case.merchant_id == Merchant.id)
        .outerjoin(refusals, refusals.c.case_id == Case.id)
        .where(Merchant.id.in_(active))
        .group_by(
            Merchant.id,
            Merchant.name,
            Merchant.kind,
            Merchant.wechat_id,
            Merchant.blacklisted,
            Merchant.shop_name,
            Merchant.uscc,
        )
        .having(or_(accepted >= 2, refused >= 1))
        .order_by(accepted.desc(), Merchant.name)
    )
    return [MerchantRow(*row) for row in session.execute(query)]


def year_earlier(first: date, last: date) -> tuple[date, date]:
    """The same span a year before (a running month: up to the same day; 29 February: the 28th)."""
    before = date(first.year - 1, first.month, 1)
    end = month_end(before)
    if last >= month_end(first):
        return before, end
    return before, min(end, before + (last - first))


def with_last_year(rows: list[GroupRow], earlier: list[GroupRow]) -> list[GroupRow]:
    """The rows with 去年同期 (accepted a year earlier) and 比重变化 (share now less share then)."""
    then = {(r.kind, r.parent, r.code): r for r in earlier}
    result = []
    for row in rows:
        old = then.get((row.kind, row.parent, row.code))
        accepted = old.accepted if old is not None else 0
        share = old.share if old is not None else None
        change = None if row.share is None or share is None else row.share - share
        result.append(replace(row, last_year=accepted, share_change=change))
    return result


def compared_rows(session: Session, grouping: str, first: date, last: date) -> list[GroupRow]:
    """The rows of a breakdown sheet with the same span a year earlier beside them."""
    make = GROUPINGS[grouping]
    return with_last_year(make(session, first, last), make(session, *year_earlier(first, last)))


GROUPINGS = {
    "nature": nature_rows,
    "category": category_rows,
    "sub_category": sub_category_rows,
    "channel": channel_rows,
}


def group_figures(db: Database, month: date, grouping: str) -> list[GroupRow]:
    """The rows of one breakdown sheet ("nature", "category" or "channel") for the month of ``month``."""
    with db.read() as session:
        return compared_rows(session, grouping, month_start(month), month_end(month))
