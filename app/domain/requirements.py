"""What each workflow action requires before it may happen (domain.md section 3).

Each ``check_*`` function returns the list of problems; an empty list means the action may go on.
The inputs are plain dataclasses so the GUI, the CLI and the tests ask for exactly the same things.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.codes import ADVANCE_PAYERS, FOLLOW_UP_METHODS, OPERATOR_CONCLUSIONS, PAYERS, RESPONDENT_ROLES
from app.domain.dates import LOCAL_TZ, date_out_of_range
from app.domain.errors import Problem
from app.domain.messages import field_name, msg
from app.domain.money import amount_problem
from app.domain.rules import RuleSet
from app.domain.workflow import (
    EXTENSION_STATES,
    FOLLOW_UP_STATES,
    OUTCOMES,
    OUTCOMES_AFTER_AGREEMENT,
    OUTCOMES_AFTER_TERMINATION,
    OUTCOMES_OF_TRANSFER,
    State,
)


@dataclass(frozen=True)
class CaseFacts:
    """What the checks need to know about the case as it stands."""

    state: State
    has_consumer: bool
    has_merchant: bool
    has_facts: bool
    has_request: bool
    mediator_id: int | None
    session_count: int
    received_on: date
    accepted_on: date | None = None
    suspended_on: date | None = None
    agreed_on: date | None = None
    terminated_on: date | None = None


@dataclass(frozen=True)
class OperatorAssessment:
    """Is the seller an operator under the Consumer Rights Protection Law, or is this a private deal?"""

    registered: bool = False
    sells_continuously: bool = False
    brand_agent: bool = False
    posts_regularly: bool = False
    has_shop: bool = False
    buyers_known: int = 0
    conclusion: str = ""
    note: str = ""


@dataclass(frozen=True)
class AcceptInput:
    assessment: OperatorAssessment
    on: date
    note: str = ""
    notified_on: date | None = None
    """The day the complainant was told of the decision (Order 20 Art. 14)."""


@dataclass(frozen=True)
class RejectInput:
    grounds: tuple[str, ...]
    reason: str
    on: date
    notified_on: date | None = None
    """The day the complainant was told of the decision (Order 20 Art. 14)."""
    assessment: OperatorAssessment | None = None
    """Required when rejecting as a private deal between individuals: the seller is no operator."""


@dataclass(frozen=True)
class StartInput:
    consumer_consent: bool
    merchant_consent: bool
    on: date
    note: str = ""


@dataclass(frozen=True)
class SuspendInput:
    reason: str
    on: date
    note: str = ""


@dataclass(frozen=True)
class ResumeInput:
    on: date
    note: str = ""


@dataclass(frozen=True)
class AgreeInput:
    terms: str
    on: date
    performance_due_on: date
    refund: Decimal = Decimal("0.00")
    compensation: Decimal = Decimal("0.00")
    punitive: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class TerminateInput:
    ground: str
    on: date
    note: str = ""


@dataclass(frozen=True)
class CloseInput:
    outcome: str
    on: date
    note: str = ""
    received_amount: Decimal = Decimal("0.00")
    received_punitive: Decimal = Decimal("0.00")
    paid_by: str | None = None
    notice_on: date | None = None
    performance_confirmed: bool = False
    advised_court_or_arbitration: bool = False
    """For an agreement not performed: the consumer was told they may go to court or arbitration."""


@dataclass(frozen=True)
class WithdrawInput:
    """The complainant withdrew the complaint before mediation started."""

    on: date
    note: str = ""


@dataclass(frozen=True)
class TransferInput:
    """The complaint was passed to the competent body (an agency: referred_to_authority; another
    organisation: transferred)."""

    on: date
    to_whom: str
    outcome: str = "transferred"
    note: str = ""


@dataclass(frozen=True)
class ExtendInput:
    """An extension of the mediation limit agreed by both parties (a local rule allows it)."""

    days: int
    consumer_consent: bool
    merchant_consent: bool
    on: date
    note: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    """A follow-up visit (回访) on an agreed or closed case."""

    on: date
    method: str
    result: str
    note: str = ""


@dataclass(frozen=True)
class RespondentInput:
    """A further respondent named on the case beside the merchant who sold: the platform the shop is on
    (CRPL Art. 44, E-Commerce Law Art. 38), the producer or the supplier / brand owner behind an agent
    (CRPL Art. 40), the organiser of a fair or the lessor of a counter (CRPL Art. 43)."""

    role: str
    name: str
    kind: str = "enterprise"
    uscc: str = ""
    phone: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class AdvancePaymentInput:
    """先行赔付: who paid the consumer in advance for the merchant, how much, and when."""

    payer_kind: str
    payer_name: str
    amount: Decimal
    paid_on: date
    note: str = ""


MAX_RESPONDENTS = 3
"""Further respondents a case may name beside the merchant who sold."""

MAX_PARTY_NAME = 120


@dataclass(frozen=True)
class ReopenInput:
    reason: str
    on: date
    grounds: tuple[str, ...] = field(default=())


def _not_before(problems: list[Problem], name: str, when: date, earliest: date | None, what: str) -> None:
    if earliest is not None and when < earliest:
        problems.append(
            Problem(
                name,
                msg("requirement.not_before", what=field_name(what), earliest=earliest.isoformat()),
                when.isoformat(),
            )
        )


def check_accept(facts: CaseFacts, data: AcceptInput) -> list[Problem]:
    """Acceptance needs the minimum content of Order 20 Art. 9 and an operator-status assessment."""
    problems: list[Problem] = []
    if not facts.has_consumer:
        problems.append(Problem("消费者", msg("requirement.consumer")))
    if not facts.has_merchant:
        problems.append(Problem("经营者", msg("requirement.merchant")))
    if not facts.has_facts:
        problems.append(Problem("投诉内容", msg("requirement.facts")))
    if not facts.has_request:
        problems.append(Problem("诉求", msg("requirement.requests")))
    if data.assessment.conclusion not in OPERATOR_CONCLUSIONS:
        problems.append(Problem("经营者身份认定", msg("requirement.identity_finding")))
    elif data.assessment.conclusion == "private":
        problems.append(Problem("经营者身份认定", msg("requirement.private_trade")))
    if data.assessment.buyers_known < 0:
        problems.append(Problem("已知购买人数", msg("value.not_negative")))
    _not_before(problems, "受理日期", data.on, facts.received_on, "登记日期")
    if data.notified_on is not None:
        _not_before(problems, "告知日期", data.notified_on, data.on, "受理日期")
    return problems


def check_reject(facts: CaseFacts, data: RejectInput, rules: RuleSet) -> list[Problem]:
    """A rejection needs at least one ground of the rule set and a written reason."""
    problems: list[Problem] = []
    if not data.grounds:
        problems.append(Problem("不予受理理由", msg("requirement.rejection_ground")))
    unknown = [g for g in data.grounds if g not in rules.non_acceptance_grounds]
    if unknown:
        problems.append(
            Problem("不予受理理由", msg("requirement.ground_not_in_rules", rules=rules.code), "、".join(unknown))
        )
    if not data.reason.strip():
        problems.append(Problem("书面理由", msg("requirement.rejection_text")))
    if "private_deal" in data.grounds and (data.assessment is None or data.assessment.conclusion != "private"):
        problems.append(Problem("经营者身份认定", msg("requirement.private_deal_needs_finding")))
    _not_before(problems, "决定日期", data.on, facts.received_on, "登记日期")
    if data.notified_on is not None:
        _not_before(problems, "告知日期", data.notified_on, data.on, "决定日期")
    return problems


def check_start(facts: CaseFacts, data: StartInput) -> list[Problem]:
    """Mediation needs an assigned mediator and both parties' consent (Order 20 Art. 16)."""
    problems: list[Problem] = []
    if facts.mediator_id is None:
        problems.append(Problem("调解员", msg("requirement.mediator")))
    if not data.consumer_consent:
        problems.append(Problem("消费者同意", msg("requirement.consumer_consent")))
    if not data.merchant_consent:
        problems.append(Problem("经营者同意", msg("requirement.merchant_consent")))
    _not_before(problems, "开始日期", data.on, facts.accepted_on, "受理日期")
    return problems


