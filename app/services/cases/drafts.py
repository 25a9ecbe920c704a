"""The content of a complaint as a form or a ledger row gives it, and its validation.

A draft holds raw values (text from a form or a cell, or already typed values); ``validate_draft``
turns it into clean values or the list of every problem, field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain import codes
from app.domain.codes import CodeList
from app.domain.dates import check_purchase_date, date_out_of_range, parse_optional_date
from app.domain.errors import InvalidValue, Problem
from app.domain.identifiers import (
    clean_code,
    normalize_id_number,
    normalize_mobile,
    normalize_phone,
    normalize_uscc,
    normalize_wechat_id,
)
from app.domain.messages import Message, label_of, msg
from app.domain.money import parse_optional_amount
from app.store.cases import Case
from app.store.limits import text_problem
from app.store.merchants import Merchant
from app.store.people import Consumer


@dataclass
class MerchantDraft:
    """The merchant as the consumer names it; at least one identifying field is needed."""

    name: str = ""
    kind: str = "unregistered"
    uscc: str = ""
    wechat_id: str = ""
    phone: str = ""
    payee: str = ""
    shop_name: str = ""
    address: str = ""
    verified_how: str = ""

    def identifies(self) -> bool:
        return any(v.strip() for v in (self.name, self.uscc, self.wechat_id, self.phone, self.payee))


@dataclass
class CaseDraft:
    """Everything a clerk records at intake, in the order they ask it on the phone."""

    source: str = "phone"
    ref_12315: str = ""
    received_on: Any = None
    entrusted_by: str = ""
    """The SAMR office that entrusted the case (Order 20 Art. 17), e.g. 临江市市场监督管理局; "" if none."""
    entrusted_received_on: Any = None
    entrusted_accepted_on: Any = None
    consumer_name: str = ""
    consumer_phone: str = ""
    consumer_id_number: str = ""
    consumer_address: str = ""
    agent_name: str = ""
    agent_authorised: bool = False
    merchant_id: int | None = None
    merchant: MerchantDraft = field(default_factory=MerchantDraft)
    channel: str = ""
    payment: str = ""
    purchase_date: Any = None
    order_no: str = ""
    amount_claimed: Any = None
    nature: str = ""
    category: str = ""
    sub_category: str = ""
    """具体商品 / 具体服务 within ``category`` (codes.SUB_CATEGORIES); "" = left at the class."""
    requests: list[str] = field(default_factory=list)
    facts: str = ""
    request_text: str = ""


def _strip_all(obj: Any) -> Any:
    changes = {f.name: getattr(obj, f.name).strip() for f in fields(obj) if isinstance(getattr(obj, f.name), str)}
    return replace(obj, **changes)


REQUIRED = msg("value.required")


class _Checker:
    """Collects problems while converting fields, so every problem is reported, not only the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def convert(self, label: str, raw: Any, parse: Callable[[Any], Any], default: Any = None) -> Any:
        try:
            return parse(raw)
        except InvalidValue as err:
            self.problems.append(Problem(label, err.msg, None if raw is None else str(raw)))
            return default

    def optional(self, label: str, raw: str, parse: Callable[[str], str]) -> str | None:
        return self.convert(label, raw, parse) if raw else None

    def code(self, label: str, raw: str, code_list: CodeList, required: bool = False) -> str | None:
        if not raw:
            if required:
                self.problems.append(Problem(label, msg("value.choose")))
            return None
        if raw not in code_list:
            self.problems.append(Problem(label, msg("value.not_a_choice"), raw))
            return None
        return raw

    def need(self, label: str, value: str, message: Message = REQUIRED) -> None:
        if not value:
            self.problems.append(Problem(label, message))


def _check_sub_category(c: _Checker, category: str, sub_category: str) -> None:
    """The item must be one of the chosen class's (具体商品 under a goods class, 具体服务 under a service one)."""
    if not sub_category or c.code("具体商品或服务", sub_category, codes.SUB_CATEGORIES) is None:
        return
    if not category:
        c.problems.append(Problem("具体商品或服务", msg("intake.sub_category_without_class"), sub_category))
    elif codes.SUB_CATEGORY_PARENT[sub_category] != category:
        label = label_of(codes.CATEGORIES[category])
        c.problems.append(Problem("具体商品或服务", msg("intake.sub_category_outside", category=label), sub_category))


@dataclass(frozen=True)
class CleanCase:
    """A validated draft: normalised identifiers, Decimal money, real dates."""

    draft: CaseDraft
    received_on: date
    purchase_date: date | None
    amount_claimed: Decimal
    consumer_phone: str
    consumer_id_number: str | None
    merchant_uscc: str | None
    merchant_wechat: str | None
    merchant_phone: str | None
    entrusted_received_on: date | None = None
    entrusted_accepted_on: date | None = None

    @property
    def clock_received_on(self) -> date:
        """The receipt date the limits and the rule set count from: the entrusting office's, if any."""
        return self.entrusted_received_on or self.received_on


