"""Printable documents modelled on SAMR's complaint-handling forms: the complaint form, notices to the
consumer and to the merchant, the mediation agreement (调解书) and the mediation record, rendered from
HTML templates the association can edit.

A document is dated by its decision's own date (the acceptance, the termination, the agreement, the
session), never by the day it is printed; it is numbered when first issued (printed or saved), and the
number stays with the case: a reprint shows the same number, no other document ever gets it.

Templates ship in ``app/resources/templates``; a file of the same name in the ``templates`` folder of
the user data folder takes precedence, so an association can adapt the wording without a new version.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.dates import LOCAL_TZ, now_local, today_local
from app.domain.errors import InvalidInput, Problem
from app.domain.messages import Label, field_name, label_of, msg
from app.domain.money import format_yuan_grouped
from app.domain.rules import GROUND_NON_ACCEPTANCE, GROUND_TERMINATION, ground_labels
from app.domain.workflow import OUTCOMES, STATES, State
from app.services import audit
from app.services.admin.office import read_office
from app.services.cases.access import require_case_edit
from app.services.cases.sessions import OFFER_PARTIES
from app.services.cases.view import load_case
from app.services.context import Actor
from app.services.reference import load_grounds
from app.store.cases import Case, HistoryEntry, IssuedDocument, MediationSession, case_by_no
from app.store.counters import take_number
from app.store.database import Database, default_data_dir
from app.store.reference import DocumentCounter

SHIPPED_TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@dataclass(frozen=True)
class DocumentKind:
    code: str
    title: str
    title_en: str
    template: str


KINDS: dict[str, DocumentKind] = {
    k.code: k
    for k in (
        DocumentKind("complaint_form", "投诉登记表", "Complaint form", "complaint_form.html"),
        DocumentKind("acceptance_notice", "受理通知书", "Acceptance notice", "acceptance_notice.html"),
        DocumentKind("non_acceptance_notice", "不予受理通知书", "Non-acceptance notice", "non_acceptance_notice.html"),
        DocumentKind("mediation_notice", "调解通知书", "Mediation notice", "mediation_notice.html"),
        DocumentKind(
            "respondent_notice", "调解通知书（致经营者）", "Mediation notice to the merchant", "respondent_notice.html"
        ),
        DocumentKind("termination_decision", "终止调解决定书", "Termination decision", "termination_decision.html"),
        DocumentKind("mediation_agreement", "调解书", "Mediation agreement", "mediation_agreement.html"),
        DocumentKind("mediation_record", "调解记录", "Mediation record", "mediation_record.html"),
    )
}
NOT_YET_NUMBERED = "（出具时编号）"
SEAL_IMAGE = "seal-image"
"""The name the seal image goes by in a document's HTML (the view hands the bytes to Qt under it)."""
_BEFORE_MEDIATION = frozenset({State.ACCEPTED, State.MEDIATING, State.SUSPENDED})


@dataclass(frozen=True)
class DocumentRequest:
    """What a document needs beyond the case: the meeting for a notice, the session for a record."""

    kind: str
    meeting_at: datetime | None = None
    meeting_place: str = ""
    session_id: int | None = None
    consumer_agent: str = ""
    """For the 调解书: the consumer's authorised agent (the case's agent when empty)."""
    merchant_representative: str = ""
    """For the 调解书: the merchant's legal representative or person in charge."""
    merchant_agent: str = ""
    """For the 调解书: the merchant's authorised agent."""


@dataclass(frozen=True)
class RenderedDocument:
    """The finished HTML, ready to preview, print or save as PDF."""

    kind: str
    title: str
    case_no: str
    html: str
    number: str = NOT_YET_NUMBERED
    dated: date | None = None
    """The decision's own date, printed on the document."""
    images: dict[str, bytes] = field(default_factory=dict)
    """Images the HTML names (the seal), by name."""