def check_suspend(facts: CaseFacts, data: SuspendInput, rules: RuleSet) -> list[Problem]:
    """Suspension needs a reason of the rule set: testing or appraisal (Order 20 Art. 20), a recusal
    request (Art. 19), or another (explained)."""
    problems: list[Problem] = []
    if data.reason not in rules.suspension_reasons:
        problems.append(Problem("中止原因", msg("requirement.suspension_reason")))
    elif data.reason == "other" and not data.note.strip():
        problems.append(Problem("说明", msg("requirement.other_reason")))
    _not_before(problems, "中止日期", data.on, facts.accepted_on, "受理日期")
    return problems


def check_resume(facts: CaseFacts, data: ResumeInput) -> list[Problem]:
    """Resuming records the date, which cannot precede the suspension."""
    problems: list[Problem] = []
    _not_before(problems, "恢复日期", data.on, facts.suspended_on, "中止日期")
    return problems


def check_agree(facts: CaseFacts, data: AgreeInput) -> list[Problem]:
    """An agreement needs a logged session, its terms, amounts and a performance due date."""
    problems: list[Problem] = []
    if facts.session_count < 1:
        problems.append(Problem("调解记录", msg("requirement.session_before_agreement")))
    if not data.terms.strip():
        problems.append(Problem("协议内容", msg("requirement.agreement_terms")))
    for name, amount in (("退款", data.refund), ("赔偿", data.compensation), ("惩罚性赔偿", data.punitive)):
        if amount < 0:
            problems.append(Problem(name, msg("money.negative"), str(amount)))
    _not_before(problems, "履行期限", data.performance_due_on, data.on, "协议日期")
    _not_before(problems, "协议日期", data.on, facts.accepted_on, "受理日期")
    return problems


