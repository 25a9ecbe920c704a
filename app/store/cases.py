"""The case table and what hangs off a case: requests, assessment, suspensions, sessions, agreement,
history and evidence.

The purchase (channel, payment, date, order number, amount) is one per complaint and lives on the case
row, so the case list can filter and sort on it without a join.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, Session, deferred, mapped_column, relationship

from app.domain.errors import NotFound
from app.store.base import Base
from app.store.merchants import Merchant
from app.store.people import Consumer, User
from app.store.types import Money, UTCDateTime


class Case(Base):
    """One complaint, from registration to its end."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_state_due", "state", "next_due_on"),
        Index("ix_cases_mediator_state", "mediator_id", "state"),
        Index("ix_cases_merchant_received", "merchant_id", "received_on"),
        # Covers a merchant's record (counts by state, refusals, recent) without reading the case rows.
        Index("ix_cases_merchant_record", "merchant_id", "received_on", "state", "termination_ground", "outcome"),
        Index("ix_cases_next_due_on", "next_due_on"),
        # The supervisor's usual combined filter (open cases of a nature from the WeChat channels since a
        # date) is counted from this index alone: 294 ms -> 6 ms on a million cases.
        Index("ix_cases_state_nature_channel_received", "state", "nature", "channel", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    source: Mapped[str] = mapped_column(String(24))
    ref_12315: Mapped[str | None] = mapped_column(String(40))
    # A case entrusted by a SAMR office (Order 20 Art. 17): mediated in the office's name, its clocks run
    # from the office's receipt and acceptance dates.
    entrusted_by: Mapped[str | None] = mapped_column(String(120))
    entrusted_received_on: Mapped[date | None] = mapped_column(Date)
    entrusted_accepted_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), index=True)
    rule_set_code: Mapped[str] = mapped_column(ForeignKey("rule_sets.code"))
    consumer_id: Mapped[int] = mapped_column(ForeignKey("consumers.id"), index=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"))
    channel: Mapped[str | None] = mapped_column(String(24), index=True)
    payment: Mapped[str | None] = mapped_column(String(24))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    order_no: Mapped[str | None] = mapped_column(String(64), index=True)
    amount_claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    nature: Mapped[str | None] = mapped_column(String(24), index=True)
    category: Mapped[str | None] = mapped_column(String(24), index=True)
    sub_category: Mapped[str | None] = mapped_column(String(32))
    """具体商品 / 具体服务 within the class (app.domain.codes.SUB_CATEGORIES); None = left at the class."""
    facts: Mapped[str] = mapped_column(Text, default="")
    request_text: Mapped[str] = mapped_column(Text, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date, index=True)
    rejected_on: Mapped[date | None] = mapped_column(Date, index=True)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decision_notified_on: Mapped[date | None] = mapped_column(Date)
    """The day the complainant was told the acceptance decision (Order 20 Art. 14)."""
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    consumer_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    merchant_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_ground: Mapped[str | None] = mapped_column(String(32))
    notice_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str | None] = mapped_column(String(32))
    recovered_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    punitive_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    paid_by: Mapped[str | None] = mapped_column(String(24))
    next_due_on: Mapped[date | None] = mapped_column(Date)
    next_due_kind: Mapped[str | None] = mapped_column(String(24))
    group_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # Sort keys for the case list, copied from the consumer, merchant and mediator by database triggers
    # (migration 0002_search) so that sorting by a name runs on an index of this table.
    consumer_sort: Mapped[str] = mapped_column(String(64), server_default="", index=True)
    merchant_sort: Mapped[str] = mapped_column(String(120), server_default="", index=True)
    mediator_sort: Mapped[str] = mapped_column(String(64), server_default="", index=True)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    consumer: Mapped[Consumer] = relationship(lazy="joined")
    merchant: Mapped[Merchant] = relationship(lazy="joined")
    mediator: Mapped[User | None] = relationship()
    requests: Mapped[list[CaseRequest]] = relationship(cascade="all, delete-orphan", order_by="CaseRequest.code")
    assessment: Mapped[Assessment | None] = relationship(cascade="all, delete-orphan")
    suspensions: Mapped[list[Suspension]] = relationship(cascade="all, delete-orphan", order_by="Suspension.id")
    sessions: Mapped[list[MediationSession]] = relationship(
        cascade="all, delete-orphan", order_by="MediationSession.held_at"
    )
    agreement: Mapped[Agreement | None] = relationship(cascade="all, delete-orphan")
    history: Mapped[list[HistoryEntry]] = relationship(cascade="all, delete-orphan", order_by="HistoryEntry.id")
    evidence: Mapped[list[Evidence]] = relationship(cascade="all, delete-orphan", order_by="Evidence.id")
    follow_ups: Mapped[list[FollowUpVisit]] = relationship(
        cascade="all, delete-orphan", order_by="FollowUpVisit.visited_on"
    )
    respondents: Mapped[list[CaseRespondent]] = relationship(cascade="all, delete-orphan", order_by="CaseRespondent.id")
    advance_payments: Mapped[list[AdvancePayment]] = relationship(
        cascade="all, delete-orphan", order_by="AdvancePayment.paid_on"
    )


