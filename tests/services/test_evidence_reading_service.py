"""What a case does with what was read from its screenshots: the text is found from the case list, a payment
record marks the payment evidence present, the fields are offered without overwriting what the clerk typed,
each decision is audited, and a transaction number seen in two cases warns of a duplicate complaint."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.services.cases.detail import case_detail
from app.services.cases.evidence import add_evidence
from app.services.cases.evidence_reading import case_offers, decide_offer, pending_offers, reading_of, save_reading
from app.services.cases.intake import register_case
from app.services.cases.intake_checks import case_warnings, intake_warnings
from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from app.services.evidence_reader.fields import Reading
from app.store.reference import AuditEntry
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 10)
TXN = "1000050001202611030123456789"


def transfer(**overrides: object) -> Reading:
    reading = Reading(
        kind="transfer",
        text="转账-转给美妆小铺\n-399.00\n转账时间 2026年11月3日 14:25:31\n转账单号 " + TXN,
        amount=Decimal("399.00"),
        paid_at=datetime(2026, 11, 3, 14, 25),
        year_shown=True,
        payee="美妆小铺",
        transaction_no=TXN,
        card_tail="6217",
        confidence={"kind": 1.0, "amount": 0.99, "paid_at": 0.98, "payee": 0.97, "transaction_no": 0.99},
    )
    for key, value in overrides.items():
        setattr(reading, key, value)
    return reading


@pytest.fixture
def image(tmp_path):
    def make(name: str, content: bytes) -> object:
        path = tmp_path / name
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + content)
        return path

    return make


def found(db, text: str) -> set[str]:
    return {r.case_no for r in CaseList(db, Actor.cli(), today=D0).rows(CaseQuery(search=text), 0, 50)}


def test_the_text_of_a_chat_screenshot_is_found_from_the_case_list(db, clerk, image):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    other = register_case(db, clerk, wechat_draft(D0, consumer_phone="13800002222"), today=D0)
    item = add_evidence(db, clerk, no, image("chat.png", b"1"), "chat_screenshot")
    save_reading(db, clerk, item.id, Reading(kind="chat", text="亲，这个不支持七天无理由退货\n那我只能去消协投诉了"))
    assert found(db, "七天无理由") == {no}
    assert found(db, "消协") == {no}  # a two-character word too
    assert other not in found(db, "退货")
    assert case_detail(db, Actor.cli(), no).missing_evidence == ["payment_record"]  # a chat is no payment record


def test_a_payment_screenshot_marks_the_payment_evidence_present(db, clerk, image):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    item = add_evidence(db, clerk, no, image("pay.png", b"2"), "chat_screenshot")
    assert case_detail(db, Actor.cli(), no).missing_evidence == ["payment_record"]
    save_reading(db, clerk, item.id, transfer())
    detail = case_detail(db, Actor.cli(), no)
    assert detail.missing_evidence == []
    assert [e.kind for e in detail.evidence] == ["transfer_record"]
    assert reading_of(db, item.id).transaction_no == TXN
    assert found(db, TXN[-10:]) == {no}


def test_fields_are_offered_only_where_the_case_is_empty_and_decisions_are_audited(db, clerk, image):
    no = register_case(db, clerk, wechat_draft(D0, purchase_date=None, amount_claimed="350.00"), today=D0)
    item = add_evidence(db, clerk, no, image("pay.png", b"3"), "transfer_record")
    save_reading(db, clerk, item.id, transfer())
    offers = {o.field: o for o in case_offers(db, no, item.id)}
    assert offers["amount"].value == "399.00" and offers["amount"].current == "350.00"
    assert not offers["amount"].offered  # the clerk typed 350.00: shown, never put over it
    assert offers["purchase_date"].offered and offers["purchase_date"].value == "2026-11-03"
    decide_offer(db, clerk, no, item.id, "amount", accept=True)
    decide_offer(db, clerk, no, item.id, "purchase_date", accept=True)
    decide_offer(db, clerk, no, item.id, "payment", accept=False)
    detail = case_detail(db, Actor.cli(), no)
    assert detail.draft.amount_claimed == Decimal("350.00")
    assert detail.draft.purchase_date == date(2026, 11, 3)
    assert detail.draft.payment == "wechat_red_envelope"
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "evidence_field")).all()
        decisions = {json.loads(e.detail)["after"]["field"]: json.loads(e.detail)["after"]["decision"] for e in entries}
    assert decisions == {"amount": "kept_typed", "purchase_date": "accepted", "payment": "ignored"}


def test_a_transaction_number_seen_in_two_cases_warns_of_a_duplicate(db, clerk, image):
    first = register_case(db, clerk, wechat_draft(D0), today=D0)
    item = add_evidence(db, clerk, first, image("a.png", b"4"), "transfer_record")
    save_reading(db, clerk, item.id, transfer())
    second = register_case(db, clerk, wechat_draft(D0, consumer_phone="13700003333", consumer_name="李四"), today=D0)
    other = add_evidence(db, clerk, second, image("b.png", b"5"), "transfer_record")
    save_reading(db, clerk, other.id, transfer())
    warned = [w for w in case_warnings(db, second, today=D0) if w.kind == "duplicate"]
    assert any("交易单号" in w.message and first in w.case_nos for w in warned)
    at_intake = intake_warnings(db, None, transaction_nos=[TXN], received_on=D0)
    assert {no for w in at_intake if w.kind == "duplicate" for no in w.case_nos} == {first, second}


def test_offers_left_undecided_come_back_until_each_is_accepted_or_ignored(db, clerk, image):
    no = register_case(db, clerk, wechat_draft(D0, purchase_date=None, payment="", amount_claimed="350.00"), today=D0)
    item = add_evidence(db, clerk, no, image("pay.png", b"4"), "transfer_record")
    save_reading(db, clerk, item.id, transfer())
    pending = pending_offers(db, no)
    assert pending is not None and pending.evidence_id == item.id and pending.filename == "pay.png"
    waiting = {o.field for o in pending.offers}
    assert {"purchase_date", "payment"} <= waiting and "amount" not in waiting  # 350.00 typed: never offered over
    for field in sorted(waiting):
        decide_offer(db, clerk, no, item.id, field, accept=field == "purchase_date")
        left = pending_offers(db, no)
        assert field not in ({o.field for o in left.offers} if left else set())
    assert pending_offers(db, no) is None
    # an ignored field stays ignored although the case is still empty there
    assert case_detail(db, Actor.cli(), no).draft.payment in ("", None)
