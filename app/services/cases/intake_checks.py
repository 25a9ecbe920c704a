"""Warnings at intake and on the case page: the merchant is blacklisted or has open cases, the complaint
may already be registered (same consumer phone and merchant within 180 days, same order number, or a
payment screenshot with the same transaction number), the
agreement's performance date has passed without confirmation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.domain.dates import today_local
from app.domain.errors import InvalidValue
from app.domain.identifiers import (
    normalize_mobile,
    normalize_name,
    normalize_phone,
    normalize_uscc,
    normalize_wechat_id,
    to_halfwidth,
)
from app.domain.legal_checks import LegalCheckFacts, legal_warnings
from app.domain.messages import msg
from app.domain.workflow import OPEN_STATES, State
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.evidence_reading import cases_with_transaction
from app.services.merchants.identity import find_by_identifiers
from app.store.cases import Case, case_by_no
from app.store.database import Database
from app.store.evidence_readings import EvidenceReading
from app.store.merchant_records import CaseLink
from app.store.merchants import Merchant
from app.store.people import Consumer

DUPLICATE_WINDOW_DAYS = 180


@dataclass(frozen=True)
class PossibleDuplicate:
    """An existing case that may be the same complaint; ``reason`` is "phone_merchant", "order_no" or
    "transaction_no" (its evidence shows the same WeChat transaction number)."""

    case_no: str
    received_on: date
    state: str
    consumer_name: str
    merchant_name: str
    reason: str


@dataclass(frozen=True)
class IntakeWarning:
    """One warning to show: ``kind`` is blacklisted, open_cases, duplicate, performance_overdue, related,
    addresses, time_bar or resale; ``message`` is the text for the clerk; ``case_nos`` the cases it is about."""

    kind: str
    message: str
    merchant_id: int | None = None
    case_nos: tuple[str, ...] = field(default=())


def _try(normalise: object, raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    try:
        return normalise(raw)  # type: ignore[operator]
    except InvalidValue:
        return None


def resolve_merchant(session: Session, merchant: int | MerchantDraft | None) -> Merchant | None:
    """The surviving merchant record for an id or for the identifiers of a draft, if any."""
    if merchant is None:
        return None
    if isinstance(merchant, int):
        found = session.get(Merchant, merchant)
    else:
        payee = normalize_name(merchant.payee) if merchant.payee and merchant.payee.strip() else None
        found = find_by_identifiers(
            session,
            _try(normalize_uscc, merchant.uscc),
            _try(normalize_wechat_id, merchant.wechat_id),
            _try(normalize_phone, merchant.phone),
            payee,
        )
    while found is not None and found.merged_into_id is not None:
        found = session.get(Merchant, found.merged_into_id)
    return found


def _duplicates(
    session: Session,
    merchant: Merchant | None,
    phone: str | None,
    order_no: str | None,
    around: date,
    exclude: str | None,
    transaction_nos: list[str] | None = None,
) -> list[PossibleDuplicate]:
    conditions: list[ColumnElement[bool]] = []
    by_transaction = set(cases_with_transaction(session, transaction_nos or [], None))
    if by_transaction:
        conditions.append(Case.id.in_(by_transaction))
    if merchant is not None and phone:
        consumers = select(Consumer.id).where(Consumer.phone == phone)
        conditions.append(
            (Case.consumer_id.in_(consumers))
            & (Case.merchant_id == merchant.id)
            & (Case.received_on >= around - timedelta(days=DUPLICATE_WINDOW_DAYS))
            & (Case.received_on <= around + timedelta(days=DUPLICATE_WINDOW_DAYS))
        )
    if order_no:
        conditions.append(Case.order_no == order_no)
    if not conditions:
        return []
    query = select(Case).where(or_(*conditions)).order_by(Case.received_on.desc()).limit(20)
    found = []
    for case in session.scalars(query):
        if case.case_no == exclude:
            continue
        if case.id in by_transaction:
            reason = "transaction_no"
        elif order_no and case.order_no == order_no:
            reason = "order_no"
        else:
            reason = "phone_merchant"
        found.append(
            PossibleDuplicate(
                case.case_no, case.received_on, case.state, case.consumer.name, case.merchant.name, reason
            )
        )
    return found


def find_possible_duplicates(
    db: Database, draft: CaseDraft, exclude_case_no: str | None = None, today: date | None = None
) -> list[PossibleDuplicate]:
    """Existing cases that may be this complaint again: same consumer phone and same merchant within
    DUPLICATE_WINDOW_DAYS of the receipt date, or the same order number."""
    around = draft.received_on if isinstance(draft.received_on, date) else (today or today_local())
    order_no = to_halfwidth(draft.order_no) if draft.order_no else None
    with db.read() as session:
        target = draft.merchant_id if draft.merchant_id is not None else draft.merchant
        merchant = resolve_merchant(session, target)
        phone = _try(normalize_mobile, draft.consumer_phone)
        return _duplicates(session, merchant, phone, order_no, around, exclude_case_no)


def _open_cases(session: Session, merchant_id: int, exclude: str | None) -> list[str]:
    query = (
        select(Case.case_no)
        .where(Case.merchant_id == merchant_id, Case.state.in_([s.value for s in OPEN_STATES]))
        .order_by(Case.received_on.desc())
        .limit(50)
    )
    return [no for no in session.scalars(query) if no != exclude]


def _merchant_warnings(session: Session, merchant: Merchant, exclude: str | None) -> list[IntakeWarning]:
    warnings = []
    if merchant.blacklisted:
        reason = merchant.blacklist_reason or ""
        warnings.append(
            IntakeWarning(
                "blacklisted", msg("intake.blacklisted", name=merchant.name, reason=reason).text(), merchant.id
            )
        )
    open_nos = _open_cases(session, merchant.id, exclude)
    if open_nos:
        warnings.append(
            IntakeWarning(
                "open_cases",
                msg("intake.open_cases", name=merchant.name, count=len(open_nos)).text(),
                merchant.id,
                tuple(open_nos),
            )
        )
    return warnings


def _duplicate_warnings(found: list[PossibleDuplicate]) -> list[IntakeWarning]:
    warnings = []
    for reason, text in (
        ("phone_merchant", msg("intake.same_phone_merchant", days=DUPLICATE_WINDOW_DAYS)),
        ("order_no", msg("intake.same_order_no")),
        ("transaction_no", msg("intake.same_transaction_no")),
    ):
        nos = tuple(d.case_no for d in found if d.reason == reason)
        if nos:
            warnings.append(
                IntakeWarning("duplicate", msg("intake.duplicate", why=text, case_nos=nos).text(), None, nos)
            )
    return warnings


def intake_warnings(
    db: Database,
    merchant: int | MerchantDraft | None,
    consumer_phone: str = "",
    order_no: str = "",
    received_on: date | None = None,
    transaction_nos: list[str] | None = None,
) -> list[IntakeWarning]:
    """What the new-case form should warn about before the clerk saves."""
    around = received_on or today_local()
    with db.read() as session:
        found = resolve_merchant(session, merchant)
        warnings = _merchant_warnings(session, found, None) if found is not None else []
        duplicates = _duplicates(
            session,
            found,
            _try(normalize_mobile, consumer_phone),
            to_halfwidth(order_no) if order_no and order_no.strip() else None,
            around,
            None,
            transaction_nos,
        )
        return warnings + _duplicate_warnings(duplicates)


def performance_overdue(case: Case, today: date) -> bool:
    """The follow-up flag: agreed, the performance date passed, performance not confirmed."""
    agreement = case.agreement
    return (
        case.state == State.AGREED
        and agreement is not None
        and agreement.confirmed_on is None
        and agreement.performance_due_on < today
    )


def _related(session: Session, case: Case) -> list[str]:
    links = (
        select(CaseLink.related_id)
        .where(CaseLink.case_id == case.id)
        .union(select(CaseLink.case_id).where(CaseLink.related_id == case.id))
    )
    return list(session.scalars(select(Case.case_no).where(Case.id.in_(links)).order_by(Case.case_no)))


def case_warnings(db: Database, case_no: str, today: date | None = None) -> list[IntakeWarning]:
    """What the case page should warn about: the merchant's blacklist and other open cases, possible
    duplicates, an overdue follow-up, cases linked to this one, and before acceptance the checks of the
    complaint-handling measures (addresses, three-year bar, resale)."""
    today = today or today_local()
    with db.read() as session:
        case = case_by_no(session, case_no)
        warnings = _merchant_warnings(session, case.merchant, case.case_no)
        if performance_overdue(case, today):
            due = case.agreement.performance_due_on if case.agreement else today
            warnings.append(
                IntakeWarning(
                    "performance_overdue",
                    msg("intake.performance_overdue", due=due.isoformat()).text(),
                    case.merchant_id,
                    (case.case_no,),
                )
            )
        own = select(EvidenceReading.transaction_no).where(
            EvidenceReading.case_id == case.id, EvidenceReading.transaction_no.is_not(None)
        )
        duplicates = _duplicates(
            session,
            case.merchant,
            case.consumer.phone,
            case.order_no,
            case.received_on,
            case.case_no,
            [no for no in session.scalars(own) if no],
        )
        warnings += _duplicate_warnings(duplicates)
        related = _related(session, case)
        if related:
            warnings.append(
                IntakeWarning("related", msg("intake.related", case_nos=related).text(), None, tuple(related))
            )
        if case.state == State.REGISTERED:
            facts = LegalCheckFacts(
                case.received_on,
                case.purchase_date,
                case.consumer.address or "",
                case.merchant.address or "",
                case.facts,
                case.request_text,
            )
            warnings += [
                IntakeWarning(w.kind, w.message, case.merchant_id, (case.case_no,)) for w in legal_warnings(facts)
            ]
        return warnings
