"""What a case learns from its evidence images: the reading is stored (its text searchable from the case
list), a payment record marks the case's payment evidence as present, and the fields found are offered to
the clerk — only where the case has nothing yet, so nothing typed is ever overwritten. Each accept or
ignore is kept in the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import PAYMENT_EVIDENCE, PAYMENTS, label
from app.domain.dates import now_local
from app.domain.errors import InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.services import audit
from app.services.cases.access import require_case_edit
from app.services.cases.evidence import evidence_bytes
from app.services.context import Actor
from app.services.evidence_reader.fields import PAYMENT_KINDS, Reading
from app.services.evidence_reader.reading import read_image_bytes
from app.store.cases import Case, Evidence, case_by_no
from app.store.database import Database
from app.store.evidence_readings import EvidenceReading
from app.store.reference import AuditEntry

EVIDENCE_KIND_OF = {"transfer": "transfer_record", "red_envelope": "red_envelope_record", "qr_payment": "payment_bill"}
PAYMENT_OF = {"transfer": "wechat_transfer", "red_envelope": "wechat_red_envelope", "qr_payment": "qr_code"}
OFFERED_FIELDS = ("amount", "purchase_date", "payment", "order_no", "payee")


@dataclass(frozen=True)
class FieldOffer:
    """One field found in a screenshot: ``value`` as the form takes it, ``shown`` as the clerk reads it,
    ``current`` what the case or form holds now ("" when empty: only then is it offered)."""

    field: str
    value: str
    shown: str
    confidence: float
    current: str = ""

    @property
    def offered(self) -> bool:
        return not self.current.strip()


def offers_from(reading: Reading, current: dict[str, str], lang: str = "zh_CN") -> list[FieldOffer]:
    """The fields of ``reading`` worth offering, beside what the form or case holds now (``current`` by
    field name of OFFERED_FIELDS)."""
    if reading.kind not in PAYMENT_KINDS:
        return []
    conf = reading.confidence
    found: list[tuple[str, str, str, float]] = []
    if reading.amount is not None:
        found.append(("amount", f"{reading.amount:.2f}", f"{reading.amount:.2f}", conf.get("amount", 0)))
    if reading.paid_at is not None:
        shown = reading.paid_at.strftime("%Y-%m-%d %H:%M") + ("" if reading.year_shown else " *")
        found.append(("purchase_date", reading.paid_at.date().isoformat(), shown, conf.get("paid_at", 0)))
    payment = PAYMENT_OF[reading.kind]
    found.append(("payment", payment, label(PAYMENTS, payment, lang), conf.get("kind", 0)))
    if reading.order_no:
        found.append(("order_no", reading.order_no, reading.order_no, conf.get("order_no", 0)))
    if reading.payee:
        found.append(("payee", reading.payee, reading.payee, conf.get("payee", 0)))
    shown_now = dict(current)
    if shown_now.get("payment"):
        shown_now["payment"] = label(PAYMENTS, shown_now["payment"], lang)
    return [FieldOffer(f, v, s, c, shown_now.get(f, "")) for f, v, s, c in found]


def _stored(row: EvidenceReading) -> Reading:
    return Reading(
        kind=row.kind,
        text=row.text,
        amount=row.amount,
        paid_at=row.paid_at,
        year_shown=row.year_shown,
        payee=row.payee,
        transaction_no=row.transaction_no,
        order_no=row.order_no,
        card_tail=row.card_tail,
        confidence=json.loads(row.confidence or "{}"),
    )


def save_reading(db: Database, actor: Actor, evidence_id: int, reading: Reading) -> None:
    """Keep the reading of an evidence image (replacing an earlier one); a payment record turns the
    evidence's kind into the payment kind, so the case's payment evidence shows as present."""
    with db.transaction() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise NotFound("evidence.not_found")
        case = session.get_one(Case, evidence.case_id)
        require_case_edit(actor, case)
        row = session.get(EvidenceReading, evidence_id) or EvidenceReading(evidence_id=evidence_id)
        row.case_id, row.kind, row.text = case.id, reading.kind, reading.text
        row.amount, row.paid_at, row.year_shown = reading.amount, reading.paid_at, reading.year_shown
        row.payee, row.transaction_no, row.order_no = reading.payee, reading.transaction_no, reading.order_no
        row.card_tail, row.read_at = reading.card_tail, now_local()
        row.confidence = json.dumps(reading.confidence, sort_keys=True)
        session.add(row)
        after: dict[str, object] = {"evidence": evidence_id, "read_as": reading.kind}
        if reading.kind in PAYMENT_KINDS and evidence.kind not in PAYMENT_EVIDENCE:
            after["kind"] = {"from": evidence.kind, "to": EVIDENCE_KIND_OF[reading.kind]}
            evidence.kind = EVIDENCE_KIND_OF[reading.kind]
        if reading.transaction_no:
            after["transaction_no"] = reading.transaction_no
        audit.record(session, actor, "read_evidence", "case", case.case_no, after=after)


def read_case_evidence(db: Database, actor: Actor, evidence_id: int, purchase_date: date | None = None) -> Reading:
    """Read a stored evidence image and keep the reading (slow: call it in the background)."""
    with db.read() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise NotFound("evidence.not_found")
        name, added = evidence.filename, evidence.added_at.date()
    reading = read_image_bytes(evidence_bytes(db, evidence_id), name, purchase_date, added)
    save_reading(db, actor, evidence_id, reading)
    return reading


def _case_values(case: Case) -> dict[str, str]:
    return {
        "amount": f"{case.amount_claimed:.2f}" if case.amount_claimed else "",
        "purchase_date": case.purchase_date.isoformat() if case.purchase_date else "",
        "payment": case.payment or "",
        "order_no": case.order_no or "",
        "payee": case.merchant.payee or "",
    }


def reading_of(db: Database, evidence_id: int) -> Reading | None:
    with db.read() as session:
        row = session.get(EvidenceReading, evidence_id)
        return _stored(row) if row is not None else None


def case_offers(db: Database, case_no: str, evidence_id: int, lang: str = "zh_CN") -> list[FieldOffer]:
    """The fields of one stored reading, beside the case's values now."""
    with db.read() as session:
        case = case_by_no(session, case_no)
        row = session.get(EvidenceReading, evidence_id)
        if row is None or row.case_id != case.id:
            return []
        return offers_from(_stored(row), _case_values(case), lang)