def check_terminate(facts: CaseFacts, data: TerminateInput, rules: RuleSet) -> list[Problem]:
    """Termination needs exactly one ground of the rule set (Order 20 Art. 21)."""
    problems: list[Problem] = []
    if data.ground not in rules.termination_grounds:
        problems.append(Problem("终止理由", msg("requirement.termination_ground"), data.ground or None))
    elif data.ground == "other" and not data.note.strip():
        problems.append(Problem("说明", msg("requirement.other_ground")))
    _not_before(problems, "终止日期", data.on, facts.accepted_on, "受理日期")
    return problems


def check_close(facts: CaseFacts, data: CloseInput) -> list[Problem]:
    """Closing needs an outcome; after an agreement, confirmed performance; after termination, the notice."""
    problems: list[Problem] = []
    if data.outcome not in OUTCOMES:
        problems.append(Problem("办结结果", msg("requirement.outcome"), data.outcome or None))
    elif facts.state == State.AGREED:
        if data.outcome not in OUTCOMES_AFTER_AGREEMENT:
            problems.append(Problem("办结结果", msg("requirement.outcome_after_agreement")))
        elif data.outcome == "not_performed":
            if not data.advised_court_or_arbitration:
                problems.append(Problem("告知救济途径", msg("requirement.advise_court_or_arbitration")))
        elif not data.performance_confirmed:
            problems.append(Problem("履行情况", msg("requirement.performance_checked")))
        _not_before(problems, "办结日期", data.on, facts.agreed_on, "协议日期")
    elif facts.state == State.TERMINATED:
        if data.outcome not in OUTCOMES_AFTER_TERMINATION:
            problems.append(Problem("办结结果", msg("requirement.outcome_after_termination")))
        if data.notice_on is None:
            problems.append(Problem("告知日期", msg("requirement.termination_notice")))
        else:
            _not_before(problems, "告知日期", data.notice_on, facts.terminated_on, "终止日期")
    for name, amount in (("实际到账金额", data.received_amount), ("其中惩罚性赔偿", data.received_punitive)):
        if amount < 0:
            problems.append(Problem(name, msg("money.negative"), str(amount)))
    if data.received_punitive > data.received_amount:
        problems.append(
            Problem("其中惩罚性赔偿", msg("requirement.punitive_over_recovered"), str(data.received_punitive))
        )
    if data.received_amount > 0 and data.paid_by not in PAYERS:
        problems.append(Problem("付款方", msg("requirement.payer")))
    return problems


