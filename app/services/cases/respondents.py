"""Further respondents and advance compensation (先行赔付) on a case.

A complaint about a WeChat seller or a shop on a platform may name more than the merchant who sold:
the platform that cannot give the seller's real name, address and contact, or that promised better
terms (CRPL Art. 44; E-Commerce Law Art. 38), the producer or the supplier / brand owner behind an agent
(CRPL Art. 40), the organiser of a fair or the lessor of a counter once the fair is over or the lease
ended (CRPL Art. 43). A further respondent is a merchant record (found by its identifiers or its name,
else created) with its role on the case. The case remains one case: every figure counts the case row.

先行赔付 is money a platform, mall or producer paid the consumer in advance for the merchant, to recover
it from them later (CRPL Arts. 43, 44; Order 121 Art. 6 encourages it, docs/law/order-121.md): who paid,
how much (Decimal, NUMERIC(12,2)) and when. Each change is one audited service call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import requirements as req
from app.domain.codes import MERCHANT_KINDS
from app.domain.dates import now_local, today_local
from app.domain.errors import ActionRefused, InvalidInput, InvalidValue, NotFound, Problem
from app.domain.identifiers import normalize_name, normalize_phone, normalize_uscc
from app.domain.messages import msg
from app.domain.money import ZERO
from app.services import audit
from app.services.audit import serialize_writes
from app.services.cases.access import require_case_edit
from app.services.cases.workflow import facts_of
from app.services.context import Actor
from app.services.merchants.identity import find_by_identifiers
from app.services.privacy import present_merchant
from app.store.cases import AdvancePayment, Case, CaseRespondent, case_by_no
from app.store.database import Database
from app.store.merchants import Merchant

NAME_MATCH_KINDS = frozenset({"platform", "enterprise"})
"""Kinds whose registered name identifies them well enough to reuse a record found by name alone."""


@dataclass(frozen=True)
class RespondentView:
    """A further respondent as the case page and the documents show it."""

    id: int
    merchant_id: int
    role: str
    name: str
    kind: str
    uscc: str | None
    phone: str | None
    address: str | None
    note: str


@dataclass(frozen=True)
class AdvancePaymentView:
    """One advance payment (先行赔付) as the case page lists it."""

    id: int
    payer_kind: str
    payer_name: str
    amount: Decimal
    paid_on: date
    note: str
    recorded_by: str


def _identifiers(data: req.RespondentInput) -> tuple[str | None, str | None, list[Problem]]:
    problems: list[Problem] = []
    uscc = phone = None
    if data.uscc.strip():
        try:
            uscc = normalize_uscc(data.uscc)
        except InvalidValue as err:
            problems.append(Problem("统一社会信用代码", err.msg, data.uscc))
    if data.phone.strip():
        try:
            phone = normalize_phone(data.phone)
        except InvalidValue as err:
            problems.append(Problem("电话", err.msg, data.phone))
    if data.kind not in MERCHANT_KINDS:
        problems.append(Problem("经营者类型", msg("value.not_a_choice"), data.kind or None))
    return uscc, phone, problems


def _merchant_for(session: Session, data: req.RespondentInput, uscc: str | None, phone: str | None) -> Merchant:
    """The merchant record of the respondent: one sharing an identifier, or (a platform or company) its
    exact name; else a new record."""
    serialize_writes(session)
    name = data.name.strip()
    key = normalize_name(name)
    found = find_by_identifiers(session, uscc, None, phone, None)
    if found is None and data.kind in NAME_MATCH_KINDS and key:
        found = session.scalars(
            select(Merchant)
            .where(Merchant.name_key == key, Merchant.merged_into_id.is_(None))
            .order_by(Merchant.id)
            .limit(1)
        ).first()
    if found is not None:
        if not found.uscc and uscc:
            found.uscc = uscc
        if not found.phone and phone:
            found.phone = phone
        if not found.address and data.address.strip():
            found.address = data.address.strip()
        return found
    merchant = Merchant(
        name=name,
        name_key=key,
        kind=data.kind,
        uscc=uscc,
        phone=phone,
        address=data.address.strip() or None,
        created_at=now_local(),
    )
    session.add(merchant)
    session.flush()
    return merchant


def add_respondent(db: Database, actor: Actor, case_no: str, data: req.RespondentInput) -> int:
    """Name a further respondent on the case; returns its id. Refused on a rejected case, for the
    case's own merchant, for one already named, and beyond ``req.MAX_RESPONDENTS``."""
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        uscc, phone, problems = _identifiers(data)
        problems = req.check_respondent(facts_of(case), data, len(case.respondents)) + problems
        if problems:
            raise InvalidInput(problems)
        merchant = _merchant_for(session, data, uscc, phone)
        if merchant.id == case.merchant_id:
            raise ActionRefused("respondent.is_the_merchant", name=merchant.name)
        if any(r.merchant_id == merchant.id for r in case.respondents):
            raise ActionRefused("respondent.already_named", name=merchant.name)
        row = CaseRespondent(
            merchant=merchant,
            merchant_id=merchant.id,
            role=data.role,
            note=data.note.strip(),
            added_by=actor.login,
            added_at=now_local(),
        )
        case.respondents.append(row)
        session.flush()
        audit.record(
            session,
            actor,
            "add_respondent",
            "case",
            case.case_no,
            after=_respondent_audit(row),
        )
        return row.id