@dataclass(frozen=True)
class PendingOffers:
    """A stored reading whose offered fields the clerk has not yet accepted or ignored."""

    evidence_id: int
    kind: str
    filename: str
    offers: list[FieldOffer]


def _decided_fields(session: Session, case_no: str) -> set[tuple[int, str]]:
    """(evidence id, field) of every accept or ignore kept in the audit log for this case."""
    query = select(AuditEntry.detail).where(
        AuditEntry.entity == "case", AuditEntry.entity_id == case_no, AuditEntry.action == "evidence_field"
    )
    decided: set[tuple[int, str]] = set()
    for detail in session.scalars(query):
        after = json.loads(detail).get("after", {})
        if isinstance(after.get("evidence"), int) and isinstance(after.get("field"), str):
            decided.add((after["evidence"], after["field"]))
    return decided


def pending_offers(db: Database, case_no: str, lang: str = "zh_CN") -> PendingOffers | None:
    """The latest reading of the case with fields still waiting for the clerk's decision (only fields the
    case still lacks), so offers left undecided come back when the case page is opened again."""
    with db.read() as session:
        case = case_by_no(session, case_no)
        rows = session.execute(
            select(EvidenceReading, Evidence.filename)
            .join(Evidence, Evidence.id == EvidenceReading.evidence_id)
            .where(EvidenceReading.case_id == case.id)
            .order_by(EvidenceReading.read_at.desc(), EvidenceReading.evidence_id.desc())
        ).all()
        if not rows:
            return None
        decided = _decided_fields(session, case.case_no)
        values = _case_values(case)
        for row, filename in rows:
            offers = offers_from(_stored(row), values, lang)
            waiting = [o for o in offers if o.offered and (row.evidence_id, o.field) not in decided]
            if waiting:
                return PendingOffers(row.evidence_id, row.kind, filename, waiting)
        return None


def _apply(case: Case, offer: FieldOffer) -> None:
    if offer.field == "amount":
        case.amount_claimed = Decimal(offer.value)
    elif offer.field == "purchase_date":
        case.purchase_date = date.fromisoformat(offer.value)
    elif offer.field == "payment":
        case.payment = offer.value
    elif offer.field == "order_no":
        case.order_no = offer.value
    elif offer.field == "payee":
        case.merchant.payee = offer.value


def decide_offer(db: Database, actor: Actor, case_no: str, evidence_id: int, field: str, accept: bool) -> None:
    """The clerk accepts or ignores one field found in a screenshot; an accepted field fills the case only
    where it is still empty. Either way the decision is kept in the audit log."""
    if field not in OFFERED_FIELDS:
        raise InvalidInput([Problem("字段", msg("evidence.unknown_field"), field)])
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_case_edit(actor, case)
        row = session.get(EvidenceReading, evidence_id)
        if row is None or row.case_id != case.id:
            raise NotFound("evidence.no_reading")
        offer = next((o for o in offers_from(_stored(row), _case_values(case)) if o.field == field), None)
        if offer is None:
            raise NotFound("evidence.field_not_read")
        applied = accept and offer.offered
        if applied:
            _apply(case, offer)
        decision = {"evidence": evidence_id, "field": field, "value": offer.value, "decision": _decision(accept, offer)}
        before = {field: offer.current}
        audit.record(session, actor, "evidence_field", "case", case.case_no, before=before, after=decision)


def _decision(accept: bool, offer: FieldOffer) -> str:
    if not accept:
        return "ignored"
    return "accepted" if offer.offered else "kept_typed"


def record_form_decisions(
    db: Database, actor: Actor, case_no: str, evidence_id: int, decisions: dict[str, tuple[str, bool]]
) -> None:
    """The intake form's decisions (field -> (value, accepted)) on a screenshot read before the case
    existed, kept in the audit log once the case is registered and the image added as its evidence."""
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        for field, (value, accepted) in sorted(decisions.items()):
            decision = {"evidence": evidence_id, "field": field, "value": value}
            decision["decision"] = "accepted" if accepted else "ignored"
            audit.record(session, actor, "evidence_field", "case", case.case_no, after=decision)


def cases_with_transaction(session: Session, transaction_nos: list[str], exclude_case_id: int | None) -> list[int]:
    """Ids of the cases whose evidence shows one of these transaction numbers."""
    if not transaction_nos:
        return []
    query = select(EvidenceReading.case_id).where(EvidenceReading.transaction_no.in_(transaction_nos))
    return sorted({cid for cid in session.scalars(query) if cid != exclude_case_id})