def check_reopen(facts: CaseFacts, data: ReopenInput) -> list[Problem]:
    """Reopening needs a reason, and a case that was accepted (one withdrawn or transferred before
    acceptance is registered anew)."""
    problems = []
    if not data.reason.strip():
        problems.append(Problem("理由", msg("requirement.reopen_reason")))
    if facts.accepted_on is None:
        problems.append(Problem("受理日期", msg("requirement.reopen_never_accepted")))
    return problems


def check_withdraw(facts: CaseFacts, data: WithdrawInput) -> list[Problem]:
    """A withdrawal is dated on or after receipt."""
    problems: list[Problem] = []
    _not_before(problems, "撤回日期", data.on, facts.received_on, "登记日期")
    return problems


def check_transfer(facts: CaseFacts, data: TransferInput) -> list[Problem]:
    """A transfer names who receives the complaint and whether it is an agency or another body."""
    problems: list[Problem] = []
    if not data.to_whom.strip():
        problems.append(Problem("接收单位", msg("requirement.transfer_to")))
    if data.outcome not in OUTCOMES_OF_TRANSFER:
        problems.append(Problem("办结结果", msg("requirement.transfer_outcome"), data.outcome or None))
    _not_before(problems, "移送日期", data.on, facts.received_on, "登记日期")
    return problems


def check_extend(facts: CaseFacts, data: ExtendInput, rules: RuleSet, already: int) -> list[Problem]:
    """An extension needs both parties' consent and stays within what the rule set allows."""
    problems: list[Problem] = []
    if facts.state not in EXTENSION_STATES:
        problems.append(Problem("状态", msg("requirement.extend_state")))
    if rules.extension_days <= 0:
        problems.append(Problem("延长天数", msg("requirement.extend_not_allowed", rules=rules.code)))
    elif not 1 <= data.days <= rules.extension_days - already:
        left = rules.extension_days - already
        problems.append(
            Problem(
                "延长天数",
                msg("requirement.extend_days", left=left, rules=rules.code, most=rules.extension_days),
                str(data.days),
            )
        )
    if not data.consumer_consent:
        problems.append(Problem("消费者同意", msg("requirement.extend_consumer_consent")))
    if not data.merchant_consent:
        problems.append(Problem("经营者同意", msg("requirement.extend_merchant_consent")))
    _not_before(problems, "日期", data.on, facts.accepted_on, "受理日期")
    return problems


def check_follow_up(facts: CaseFacts, data: FollowUpInput) -> list[Problem]:
    """A follow-up visit is on an agreed or closed case, by a known method, with its result."""
    problems: list[Problem] = []
    if facts.state not in FOLLOW_UP_STATES:
        problems.append(Problem("状态", msg("requirement.follow_up_state")))
    if data.method not in FOLLOW_UP_METHODS:
        problems.append(Problem("回访方式", msg("requirement.follow_up_method"), data.method or None))
    if not data.result.strip():
        problems.append(Problem("回访结果", msg("requirement.follow_up_result")))
    _not_before(problems, "回访日期", data.on, facts.agreed_on or facts.accepted_on, "协议日期")
    return problems


