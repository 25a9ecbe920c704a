"""The ledger (台账) columns of domain.md section 9, and how one case becomes one ledger row.

The monthly report's 案件明细 sheet and the ledger export use the same row, so an unmasked detail
sheet imports again. Lists are written with their Chinese labels; money as Decimal yuan; dates as dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain import codes
from app.domain.masking import mask_id_number, mask_in_text, mask_name, mask_phone, mask_wechat_id
from app.domain.workflow import OUTCOMES, STATES

CASE_NO = "案件编号"
RECEIVED_ON = "登记日期"
SOURCE = "来源"
REF_12315 = "12315编号"
CONSUMER_NAME = "消费者姓名"
CONSUMER_PHONE = "消费者电话"
CONSUMER_ID = "消费者身份证号"
MERCHANT_NAME = "经营者名称"
MERCHANT_KIND = "经营者类型"
MERCHANT_WECHAT = "经营者微信号"
MERCHANT_PHONE = "经营者电话"
USCC = "统一社会信用代码"
CHANNEL = "购买渠道"
PAYMENT = "支付方式"
PURCHASE_DATE = "交易日期"
AMOUNT = "涉及金额(元)"
CATEGORY = "商品或服务类别"
SUB_CATEGORY = "具体商品或服务"
NATURE = "投诉问题性质"
REQUESTS = "诉求"
FACTS = "投诉内容"
STATE = "状态"
ACCEPTED_ON = "受理日期"
MEDIATOR = "调解员"
CLOSED_ON = "办结日期"
OUTCOME = "办结结果"
RECOVERED = "挽回经济损失(元)"
PUNITIVE = "加倍赔偿金额(元)"

HEADERS: tuple[str, ...] = (
    CASE_NO,
    RECEIVED_ON,
    SOURCE,
    REF_12315,
    CONSUMER_NAME,
    CONSUMER_PHONE,
    CONSUMER_ID,
    MERCHANT_NAME,
    MERCHANT_KIND,
    MERCHANT_WECHAT,
    MERCHANT_PHONE,
    USCC,
    CHANNEL,
    PAYMENT,
    PURCHASE_DATE,
    AMOUNT,
    CATEGORY,
    SUB_CATEGORY,
    NATURE,
    REQUESTS,
    FACTS,
    STATE,
    ACCEPTED_ON,
    MEDIATOR,
    CLOSED_ON,
    OUTCOME,
    RECOVERED,
    PUNITIVE,
)
REQUIRED: frozenset[str] = frozenset({CASE_NO, RECEIVED_ON, CONSUMER_NAME, CONSUMER_PHONE, MERCHANT_NAME, FACTS, STATE})
DATE_COLUMNS: frozenset[str] = frozenset({RECEIVED_ON, PURCHASE_DATE, ACCEPTED_ON, CLOSED_ON})
MONEY_COLUMNS: frozenset[str] = frozenset({AMOUNT, RECOVERED, PUNITIVE})
WIDTHS: dict[str, int] = {
    CASE_NO: 16,
    FACTS: 48,
    MERCHANT_NAME: 20,
    USCC: 20,
    CONSUMER_ID: 20,
    REQUESTS: 16,
    CATEGORY: 16,
    SUB_CATEGORY: 16,
}
REQUEST_SEPARATOR = "、"
INDIVIDUAL_SELLER = "unregistered"


@dataclass(frozen=True)
class LedgerCase:
    """The stored facts of one case that a ledger row shows (read in bulk for the export)."""

    case_no: str
    received_on: date
    source: str
    ref_12315: str | None
    consumer_name: str
    consumer_phone: str
    consumer_id: str | None
    merchant_name: str
    merchant_kind: str
    merchant_wechat: str | None
    merchant_phone: str | None
    uscc: str | None
    channel: str | None
    payment: str | None
    purchase_date: date | None
    amount: Decimal
    category: str | None
    sub_category: str | None
    nature: str | None
    requests: Sequence[str]
    facts: str
    state: str
    accepted_on: date | None
    mediator: str | None
    rejected_on: date | None
    closed_on: date | None
    outcome: str | None
    recovered: Decimal
    punitive: Decimal


def masked_merchant_name(name: str, kind: str) -> str:
    """An unregistered individual seller is a person: the name is masked like a consumer's."""
    return mask_name(name) if kind == INDIVIDUAL_SELLER else name


def ledger_row(case: LedgerCase, masked: bool) -> list[object]:
    """The row of ``case`` in the order of :data:`HEADERS`; personal data masked when asked."""
    consumer_name, consumer_phone, consumer_id = case.consumer_name, case.consumer_phone, case.consumer_id
    wechat, merchant_phone = case.merchant_wechat, case.merchant_phone
    merchant_name = masked_merchant_name(case.merchant_name, case.merchant_kind) if masked else case.merchant_name
    if masked:
        consumer_name, consumer_phone = mask_name(consumer_name), mask_phone(consumer_phone)
        consumer_id, wechat, merchant_phone = (
            mask_id_number(consumer_id),
            mask_wechat_id(wechat),
            mask_phone(merchant_phone),
        )
    facts = case.facts
    if masked:
        people = [case.consumer_name]
        if merchant_name != case.merchant_name:
            people.append(case.merchant_name)
        phones = [p for p in (case.consumer_phone, case.merchant_phone) if p]
        others = [case.merchant_wechat] if case.merchant_wechat else []
        facts = mask_in_text(case.facts, people, phones, others)
    ended_on = case.rejected_on if case.state == "rejected" else case.closed_on
    return [
        case.case_no,
        case.received_on,
        codes.label(codes.SOURCES, case.source),
        case.ref_12315,
        consumer_name,
        consumer_phone,
        consumer_id,
        merchant_name,
        codes.label(codes.MERCHANT_KINDS, case.merchant_kind),
        wechat,
        merchant_phone,
        case.uscc,
        codes.label(codes.CHANNELS, case.channel) or None,
        codes.label(codes.PAYMENTS, case.payment) or None,
        case.purchase_date,
        case.amount,
        codes.label(codes.CATEGORIES, case.category) or None,
        codes.label(codes.SUB_CATEGORIES, case.sub_category) or None,
        codes.nature_label(case.nature, case.received_on.year) if case.nature else None,
        REQUEST_SEPARATOR.join(codes.label(codes.REQUESTS, r) for r in case.requests) or None,
        facts,
        STATES[case.state][0],
        case.accepted_on,
        case.mediator,
        ended_on,
        codes.label(OUTCOMES, case.outcome) or None,
        case.recovered,
        case.punitive,
    ]
