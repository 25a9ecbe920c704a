"""Every mapped table in one import, for Alembic and for code that needs the whole schema."""

from app.store.base import Base
from app.store.cases import (
    AdvancePayment,
    Agreement,
    Assessment,
    Case,
    CaseRequest,
    CaseRespondent,
    Enquiry,
    Evidence,
    FollowUpVisit,
    HistoryEntry,
    IssuedDocument,
    MediationSession,
    Offer,
    Suspension,
)
from app.store.evidence_readings import EvidenceReading
from app.store.merchant_records import CaseGroup, CaseLink, MerchantAlias, MerchantMerge
from app.store.merchants import Merchant
from app.store.people import Consumer, User
from app.store.reference import (
    AuditEntry,
    CaseCounter,
    DocumentCounter,
    GroundRow,
    Holiday,
    HolidayYear,
    ReferenceVersion,
    ReportSnapshot,
    RuleSetRow,
    Setting,
)

__all__ = [
    "AdvancePayment",
    "Agreement",
    "Assessment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseCounter",
    "CaseGroup",
    "CaseLink",
    "CaseRequest",
    "CaseRespondent",
    "Consumer",
    "DocumentCounter",
    "Enquiry",
    "Evidence",
    "EvidenceReading",
    "FollowUpVisit",
    "GroundRow",
    "HistoryEntry",
    "Holiday",
    "HolidayYear",
    "IssuedDocument",
    "MediationSession",
    "Merchant",
    "MerchantAlias",
    "MerchantMerge",
    "Offer",
    "ReferenceVersion",
    "ReportSnapshot",
    "RuleSetRow",
    "Setting",
    "Suspension",
    "User",
]