def cn_date(value: date | datetime | None) -> str:
    """2026年10月9日 (with the time for a moment: 2026年10月9日 10:30)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone(LOCAL_TZ)
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    return f"{value.year}年{value.month}月{value.day}日"


def template_environment(override_dir: Path | None = None) -> Environment:
    folders = [override_dir or default_data_dir() / "templates", SHIPPED_TEMPLATES]
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(f)) for f in folders]),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
    )
    env.filters["cn_date"] = cn_date
    env.filters["yuan"] = format_yuan_grouped
    return env


def _last_grounds(case: Case, action: str) -> list[str]:
    rows = [h for h in case.history if h.action == action]
    return [g for g in rows[-1].grounds.split(",") if g] if rows else []


def _session(case: Case, session_id: int | None) -> MediationSession | None:
    if not case.sessions:
        return None
    if session_id is None:
        return case.sessions[-1]
    return next((s for s in case.sessions if s.id == session_id), None)


def _on_site(case: Case) -> bool:
    return any(s.mode == "on_site" for s in case.sessions)


def available_kinds(case: Case) -> list[str]:
    """The documents the case's state and history support, in the order they are usually made.

    The 调解书 needs an agreement reached in an on-site session (Order 20 Art. 22: otherwise a mediation
    record is kept); notices of mediation go out while the case awaits or is in mediation.
    """
    state = State(case.state)
    supported = {
        "complaint_form": True,
        "acceptance_notice": case.accepted_on is not None,
        "non_acceptance_notice": case.rejected_on is not None,
        "mediation_notice": state in _BEFORE_MEDIATION,
        "respondent_notice": state in _BEFORE_MEDIATION,
        "termination_decision": case.terminated_on is not None,
        "mediation_agreement": case.agreement is not None and _on_site(case),
        "mediation_record": bool(case.sessions),
    }
    return [code for code in KINDS if supported[code]]


def missing_fields(case: Case, request: DocumentRequest) -> list[Problem]:
    """What the document needs and the case (or the request) does not have yet."""
    need: list[tuple[str, bool]] = []
    if request.kind == "acceptance_notice":
        need.append(("受理日期", case.accepted_on is not None))
    elif request.kind == "non_acceptance_notice":
        need += [("不予受理决定", case.rejected_on is not None), ("不予受理理由", bool(_last_grounds(case, "reject")))]
    elif request.kind in ("mediation_notice", "respondent_notice"):
        need += [
            ("受理日期", case.accepted_on is not None),
            ("调解员", case.mediator is not None),
            ("调解时间", request.meeting_at is not None),
            ("调解地点", bool(request.meeting_place.strip())),
        ]
    elif request.kind == "termination_decision":
        need += [("终止日期", case.terminated_on is not None), ("终止理由", bool(case.termination_ground))]
    elif request.kind == "mediation_agreement":
        need += [("调解协议", case.agreement is not None), ("现场调解记录", _on_site(case))]
    elif request.kind == "mediation_record":
        need.append(("调解记录", _session(case, request.session_id) is not None))
    return [
        Problem(
            name,
            msg(
                "document.needs",
                document=Label(KINDS[request.kind].title, KINDS[request.kind].title_en),
                field=field_name(name),
            ),
        )
        for name, ok in need
        if not ok
    ]


def decision_date(case: Case, request: DocumentRequest, issued: IssuedDocument | None) -> date:
    """The date the document carries: its decision's own date; a notice, the day it was first issued."""
    session = _session(case, request.session_id)
    dated: dict[str, date | None] = {
        "complaint_form": case.received_on,
        "acceptance_notice": case.accepted_on,
        "non_acceptance_notice": case.rejected_on,
        "termination_decision": case.terminated_on,
        "mediation_agreement": case.agreement.agreed_on if case.agreement else None,
        "mediation_record": session.held_at.astimezone(LOCAL_TZ).date() if session else None,
    }
    found = dated.get(request.kind)
    if found is not None:
        return found
    return issued.issued_on if issued is not None else today_local()


