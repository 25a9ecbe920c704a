"""Reference data read from the database: rule sets and the working-day calendar, seeded on first use."""

from __future__ import annotations

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from app.domain.rules import SHIPPED_RULE_SETS, RuleSet
from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries
from app.store.reference import Holiday, HolidayYear, RuleSetRow

PACKAGE_SOURCE = "chinesecalendar"


def _split(codes: str) -> tuple[str, ...]:
    return tuple(c for c in codes.split(",") if c)


def rule_set_from_row(row: RuleSetRow) -> RuleSet:
    return RuleSet(
        code=row.code,
        name=row.name,
        effective_from=row.effective_from,
        acceptance_days=row.acceptance_days,
        mediation_days=row.mediation_days,
        notice_days=row.notice_days,
        extension_days=row.extension_days,
        day_kind=row.day_kind,
        non_acceptance_grounds=_split(row.non_acceptance_grounds),
        termination_grounds=_split(row.termination_grounds),
        note=row.note,
    )


def rule_set_row(rules: RuleSet) -> RuleSetRow:
    return RuleSetRow(
        code=rules.code,
        name=rules.name,
        effective_from=rules.effective_from,
        acceptance_days=rules.acceptance_days,
        mediation_days=rules.mediation_days,
        notice_days=rules.notice_days,
        extension_days=rules.extension_days,
        day_kind=rules.day_kind,
        non_acceptance_grounds=",".join(rules.non_acceptance_grounds),
        termination_grounds=",".join(rules.termination_grounds),
        note=rules.note,
    )


def load_rule_sets(session: Session) -> list[RuleSet]:
    return [rule_set_from_row(r) for r in session.scalars(select(RuleSetRow).order_by(RuleSetRow.effective_from))]


_CALENDARS: dict[tuple[object, ...], WorkCalendar] = {}


def _fingerprint(session: Session) -> tuple[object, ...]:
    """Changes whenever a day or a confirmed year is added, removed or flipped (read in two small queries)."""
    days = session.execute(
        select(
            func.count(),
            func.min(Holiday.day),
            func.max(Holiday.day),
            func.sum(case((Holiday.is_workday, 1), else_=0)),
            func.sum(func.length(Holiday.name)),
        )
    ).one()
    years = session.execute(select(func.count(), func.min(HolidayYear.year), func.max(HolidayYear.year))).one()
    return (str(session.get_bind().engine.url), *days, *years)


def load_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar from the holiday table (kept while the table is unchanged)."""
    key = _fingerprint(session)
    cached = _CALENDARS.get(key)
    if cached is not None:
        return cached
    entries = [
        HolidayEntry(day, is_workday, name)
        for day, is_workday, name in session.execute(select(Holiday.day, Holiday.is_workday, Holiday.name))
    ]
    years = session.scalars(select(HolidayYear.year)).all()
    calendar = WorkCalendar(entries, years)
    if len(_CALENDARS) > 32:
        _CALENDARS.clear()
    _CALENDARS[key] = calendar
    return calendar


def seed_reference_data(session: Session) -> None:
    """Ship the rule sets and the holidays of the package into an empty database (idempotent)."""
    known = set(session.scalars(select(RuleSetRow.code)))
    for rules in SHIPPED_RULE_SETS:
        if rules.code not in known:
            session.add(rule_set_row(rules))
    if session.scalar(select(func.count()).select_from(HolidayYear)) == 0:
        entries, years = chinesecalendar_entries()
        existing = set(session.scalars(select(Holiday.day)))
        rows = [{"day": e.day, "is_workday": e.is_workday, "name": e.name} for e in entries if e.day not in existing]
        if rows:
            session.execute(insert(Holiday), rows)
        session.execute(insert(HolidayYear), [{"year": y, "source": PACKAGE_SOURCE} for y in years])