def check_respondent(facts: CaseFacts, data: RespondentInput, named: int) -> list[Problem]:
    """A further respondent has a role, a name, and the case is not rejected; ``named`` is how many the
    case has already. Identifiers are checked where they are normalised (the service)."""
    problems: list[Problem] = []
    if facts.state == State.REJECTED:
        problems.append(Problem("状态", msg("requirement.respondent_state")))
    if data.role not in RESPONDENT_ROLES:
        problems.append(Problem("被投诉人身份", msg("value.choose"), data.role or None))
    name = data.name.strip()
    if not name:
        problems.append(Problem("被投诉人名称", msg("value.required")))
    elif len(name) > MAX_PARTY_NAME:
        problems.append(Problem("被投诉人名称", msg("value.max_chars", limit=MAX_PARTY_NAME), name))
    if named >= MAX_RESPONDENTS:
        problems.append(Problem("被投诉人", msg("requirement.respondents_max", limit=MAX_RESPONDENTS)))
    return problems


def check_advance_payment(facts: CaseFacts, data: AdvancePaymentInput, today: date) -> list[Problem]:
    """An advance payment (先行赔付) names its payer, is more than nothing, and was paid between the
    complaint's receipt and today, on a case that was not rejected."""
    problems: list[Problem] = []
    if facts.state == State.REJECTED:
        problems.append(Problem("状态", msg("requirement.advance_state")))
    if data.payer_kind not in ADVANCE_PAYERS:
        problems.append(Problem("先行赔付方类型", msg("value.choose"), data.payer_kind or None))
    name = data.payer_name.strip()
    if not name:
        problems.append(Problem("先行赔付方", msg("value.required")))
    elif len(name) > MAX_PARTY_NAME:
        problems.append(Problem("先行赔付方", msg("value.max_chars", limit=MAX_PARTY_NAME), name))
    if data.amount <= 0:
        problems.append(Problem("先行赔付金额", msg("requirement.advance_amount"), str(data.amount)))
    if data.paid_on > today:
        problems.append(Problem("赔付日期", msg("date.not_after_today"), data.paid_on.isoformat()))
    _not_before(problems, "赔付日期", data.paid_on, facts.received_on, "登记日期")
    return problems


# ---- plausibility: one check of every date and amount an input carries -------------------------------

_LABELS = {
    "performance_due_on": "履行期限",
    "notice_on": "告知日期",
    "paid_on": "赔付日期",
    "refund": "退款",
    "compensation": "赔偿",
    "punitive": "惩罚性赔偿",
    "received_amount": "实际到账金额",
    "received_punitive": "其中惩罚性赔偿",
}


def check_plausible(data: object, today: date) -> list[Problem]:
    """Every date (and moment) of an input from 1990-01-01 to a year after ``today``, every amount a
    storable sum of money (:func:`app.domain.money.amount_problem`); inputs nested in it (a session's
    offers) too. Every service that takes a workflow, session or payment input calls this."""
    problems: list[Problem] = []
    if not is_dataclass(data) or isinstance(data, type):
        return problems
    for f in fields(data):
        value = getattr(data, f.name)
        label = _LABELS.get(f.name, "金额" if "amount" in f.name else "日期")
        if isinstance(value, datetime):
            day = value.astimezone(LOCAL_TZ).date() if value.tzinfo else value.date()
            if (reason := date_out_of_range(day, today)) is not None:
                problems.append(Problem(label, reason, value.isoformat()))
        elif isinstance(value, date):
            if (reason := date_out_of_range(value, today)) is not None:
                problems.append(Problem(label, reason, value.isoformat()))
        elif isinstance(value, Decimal):
            if (reason := amount_problem(value)) is not None:
                problems.append(Problem(label, reason, str(value)))
        elif isinstance(value, tuple):
            for item in value:
                problems += check_plausible(item, today)
    return problems