def _respondent_audit(row: CaseRespondent) -> dict[str, object]:
    """What the audit keeps of a further respondent when it is named or taken off."""
    return {"respondent": row.id, "merchant_id": row.merchant_id, "name": row.merchant.name, "role": row.role}


def remove_respondent(db: Database, actor: Actor, case_no: str, respondent_id: int) -> None:
    """Take a further respondent off the case (named by mistake); the merchant record stays."""
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        row = next((r for r in case.respondents if r.id == respondent_id), None)
        if row is None:
            raise NotFound("respondent.not_found", case_no=case_no, respondent_id=respondent_id)
        before = _respondent_audit(row)
        case.respondents.remove(row)
        session.flush()
        audit.record(session, actor, "remove_respondent", "case", case.case_no, before=before)


def record_advance_payment(
    db: Database, actor: Actor, case_no: str, data: req.AdvancePaymentInput, today: date | None = None
) -> int:
    """Record money paid to the consumer in advance (先行赔付): who, how much, when; returns its id."""
    today = today or today_local()
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        problems = req.check_plausible(data, today) + req.check_advance_payment(facts_of(case), data, today)
        if problems:
            raise InvalidInput(problems)
        row = AdvancePayment(
            payer_kind=data.payer_kind,
            payer_name=data.payer_name.strip(),
            amount=data.amount,
            paid_on=data.paid_on,
            note=data.note.strip(),
            recorded_by=actor.login,
            recorded_at=now_local(),
        )
        case.advance_payments.append(row)
        session.flush()
        audit.record(
            session,
            actor,
            "advance_payment",
            "case",
            case.case_no,
            after={
                "payment": row.id,
                "payer_kind": row.payer_kind,
                "payer": row.payer_name,
                "amount": row.amount,
                "paid_on": row.paid_on,
            },
        )
        return row.id


def remove_advance_payment(db: Database, actor: Actor, case_no: str, payment_id: int) -> None:
    """Delete an advance payment recorded by mistake (the audit entry keeps what it said)."""
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        row = next((p for p in case.advance_payments if p.id == payment_id), None)
        if row is None:
            raise NotFound("advance.not_found", case_no=case_no, payment_id=payment_id)
        before = {
            "payment": row.id,
            "payer_kind": row.payer_kind,
            "payer": row.payer_name,
            "amount": row.amount,
            "paid_on": row.paid_on,
        }
        case.advance_payments.remove(row)
        session.flush()
        audit.record(session, actor, "remove_advance_payment", "case", case.case_no, before=before)


def respondents_of(actor: Actor, case: Case) -> list[RespondentView]:
    """The further respondents of a case row, personal values masked for the actor."""
    views = []
    for r in case.respondents:
        m = r.merchant
        name, _wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
        views.append(RespondentView(r.id, m.id, r.role, name, m.kind, m.uscc, phone, m.address, r.note))
    return views


def advance_payments_of(case: Case) -> list[AdvancePaymentView]:
    """The advance payments of a case row, by date paid."""
    return [
        AdvancePaymentView(p.id, p.payer_kind, p.payer_name, p.amount, p.paid_on, p.note, p.recorded_by)
        for p in case.advance_payments
    ]


def advance_total(case: Case) -> Decimal:
    """What was paid in advance on the case, in all."""
    return sum((p.amount for p in case.advance_payments), ZERO)
