"""Logging mediation sessions with their offers and counter-offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from app.domain.codes import SESSION_MODES
from app.domain.dates import today_local
from app.domain.errors import ActionRefused, InvalidInput, Problem
from app.domain.messages import label_of, msg
from app.domain.money import amount_problem
from app.domain.requirements import check_plausible
from app.domain.workflow import STATES, State
from app.services import audit
from app.services.cases.workflow import require_mediation_rights
from app.services.context import Actor
from app.store.cases import Case, MediationSession, Offer, case_by_no
from app.store.database import Database

OFFER_PARTIES = {
    "consumer": ("消费者", "Consumer"),
    "merchant": ("经营者", "Merchant"),
    "mediator": ("调解员建议", "Mediator's proposal"),
}
SESSION_STATES = frozenset({State.MEDIATING, State.AGREED})


@dataclass(frozen=True)
class OfferInput:
    party: str
    amount: Decimal
    description: str = ""


@dataclass(frozen=True)
class SessionInput:
    held_at: datetime
    mode: str
    participants: str
    summary: str
    result: str = ""
    offers: tuple[OfferInput, ...] = field(default=())


def check_session(data: SessionInput, today: date | None = None) -> list[Problem]:
    problems: list[Problem] = check_plausible(data, today or today_local())
    if data.mode not in SESSION_MODES:
        problems.append(Problem("调解方式", msg("session.method")))
    if not data.participants.strip():
        problems.append(Problem("参加人员", msg("session.participants")))
    if not data.summary.strip():
        problems.append(Problem("调解经过", msg("session.summary")))
    if data.held_at.tzinfo is None:
        problems.append(Problem("调解时间", msg("session.timezone")))
    for i, offer in enumerate(data.offers, start=1):
        if offer.party not in OFFER_PARTIES:
            problems.append(Problem(f"第{i}项方案", msg("session.offer_by")))
        if (reason := amount_problem(offer.amount)) is not None:
            problems.append(Problem(f"第{i}项方案", reason, str(offer.amount)))
    return problems


def add_session(session: Session, actor: Actor, case: Case, data: SessionInput) -> MediationSession:
    """Append a checked session to a case in the caller's transaction, with its audit entry."""
    require_mediation_rights(actor, case)
    if case.state not in SESSION_STATES:
        raise ActionRefused("session.not_mediating", case_no=case.case_no, state=label_of(STATES[case.state]))
    record = MediationSession(
        held_at=data.held_at,
        mode=data.mode,
        participants=data.participants,
        summary=data.summary,
        result=data.result,
        recorded_by=actor.login,
        offers=[Offer(party=o.party, amount=o.amount, description=o.description) for o in data.offers],
    )
    case.sessions.append(record)
    session.flush()
    audit.record(
        session,
        actor,
        "log_session",
        "case",
        case.case_no,
        after={
            "session": record.id,
            "held_at": data.held_at,
            "mode": data.mode,
            "offers": [(o.party, o.amount) for o in data.offers],
        },
    )
    return record


def log_session(db: Database, actor: Actor, case_no: str, data: SessionInput) -> int:
    """Record one mediation session on a case in mediation; returns the session id."""
    problems = check_session(data)
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        return add_session(session, actor, case_by_no(session, case_no), data).id