def entrusting_office(case: Case) -> str:
    """The market supervision office in whose name the association mediates an entrusted case (Order 20
    Art. 17), for the heading 受XX委托; empty when the case is the association's own."""
    return case.entrusted_by or ""


def _context(case: Case, request: DocumentRequest, session: Session, issued: IssuedDocument | None) -> dict[str, Any]:
    agreement, meeting = case.agreement, _session(case, request.session_id)
    money = None
    if agreement is not None:
        money = {
            "refund": agreement.refund,
            "compensation": agreement.compensation,
            "punitive": agreement.punitive,
            "total": agreement.refund + agreement.compensation + agreement.punitive,
        }
    office = read_office(session)
    catalogue = load_grounds(session)  # labels of added grounds too (an administrator's, Order 121's)
    non_acceptance = ground_labels(catalogue, GROUND_NON_ACCEPTANCE)
    termination = ground_labels(catalogue, GROUND_TERMINATION)
    return {
        "office": office,
        "seal_image": SEAL_IMAGE if office.seal_image else "",
        "entrusting_office": entrusting_office(case),
        "doc_no": issued.number if issued is not None else NOT_YET_NUMBERED,
        "decision_date": decision_date(case, request, issued),
        "today": today_local(),
        "case": case,
        "consumer": case.consumer,
        "consumer_agent": request.consumer_agent.strip() or (case.consumer.agent_name or ""),
        "merchant_representative": request.merchant_representative.strip(),
        "merchant_agent": request.merchant_agent.strip(),
        "merchant": case.merchant,
        "merchant_kind": codes.label(codes.MERCHANT_KINDS, case.merchant.kind),
        "respondents": [
            {
                "name": r.merchant.name,
                "kind": codes.label(codes.MERCHANT_KINDS, r.merchant.kind),
                "role": codes.label(codes.RESPONDENT_ROLES, r.role),
                "uscc": r.merchant.uscc or "",
                "phone": r.merchant.phone or "",
                "address": r.merchant.address or "",
            }
            for r in case.respondents
        ],
        "advance_payments": [
            {"payer": p.payer_name, "amount": p.amount, "paid_on": p.paid_on} for p in case.advance_payments
        ],
        "mediator": case.mediator.name if case.mediator else "",
        "source": codes.label(codes.SOURCES, case.source),
        "nature": codes.label(codes.NATURES, case.nature),
        "category": codes.label(codes.CATEGORIES, case.category),
        "channel": codes.label(codes.CHANNELS, case.channel),
        "payment": codes.label(codes.PAYMENTS, case.payment),
        "requests": [codes.label(codes.REQUESTS, r.code) for r in case.requests],
        "reject_grounds": [codes.label(non_acceptance, g) for g in _last_grounds(case, "reject")],
        "termination_ground": codes.label(termination, case.termination_ground),
        "outcome": codes.label(OUTCOMES, case.outcome),
        "agreement": agreement,
        "money": money,
        "meeting_at": request.meeting_at,
        "meeting_place": request.meeting_place,
        "session": meeting,
        "session_mode": codes.label(codes.SESSION_MODES, meeting.mode) if meeting else "",
        "offers": [
            {"party": OFFER_PARTIES.get(o.party, (o.party,))[0], "amount": o.amount, "description": o.description}
            for o in (meeting.offers if meeting else [])
        ],
    }


def _issued(session: Session, case: Case, request: DocumentRequest) -> IssuedDocument | None:
    """The number this document already has for the case (a record: for its session)."""
    query = select(IssuedDocument).where(IssuedDocument.case_id == case.id, IssuedDocument.kind == request.kind)
    if request.kind == "mediation_record":
        meeting = _session(case, request.session_id)
        query = query.where(IssuedDocument.session_id == (meeting.id if meeting else None))
    return session.scalars(query.order_by(IssuedDocument.id)).first()


