"""The due-soon desk: for the signed-in user, every open case whose deadline falls within the next
``DESK_WORKING_DAYS`` working days or has passed, earliest first, each with the action to take.

Overdue means what the report's 超期未办结 and the case list's 已超期 mean: :func:`overdue_on` today.

Whose cases: a supervisor sees the whole office; a mediator the cases assigned to them; a clerk the
registered cases they entered (awaiting the acceptance decision). Roles add up. Agreements awaiting
follow-up appear through their performance due date (action ``follow_up``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import aliased

from app.domain.codes import CodeList
from app.domain.dates import today_local
from app.domain.deadlines import (
    DUE_SOON_WORKING_DAYS,
    KIND_ACCEPTANCE,
    KIND_MEDIATION,
    KIND_PERFORMANCE,
    KIND_TERMINATION_NOTICE,
    due_soon_until,
)
from app.domain.permissions import Permission
from app.domain.workflow import OPEN_STATES, State
from app.services.cases.overdue import overdue_on
from app.services.clocks import Reference
from app.services.context import Actor
from app.services.privacy import PersonalKind, present_merchant, present_personal
from app.store.cases import Case
from app.store.database import Database
from app.store.merchants import Merchant
from app.store.people import Consumer, User

DESK_WORKING_DAYS = DUE_SOON_WORKING_DAYS  # the desk lists what the case list calls due soon
DESK_LIMIT = 500

DESK_ACTIONS: CodeList = {
    "decide": ("决定是否受理", "Decide on acceptance"),
    "assign": ("指派调解员", "Assign a mediator"),
    "start": ("征得双方同意后开始调解", "Start mediation with both parties' consent"),
    "mediate": ("调解：达成协议或终止调解", "Mediate: reach an agreement or terminate"),
    "notify": ("告知双方终止调解并办结", "Tell both parties of the termination and close"),
    "follow_up": ("回访确认协议履行", "Follow up: confirm the agreement was performed"),
}


@dataclass(frozen=True)
class DueItem:
    """One line of the desk."""

    case_no: str
    state: str
    deadline_kind: str
    due: date
    working_days_left: int
    overdue: bool
    action: str
    consumer_name: str
    merchant_name: str
    mediator_name: str | None


def action_for(kind: str, state: str, has_mediator: bool) -> str:
    """The action (a DESK_ACTIONS code) that stops the running clock."""
    if kind == KIND_ACCEPTANCE:
        return "decide"
    if kind == KIND_TERMINATION_NOTICE:
        return "notify"
    if kind == KIND_PERFORMANCE:
        return "follow_up"
    if kind == KIND_MEDIATION and state == State.ACCEPTED:
        return "start" if has_mediator else "assign"
    return "mediate"


def _whose(actor: Actor) -> ColumnElement[bool]:
    """Which cases are the actor's to act on."""
    if actor.can(Permission.MEDIATE_ANY_CASE):
        return Case.id.is_not(None)
    conditions: list[ColumnElement[bool]] = []
    if actor.can(Permission.MEDIATE) and actor.user_id is not None:
        conditions.append(Case.mediator_id == actor.user_id)
    if actor.can(Permission.REGISTER):
        conditions.append((Case.state == State.REGISTERED) & (Case.created_by == actor.login))
    return or_(*conditions) if conditions else false()


def due_desk(db: Database, actor: Actor, today: date | None = None, limit: int = DESK_LIMIT) -> list[DueItem]:
    """The actor's cases due soon (the same window as the case list's due-soon filter) or overdue (the
    report's definition, as of today), earliest first; names masked for the actor's roles."""
    today = today or today_local()
    mediator = aliased(User)
    with db.read() as session:
        ref = Reference(session)
        calendar = ref.calendar
        horizon = due_soon_until(calendar, today)
        passed = overdue_on(session, today, ref)
        query = (
            select(
                Case.id,
                Case.case_no,
                Case.state,
                Case.next_due_kind,
                Case.next_due_on,
                Case.mediator_id,
                Consumer.name,
                Merchant.kind,
                Merchant.name,
                mediator.name,
            )
            .join(Consumer, Consumer.id == Case.consumer_id)
            .join(Merchant, Merchant.id == Case.merchant_id)
            .outerjoin(mediator, mediator.id == Case.mediator_id)
            .where(
                Case.state.in_([s.value for s in OPEN_STATES]),
                or_(Case.id.in_(list(passed)), and_(Case.next_due_on >= today, Case.next_due_on <= horizon)),
                _whose(actor),
            )
        )
        items = []
        rows = session.execute(query)
        for case_id, no, state, kind, due_on, mediator_id, consumer, merchant_kind, merchant, mediator_name in rows:
            late = passed.get(case_id)
            if late is not None:
                kind, due = late.kind, late.due
            else:
                due = cast(date, due_on)  # the query keeps only overdue cases and those with a due date
            items.append(
                DueItem(
                    case_no=no,
                    state=state,
                    deadline_kind=kind or "",
                    due=due,
                    working_days_left=calendar.working_days_left(today, due),
                    overdue=late is not None,
                    action=action_for(kind or "", state, mediator_id is not None),
                    consumer_name=present_personal(actor, consumer, PersonalKind.NAME) or "",
                    merchant_name=present_merchant(actor, merchant_kind, merchant, None, None)[0],
                    mediator_name=mediator_name,
                )
            )
        items.sort(key=lambda i: (i.due, i.case_no))
        return items[:limit]
