"""The yearly counters (case numbers, document numbers): taking the next number, and moving a counter past
numbers stored in bulk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar, cast

from sqlalchemy import Table, insert, update
from sqlalchemy.orm import Session

from app.store.reference import CaseCounter, DocumentCounter

YearlyCounter = TypeVar("YearlyCounter", CaseCounter, DocumentCounter)


def take_number(session: Session, table: type[YearlyCounter], year: int) -> int:
    """The next running number of ``year`` in a counter table (its row locked until the transaction ends on
    PostgreSQL, so two offices never get the same number). One statement once the year has its row."""
    counters = cast(Table, table.__table__)
    columns = counters.c
    last = session.execute(
        update(counters).where(columns.year == year).values(last=columns.last + 1).returning(columns.last)
    ).scalar()
    if last is None:
        session.execute(insert(counters).values(year=year, last=1))
        last = 1
    return int(last)


def take_case_number(session: Session, year: int) -> int:
    """The next case number's running part for ``year``."""
    return take_number(session, CaseCounter, year)


def move_counters_past(session: Session, last_by_year: Mapping[int, int]) -> None:
    """After storing cases in bulk (ledger import, demo data): new cases never reuse a stored number."""
    for year, last in last_by_year.items():
        counter = session.get(CaseCounter, year)
        if counter is None:
            session.add(CaseCounter(year=year, last=last))
        elif counter.last < last:
            counter.last = last
    session.flush()
