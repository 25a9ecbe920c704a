"""The running clocks of a case, from its stored data, and the cached next due date the list sorts on."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.deadlines import (
    KIND_TERMINATION_NOTICE,
    CaseClock,
    Deadline,
    Limits,
    case_deadlines,
    next_running_deadline,
)
from app.domain.rules import GROUND_TERMINATION, Ground, RuleSet, rule_set_for
from app.domain.workdays import WorkCalendar
from app.domain.workflow import OPEN_STATES
from app.services.reference import load_calendar, load_grounds, load_rule_sets, office_region
from app.store.cases import Case


class Reference:
    """Rule sets, grounds and the calendar, read once per transaction."""

    def __init__(self, session: Session) -> None:
        self.rule_sets = {r.code: r for r in load_rule_sets(session)}
        self.grounds: list[Ground] = load_grounds(session)
        self.calendar: WorkCalendar = load_calendar(session)
        self.region = office_region(session)
        self._starts_notice = {
            g.code for g in self.grounds if g.kind == GROUND_TERMINATION and g.clock == KIND_TERMINATION_NOTICE
        }

    def rules_on(self, received_on: date) -> RuleSet:
        """The rule set in force on a receipt date for this office (a local rule of its region first)."""
        return rule_set_for(received_on, self.rule_sets.values(), self.region)

    def rules_for(self, case: Case) -> RuleSet:
        return self.rule_sets[case.rule_set_code]

    def starts_notice(self, ground: str | None) -> bool:
        """Whether terminating on ``ground`` starts the notice clock (unknown grounds do, to be safe)."""
        known = {g.code for g in self.grounds if g.kind == GROUND_TERMINATION}
        return ground is None or ground not in known or ground in self._starts_notice


def limits_of(rules: RuleSet) -> Limits:
    return rules.limits


def clock_of(case: Case, rules: RuleSet, ref: Reference | None = None) -> CaseClock:
    """The clock of a case; only suspensions whose reason pauses under the case's rule set are given. An
    entrusted case's limits run from the entrusting office's receipt and acceptance dates (Order 20 Art. 17)."""
    agreement = case.agreement
    return CaseClock(
        state=case.state,
        received_on=case.entrusted_received_on or case.received_on,
        accepted_on=case.entrusted_accepted_on or case.accepted_on,
        terminated_on=case.terminated_on,
        notice_on=case.notice_on,
        performance_due_on=agreement.performance_due_on if agreement else None,
        suspensions=tuple((s.started_on, s.ended_on) for s in case.suspensions if rules.pauses(s.reason)),
        extension_days=case.extension_days,
        notice_required=ref.starts_notice(case.termination_ground) if ref is not None else True,
    )


def deadlines_of(case: Case, ref: Reference, today: date) -> list[Deadline]:
    """Every clock that applies to the case now."""
    rules = ref.rules_for(case)
    return case_deadlines(clock_of(case, rules, ref), rules.limits, ref.calendar, today)


def refresh_next_due(case: Case, ref: Reference, today: date) -> None:
    """Store the earliest running deadline on the case row, for sorting and the due-soon view."""
    rules = ref.rules_for(case)
    first = next_running_deadline(clock_of(case, rules, ref), rules.limits, ref.calendar, today)
    case.next_due_on = first.due if first else None
    case.next_due_kind = first.kind if first else None


def recompute_open_deadlines(session: Session, today: date) -> int:
    """Compute the next due date of every open case again; returns how many changed."""
    ref = Reference(session)
    changed = 0
    for case in session.scalars(select(Case).where(Case.state.in_([s.value for s in OPEN_STATES]))):
        before = case.next_due_on
        refresh_next_due(case, ref, today)
        changed += case.next_due_on != before
    return changed
