"""A case's events read from its history rows, by the date each took effect (domain.md section 8).

The monthly report and the case list's event filters both use these: a closing counts in the month it
happened even when the case was reopened later, and whether a case was open at the end of a day comes
from its closings and reopenings up to that day, not from its current state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import cast

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from app.domain.rules import MERCHANT_REFUSAL_GROUND
from app.domain.workflow import RESOLVED_OUTCOMES, Action, State
from app.store.cases import Case, HistoryEntry

IMPORTED = "imported"
CLOSING_ACTIONS = (str(Action.CLOSE), str(Action.WITHDRAW), str(Action.TRANSFER), IMPORTED)
"""Actions that end a case as closed: closing, and a withdrawal or transfer before mediation."""
CHUNK = 500


def closing() -> ColumnElement[bool]:
    """A history row that closed the case (a closing, or the import of a closed case; not an edit)."""
    return and_(HistoryEntry.to_state == State.CLOSED, HistoryEntry.action.in_(CLOSING_ACTIONS))


def between(first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """``event_on`` within the dates (either may be open)."""
    found = []
    if first is not None:
        found.append(HistoryEntry.event_on >= first)
    if last is not None:
        found.append(HistoryEntry.event_on <= last)
    return found


def resolved_closing() -> ColumnElement[bool]:
    """A closing as resolved (履行完毕 or 自行和解)."""
    return and_(closing(), HistoryEntry.outcome.in_(sorted(RESOLVED_OUTCOMES)))


def doubled_closing() -> ColumnElement[bool]:
    """A resolved closing with punitive compensation received (加倍赔偿)."""
    return and_(resolved_closing(), HistoryEntry.punitive_amount > 0)


def refusal() -> ColumnElement[bool]:
    """A termination because the merchant refused mediation."""
    return and_(HistoryEntry.action == Action.TERMINATE, HistoryEntry.grounds == MERCHANT_REFUSAL_GROUND)


def case_has(event: ColumnElement[bool], first: date | None = None, last: date | None = None) -> ColumnElement[bool]:
    """The case has a history row meeting ``event`` with its date within the dates."""
    return exists().where(HistoryEntry.case_id == Case.id, event, *between(first, last))


def may_be_open_on(day: date) -> ColumnElement[bool]:
    """Cases that might have been open at the end of ``day`` (a superset; :func:`open_on` decides).

    A case whose latest closing is on or before ``day`` was closed then: every reopening came before it.
    """
    return and_(
        Case.received_on <= day,
        or_(Case.rejected_on.is_(None), Case.rejected_on > day),
        or_(Case.closed_on.is_(None), Case.closed_on > day),
    )


def closed_on_days(session: Session, ids: Iterable[int], day: date) -> set[int]:
    """Of these cases, those closed at the end of ``day``: more closings than reopenings by then."""
    balance: dict[int, int] = defaultdict(int)
    wanted = list(ids)
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(
            select(HistoryEntry.case_id, HistoryEntry.action).where(
                HistoryEntry.case_id.in_(wanted[start : start + CHUNK]),
                HistoryEntry.event_on <= day,
                or_(closing(), HistoryEntry.action == Action.REOPEN),
            )
        )
        for case_id, action in rows:
            balance[case_id] += -1 if action == Action.REOPEN else 1
    return {case_id for case_id, n in balance.items() if n > 0}


def reopened_after(session: Session, ids: Iterable[int], day: date) -> dict[int, list[tuple[str, date, date | None]]]:
    """For the cases reopened after ``day``: their agreements and terminations up to ``day``
    (action, date, due date), oldest first, which a reopening took off the case."""
    wanted = list(ids)
    found: dict[int, list[tuple[str, date, date | None]]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        later = select(HistoryEntry.case_id).where(
            HistoryEntry.case_id.in_(chunk), HistoryEntry.action == Action.REOPEN, HistoryEntry.event_on > day
        )
        rows = session.execute(
            select(HistoryEntry.case_id, HistoryEntry.action, HistoryEntry.event_on, HistoryEntry.due_on)
            .where(
                HistoryEntry.case_id.in_(later),
                HistoryEntry.event_on <= day,
                HistoryEntry.action.in_((Action.AGREE, Action.TERMINATE, Action.REOPEN)),
            )
            .order_by(HistoryEntry.case_id, HistoryEntry.id)
        )
        for case_id, action, on, due in rows:
            events = found.setdefault(case_id, [])
            if action == Action.REOPEN:
                events.clear()
            else:
                events.append((str(action), cast(date, on), due))  # event_on <= day: never NULL here
        for case_id in session.scalars(later):
            found.setdefault(case_id, [])
    return found