class CaseRequest(Base):
    """One request of the consumer (refund, compensation, ...)."""

    __tablename__ = "case_requests"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(24), primary_key=True)


class Assessment(Base):
    """The operator-status assessment stored with the acceptance decision."""

    __tablename__ = "assessments"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    sells_continuously: Mapped[bool] = mapped_column(Boolean, default=False)
    brand_agent: Mapped[bool] = mapped_column(Boolean, default=False)
    posts_regularly: Mapped[bool] = mapped_column(Boolean, default=False)
    has_shop: Mapped[bool] = mapped_column(Boolean, default=False)
    buyers_known: Mapped[int] = mapped_column(Integer, default=0)
    conclusion: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class Suspension(Base):
    """A span in which the mediation clock stood still; ended_on is the day mediation resumed."""

    __tablename__ = "suspensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


class MediationSession(Base):
    """One mediation session with its offers."""

    __tablename__ = "mediation_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mode: Mapped[str] = mapped_column(String(16))
    participants: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")

    offers: Mapped[list[Offer]] = relationship(cascade="all, delete-orphan", order_by="Offer.id")


class Offer(Base):
    """An offer or counter-offer made in a session: who offered what amount."""

    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("mediation_sessions.id", ondelete="CASCADE"), index=True)
    party: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)
    description: Mapped[str] = mapped_column(Text, default="")


class Agreement(Base):
    """The terms agreed in mediation and their follow-up."""

    __tablename__ = "agreements"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    terms: Mapped[str] = mapped_column(Text)
    agreed_on: Mapped[date] = mapped_column(Date)
    refund: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    punitive: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    performance_due_on: Mapped[date] = mapped_column(Date, index=True)
    confirmed_on: Mapped[date | None] = mapped_column(Date)


class FollowUpVisit(Base):
    """A follow-up visit (回访) on an agreed or closed case: when, how, and what was found."""

    __tablename__ = "follow_up_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CaseRespondent(Base):
    """A further respondent (被投诉人) beside the merchant who sold: the platform, the producer, the
    supplier or brand owner behind an agent, a fair's organiser (CRPL Arts. 40, 43, 44; E-Commerce Law
    Art. 38). The case still counts once wherever cases are counted: it is one row in ``cases``."""

    __tablename__ = "case_respondents"
    __table_args__ = (UniqueConstraint("case_id", "merchant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    merchant: Mapped[Merchant] = relationship(lazy="joined")


class AdvancePayment(Base):
    """先行赔付: money paid to the consumer in advance by someone other than the merchant (a platform, a
    mall or fair, the producer), who then recovers it from the merchant (CRPL Arts. 43, 44)."""

    __tablename__ = "advance_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    payer_kind: Mapped[str] = mapped_column(String(24))
    payer_name: Mapped[str] = mapped_column(String(120))
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HistoryEntry(Base):
    """One transition (or import, or edit of an ended case) in the life of a case.

    ``event_on`` is the date the event took effect (the decision's own date, which may be earlier than
    ``at``); a closing row keeps its outcome and the money received, an agreement row its performance due
    date, so the monthly report counts each event in its month even after the case is reopened.
    """

    __tablename__ = "case_history"
    __table_args__ = (Index("ix_case_history_state_event", "to_state", "event_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(24))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    grounds: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    event_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(32))
    recovered_amount: Mapped[Decimal | None] = mapped_column(Money)
    punitive_amount: Mapped[Decimal | None] = mapped_column(Money)
    due_on: Mapped[date | None] = mapped_column(Date)


class IssuedDocument(Base):
    """A document given out for a case: its number, kept with the case and never given to another.

    Reprinting the same document (same kind, and same session for a mediation record) shows the same
    number and date of issue.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (UniqueConstraint("year", "serial", name="uq_issued_documents_year_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    session_id: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(80))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(64))


class Enquiry(Base):
    """A consultation or visit (咨询/来访) received without a complaint: counted in the monthly report
    (接待来访和咨询); it holds no personal data. ``case_id`` is set when it was turned into a complaint."""

    __tablename__ = "enquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(24))
    topic: Mapped[str] = mapped_column(Text)
    nature: Mapped[str | None] = mapped_column(String(24))
    category: Mapped[str | None] = mapped_column(String(24))
    handled_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))


class Evidence(Base):
    """A piece of evidence: its metadata here, the file on disk or (for a shared server) in ``content``."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    stored_path: Mapped[str | None] = mapped_column(String(500))
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


def case_by_no(session: Session, case_no: str, lock: bool = False) -> Case:
    """The case with this number; ``lock`` holds its row until the transaction ends (PostgreSQL), so two
    PCs acting on the same case at the same moment take turns and the second sees the first's change."""
    query = select(Case).where(Case.case_no == case_no.strip())
    if lock:
        query = query.with_for_update(of=Case)
    case = session.scalars(query).first()
    if case is None:
        raise NotFound("case.not_found", case_no=case_no)
    return case
