"""The running clocks of a case, from its stored data, and the cached next due date the list sorts on."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.domain.deadlines import CaseClock, Deadline, Limits, case_deadlines
from app.domain.rules import RuleSet
from app.domain.workdays import WorkCalendar
from app.services.reference import load_calendar, load_rule_sets
from app.store.cases import Case


class Reference:
    """Rule sets and the calendar, read once per transaction."""

    def __init__(self, session: Session) -> None:
        self.rule_sets = {r.code: r for r in load_rule_sets(session)}
        self.calendar: WorkCalendar = load_calendar(session)

    def rules_for(self, case: Case) -> RuleSet:
        return self.rule_sets[case.rule_set_code]


def limits_of(rules: RuleSet) -> Limits:
    return Limits(rules.acceptance_days, rules.mediation_days, rules.notice_days, rules.day_kind)


def clock_of(case: Case) -> CaseClock:
    agreement = case.agreement
    return CaseClock(
        state=case.state,
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        terminated_on=case.terminated_on,
        notice_on=case.notice_on,
        performance_due_on=agreement.performance_due_on if agreement else None,
        suspensions=tuple((s.started_on, s.ended_on) for s in case.suspensions),
        extension_days=case.extension_days,
    )


def deadlines_of(case: Case, ref: Reference, today: date) -> list[Deadline]:
    """Every clock that applies to the case now."""
    return case_deadlines(clock_of(case), limits_of(ref.rules_for(case)), ref.calendar, today)


def refresh_next_due(case: Case, ref: Reference, today: date) -> None:
    """Store the earliest running deadline on the case row, for sorting and the due-soon view."""
    running = [d for d in deadlines_of(case, ref, today) if not d.paused]
    first = min(running, key=lambda d: d.due, default=None)
    case.next_due_on = first.due if first else None
    case.next_due_kind = first.kind if first else None
