"""Rule sets: the time limits and ground lists in force from an effective date (domain.md section 2).

Limits and grounds are data, not code. A case uses the rule set in force on its receipt date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from app.domain.codes import CodeList

NON_ACCEPTANCE_GROUNDS: CodeList = {
    "out_of_scope": ("不属于受理范围或无管辖权", "Out of scope or no authority"),
    "handled_elsewhere": (
        "法院、仲裁机构、行政机关、消费者协会或其他调解组织已受理或处理",
        "Already accepted or handled by a court, arbitration body, agency, association or other mediator",
    ),
    "no_consumer_relationship": (
        "不是为生活消费需要，或不能证明存在消费关系",
        "Not bought for personal consumption, or no consumer relationship shown",
    ),
    "time_barred": ("知道或应当知道权益受损超过三年", "More than 3 years since the harm was known"),
    "materials_missing": ("未提供必要材料", "Required materials missing"),
    "business_dispute": ("经营者之间的纠纷", "Dispute between businesses"),
    "private_deal": ("个人之间的私下交易", "Private deal between individuals"),
    "already_performed": ("已达成协议并已履行，且无新事实", "Agreement already performed and no new facts"),
    "false_materials": ("提供虚假材料或冒用他人身份", "False materials or impersonation"),
    "refuses_identity_check": ("拒绝核验身份", "Refuses identity check"),
    "other": ("其他", "Other"),
}

TERMINATION_GROUNDS: CodeList = {
    "withdrawn_or_settled": ("投诉人撤回投诉或双方自行和解", "Complaint withdrawn or parties settled"),
    "no_testing_agreement": ("双方对检测鉴定机构或费用不能达成一致", "No agreement on testing body or its cost"),
    "absent_or_refused": (
        "一方无正当理由不参加调解或经营者拒绝调解",
        "A party absent without reason, or the merchant refuses mediation",
    ),
    "no_agreement_possible": ("一方明确表示无法达成协议", "A party says no agreement is possible"),
    "limit_expired": ("调解期限内未达成协议", "No agreement within the mediation limit"),
    "non_acceptance_found": ("受理后发现不予受理情形", "A non-acceptance ground found after acceptance"),
    "other": ("其他", "Other"),
}
MERCHANT_REFUSAL_GROUND = "absent_or_refused"

GROUNDS_2022 = (
    "out_of_scope",
    "handled_elsewhere",
    "no_consumer_relationship",
    "time_barred",
    "materials_missing",
    "business_dispute",
    "private_deal",
    "already_performed",
    "other",
)
GROUNDS_2026 = (*GROUNDS_2022[:-1], "false_materials", "refuses_identity_check", "other")


@dataclass(frozen=True)
class RuleSet:
    """Time limits (in days of ``day_kind``) and ground lists in force from ``effective_from``."""

    code: str
    name: str
    effective_from: date
    acceptance_days: int
    mediation_days: int
    notice_days: int
    extension_days: int = 0
    day_kind: str = "working"
    non_acceptance_grounds: tuple[str, ...] = GROUNDS_2022
    termination_grounds: tuple[str, ...] = tuple(TERMINATION_GROUNDS)
    note: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)


SHIPPED_RULE_SETS: tuple[RuleSet, ...] = (
    RuleSet(
        code="SAMR-2022",
        name="市场监督管理投诉举报处理暂行办法（2019年第20号令，2022年修订）",
        effective_from=date(2019, 1, 1),
        acceptance_days=7,
        mediation_days=45,
        notice_days=7,
    ),
    RuleSet(
        code="SAMR-2026",
        name="市场监督管理投诉举报处理办法（第121号令）",
        effective_from=date(2026, 4, 15),
        acceptance_days=7,
        mediation_days=45,
        notice_days=7,
        non_acceptance_grounds=GROUNDS_2026,
        note="期限与新增不予受理情形待与官方文本核对",
    ),
)


def rule_set_for(received_on: date, rule_sets: Iterable[RuleSet]) -> RuleSet:
    """The rule set in force on the receipt date: the latest one effective on or before it."""
    candidates = sorted((r for r in rule_sets if r.effective_from <= received_on), key=lambda r: r.effective_from)
    if candidates:
        return candidates[-1]
    earliest = sorted(rule_sets, key=lambda r: r.effective_from)
    if not earliest:
        raise LookupError("no rule set is defined")
    return earliest[0]
