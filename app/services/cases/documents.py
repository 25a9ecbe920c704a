"""Printable documents modelled on SAMR's complaint-handling forms: notices, the mediation agreement
(调解书) and the mediation record, rendered from HTML templates the association can edit.

Templates ship in ``app/resources/templates``; a file of the same name in the ``templates`` folder of
the user data folder takes precedence, so an association can adapt the wording without a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from app.domain import codes
from app.domain.dates import LOCAL_TZ, now_local, today_local
from app.domain.errors import InvalidInput, Problem
from app.domain.money import format_yuan_grouped
from app.domain.rules import NON_ACCEPTANCE_GROUNDS, TERMINATION_GROUNDS
from app.domain.workflow import OUTCOMES
from app.services import audit
from app.services.admin.office import read_office
from app.services.cases.access import require_case_edit
from app.services.cases.intake import case_by_no
from app.services.cases.sessions import OFFER_PARTIES
from app.services.cases.view import load_case
from app.services.context import Actor
from app.store.cases import Case, HistoryEntry, MediationSession
from app.store.database import Database, default_data_dir

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
        DocumentKind("acceptance_notice", "受理通知书", "Acceptance notice", "acceptance_notice.html"),
        DocumentKind("non_acceptance_notice", "不予受理通知书", "Non-acceptance notice", "non_acceptance_notice.html"),
        DocumentKind("mediation_notice", "调解通知书", "Mediation notice", "mediation_notice.html"),
        DocumentKind("termination_decision", "终止调解决定书", "Termination decision", "termination_decision.html"),
        DocumentKind("mediation_agreement", "调解书", "Mediation agreement", "mediation_agreement.html"),
        DocumentKind("mediation_record", "调解记录", "Mediation record", "mediation_record.html"),
    )
}


@dataclass(frozen=True)
class DocumentRequest:
    """What a document needs beyond the case: the meeting for a notice, the session for a record."""

    kind: str
    meeting_at: datetime | None = None
    meeting_place: str = ""
    session_id: int | None = None


@dataclass(frozen=True)
class RenderedDocument:
    """The finished HTML, ready to preview, print or save as PDF."""

    kind: str
    title: str
    case_no: str
    html: str


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


def missing_fields(case: Case, request: DocumentRequest) -> list[Problem]:
    """What the document needs and the case (or the request) does not have yet."""
    need: list[tuple[str, bool]] = []
    if request.kind == "acceptance_notice":
        need.append(("受理日期", case.accepted_on is not None))
    elif request.kind == "non_acceptance_notice":
        need += [("不予受理决定", case.rejected_on is not None), ("不予受理理由", bool(_last_grounds(case, "reject")))]
    elif request.kind == "mediation_notice":
        need += [
            ("受理日期", case.accepted_on is not None),
            ("调解员", case.mediator is not None),
            ("调解时间", request.meeting_at is not None),
            ("调解地点", bool(request.meeting_place.strip())),
        ]
    elif request.kind == "termination_decision":
        need += [("终止日期", case.terminated_on is not None), ("终止理由", bool(case.termination_ground))]
    elif request.kind == "mediation_agreement":
        need.append(("调解协议", case.agreement is not None))
    elif request.kind == "mediation_record":
        need.append(("调解记录", _session(case, request.session_id) is not None))
    return [Problem(name, f"生成{KINDS[request.kind].title}需要先有{name}") for name, ok in need if not ok]


def _context(case: Case, request: DocumentRequest, session: Any) -> dict[str, Any]:
    agreement, meeting = case.agreement, _session(case, request.session_id)
    money = None
    if agreement is not None:
        money = {
            "refund": agreement.refund,
            "compensation": agreement.compensation,
            "punitive": agreement.punitive,
            "total": agreement.refund + agreement.compensation + agreement.punitive,
        }
    return {
        "office": read_office(session),
        "today": today_local(),
        "case": case,
        "consumer": case.consumer,
        "merchant": case.merchant,
        "merchant_kind": codes.label(codes.MERCHANT_KINDS, case.merchant.kind),
        "mediator": case.mediator.name if case.mediator else "",
        "nature": codes.label(codes.NATURES, case.nature),
        "channel": codes.label(codes.CHANNELS, case.channel),
        "requests": [codes.label(codes.REQUESTS, r.code) for r in case.requests],
        "reject_grounds": [codes.label(NON_ACCEPTANCE_GROUNDS, g) for g in _last_grounds(case, "reject")],
        "termination_ground": codes.label(TERMINATION_GROUNDS, case.termination_ground),
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


def render_document(
    db: Database, case_no: str, request: DocumentRequest, override_dir: Path | None = None
) -> RenderedDocument:
    """Fill the template with the case's data; InvalidInput naming each missing field."""
    if request.kind not in KINDS:
        raise InvalidInput([Problem("文书", "未知的文书种类", request.kind)])
    kind = KINDS[request.kind]
    with db.read() as session:
        case = load_case(session, case_no)
        problems = missing_fields(case, request)
        if problems:
            raise InvalidInput(problems)
        html = (
            template_environment(override_dir)
            .get_template(kind.template)
            .render(title=kind.title, **_context(case, request, session))
        )
    return RenderedDocument(kind.code, kind.title, case_no, html)


def record_document_made(db: Database, actor: Actor, case_no: str, kind: str, how: str) -> None:
    """Note in the case history (and the audit log) that a document was printed or saved."""
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        require_case_edit(actor, case)
        title = KINDS[kind].title
        case.history.append(
            HistoryEntry(
                from_state=case.state,
                to_state=case.state,
                action="document",
                actor=actor.login,
                at=now_local(),
                grounds=kind,
                note=f"{title}（{how}）",
            )
        )
        audit.record(session, actor, "document", "case", case_no, after={"kind": kind, "how": how})


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