MAX_OFFICE_NAME = 120


def validate_draft(raw: CaseDraft, today: date) -> tuple[CleanCase | None, list[Problem]]:
    """Check a draft; the clean case, or None with every problem found."""
    d = _strip_all(raw)
    m = _strip_all(d.merchant)
    c = _Checker()
    c.code("来源", d.source, codes.SOURCES, required=True)
    if d.source == "platform_12315":
        c.need("12315编号", d.ref_12315, msg("intake.ref_12315_required"))
    if d.ref_12315:
        c.convert("12315编号", d.ref_12315, clean_code)
    received = c.convert("登记日期", d.received_on, parse_optional_date) or today
    if received > today:
        c.problems.append(Problem("登记日期", msg("date.not_after_today"), received.isoformat()))
    elif (reason := date_out_of_range(received, today)) is not None:
        c.problems.append(Problem("登记日期", reason, received.isoformat()))
    office_received = c.convert("委托单位收到日期", d.entrusted_received_on, parse_optional_date)
    office_accepted = c.convert("委托单位受理日期", d.entrusted_accepted_on, parse_optional_date)
    for name, day in (("委托单位收到日期", office_received), ("委托单位受理日期", office_accepted)):
        if day is not None and (reason := date_out_of_range(day, today)) is not None:
            c.problems.append(Problem(name, reason, day.isoformat()))
    if d.entrusted_by:
        if len(d.entrusted_by) > MAX_OFFICE_NAME:
            c.problems.append(Problem("委托单位", msg("value.max_chars", limit=MAX_OFFICE_NAME), d.entrusted_by))
        if office_received is None and not any(p.field == "委托单位收到日期" for p in c.problems):
            c.problems.append(Problem("委托单位收到日期", msg("intake.entrusted_received_required")))
        elif office_received is not None and office_received > received:
            c.problems.append(
                Problem("委托单位收到日期", msg("intake.entrusted_received_after_ours"), office_received.isoformat())
            )
        if office_accepted is not None and office_received is not None and office_accepted < office_received:
            c.problems.append(
                Problem(
                    "委托单位受理日期", msg("intake.entrusted_accepted_before_received"), office_accepted.isoformat()
                )
            )
    elif office_received is not None or office_accepted is not None:
        c.problems.append(Problem("委托单位", msg("intake.entrusted_name_required")))
    c.need("消费者姓名", d.consumer_name)
    phone = c.convert("消费者电话", d.consumer_phone, normalize_mobile, "") if d.consumer_phone else ""
    if not d.consumer_phone:
        c.problems.append(Problem("消费者电话", msg("intake.phone_required")))
    id_number = c.optional("消费者身份证号", d.consumer_id_number, normalize_id_number)
    if d.merchant_id is None:
        if not m.identifies():
            c.problems.append(Problem("经营者", msg("intake.merchant_identity")))
        c.code("经营者类型", m.kind, codes.MERCHANT_KINDS, required=True)
    uscc = c.optional("统一社会信用代码", m.uscc, normalize_uscc)
    wechat = c.optional("经营者微信号", m.wechat_id, normalize_wechat_id)
    merchant_phone = c.optional("经营者电话", m.phone, normalize_phone)
    c.code("购买渠道", d.channel, codes.CHANNELS)
    c.code("支付方式", d.payment, codes.PAYMENTS)
    purchase = c.convert("交易日期", d.purchase_date, parse_optional_date)
    if purchase is not None:
        purchase = c.convert("交易日期", purchase, lambda v: check_purchase_date(v, today))
    amount = c.convert("涉及金额", d.amount_claimed, parse_optional_amount) or Decimal("0.00")
    c.code("投诉问题性质", d.nature, codes.NATURES)
    c.code("商品或服务类别", d.category, codes.CATEGORIES)
    _check_sub_category(c, d.category, d.sub_category)
    for request in d.requests:
        c.code("诉求", request, codes.REQUESTS)
    c.need("投诉内容", d.facts, msg("intake.facts_required"))
    for label, table, key, value in (
        ("消费者姓名", Consumer.__table__, "name", d.consumer_name),
        ("地址", Consumer.__table__, "address", d.consumer_address),
        ("经营者名称", Merchant.__table__, "name", m.name),
        ("店铺名称", Merchant.__table__, "shop_name", m.shop_name),
        ("12315编号", Case.__table__, "ref_12315", d.ref_12315),
        ("订单号", Case.__table__, "order_no", d.order_no),
    ):
        if (problem := text_problem(label, table, key, value)) is not None:
            c.problems.append(problem)
    if c.problems:
        return None, c.problems
    clean = CleanCase(
        replace(d, merchant=m),
        received,
        purchase,
        amount,
        phone,
        id_number,
        uscc,
        wechat,
        merchant_phone,
        office_received if d.entrusted_by else None,
        office_accepted if d.entrusted_by else None,
    )
    return clean, []
