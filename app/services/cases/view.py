"""Reading cases for display and for the command line: the case-show document and simple lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.dates import LOCAL_TZ, today_local
from app.domain.errors import InvalidValue
from app.domain.money import format_yuan
from app.domain.workflow import OUTCOMES, STATES
from app.services.clocks import Reference, deadlines_of
from app.store.cases import Case, case_by_no
from app.store.database import Database


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def load_case(session: Session, case_no: str) -> Case:
    """A case with everything the case documents show loaded."""
    case = case_by_no(session, case_no)
    for rel in (case.history, case.requests, case.suspensions, case.sessions):
        _ = list(rel)
    _ = case.agreement
    return case


def case_document(db: Database, case_no: str, today: date | None = None) -> dict[str, Any]:
    """The case as the JSON object of ``case show`` (interfaces.md)."""
    today = today or today_local()
    with db.read() as session:
        case = load_case(session, case_no)
        ref = Reference(session)
        deadlines = deadlines_of(case, ref, today)
        m, c = case.merchant, case.consumer
        return {
            "case_no": case.case_no,
            "state": case.state,
            "state_label": STATES[case.state][0],
            "source": codes.label(codes.SOURCES, case.source),
            "ref_12315": case.ref_12315,
            "received_on": _iso(case.received_on),
            "accepted_on": _iso(case.accepted_on),
            "rejected_on": _iso(case.rejected_on),
            "closed_on": _iso(case.closed_on),
            "outcome": case.outcome,
            "outcome_label": codes.label(OUTCOMES, case.outcome) or None,
            "rule_set": case.rule_set_code,
            "consumer": {"name": c.name, "phone": c.phone, "id_number": c.id_number},
            "merchant": {
                "id": m.id,
                "name": m.name,
                "kind": codes.label(codes.MERCHANT_KINDS, m.kind),
                "wechat_id": m.wechat_id,
                "phone": m.phone,
                "uscc": m.uscc,
                "blacklisted": m.blacklisted,
            },
            "mediator": case.mediator.login if case.mediator else None,
            "channel": codes.label(codes.CHANNELS, case.channel) or None,
            "payment": codes.label(codes.PAYMENTS, case.payment) or None,
            "purchase_date": _iso(case.purchase_date),
            "order_no": case.order_no,
            "nature": codes.label(codes.NATURES, case.nature) or None,
            "category": codes.label(codes.CATEGORIES, case.category) or None,
            "sub_category": codes.label(codes.SUB_CATEGORIES, case.sub_category) or None,
            "requests": [codes.label(codes.REQUESTS, r.code) for r in case.requests],
            "facts": case.facts,
            "amounts": {
                "claimed": format_yuan(case.amount_claimed),
                "recovered": format_yuan(case.recovered_amount),
                "punitive": format_yuan(case.punitive_amount),
            },
            "deadlines": [
                {
                    "kind": d.kind,
                    "due": d.due.isoformat(),
                    "working_days_left": d.working_days_left,
                    "overdue": d.overdue,
                    "paused": d.paused,
                    "calendar_confirmed": d.calendar_confirmed,
                    "warning": d.warning,
                }
                for d in deadlines
            ],
            "sessions": len(case.sessions),
            "history": [
                {
                    "from": h.from_state,
                    "to": h.to_state,
                    "action": h.action,
                    "at": h.at.astimezone(LOCAL_TZ).isoformat(timespec="seconds"),
                    "actor": h.actor,
                    "grounds": [g for g in h.grounds.split(",") if g],
                    "note": h.note,
                }
                for h in case.history
            ],
        }


def iter_case_states(db: Database, state: str | None = None, batch: int = 5000) -> Iterator[tuple[str, str]]:
    """(case number, state) of every case, optionally in one state, in case-number order."""
    if state is not None and state not in STATES:
        raise InvalidValue("case.unknown_state", state=state, choices=list(STATES))
    query = select(Case.case_no, Case.state).order_by(Case.case_no)
    if state is not None:
        query = query.where(Case.state == state)
    with db.read() as session:
        for row in session.execute(query.execution_options(yield_per=batch)):
            yield row.case_no, row.state
