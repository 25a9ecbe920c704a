"""The running clocks of a case, from its stored data, and the cached next due date the list sorts on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
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
from app.services.reference import reference_data
from app.store.cases import Agreement, Case, Suspension

RECOMPUTE_CHUNK = 5000


class Reference:
    """Rule sets, grounds and the calendar for one transaction (read from the tables only when their
    version changed, :func:`app.services.reference.reference_data`)."""

    def __init__(self, session: Session) -> None:
        data = reference_data(session)
        self.rule_sets: Mapping[str, RuleSet] = data.rule_sets
        self.grounds: tuple[Ground, ...] = data.grounds
        self.calendar: WorkCalendar = data.calendar
        self.region = data.region
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
    return _clock(
        case,
        agreement.performance_due_on if agreement else None,
        [(s.reason, s.started_on, s.ended_on) for s in case.suspensions],
        rules,
        ref,
    )


def _clock(
    case: Any,
    performance_due_on: date | None,
    suspensions: list[tuple[str, date, date | None]],
    rules: RuleSet,
    ref: Reference | None,
) -> CaseClock:
    """The clock from a case's columns (a mapped case or a row of them), its agreement's performance due
    date and its suspensions (reason, start, end) in the order they were recorded."""
    return CaseClock(
        state=case.state,
        received_on=case.entrusted_received_on or case.received_on,
        accepted_on=case.entrusted_accepted_on or case.accepted_on,
        terminated_on=case.terminated_on,
        notice_on=case.notice_on,
        performance_due_on=performance_due_on,
        suspensions=tuple((started, ended) for reason, started, ended in suspensions if rules.pauses(reason)),
        extension_days=case.extension_days,
        notice_required=ref.starts_notice(case.termination_ground) if ref is not None else True,
    )


def deadlines_of(case: Case, ref: Reference, today: date) -> list[Deadline]:
    """Every clock that applies to the case now."""
    rules = ref.rules_for(case)
    return case_deadlines(clock_of(case, rules, ref), rules.limits, ref.calendar, today)


def deadlines_of_columns(
    case: Any,
    performance_due_on: date | None,
    suspensions: list[tuple[str, date, date | None]],
    ref: Reference,
    today: date,
) -> list[Deadline]:
    """Every clock that applies now to a case read as plain columns (see :func:`_clock`)."""
    rules = ref.rule_sets[case.rule_set_code]
    return case_deadlines(_clock(case, performance_due_on, suspensions, rules, ref), rules.limits, ref.calendar, today)


def refresh_next_due(case: Case, ref: Reference, today: date) -> None:
    """Store the earliest running deadline on the case row, for sorting and the due-soon view."""
    rules = ref.rules_for(case)
    first = next_running_deadline(clock_of(case, rules, ref), rules.limits, ref.calendar, today)
    case.next_due_on = first.due if first else None
    case.next_due_kind = first.kind if first else None


def recompute_open_deadlines(session: Session, today: date) -> int:
    """Compute the next due date of every open case again; returns how many changed.

    Set-based, for a database of a million cases (the first start after an upgrade runs it): the open
    cases' columns, suspensions and performance due dates are read chunk by chunk in id order, three
    statements a chunk, and only the rows whose due date or kind changes are written, in one
    executemany a chunk, each with its version raised as a change through the mapped case would.
    Mapped cases already in the session are expired, so they read the new values."""
    ref = Reference(session)
    cases, suspensions, agreements = Case.__table__.c, Suspension.__table__.c, Agreement.__table__.c
    open_states = [s.value for s in OPEN_STATES]
    columns = (
        cases.id,
        cases.state,
        cases.rule_set_code,
        cases.received_on,
        cases.entrusted_received_on,
        cases.accepted_on,
        cases.entrusted_accepted_on,
        cases.terminated_on,
        cases.notice_on,
        cases.extension_days,
        cases.termination_ground,
        cases.next_due_on,
        cases.next_due_kind,
    )
    write = (
        update(cast(Table, Case.__table__))
        .where(cases.id == bindparam("case_id"))
        .values(next_due_on=bindparam("due"), next_due_kind=bindparam("kind"), version=cases.version + 1)
    )
    changed, after = 0, 0
    written: set[int] = set()
    while True:
        chunk = session.execute(
            select(*columns)
            .where(cases.state.in_(open_states), cases.id > after)
            .order_by(cases.id)
            .limit(RECOMPUTE_CHUNK)
        ).all()
        if not chunk:
            break
        first_id, after = chunk[0].id, chunk[-1].id
        in_chunk = (cases.state.in_(open_states), cases.id.between(first_id, after))
        paused: dict[int, list[tuple[str, date, date | None]]] = defaultdict(list)
        for case_id, reason, started, ended in session.execute(
            select(suspensions.case_id, suspensions.reason, suspensions.started_on, suspensions.ended_on)
            .join(Case.__table__, cases.id == suspensions.case_id)
            .where(*in_chunk)
            .order_by(suspensions.id)
        ):
            paused[case_id].append((reason, started, ended))
        performance = {
            case_id: due
            for case_id, due in session.execute(
                select(agreements.case_id, agreements.performance_due_on)
                .join(Case.__table__, cases.id == agreements.case_id)
                .where(*in_chunk)
            )
        }
        rows = []
        for case in chunk:
            rules = ref.rule_sets[case.rule_set_code]
            clock = _clock(case, performance.get(case.id), paused.get(case.id, []), rules, ref)
            first = next_running_deadline(clock, rules.limits, ref.calendar, today)
            due, kind = (first.due, first.kind) if first else (None, None)
            if due != case.next_due_on or kind != case.next_due_kind:
                rows.append({"case_id": case.id, "due": due, "kind": kind})
                changed += due != case.next_due_on
        if rows:
            session.execute(write, rows)
            written.update(r["case_id"] for r in rows)
    for instance in list(session.identity_map.values()):
        if isinstance(instance, Case) and instance.id in written:
            session.expire(instance, ["next_due_on", "next_due_kind", "version"])
    return changed
