"""Reading cases for display and for the command line: the case-show document and simple lists."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.dates import LOCAL_TZ, today_local
from app.domain.errors import InvalidValue, NotFound
from app.domain.money import format_yuan
from app.domain.workflow import OUTCOMES, STATES
from app.services.clocks import Reference, deadlines_of_columns
from app.store.cases import Agreement, Case, CaseRequest, HistoryEntry, MediationSession, Suspension, case_by_no
from app.store.database import Database
from app.store.merchants import Merchant
from app.store.people import Consumer, User


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def load_case(session: Session, case_no: str) -> Case:
    """A case with everything the case documents show loaded."""
    case = case_by_no(session, case_no)
    for rel in (case.history, case.requests, case.suspensions, case.sessions):
        _ = list(rel)
    _ = case.agreement
    return case


_CASES, _CONSUMERS, _MERCHANTS = Case.__table__.c, Consumer.__table__.c, Merchant.__table__.c
_HISTORY, _REQUESTS, _SUSPENSIONS = HistoryEntry.__table__.c, CaseRequest.__table__.c, Suspension.__table__.c
_SESSIONS, _AGREEMENTS, _USERS = MediationSession.__table__.c, Agreement.__table__.c, User.__table__.c
_CASE_COLUMNS = (
    *(
        getattr(_CASES, name)
        for name in (
            "id",
            "case_no",
            "state",
            "source",
            "ref_12315",
            "received_on",
            "accepted_on",
            "rejected_on",
            "closed_on",
            "outcome",
            "rule_set_code",
            "channel",
            "payment",
            "purchase_date",
            "order_no",
            "nature",
            "category",
            "sub_category",
            "facts",
            "amount_claimed",
            "recovered_amount",
            "punitive_amount",
            "entrusted_received_on",
            "entrusted_accepted_on",
            "terminated_on",
            "notice_on",
            "extension_days",
            "termination_ground",
        )
    ),
    _CONSUMERS.name.label("consumer_name"),
    _CONSUMERS.phone.label("consumer_phone"),
    _CONSUMERS.id_number.label("consumer_id_number"),
    _MERCHANTS.id.label("merchant_id"),
    _MERCHANTS.name.label("merchant_name"),
    _MERCHANTS.kind.label("merchant_kind"),
    _MERCHANTS.wechat_id.label("merchant_wechat_id"),
    _MERCHANTS.phone.label("merchant_phone"),
    _MERCHANTS.uscc.label("merchant_uscc"),
    _MERCHANTS.blacklisted.label("merchant_blacklisted"),
    _USERS.login.label("mediator_login"),
    select(func.count()).where(_SESSIONS.case_id == _CASES.id).scalar_subquery().label("session_count"),
    select(_AGREEMENTS.performance_due_on).where(_AGREEMENTS.case_id == _CASES.id).scalar_subquery().label("due_on"),
)
_CASE_ROW = (
    select(*_CASE_COLUMNS)
    .join(Consumer.__table__, _CONSUMERS.id == _CASES.consumer_id)
    .join(Merchant.__table__, _MERCHANTS.id == _CASES.merchant_id)
    .outerjoin(User.__table__, _USERS.id == _CASES.mediator_id)
    .where(_CASES.case_no == bindparam("case_no"))
)
_HISTORY_ROWS = (
    select(_HISTORY.from_state, _HISTORY.to_state, _HISTORY.action, _HISTORY.at, _HISTORY.actor)
    .add_columns(_HISTORY.grounds, _HISTORY.note)
    .where(_HISTORY.case_id == bindparam("case_id"))
    .order_by(_HISTORY.id)
)
_REQUEST_CODES = select(_REQUESTS.code).where(_REQUESTS.case_id == bindparam("case_id")).order_by(_REQUESTS.code)
_SUSPENSION_ROWS = (
    select(_SUSPENSIONS.reason, _SUSPENSIONS.started_on, _SUSPENSIONS.ended_on)
    .where(_SUSPENSIONS.case_id == bindparam("case_id"))
    .order_by(_SUSPENSIONS.id)
)


def case_document(db: Database, case_no: str, today: date | None = None) -> dict[str, Any]:
    """The case as the JSON object of ``case show`` (interfaces.md), read as plain columns (four reads)."""
    today = today or today_local()
    with db.read() as session:
        case = session.execute(_CASE_ROW, {"case_no": case_no.strip()}).first()
        if case is None:
            raise NotFound("case.not_found", case_no=case_no)
        of_case = {"case_id": case.id}
        history = session.execute(_HISTORY_ROWS, of_case).all()
        requests = session.scalars(_REQUEST_CODES, of_case).all()
        suspensions = session.execute(_SUSPENSION_ROWS, of_case).all()
        deadlines = deadlines_of_columns(case, case.due_on, [tuple(s) for s in suspensions], Reference(session), today)
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
            "consumer": {
                "name": case.consumer_name,
                "phone": case.consumer_phone,
                "id_number": case.consumer_id_number,
            },
            "merchant": {
                "id": case.merchant_id,
                "name": case.merchant_name,
                "kind": codes.label(codes.MERCHANT_KINDS, case.merchant_kind),
                "wechat_id": case.merchant_wechat_id,
                "phone": case.merchant_phone,
                "uscc": case.merchant_uscc,
                "blacklisted": case.merchant_blacklisted,
            },
            "mediator": case.mediator_login,
            "channel": codes.label(codes.CHANNELS, case.channel) or None,
            "payment": codes.label(codes.PAYMENTS, case.payment) or None,
            "purchase_date": _iso(case.purchase_date),
            "order_no": case.order_no,
            "nature": codes.label(codes.NATURES, case.nature) or None,
            "category": codes.label(codes.CATEGORIES, case.category) or None,
            "sub_category": codes.label(codes.SUB_CATEGORIES, case.sub_category) or None,
            "requests": [codes.label(codes.REQUESTS, code) for code in requests],
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
            "sessions": case.session_count,
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
                for h in history
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
