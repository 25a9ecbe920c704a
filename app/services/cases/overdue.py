"""超期未办结: cases open at the end of a month whose running deadline had passed by then.

Whether a case was open then comes from its closings and reopenings in the history; the state it was
in on that day is rebuilt from its event dates (accepted, agreed, terminated, suspended; from the history
when a later reopening took them off the case), and the deadline is computed by the same domain rules the case list uses
(:func:`app.domain.deadlines.case_deadlines`), as of that day. SQL first narrows the cases to those
that could be overdue at all: a limit of N days ends at least N calendar days after its start.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.deadlines import CaseClock, Deadline, case_deadlines
from app.services.cases import events
from app.services.clocks import Reference
from app.store.cases import Agreement, Case, Suspension

_LEFT_MEDIATION = frozenset({"agreed", "terminated", "closed"})


@dataclass(frozen=True)
class _Row:
    id: int
    state: str
    rule_set_code: str
    received_on: date
    accepted_on: date | None
    terminated_on: date | None
    notice_on: date | None
    agreed_on: date | None
    performance_due_on: date | None
    extension_days: int
    termination_ground: str | None
    entrusted_received_on: date | None = None
    entrusted_accepted_on: date | None = None


def _may_be_overdue(ref: Reference, day: date) -> ColumnElement[bool]:
    rules = list(ref.rule_sets.values())
    acceptance = min(r.acceptance_days for r in rules)
    mediation = min(r.mediation_days for r in rules)
    notice = min(r.notice_days for r in rules)
    not_accepted = or_(Case.accepted_on.is_(None), Case.accepted_on > day)
    received = func.coalesce(Case.entrusted_received_on, Case.received_on)
    accepted = func.coalesce(Case.entrusted_accepted_on, Case.accepted_on)
    return or_(
        and_(not_accepted, received < day - timedelta(days=acceptance)),
        accepted < day - timedelta(days=mediation),
        Agreement.performance_due_on < day,
        Case.terminated_on < day - timedelta(days=notice),
    )


def _suspensions(session: Session, ids: list[int], day: date) -> dict[int, list[tuple[date, date | None, str]]]:
    spans: dict[int, list[tuple[date, date | None, str]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(Suspension.case_id, Suspension.started_on, Suspension.ended_on, Suspension.reason)
            .where(Suspension.case_id.in_(chunk), Suspension.started_on <= day)
            .order_by(Suspension.id)
        )
        for case_id, began, ended, reason in rows:
            spans[case_id].append((began, ended if ended is not None and ended <= day else None, reason))
    return spans


def clock_on(
    row: _Row, spans: list[tuple[date, date | None]], day: date, notice_required: bool = True
) -> CaseClock | None:
    """The clock of the case as it stood at the end of ``day``; None when no clock ran then.

    ``spans`` are the suspensions whose reason pauses the clock under the case's rule set."""
    if row.terminated_on is not None and row.terminated_on <= day:
        if row.notice_on is not None and row.notice_on <= day:
            return None  # the parties were told: the notice limit was met
        state = "terminated"
    elif row.agreed_on is not None and row.agreed_on <= day:
        state = "agreed"
    elif row.accepted_on is not None and row.accepted_on <= day:
        if row.state in _LEFT_MEDIATION and row.agreed_on is None and row.terminated_on is None:
            return None  # left mediation on a date not recorded (an imported case): no known clock
        state = "suspended" if any(end is None for _, end in spans) else "mediating"
    else:
        state = "registered"
    return CaseClock(  # an entrusted case's limits run from the entrusting office's dates, as clocks.clock_of
        state=state,
        received_on=row.entrusted_received_on or row.received_on,
        accepted_on=row.entrusted_accepted_on or row.accepted_on,
        terminated_on=row.terminated_on,
        performance_due_on=row.performance_due_on,
        suspensions=tuple(spans),
        extension_days=row.extension_days,
        notice_required=notice_required,
    )


def _as_it_stood(row: _Row, steps: list[tuple[str, date, date | None]]) -> _Row:
    """A case reopened after the day, with the agreement or termination it had then (from its history)
    instead of those of its later round of mediation."""
    agreed_on = due_on = terminated_on = None
    for action, on, due in steps:
        if action == "agree":
            agreed_on, due_on = on, due
        else:
            terminated_on = on
    return replace(
        row,
        state="mediating",
        terminated_on=terminated_on,
        notice_on=None,
        agreed_on=agreed_on,
        performance_due_on=due_on,
    )


def overdue_on(session: Session, day: date, ref: Reference | None = None) -> dict[int, Deadline]:
    """The cases open at the end of ``day`` with a running deadline already passed, each with its earliest
    passed deadline: THE definition of 超期 that the report's 超期未办结, the case list's 已超期 filter and
    the due desk all ask (never the cached ``Case.next_due_on``)."""
    return _overdue(session, day, ref)


def overdue_ids_on(session: Session, day: date, ref: Reference | None = None) -> list[int]:
    """The ids of the cases open at the end of ``day`` with their running deadline already passed."""
    return list(_overdue(session, day, ref))


def overdue_open_on(session: Session, day: date, ref: Reference | None = None) -> int:
    """How many cases were open at the end of ``day`` with their running deadline already passed."""
    return len(_overdue(session, day, ref))


def _overdue(session: Session, day: date, ref: Reference | None) -> dict[int, Deadline]:
    ref = ref or Reference(session)
    query = (
        select(
            Case.id,
            Case.state,
            Case.rule_set_code,
            Case.received_on,
            Case.accepted_on,
            Case.terminated_on,
            Case.notice_on,
            Agreement.agreed_on,
            Agreement.performance_due_on,
            Case.extension_days,
            Case.termination_ground,
            Case.entrusted_received_on,
            Case.entrusted_accepted_on,
        )
        .outerjoin(Agreement, Agreement.case_id == Case.id)
        .where(events.may_be_open_on(day), _may_be_overdue(ref, day))
    )
    rows = [_Row(*tuple(r)) for r in session.execute(query)]
    closed = events.closed_on_days(session, [r.id for r in rows], day)
    rows = [r for r in rows if r.id not in closed]
    earlier = events.reopened_after(session, [r.id for r in rows], day)
    rows = [_as_it_stood(r, earlier[r.id]) if r.id in earlier else r for r in rows]
    spans = _suspensions(session, [r.id for r in rows], day)
    found: dict[int, Deadline] = {}
    for row in rows:
        rules = ref.rule_sets[row.rule_set_code]
        pausing = [(began, ended) for began, ended, reason in spans.get(row.id, []) if rules.pauses(reason)]
        clock = clock_on(row, pausing, day, ref.starts_notice(row.termination_ground))
        if clock is None:
            continue
        passed = [d for d in case_deadlines(clock, rules.limits, ref.calendar, day) if d.overdue]
        if passed:
            found[row.id] = min(passed, key=lambda d: d.due)
    return found
