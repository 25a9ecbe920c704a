"""The case page's read model: everything one case shows, read in one session as plain dataclasses,
so the page never touches the store and a test can check what a person would see."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from app.domain.dates import today_local
from app.domain.deadlines import Deadline
from app.domain.rules import GROUND_KINDS, ground_labels, labels_of
from app.domain.workflow import Action, allowed_actions
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.evidence import EvidenceItem, missing_key_evidence
from app.services.cases.respondents import (
    AdvancePaymentView,
    RespondentView,
    advance_payments_of,
    respondents_of,
)
from app.services.cases.timeline import TimelineEntry, timeline_of
from app.services.cases.visits import VisitView, visits_of
from app.services.clocks import Reference, deadlines_of
from app.services.context import Actor
from app.services.privacy import (
    PersonalKind,
    masked_fields,
    present_draft,
    present_merchant,
    present_personal,
    text_presenter,
)
from app.store.cases import Case, case_by_no
from app.store.database import Database
from app.store.people import active_mediators


@dataclass(frozen=True)
class OfferView:
    party: str
    amount: Decimal
    description: str


@dataclass(frozen=True)
class SessionView:
    """One logged mediation session."""

    id: int
    held_at: datetime
    mode: str
    participants: str
    summary: str
    result: str
    recorded_by: str
    offers: tuple[OfferView, ...]


@dataclass(frozen=True)
class AgreementView:
    terms: str
    agreed_on: date
    refund: Decimal
    compensation: Decimal
    punitive: Decimal
    performance_due_on: date
    confirmed_on: date | None


@dataclass(frozen=True)
class MerchantView:
    id: int
    name: str
    kind: str
    wechat_id: str | None
    phone: str | None
    uscc: str | None
    payee: str | None
    shop_name: str | None
    blacklisted: bool


@dataclass(frozen=True)
class PartiesView:
    """The parties' personal values as the reader may see them (masked by role, domain.md s. 10)."""

    consumer_name: str
    consumer_phone: str
    consumer_id_number: str | None
    merchant_name: str
    merchant_wechat_id: str | None
    merchant_phone: str | None


@dataclass(frozen=True)
class CaseDetail:
    """One case as its page shows it."""

    case_no: str
    state: str
    version: int
    rule_set: str
    received_on: date
    accepted_on: date | None
    closed_on: date | None
    outcome: str | None
    deadlines: list[Deadline]
    draft: CaseDraft
    merchant: MerchantView
    mediator: str | None
    mediator_id: int | None
    consents: tuple[bool, bool]
    assessment_conclusion: str | None
    termination_ground: str | None
    terminated_on: date | None
    notice_on: date | None
    recovered: Decimal
    punitive_received: Decimal
    paid_by: str | None
    sessions: list[SessionView]
    agreement: AgreementView | None
    evidence: list[EvidenceItem]
    timeline: list[TimelineEntry]
    non_acceptance_grounds: tuple[str, ...] = ()
    termination_grounds: tuple[str, ...] = ()
    missing_evidence: list[str] = field(default_factory=list)
    ground_labels: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    """Labels of the case's grounds and suspension reasons by kind (the catalogue, incl. added ones)."""
    suspension_reasons: tuple[str, ...] = ()
    pausing_reasons: tuple[str, ...] = ()
    extension_days: int = 0
    extension_allowed: int = 0
    follow_ups: list[VisitView] = field(default_factory=list)
    entrusted_by: str | None = None
    entrusted_received_on: date | None = None
    entrusted_accepted_on: date | None = None
    parties: PartiesView | None = None
    """What the page shows of the parties; ``draft`` is what the edit form (of those who may edit) loads."""
    respondents: list[RespondentView] = field(default_factory=list)
    """Further respondents beside the merchant (platform, producer, supplier; CRPL Arts. 40, 43, 44)."""
    advance_payments: list[AdvancePaymentView] = field(default_factory=list)
    """先行赔付: who paid the consumer in advance, how much, when."""
    masked: frozenset[str] = frozenset()
    """The fields of ``draft`` masked for the reader: read-only in the edit form, kept as stored on saving."""

    @property
    def advance_total(self) -> Decimal:
        return sum((p.amount for p in self.advance_payments), Decimal("0.00"))

    def labels(self, kind: str, codes: tuple[str, ...]) -> dict[str, tuple[str, str]]:
        """Code -> labels for the listed codes of one kind (an unknown code labelled by itself)."""
        return labels_of(self.ground_labels.get(kind, {}), codes)

    @property
    def actions(self) -> list[Action]:
        """The workflow actions the case's state allows."""
        return allowed_actions(self.state)


def draft_of(case: Case) -> CaseDraft:
    """The case's content as the form edits it."""
    c, m = case.consumer, case.merchant
    return CaseDraft(
        source=case.source,
        ref_12315=case.ref_12315 or "",
        received_on=case.received_on,
        entrusted_by=case.entrusted_by or "",
        entrusted_received_on=case.entrusted_received_on,
        entrusted_accepted_on=case.entrusted_accepted_on,
        consumer_name=c.name,
        consumer_phone=c.phone,
        consumer_id_number=c.id_number or "",
        consumer_address=c.address or "",
        agent_name=c.agent_name or "",
        agent_authorised=c.agent_authorised,
        merchant_id=m.id,
        merchant=MerchantDraft(
            name=m.name,
            kind=m.kind,
            uscc=m.uscc or "",
            wechat_id=m.wechat_id or "",
            phone=m.phone or "",
            payee=m.payee or "",
            shop_name=m.shop_name or "",
            address=m.address or "",
        ),
        channel=case.channel or "",
        payment=case.payment or "",
        purchase_date=case.purchase_date,
        order_no=case.order_no or "",
        amount_claimed=case.amount_claimed,
        nature=case.nature or "",
        category=case.category or "",
        sub_category=case.sub_category or "",
        requests=[r.code for r in case.requests],
        facts=case.facts,
        request_text=case.request_text,
    )


