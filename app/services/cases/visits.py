"""Follow-up visits (回访) on agreed and closed cases: the date, how the parties were reached, the result.

Order 121 adds a follow-up requirement (SAMR release of 2026-01, docs/law/order-121.md); the visit is
also where an agreement's performance is confirmed or found not performed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain import requirements as req
from app.domain.dates import now_local, today_local
from app.domain.errors import InvalidInput
from app.services import audit
from app.services.cases.access import require_case_edit
from app.services.cases.workflow import facts_of
from app.services.context import Actor
from app.store.cases import Case, FollowUpVisit, case_by_no
from app.store.database import Database


@dataclass(frozen=True)
class VisitView:
    """One follow-up visit as the case page lists it."""

    on: date
    method: str
    result: str
    note: str
    recorded_by: str


def record_follow_up(db: Database, actor: Actor, case_no: str, data: req.FollowUpInput) -> None:
    """Record a follow-up visit on an agreed or closed case."""
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        problems = req.check_plausible(data, today_local()) + req.check_follow_up(facts_of(case), data)
        if problems:
            raise InvalidInput(problems)
        case.follow_ups.append(
            FollowUpVisit(
                visited_on=data.on,
                method=data.method,
                result=data.result.strip(),
                note=data.note.strip(),
                recorded_by=actor.login,
                recorded_at=now_local(),
            )
        )
        session.flush()
        audit.record(
            session,
            actor,
            "follow_up",
            "case",
            case.case_no,
            after={"on": data.on, "method": data.method, "result": data.result.strip()},
        )


def visits_of(case: Case) -> list[VisitView]:
    """The follow-up visits of a case row, oldest first."""
    return [VisitView(v.visited_on, v.method, v.result, v.note, v.recorded_by) for v in case.follow_ups]
