"""The yearly case-number counters: taking the next number, and moving a counter past numbers stored in bulk."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.reference import CaseCounter


def take_case_number(session: Session, year: int) -> int:
    """The next running number of ``year`` (the counter row is locked until the transaction ends on PostgreSQL)."""
    counter = session.scalars(select(CaseCounter).where(CaseCounter.year == year).with_for_update()).first()
    if counter is None:
        counter = CaseCounter(year=year, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return counter.last


def move_counters_past(session: Session, last_by_year: Mapping[int, int]) -> None:
    """After storing cases in bulk (ledger import, demo data): new cases never reuse a stored number."""
    for year, last in last_by_year.items():
        counter = session.get(CaseCounter, year)
        if counter is None:
            session.add(CaseCounter(year=year, last=last))
        elif counter.last < last:
            counter.last = last
    session.flush()
