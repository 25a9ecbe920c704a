"""The holiday table, kept by an administrator: statutory holidays and make-up working days.

Changing it moves deadlines, so every open case's cached next due date is computed again.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.dates import today_local
from app.domain.permissions import Permission
from app.domain.workflow import OPEN_STATES
from app.services import audit
from app.services.clocks import Reference, refresh_next_due
from app.services.context import Actor
from app.store.cases import Case
from app.store.database import Database
from app.store.reference import Holiday, HolidayYear


def set_holiday(db: Database, actor: Actor, day: date, is_workday: bool, name: str,
                confirm_year: bool = True, today: date | None = None) -> int:
    """Enter a holiday (is_workday False) or a make-up working day; returns how many open cases moved."""
    actor.require(Permission.MANAGE_HOLIDAYS)
    with db.transaction() as session:
        existing = session.get(Holiday, day)
        before = {"is_workday": existing.is_workday, "name": existing.name} if existing else {}
        if existing is None:
            session.add(Holiday(day=day, is_workday=is_workday, name=name))
        else:
            existing.is_workday, existing.name = is_workday, name
        if confirm_year and session.get(HolidayYear, day.year) is None:
            session.add(HolidayYear(year=day.year, source=actor.login))
        session.flush()
        audit.record(session, actor, "set_holiday", "holiday", day.isoformat(), before=before,
                     after={"is_workday": is_workday, "name": name})
        return recompute_open_deadlines(session, today or today_local())


def recompute_open_deadlines(session: Session, today: date) -> int:
    """Compute the next due date of every open case again; returns how many changed."""
    ref = Reference(session)
    changed = 0
    for case in session.scalars(select(Case).where(Case.state.in_([s.value for s in OPEN_STATES]))):
        before = case.next_due_on
        refresh_next_due(case, ref, today)
        changed += case.next_due_on != before
    return changed
