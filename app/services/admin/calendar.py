"""The holiday table, kept by an administrator: statutory holidays and make-up working days.

Changing it moves deadlines, so every open case's cached next due date is computed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.domain.dates import today_local
from app.domain.errors import InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.domain.workdays import HolidayEntry
from app.services import audit
from app.services.admin.holiday_file import MAX_NAME, read_holiday_file
from app.services.clocks import recompute_open_deadlines
from app.services.context import Actor
from app.store.database import Database
from app.store.reference import Holiday, HolidayYear

MAX_SPAN_DAYS = 31


def set_holiday(
    db: Database,
    actor: Actor,
    day: date,
    is_workday: bool,
    name: str,
    confirm_year: bool = True,
    today: date | None = None,
) -> int:
    """Enter a holiday (is_workday False) or a make-up working day; returns how many open cases moved."""
    return set_holidays(db, actor, day, day, is_workday, name, confirm_year, today)


def _check_span(first: date, last: date, name: str) -> None:
    problems = []
    if last < first:
        problems.append(Problem("结束日期", msg("holiday.end_before_start"), last.isoformat()))
    elif (last - first).days >= MAX_SPAN_DAYS:
        problems.append(Problem("结束日期", msg("holiday.max_span", days=MAX_SPAN_DAYS), last.isoformat()))
    if first.year != last.year:
        problems.append(Problem("结束日期", msg("holiday.same_year"), last.isoformat()))
    if len(name.strip()) > MAX_NAME:
        problems.append(Problem("名称", msg("value.max_chars", limit=MAX_NAME), name))
    if problems:
        raise InvalidInput(problems)


def set_holidays(
    db: Database,
    actor: Actor,
    first: date,
    last: date,
    is_workday: bool,
    name: str,
    confirm_year: bool = True,
    today: date | None = None,
) -> int:
    """Enter every day from ``first`` to ``last`` as a holiday or a make-up working day, in one change;
    returns how many open cases' next due date moved."""
    actor.require(Permission.MANAGE_HOLIDAYS)
    _check_span(first, last, name)
    name = name.strip()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    with db.transaction() as session:
        before = {}
        for day in days:
            existing = session.get(Holiday, day)
            if existing is None:
                session.add(Holiday(day=day, is_workday=is_workday, name=name))
            else:
                before[day.isoformat()] = {"is_workday": existing.is_workday, "name": existing.name}
                existing.is_workday, existing.name = is_workday, name
        if confirm_year and session.get(HolidayYear, first.year) is None:
            session.add(HolidayYear(year=first.year, source=actor.login[:40]))
        session.flush()
        audit.record(
            session,
            actor,
            "set_holiday",
            "holiday",
            _span_id(first, last),
            before=before,
            after={"is_workday": is_workday, "name": name},
        )
        return recompute_open_deadlines(session, today or today_local())


def _span_id(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"


def remove_holiday(db: Database, actor: Actor, day: date, today: date | None = None) -> int:
    """Take a day out of the table (it becomes an ordinary Monday-to-Friday day); returns cases moved."""
    actor.require(Permission.MANAGE_HOLIDAYS)
    with db.transaction() as session:
        existing = session.get(Holiday, day)
        if existing is None:
            raise NotFound("holiday.not_listed", day=day.isoformat())
        before = {"is_workday": existing.is_workday, "name": existing.name}
        session.delete(existing)
        session.flush()
        audit.record(session, actor, "remove_holiday", "holiday", day.isoformat(), before=before)
        return recompute_open_deadlines(session, today or today_local())


@dataclass(frozen=True)
class HolidayYearView:
    """A year of the holiday table: its days, and whether (and by whom) the year is confirmed."""

    year: int
    entries: list[HolidayEntry]
    source: str | None

    @property
    def confirmed(self) -> bool:
        return self.source is not None


def list_holidays(db: Database, year: int) -> HolidayYearView:
    """The holidays and make-up working days of a year (anyone may read the calendar)."""
    with db.read() as session:
        rows = session.scalars(
            select(Holiday)
            .where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
            .order_by(Holiday.day)
        )
        entries = [HolidayEntry(h.day, h.is_workday, h.name) for h in rows]
        known = session.get(HolidayYear, year)
        return HolidayYearView(year, entries, known.source if known else None)


def load_holiday_year(db: Database, actor: Actor, year: int, path: Path, today: date | None = None) -> int:
    """Replace a year's holidays by those of a CSV or Excel file and mark the year confirmed.

    A file with any bad row changes nothing (InvalidInput lists every row). Returns how many days were loaded.
    """
    actor.require(Permission.MANAGE_HOLIDAYS)
    rows = read_holiday_file(path, year)
    with db.transaction() as session:
        old = session.scalars(
            select(Holiday).where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
        ).all()
        before = {h.day.isoformat(): {"is_workday": h.is_workday, "name": h.name} for h in old}
        for holiday in old:
            session.delete(holiday)
        session.flush()
        session.add_all(Holiday(day=r.day, is_workday=r.is_workday, name=r.name) for r in rows)
        known = session.get(HolidayYear, year)
        if known is None:
            session.add(HolidayYear(year=year, source=f"file:{actor.login}"[:40]))
        else:
            known.source = f"file:{actor.login}"[:40]
        session.flush()
        audit.record(
            session,
            actor,
            "load_holidays",
            "holiday",
            str(year),
            before=before,
            after={r.day.isoformat(): {"is_workday": r.is_workday, "name": r.name} for r in rows},
        )
        recompute_open_deadlines(session, today or today_local())
    return len(rows)
