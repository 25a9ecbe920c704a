"""Rule sets: the clocks and ground lists in force from an effective date (domain.md section 2).

Limits and grounds are data, not code. Each clock (acceptance, mediation, termination notice,
performance follow-up) has its own count and day kind. Grounds (non-acceptance, termination) and
suspension reasons are a catalogue an administrator can add to; a rule set lists the codes it offers
and which suspension reasons pause the mediation clock. A rule set may be scoped to a region (a local
rule). A case uses the rule set in force on its receipt date (an entrusted case: the office's).

Sources: docs/law/order-121.md and docs/law/order-20.md (addresses and what each confirmed).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from app.domain.codes import CodeList
from app.domain.deadlines import (
    DAY_KIND_CALENDAR,
    FOLLOW_UP_ON_DUE_DATE,
    KIND_ACCEPTANCE,
    KIND_MEDIATION,
    KIND_TERMINATION_NOTICE,
    ClockRule,
    Limits,
)

GROUND_NON_ACCEPTANCE = "non_acceptance"
GROUND_TERMINATION = "termination"
GROUND_SUSPENSION = "suspension"
GROUND_KINDS: CodeList = {
    GROUND_NON_ACCEPTANCE: ("不予受理理由", "Non-acceptance ground"),
    GROUND_TERMINATION: ("终止调解理由", "Termination ground"),
    GROUND_SUSPENSION: ("中止原因", "Suspension reason"),
}


@dataclass(frozen=True)
class Ground:
    """A ground or reason with its labels and the clock it affects.

    ``clock``: for a non-acceptance ground the acceptance clock it ends; for a termination ground
    the termination-notice clock it starts ("" when none); for a suspension reason the mediation clock
    it can pause. ``basis`` names the article.
    """

    kind: str
    code: str
    zh: str
    en: str
    clock: str = ""
    basis: str = ""


def _g(kind: str, code: str, zh: str, en: str, clock: str, basis: str = "") -> Ground:
    return Ground(kind, code, zh, en, clock, basis)


_NA, _T, _S = GROUND_NON_ACCEPTANCE, GROUND_TERMINATION, GROUND_SUSPENSION
_ACC, _NOTICE, _MED = KIND_ACCEPTANCE, KIND_TERMINATION_NOTICE, KIND_MEDIATION

SHIPPED_GROUNDS: tuple[Ground, ...] = (
    _g(
        _NA,
        "out_of_scope",
        "不属于受理范围或无管辖权",
        "Out of scope or no authority",
        _ACC,
        "20号令第15条(一)；121号令第16条(一)",
    ),
    _g(
        _NA,
        "handled_elsewhere",
        "法院、仲裁机构、行政机关、消费者协会或其他调解组织已受理或处理",
        "Already accepted or handled by a court, arbitration body, agency, association or other mediator",
        _ACC,
        "20号令第15条(二)；121号令第16条(二)",
    ),
    _g(
        _NA,
        "no_consumer_relationship",
        "不是为生活消费需要，或不能证明存在消费关系",
        "Not bought for personal consumption, or no consumer relationship shown",
        _ACC,
        "20号令第15条(三)；121号令第16条(三)",
    ),
    _g(
        _NA,
        "time_barred",
        "知道或应当知道权益受损超过三年",
        "More than 3 years since the harm was known",
        _ACC,
        "20号令第15条(四)；121号令第16条(四)",
    ),
    _g(
        _NA,
        "materials_missing",
        "未提供必要材料",
        "Required materials missing",
        _ACC,
        "20号令第15条(五)；121号令第16条(五)",
    ),
    _g(_NA, "business_dispute", "经营者之间的纠纷", "Dispute between businesses", _ACC, "协会实务"),
    _g(_NA, "private_deal", "个人之间的私下交易", "Private deal between individuals", _ACC, "协会实务"),
    _g(
        _NA,
        "already_performed",
        "已达成协议并已履行，且无新事实",
        "Agreement already performed and no new facts",
        _ACC,
        "协会实务",
    ),
    _g(_NA, "false_materials", "提供虚假材料", "False materials", _ACC, "121号令第16条(五)"),
    _g(_NA, "impersonation", "冒用他人名义", "Impersonation", _ACC, "121号令第16条(六)"),
    _g(_NA, "refuses_identity_check", "拒不配合核验真实身份信息", "Refuses identity check", _ACC, "121号令第16条(六)"),
    _g(_NA, "other", "其他", "Other", _ACC, "20号令第15条(六)；121号令第16条(七)"),
    _g(
        _T,
        "withdrawn_or_settled",
        "投诉人撤回投诉或双方自行和解",
        "Complaint withdrawn or parties settled",
        _NOTICE,
        "20号令第21条(一)；121号令第23条(一)",
    ),
    _g(
        _T,
        "no_testing_agreement",
        "双方对检测鉴定机构或费用不能达成一致",
        "No agreement on testing body or its cost",
        _NOTICE,
        "20号令第21条(二)；121号令第23条(四)",
    ),
    _g(
        _T,
        "absent_or_refused",
        "一方无正当理由不参加调解或经营者拒绝调解",
        "A party absent without reason, or the merchant refuses mediation",
        _NOTICE,
        "20号令第21条(三)；121号令第23条(二)",
    ),
    _g(
        _T,
        "no_agreement_possible",
        "一方明确表示无法达成协议",
        "A party says no agreement is possible",
        _NOTICE,
        "20号令第21条(四)；121号令第23条(三)",
    ),
    _g(
        _T,
        "limit_expired",
        "调解期限内未达成协议",
        "No agreement within the mediation limit",
        _NOTICE,
        "20号令第21条(五)；121号令第23条(五)",
    ),
    _g(
        _T,
        "non_acceptance_found",
        "受理后发现不予受理情形",
        "A non-acceptance ground found after acceptance",
        _NOTICE,
        "20号令第21条(六)；121号令第23条(六)",
    ),
    _g(
        _T,
        "party_ceased",
        "投诉人、被投诉人死亡或者主体资格灭失",
        "A party died or ceased to exist",
        _NOTICE,
        "121号令第23条(七)",
    ),
    _g(_T, "other", "其他", "Other", _NOTICE, "20号令第21条(七)；121号令第23条(八)"),
    _g(_S, "testing", "检测、鉴定", "Testing or appraisal", _MED, "20号令第20条：检测鉴定时间不计入调解期限"),
    _g(_S, "recusal", "申请回避", "Recusal request", _MED, "20号令第19条：申请回避的，中止调解"),
    _g(_S, "other", "其他", "Other", _MED, "无法定依据：期限照常计算"),
)


def ground_labels(grounds: Iterable[Ground], kind: str) -> dict[str, tuple[str, str]]:
    """The code list of one kind of ground: code -> (Chinese, English)."""
    return {g.code: (g.zh, g.en) for g in grounds if g.kind == kind}


NON_ACCEPTANCE_GROUNDS: CodeList = ground_labels(SHIPPED_GROUNDS, GROUND_NON_ACCEPTANCE)
TERMINATION_GROUNDS: CodeList = ground_labels(SHIPPED_GROUNDS, GROUND_TERMINATION)
SUSPEND_REASONS: CodeList = ground_labels(SHIPPED_GROUNDS, GROUND_SUSPENSION)
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
GROUNDS_2026 = (*GROUNDS_2022[:-1], "false_materials", "impersonation", "refuses_identity_check", "other")
TERMINATION_2022 = (
    "withdrawn_or_settled",
    "no_testing_agreement",
    "absent_or_refused",
    "no_agreement_possible",
    "limit_expired",
    "non_acceptance_found",
    "other",
)
TERMINATION_2026 = (*TERMINATION_2022[:-1], "party_ceased", "other")
SUSPENSIONS = ("testing", "recusal", "other")
PAUSING = ("testing", "recusal")


@dataclass(frozen=True)
class RuleSet:
    """The clocks, ground lists and suspension reasons in force from ``effective_from``.

    ``region`` "" is national; a regional rule set (a local rule) applies to an office of that region
    and wins over a national one in force on the same day. ``extension_days`` may be added to the
    mediation limit with both parties' consent. ``note`` is shown on screen (what is not confirmed);
    ``provenance`` names the sources read.
    """

    code: str
    name: str
    effective_from: date
    acceptance: ClockRule
    mediation: ClockRule
    notice: ClockRule
    performance: ClockRule = FOLLOW_UP_ON_DUE_DATE
    extension_days: int = 0
    region: str = ""
    non_acceptance_grounds: tuple[str, ...] = GROUNDS_2022
    termination_grounds: tuple[str, ...] = TERMINATION_2022
    suspension_reasons: tuple[str, ...] = SUSPENSIONS
    pausing_reasons: tuple[str, ...] = PAUSING
    note: str = ""
    provenance: str = ""

    @property
    def acceptance_days(self) -> int:
        return self.acceptance.days

    @property
    def mediation_days(self) -> int:
        return self.mediation.days

    @property
    def notice_days(self) -> int:
        return self.notice.days

    @property
    def limits(self) -> Limits:
        return Limits(self.acceptance, self.mediation, self.notice, self.performance)

    def pauses(self, reason: str) -> bool:
        """Whether a suspension for ``reason`` stops the mediation clock under this rule set."""
        return reason in self.pausing_reasons


PROVENANCE_2022 = (
    "市场监督管理投诉举报处理暂行办法（总局令第20号，2019-11-30公布，2020-01-01施行；2022年第55号、第61号令修正）。"
    "全文转载：http://qichexian.net/zhijian/law/398083.html（施行日期，第40条）；"
    "第14条七个工作日、第21条四十五个工作日及七个工作日告知：https://xiezuofangchengshi.com/doc/62764.html；"
    "第15条不予受理情形：http://uianet.net/dictionary/b9350909.html；"
    "第16、17条：https://66.wendadaohang.com/zd/vni2DsUv22iDixUpxv.html；"
    "第55号、第61号修正：https://m.taowenge.com/p-86515658.html。详见 docs/law/order-20.md"
)
PROVENANCE_2026 = (
    "市场监督管理投诉举报处理办法（总局令第121号，2025-12-30公布，2026-04-15施行）。"
    "公布与施行日期、第1-7条：https://www.googgg.com/product/2974.html；"
    "修订要点（新增6条、修改22条，调解期限、委托调解、回访）：http://nongye.huashangw.com/fazhan/30113.html；"
    "第16条不予受理七项、第23条第一款终止调解八项（含“自投诉受理之日起六十日内”、"
    "“死亡或者主体资格灭失”）：公开代码中转载的121号令文书式样六、八。未读到官方全文。详见 docs/law/order-121.md"
)

SHIPPED_RULE_SETS: tuple[RuleSet, ...] = (
    RuleSet(
        code="SAMR-2022",
        name="市场监督管理投诉举报处理暂行办法（2019年第20号令，2022年修订）",
        effective_from=date(2020, 1, 1),
        acceptance=ClockRule(7),
        mediation=ClockRule(45),
        notice=ClockRule(7),
        provenance=PROVENANCE_2022,
    ),
    RuleSet(
        code="SAMR-2026",
        name="市场监督管理投诉举报处理办法（第121号令）",
        effective_from=date(2026, 4, 15),
        acceptance=ClockRule(7),
        mediation=ClockRule(60, DAY_KIND_CALENDAR),
        notice=ClockRule(7),
        non_acceptance_grounds=GROUNDS_2026,
        termination_grounds=TERMINATION_2026,
        note="调解期限六十日、不予受理与终止调解情形据公开转载的文书式样；受理与终止告知期限（七个工作日）未见官方全文，待核对",
        provenance=PROVENANCE_2026,
    ),
)


def rule_set_for(received_on: date, rule_sets: Iterable[RuleSet], region: str = "") -> RuleSet:
    """The rule set in force on the receipt date: the latest one of the office's region effective on or
    before it, else the latest national one; the earliest national one for a date before them all."""
    every = list(rule_sets)
    if not every:
        raise LookupError("no rule set is defined")
    region = region.strip()
    for scope in ([r for r in every if region and r.region == region], [r for r in every if not r.region]):
        in_force = [r for r in scope if r.effective_from <= received_on]
        if in_force:
            return max(in_force, key=lambda r: r.effective_from)
    national = [r for r in every if not r.region] or every
    return min(national, key=lambda r: r.effective_from)


def labels_of(grounds: Mapping[str, tuple[str, str]], codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The labels of the listed codes, an unknown code labelled by itself."""
    return {c: grounds.get(c, (c, c)) for c in codes}
