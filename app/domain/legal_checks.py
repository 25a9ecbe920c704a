"""Checks the complaint-handling measures ask for before acceptance, as warnings for the supervisor:
the parties' addresses (Order 20 Art. 9), the three-year bar (Art. 15(四); Order 121 Art. 16(四)), and
goods bought to resell, which is not 生活消费 (CRPL Art. 2; Art. 15(三)).

They warn rather than refuse: a WeChat seller often has no known address, the day the consumer knew of
the harm is not the purchase date, and words in the facts are a hint, not a finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TIME_BAR_YEARS = 3
RESALE_WORDS = ("转卖", "倒卖", "转售", "批发", "囤货", "代购", "进货", "分销")


@dataclass(frozen=True)
class LegalCheckFacts:
    """What the checks read of a case."""

    received_on: date
    purchase_date: date | None
    consumer_address: str
    merchant_address: str
    facts: str
    request_text: str


@dataclass(frozen=True)
class LegalWarning:
    kind: str  # "addresses" | "time_bar" | "resale"
    message: str


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def legal_warnings(facts: LegalCheckFacts) -> list[LegalWarning]:
    """The warnings that apply to the case, in the order the measures list them."""
    found: list[LegalWarning] = []
    missing = [
        who
        for who, address in (("投诉人", facts.consumer_address), ("被投诉人", facts.merchant_address))
        if not address.strip()
    ]
    if missing:
        found.append(
            LegalWarning("addresses", f"缺少{'和'.join(missing)}的地址（《市场监督管理投诉举报处理暂行办法》第九条）")
        )
    if facts.purchase_date is not None and facts.purchase_date < _years_before(facts.received_on, TIME_BAR_YEARS):
        found.append(
            LegalWarning(
                "time_bar",
                f"交易日期 {facts.purchase_date:%Y-%m-%d} 距登记已超过三年：请核实消费者知道权益受损的时间"
                "（第十五条第四项，知道或应当知道之日起超过三年的不予受理）",
            )
        )
    text = f"{facts.facts}\n{facts.request_text}"
    words = [w for w in RESALE_WORDS if w in text]
    if words:
        found.append(
            LegalWarning(
                "resale",
                f"投诉内容提到“{'、'.join(words)}”：为转卖而购买的不属于生活消费（第十五条第三项），请核实",
            )
        )
    return found
