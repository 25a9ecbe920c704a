"""A merchant's record across all complaints: counts for the merchant list, and the full profile page.

Definitions (also used by the monthly report's 经营者 sheet):

- open: cases not yet closed or rejected;
- refusals to mediate: cases terminated on ground ``MERCHANT_REFUSAL_GROUND`` (absent or refuses);
- agreements not performed: cases with an agreement whose performance was never confirmed and that were
  closed as ``not_performed``, or terminated after the agreement, or are still ``agreed`` past the
  performance due date (the follow-up flag);
- money recovered: the amount consumers actually received in resolved cases;
- recent: complaints received in the last ``RECENT_DAYS`` days.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.dates import today_local
from app.domain.periods import recent_since
from app.domain.rules import MERCHANT_REFUSAL_GROUND
from app.domain.workflow import OPEN_STATES, State
from app.store.cases import Agreement, Case
from app.store.merchants import Merchant


@dataclass(frozen=True)
class MerchantStats:
    """The counts of one merchant's record."""

    case_count: int = 0
    open_count: int = 0
    recent_count: int = 0
    refusals: int = 0
    not_performed: int = 0
    first_received: date | None = None
    last_received: date | None = None


def not_performed_condition(today: date):  # type: ignore[no-untyped-def]
    """SQL condition (over cases outer-joined to agreements): an agreement not performed, as defined above."""
    return and_(
        Agreement.case_id.is_not(None),
        Agreement.confirmed_on.is_(None),
        or_(
            Case.outcome == "not_performed",
            Case.state == State.TERMINATED,
            and_(Case.state == State.AGREED, Agreement.performance_due_on < today),
        ),
    )


def merchant_stats(
    session: Session, merchant_ids: Iterable[int], today: date | None = None
) -> dict[int, MerchantStats]:
    """Merchant id -> its counts (merchants without cases are absent).

    Two grouped queries: the counts read only the index ``ix_cases_merchant_record``; agreements are
    joined only for the few cases that can hold an unperformed one.
    """
    ids = list(merchant_ids)
    if not ids:
        return {}
    today = today or today_local()
    is_open = Case.state.in_([s.value for s in OPEN_STATES])
    counts = session.execute(
        select(
            Case.merchant_id,
            func.count(),
            func.count().filter(is_open),
            func.count().filter(Case.received_on >= recent_since(today)),
            func.count().filter(Case.termination_ground == MERCHANT_REFUSAL_GROUND),
            func.min(Case.received_on),
            func.max(Case.received_on),
        )
        .where(Case.merchant_id.in_(ids))
        .group_by(Case.merchant_id)
    ).all()
    unperformed = dict(
        session.execute(
            select(Case.merchant_id, func.count())
            .join(Agreement, Agreement.case_id == Case.id)
            .where(
                Case.merchant_id.in_(ids),
                or_(Case.state.in_((State.AGREED, State.TERMINATED)), Case.outcome == "not_performed"),
                not_performed_condition(today),
            )
            .group_by(Case.merchant_id)
        ).all()
    )
    return {
        mid: MerchantStats(total, open_, recent, refusals, unperformed.get(mid, 0), first, last)
        for mid, total, open_, recent, refusals, first, last in counts
    }


def recent_ranking(session: Session, today: date, limit: int) -> list[int]:
    """Merchant ids with the most complaints received in the last RECENT_DAYS days, most first."""
    count = func.count().label("n")
    query = (
        select(Case.merchant_id, count)
        .where(Case.received_on >= recent_since(today))
        .group_by(Case.merchant_id)
        .order_by(count.desc(), Case.merchant_id)
        .limit(limit)
    )
    return [row[0] for row in session.execute(query)]


def total_ranking(session: Session, limit: int) -> list[int]:
    """Merchant ids with the most complaints of all time, most first."""
    count = func.count().label("n")
    query = (
        select(Case.merchant_id, count).group_by(Case.merchant_id).order_by(count.desc(), Case.merchant_id).limit(limit)
    )
    return [row[0] for row in session.execute(query)]


def ranked_page(
    session: Session, today: date, sort: str, blacklisted_only: bool, offset: int, limit: int
) -> tuple[list[int], int]:
    """One page of every surviving merchant (or every blacklisted one), ranked by complaints in the last
    RECENT_DAYS days (``sort="recent"``) or of all time, then by id; and how many there are in all."""
    counted = select(Case.merchant_id.label("merchant_id"), func.count().label("n"))
    if sort == "recent":
        counted = counted.where(Case.received_on >= recent_since(today))
    numbers = counted.group_by(Case.merchant_id).subquery()
    base = (
        select(Merchant.id)
        .outerjoin(numbers, numbers.c.merchant_id == Merchant.id)
        .where(Merchant.merged_into_id.is_(None))
    )
    if blacklisted_only:
        base = base.where(Merchant.blacklisted.is_(True))
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    ordered = base.order_by(func.coalesce(numbers.c.n, 0).desc(), Merchant.id).offset(offset).limit(limit)
    return list(session.scalars(ordered)), total
