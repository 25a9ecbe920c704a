"""Reference data read from the database: rule sets and the working-day calendar, seeded on first use."""

from __future__ import annotations

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from app.domain.deadlines import KIND_ACCEPTANCE, KIND_MEDIATION, KIND_PERFORMANCE, KIND_TERMINATION_NOTICE, ClockRule
from app.domain.rules import SHIPPED_GROUNDS, SHIPPED_RULE_SETS, Ground, RuleSet
from app.domain.statutory_holidays import calendar_with_fallback
from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries
from app.store.reference import GroundRow, Holiday, HolidayYear, RuleSetRow, Setting

PACKAGE_SOURCE = "chinesecalendar"
REGION_SETTING = "office.region"


def _split(codes: str) -> tuple[str, ...]:
    return tuple(c for c in codes.split(",") if c)


def rule_set_from_row(row: RuleSetRow) -> RuleSet:
    rollover = set(_split(row.rollover))

    def clock(kind: str, days: int, day_kind: str) -> ClockRule:
        return ClockRule(days, day_kind, rollover=kind in rollover)

    return RuleSet(
        code=row.code,
        name=row.name,
        effective_from=row.effective_from,
        acceptance=clock(KIND_ACCEPTANCE, row.acceptance_days, row.acceptance_kind),
        mediation=clock(KIND_MEDIATION, row.mediation_days, row.mediation_kind),
        notice=clock(KIND_TERMINATION_NOTICE, row.notice_days, row.notice_kind),
        performance=clock(KIND_PERFORMANCE, row.performance_days, row.performance_kind),
        extension_days=row.extension_days,
        region=row.region,
        non_acceptance_grounds=_split(row.non_acceptance_grounds),
        termination_grounds=_split(row.termination_grounds),
        suspension_reasons=_split(row.suspension_reasons),
        pausing_reasons=_split(row.pausing_reasons),
        note=row.note,
        provenance=row.provenance,
    )


def rule_set_row(rules: RuleSet) -> RuleSetRow:
    clocks = {
        KIND_ACCEPTANCE: rules.acceptance,
        KIND_MEDIATION: rules.mediation,
        KIND_TERMINATION_NOTICE: rules.notice,
        KIND_PERFORMANCE: rules.performance,
    }
    return RuleSetRow(
        code=rules.code,
        name=rules.name,
        effective_from=rules.effective_from,
        acceptance_days=rules.acceptance.days,
        acceptance_kind=rules.acceptance.day_kind,
        mediation_days=rules.mediation.days,
        mediation_kind=rules.mediation.day_kind,
        notice_days=rules.notice.days,
        notice_kind=rules.notice.day_kind,
        performance_days=rules.performance.days,
        performance_kind=rules.performance.day_kind,
        rollover=",".join(k for k, c in clocks.items() if c.rollover),
        extension_days=rules.extension_days,
        region=rules.region,
        non_acceptance_grounds=",".join(rules.non_acceptance_grounds),
        termination_grounds=",".join(rules.termination_grounds),
        suspension_reasons=",".join(rules.suspension_reasons),
        pausing_reasons=",".join(rules.pausing_reasons),
        note=rules.note,
        provenance=rules.provenance,
    )


def load_grounds(session: Session) -> list[Ground]:
    """The catalogue of grounds and suspension reasons (shipped and added by an administrator)."""
    rows = session.scalars(select(GroundRow).order_by(GroundRow.kind, GroundRow.code))
    return [Ground(r.kind, r.code, r.label_zh, r.label_en, r.clock, r.basis) for r in rows]


def office_region(session: Session) -> str:
    """The office's region (setting ``office.region``), which picks a local rule set; "" for none."""
    row = session.get(Setting, REGION_SETTING)
    return row.value.strip() if row is not None else ""


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
    calendar = calendar_with_fallback(entries, years)
    if len(_CALENDARS) > 32:
        _CALENDARS.clear()
    _CALENDARS[key] = calendar
    return calendar


def seed_reference_data(session: Session) -> None:
    """Ship the rule sets, the grounds and the holidays of the package into the database (idempotent):
    what is missing is added, the provenance of a shipped rule set filled in when empty."""
    known = {row.code: row for row in session.scalars(select(RuleSetRow))}
    for rules in SHIPPED_RULE_SETS:
        row = known.get(rules.code)
        if row is None:
            session.add(rule_set_row(rules))
        elif not row.provenance:
            row.provenance = rules.provenance
    have = {(kind, code) for kind, code in session.execute(select(GroundRow.kind, GroundRow.code))}
    for g in SHIPPED_GROUNDS:
        if (g.kind, g.code) not in have:
            session.add(GroundRow(kind=g.kind, code=g.code, label_zh=g.zh, label_en=g.en, clock=g.clock, basis=g.basis))
    if session.scalar(select(func.count()).select_from(HolidayYear)) == 0:
        entries, years = chinesecalendar_entries()
        existing = set(session.scalars(select(Holiday.day)))
        rows = [{"day": e.day, "is_workday": e.is_workday, "name": e.name} for e in entries if e.day not in existing]
        if rows:
            session.execute(insert(Holiday), rows)
        session.execute(insert(HolidayYear), [{"year": y, "source": PACKAGE_SOURCE} for y in years])
