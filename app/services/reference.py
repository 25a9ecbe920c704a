"""Reference data read from the database: rule sets and the working-day calendar, seeded on first use."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.domain.deadlines import KIND_ACCEPTANCE, KIND_MEDIATION, KIND_PERFORMANCE, KIND_TERMINATION_NOTICE, ClockRule
from app.domain.rules import SHIPPED_GROUNDS, SHIPPED_RULE_SETS, Ground, RuleSet
from app.domain.statutory_holidays import calendar_with_fallback
from app.domain.workdays import HolidayEntry, WorkCalendar, chinesecalendar_entries
from app.store.reference import GroundRow, Holiday, HolidayYear, ReferenceVersion, RuleSetRow, Setting

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


def _read_calendar(session: Session) -> WorkCalendar:
    entries = [
        HolidayEntry(day, is_workday, name)
        for day, is_workday, name in session.execute(select(Holiday.day, Holiday.is_workday, Holiday.name))
    ]
    return calendar_with_fallback(entries, session.scalars(select(HolidayYear.year)).all())


@dataclass(frozen=True)
class ReferenceData:
    """The rule sets (by code), the grounds, the working-day calendar and the office's region, as read
    at one reference version. Shared between transactions: never change it."""

    rule_sets: Mapping[str, RuleSet]
    grounds: tuple[Ground, ...]
    calendar: WorkCalendar
    region: str


_CACHE: dict[str, ReferenceData] = {}
"""What was read, by reference version token (random, so a token names the same data in any database)."""
_CACHE_SIZE = 8


_VERSION = select(ReferenceVersion.__table__.c.token).where(ReferenceVersion.__table__.c.id == 1)


def reference_version(session: Session) -> str | None:
    """The token triggers change on every write to the reference data (migration 0018): one row."""
    return session.scalar(_VERSION)


def reference_data(session: Session) -> ReferenceData:
    """The reference data, read from the tables only when their version token changed since the last read
    (by any PC); otherwise one single-row read."""
    token = reference_version(session)
    cached = _CACHE.get(token) if token is not None else None
    if cached is not None:
        return cached
    data = ReferenceData(
        rule_sets={r.code: r for r in load_rule_sets(session)},
        grounds=tuple(load_grounds(session)),
        calendar=_read_calendar(session),
        region=office_region(session),
    )
    # kept only if nothing was committed in between (PostgreSQL reads each statement's own snapshot)
    if token is not None and reference_version(session) == token:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[token] = data
    return data


def load_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar from the holiday table (kept while the reference data is unchanged)."""
    return reference_data(session).calendar


_ADD_VERSION = text("INSERT INTO reference_version (id, token) VALUES (1, :token) ON CONFLICT (id) DO NOTHING")


def seed_reference_data(session: Session) -> None:
    """Ship the rule sets, the grounds and the holidays of the package into the database (idempotent):
    what is missing is added, the provenance of a shipped rule set filled in when empty; and the reference
    version's row, when missing (several PCs starting at once add it once)."""
    session.execute(_ADD_VERSION, {"token": secrets.token_hex(16)})
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
