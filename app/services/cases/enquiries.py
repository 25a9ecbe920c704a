"""The enquiry log: consultations and visits (咨询/来访) the office answers without a complaint.

Each is a line with its date, channel, topic, nature and goods or service class and who handled it; no
personal data. The monthly report counts them (接待来访和咨询); one that turns out to be a complaint is
turned into one, and the enquiry keeps the case it became.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.dates import now_local, today_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.domain.requirements import check_plausible
from app.services import audit
from app.services.cases.drafts import CaseDraft
from app.services.cases.intake import case_by_no
from app.services.context import Actor
from app.store.cases import Case, Enquiry
from app.store.database import Database

CHANNELS: codes.CodeList = {k: v for k, v in codes.SOURCES.items() if k != "platform_12315"}
"""How an enquiry reached the office: walk-in, phone, letter, online."""
TOPIC_LIMIT = 500


@dataclass(frozen=True)
class EnquiryInput:
    """What the clerk notes about an enquiry."""

    received_on: date
    channel: str
    topic: str
    nature: str = ""
    category: str = ""


@dataclass(frozen=True)
class EnquiryRow:
    """One line of the log."""

    id: int
    received_on: date
    channel: str
    topic: str
    nature: str | None
    category: str | None
    handled_by: str
    case_no: str | None


def _problems(data: EnquiryInput, today: date) -> list[Problem]:
    problems = check_plausible(data, today)
    if data.channel not in CHANNELS:
        problems.append(Problem("渠道", msg("enquiry.channel"), data.channel))
    topic = data.topic.strip()
    if not topic:
        problems.append(Problem("内容", msg("enquiry.topic_required")))
    elif len(topic) > TOPIC_LIMIT:
        problems.append(Problem("内容", msg("value.max_chars", limit=TOPIC_LIMIT), topic[:20] + "…"))
    if data.received_on > today:
        problems.append(Problem("日期", msg("date.not_after_today"), data.received_on.isoformat()))
    if data.nature and data.nature not in codes.NATURES:
        problems.append(Problem("问题性质", msg("value.not_a_choice"), data.nature))
    if data.category and data.category not in codes.CATEGORIES:
        problems.append(Problem("商品服务类别", msg("value.not_a_choice"), data.category))
    return problems


def log_enquiry(db: Database, actor: Actor, data: EnquiryInput, today: date | None = None) -> int:
    """Note an enquiry (whoever registers complaints); every problem at once, nothing written."""
    actor.require(Permission.REGISTER)
    problems = _problems(data, today or today_local())
    if problems:
        raise InvalidInput(problems)
    with db.transaction() as session:
        enquiry = Enquiry(
            received_on=data.received_on,
            channel=data.channel,
            topic=data.topic.strip(),
            nature=data.nature or None,
            category=data.category or None,
            handled_by=actor.login,
            recorded_at=now_local(),
        )
        session.add(enquiry)
        session.flush()
        audit.record(session, actor, "log_enquiry", "enquiry", enquiry.id, after={"channel": data.channel})
        return enquiry.id


def list_enquiries(db: Database, actor: Actor, first: date, last: date) -> list[EnquiryRow]:
    """The enquiries received between the dates, newest first."""
    actor.require(Permission.REGISTER)
    with db.read() as session:
        rows = session.execute(
            select(Enquiry, Case.case_no)
            .outerjoin(Case, Case.id == Enquiry.case_id)
            .where(Enquiry.received_on >= first, Enquiry.received_on <= last)
            .order_by(Enquiry.received_on.desc(), Enquiry.id.desc())
        )
        return [
            EnquiryRow(e.id, e.received_on, e.channel, e.topic, e.nature, e.category, e.handled_by, case_no)
            for e, case_no in rows
        ]


def enquiries_by_month(session: Session, first: date, last: date) -> dict[int, int]:
    """How many enquiries each month (YYYYMM) between the dates received: the report's 接待来访和咨询."""
    key = extract("year", Enquiry.received_on) * 100 + extract("month", Enquiry.received_on)
    rows = session.execute(
        select(key, func.count()).where(Enquiry.received_on >= first, Enquiry.received_on <= last).group_by(key)
    )
    return {int(k): n for k, n in rows}


def complaint_draft(db: Database, enquiry_id: int) -> CaseDraft:
    """The intake form filled from the enquiry (its date, channel, topic, nature and class)."""
    with db.read() as session:
        enquiry = _enquiry(session, enquiry_id)
        return CaseDraft(
            source=enquiry.channel,
            received_on=enquiry.received_on,
            nature=enquiry.nature or "",
            category=enquiry.category or "",
            facts=enquiry.topic,
        )


def link_complaint(db: Database, actor: Actor, enquiry_id: int, case_no: str) -> None:
    """Record that the enquiry became the complaint ``case_no`` (registered from its draft)."""
    actor.require(Permission.REGISTER)
    with db.transaction() as session:
        enquiry = _enquiry(session, enquiry_id)
        if enquiry.case_id is not None:
            raise ActionRefused("enquiry.already_complaint")
        enquiry.case_id = case_by_no(session, case_no).id
        audit.record(session, actor, "enquiry_to_complaint", "enquiry", enquiry_id, after={"case": case_no})


def _enquiry(session: Session, enquiry_id: int) -> Enquiry:
    enquiry = session.get(Enquiry, enquiry_id)
    if enquiry is None:
        raise NotFound("enquiry.not_found", enquiry_id=enquiry_id)
    return enquiry