def _sessions(case: Case) -> list[SessionView]:
    return [
        SessionView(
            s.id,
            s.held_at,
            s.mode,
            s.participants,
            s.summary,
            s.result,
            s.recorded_by,
            tuple(OfferView(o.party, o.amount, o.description) for o in s.offers),
        )
        for s in case.sessions
    ]


def _session_shown(s: SessionView, text: Callable[[str], str]) -> SessionView:
    """A session's free text (who took part, what was said, offers) as the reader may see it."""
    offers = tuple(replace(o, description=text(o.description)) for o in s.offers)
    return replace(s, participants=text(s.participants), summary=text(s.summary), result=text(s.result), offers=offers)


def _agreement_shown(a: AgreementView | None, text: Callable[[str], str]) -> AgreementView | None:
    return replace(a, terms=text(a.terms)) if a is not None else None


def _agreement(case: Case) -> AgreementView | None:
    a = case.agreement
    if a is None:
        return None
    return AgreementView(
        a.terms, a.agreed_on, a.refund, a.compensation, a.punitive, a.performance_due_on, a.confirmed_on
    )


def _merchant(actor: Actor, case: Case) -> MerchantView:
    """The merchant as the reader may see it (a private seller's name, WeChat ID, phone and payee masked)."""
    m = case.merchant
    name, wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
    payee = present_personal(actor, m.payee, PersonalKind.NAME)
    return MerchantView(m.id, name, m.kind, wechat, phone, m.uscc, payee, m.shop_name, m.blacklisted)


def _parties(actor: Actor, case: Case) -> PartiesView:
    c, m = case.consumer, case.merchant
    name, wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
    return PartiesView(
        present_personal(actor, c.name, PersonalKind.NAME) or "",
        present_personal(actor, c.phone, PersonalKind.PHONE) or "",
        present_personal(actor, c.id_number, PersonalKind.ID_NUMBER),
        name,
        wechat,
        phone,
    )


def case_detail(db: Database, actor: Actor, case_no: str, today: date | None = None) -> CaseDetail:
    """Read one case for its page, its parties masked for the actor's roles."""
    actor.require_active()
    today = today or today_local()
    with db.read() as session:
        case = case_by_no(session, case_no)
        ref = Reference(session)
        rules = ref.rules_for(case)
        evidence = [
            EvidenceItem(e.id, e.kind, e.filename, e.sha256, e.size, e.added_by, e.added_at, e.note)
            for e in case.evidence
        ]
        stored = draft_of(case)
        text = text_presenter(actor, stored)
        return CaseDetail(
            case_no=case.case_no,
            state=case.state,
            version=case.version,
            rule_set=case.rule_set_code,
            received_on=case.received_on,
            accepted_on=case.accepted_on,
            closed_on=case.closed_on,
            outcome=case.outcome,
            deadlines=deadlines_of(case, ref, today),
            draft=present_draft(actor, stored),
            masked=masked_fields(actor, stored),
            merchant=_merchant(actor, case),
            mediator=case.mediator.name if case.mediator else None,
            mediator_id=case.mediator_id,
            consents=(case.consumer_consent, case.merchant_consent),
            assessment_conclusion=case.assessment.conclusion if case.assessment else None,
            termination_ground=case.termination_ground,
            terminated_on=case.terminated_on,
            notice_on=case.notice_on,
            recovered=case.recovered_amount,
            punitive_received=case.punitive_amount,
            paid_by=case.paid_by,
            sessions=[_session_shown(v, text) for v in _sessions(case)],
            agreement=_agreement_shown(_agreement(case), text),
            evidence=evidence,
            timeline=[replace(e, note=text(e.note)) for e in timeline_of(session, case)],
            non_acceptance_grounds=rules.non_acceptance_grounds,
            termination_grounds=rules.termination_grounds,
            missing_evidence=missing_key_evidence(case.channel, (e.kind for e in evidence)),
            ground_labels={kind: ground_labels(ref.grounds, kind) for kind in GROUND_KINDS},
            suspension_reasons=rules.suspension_reasons,
            pausing_reasons=rules.pausing_reasons,
            extension_days=case.extension_days,
            extension_allowed=rules.extension_days,
            follow_ups=[replace(v, result=text(v.result), note=text(v.note)) for v in visits_of(case)],
            entrusted_by=case.entrusted_by,
            entrusted_received_on=case.entrusted_received_on,
            entrusted_accepted_on=case.entrusted_accepted_on,
            parties=_parties(actor, case),
            respondents=respondents_of(actor, case),
            advance_payments=advance_payments_of(case),
        )


@dataclass(frozen=True)
class MediatorChoice:
    login: str
    name: str


def mediator_choices(db: Database) -> list[MediatorChoice]:
    """Active users who may mediate (mediators and supervisors), by name."""
    with db.read() as session:
        return [MediatorChoice(u.login, u.name) for u in active_mediators(session)]