def _checked(case: Case, request: DocumentRequest) -> DocumentKind:
    if request.kind not in KINDS:
        raise InvalidInput([Problem("文书", msg("document.unknown_kind"), request.kind)])
    problems = missing_fields(case, request)
    if not problems and request.kind not in available_kinds(case):
        kind = KINDS[request.kind]
        document = Label(kind.title, kind.title_en)
        problems = [Problem("文书", msg("document.state", state=label_of(STATES[case.state]), document=document))]
    if problems:
        raise InvalidInput(problems)
    return KINDS[request.kind]


def _render(
    session: Session, case: Case, request: DocumentRequest, issued: IssuedDocument | None, override_dir: Path | None
) -> RenderedDocument:
    kind = _checked(case, request)
    context = _context(case, request, session, issued)
    html = template_environment(override_dir).get_template(kind.template).render(title=kind.title, **context)
    office = context["office"]
    images = {SEAL_IMAGE: base64.b64decode(office.seal_image)} if office.seal_image else {}
    return RenderedDocument(
        kind.code, kind.title, case.case_no, html, context["doc_no"], context["decision_date"], images
    )


def render_document(
    db: Database, case_no: str, request: DocumentRequest, override_dir: Path | None = None
) -> RenderedDocument:
    """Fill the template with the case's data (the preview: a document not yet issued shows no number);
    InvalidInput naming each missing field, or saying the case's state does not support the document."""
    with db.read() as session:
        case = load_case(session, case_no)
        return _render(
            session, case, request, _issued(session, case, request) if request.kind in KINDS else None, override_dir
        )


def issue_document(
    db: Database,
    actor: Actor,
    case_no: str,
    request: DocumentRequest,
    how: str,
    override_dir: Path | None = None,
    today: date | None = None,
) -> RenderedDocument:
    """Give the document its number (the one it already has, or the next of the year) and note in the
    history and audit log that it was printed or saved (``how``); returns it as issued."""
    today = today or today_local()
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        case = load_case(session, case_no)
        _checked(case, request)
        issued = _issued(session, case, request)
        if issued is None:
            serial = take_number(session, DocumentCounter, today.year)
            meeting = _session(case, request.session_id) if request.kind == "mediation_record" else None
            issued = IssuedDocument(
                case_id=case.id,
                kind=request.kind,
                session_id=meeting.id if meeting else None,
                year=today.year,
                serial=serial,
                number=read_office(session).document_number(today.year, serial),
                issued_on=today,
                issued_by=actor.login,
            )
            session.add(issued)
            session.flush()
        rendered = _render(session, case, request, issued, override_dir)
        _note(session, actor, case, request.kind, f"{issued.number}，{how}")
    return rendered


def _note(session: Session, actor: Actor, case: Case, kind: str, how: str) -> None:
    case.history.append(
        HistoryEntry(
            from_state=case.state,
            to_state=case.state,
            action="document",
            actor=actor.login,
            at=now_local(),
            grounds=kind,
            note=f"{KINDS[kind].title}（{how}）",
        )
    )
    audit.record(session, actor, "document", "case", case.case_no, after={"kind": kind, "how": how})


def record_document_made(db: Database, actor: Actor, case_no: str, kind: str, how: str) -> None:
    """Note in the case history (and the audit log) that a document was printed or saved."""
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        require_case_edit(actor, case)
        _note(session, actor, case, kind, how)


def documents_for(db: Database, case_no: str) -> list[DocumentKind]:
    """The documents the picker offers for the case (those its state and history support)."""
    with db.read() as session:
        return [KINDS[code] for code in available_kinds(load_case(session, case_no))]


@dataclass(frozen=True)
class SessionChoice:
    """A session a mediation record can be made for."""

    id: int
    held_at: datetime
    mode: str


def sessions_of(db: Database, case_no: str) -> list[SessionChoice]:
    with db.read() as session:
        case = load_case(session, case_no)
        return [SessionChoice(s.id, s.held_at, s.mode) for s in case.sessions]
