"""The paths the law has besides accept-mediate-close: withdrawal and transfer before mediation, an agreement
not performed, an extension with both parties' consent, follow-up visits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import requirements as req
from app.domain.errors import InvalidInput
from app.services.admin.rule_sets import RuleSetInput, add_rule_set
from app.services.cases import workflow
from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.cases.visits import record_follow_up
from app.services.context import Actor
from app.services.report.figures import month_figures
from app.store.reference import Setting
from tests.support.builders import OPERATOR, to_agreed, to_mediating, wechat_draft

DAY = date(2026, 5, 4)


def test_withdrawal_before_acceptance_closes_as_withdrawn_not_rejected(db, supervisor):
    """Order 20 Art. 21(一) ends mediation on withdrawal; before mediation the case is closed as 撤回投诉."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.withdraw_case(db, supervisor, no, req.WithdrawInput(DAY + timedelta(days=1), "消费者与商家已协商"))
    d = case_detail(db, Actor.cli(), no, today=DAY + timedelta(days=1))
    assert (d.state, d.outcome, d.closed_on) == ("closed", "withdrawn", DAY + timedelta(days=1))
    assert d.deadlines == []
    with pytest.raises(InvalidInput, match="不能重新调解"):
        workflow.reopen_case(db, supervisor, no, req.ReopenInput("再议", DAY + timedelta(days=2)))


def test_transfer_from_accepted_names_the_receiving_body(db, supervisor):
    """A complaint outside the association's remit goes to the competent agency (CRPL Art. 39 routes)."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, DAY), today=DAY)
    with pytest.raises(InvalidInput, match="接收单位"):
        workflow.transfer_case(db, supervisor, no, req.TransferInput(DAY, " ", "referred_to_authority"))
    workflow.transfer_case(db, supervisor, no, req.TransferInput(DAY, "临江区市场监督管理局", "referred_to_authority"))
    doc = case_document(db, no, today=DAY)
    assert (doc["state"], doc["outcome"]) == ("closed", "referred_to_authority")
    assert "临江区市场监督管理局" in doc["history"][-1]["note"]


def test_withdrawn_and_transferred_cases_are_not_counted_as_rejected(db, supervisor):
    """不予受理 counts decisions not to accept; a withdrawal or transfer is 办结, not 不予受理."""
    a = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    b = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.withdraw_case(db, supervisor, a, req.WithdrawInput(DAY))
    workflow.transfer_case(db, supervisor, b, req.TransferInput(DAY, "某仲裁委员会", "transferred"))
    figures = month_figures(db, date(2026, 5, 1))
    assert (figures.rejected, figures.closed, figures.received, figures.accepted) == (0, 2, 2, 0)


def test_agreement_not_performed_is_closed_as_not_performed_without_termination(db, supervisor):
    """Mediation ended with the agreement; not performed: 未履行, advised to go to court or arbitration
    (CRPL Art. 39), no termination decision and no notice clock."""
    no = to_agreed(db, supervisor, DAY)
    on = DAY + timedelta(days=20)
    with pytest.raises(InvalidInput, match="告知救济途径"):
        workflow.close_case(db, supervisor, no, req.CloseInput("not_performed", on))
    workflow.close_case(db, supervisor, no, req.CloseInput("not_performed", on, advised_court_or_arbitration=True))
    doc = case_document(db, no, today=on)
    assert (doc["state"], doc["outcome"]) == ("closed", "not_performed")
    assert doc["deadlines"] == []
    assert all(h["action"] != "terminate" for h in doc["history"])
    assert "仲裁" in doc["history"][-1]["note"]


def _shanghai(db, admin):
    add_rule_set(
        db,
        admin,
        RuleSetInput(
            code="SH-2026",
            name="上海市消费者权益保护条例",
            effective_from="2026-01-01",
            acceptance_days=7,
            mediation_days=60,
            mediation_kind="calendar",
            notice_days=7,
            extension_days=30,
            region="上海市",
            non_acceptance_grounds=["out_of_scope", "other"],
            termination_grounds=["limit_expired", "other"],
        ),
    )
    with db.transaction() as session:
        session.add(Setting(key="office.region", value="上海市"))


def test_extension_with_both_parties_consent_adds_its_days_local_rule_shanghai(db, admin, supervisor):
    """Shanghai: 60 days, +30 with both parties' consent; without consent or beyond 30 days it is refused."""
    _shanghai(db, admin)
    no = to_mediating(db, supervisor, DAY)
    before = date.fromisoformat(case_document(db, no, today=DAY)["deadlines"][0]["due"])
    with pytest.raises(InvalidInput, match="经营者同意"):
        workflow.extend_mediation(db, supervisor, no, req.ExtendInput(10, True, False, DAY + timedelta(days=5)))
    with pytest.raises(InvalidInput, match="延长天数"):
        workflow.extend_mediation(db, supervisor, no, req.ExtendInput(31, True, True, DAY + timedelta(days=5)))
    workflow.extend_mediation(db, supervisor, no, req.ExtendInput(30, True, True, DAY + timedelta(days=5)))
    doc = case_document(db, no, today=DAY + timedelta(days=5))
    after = date.fromisoformat(doc["deadlines"][0]["due"])
    assert after >= before + timedelta(days=28)
    assert doc["history"][-1]["action"] == "extend" and "30" in doc["history"][-1]["note"]
    with pytest.raises(InvalidInput, match="延长天数"):
        workflow.extend_mediation(db, supervisor, no, req.ExtendInput(1, True, True, DAY + timedelta(days=6)))


def test_order_121_rule_set_allows_no_extension(db, supervisor):
    """No extension of the 60 days is confirmed for Order 121: the rule set allows 0 days."""
    no = to_mediating(db, supervisor, DAY)
    with pytest.raises(InvalidInput, match="不允许延长"):
        workflow.extend_mediation(db, supervisor, no, req.ExtendInput(5, True, True, DAY + timedelta(days=5)))


def test_follow_up_visits_on_agreed_and_closed_cases_order_121(db, supervisor):
    """Order 121 adds follow-up visits (回访): date, method, result, on agreed and closed cases only."""
    no = to_agreed(db, supervisor, DAY)
    record_follow_up(db, supervisor, no, req.FollowUpInput(DAY + timedelta(days=12), "phone", "消费者确认已收到退款"))
    workflow.close_case(
        db, supervisor, no, req.CloseInput("performed", DAY + timedelta(days=12), performance_confirmed=True)
    )
    record_follow_up(db, supervisor, no, req.FollowUpInput(DAY + timedelta(days=40), "wechat", "满意"))
    visits = case_detail(db, Actor.cli(), no, today=DAY + timedelta(days=40)).follow_ups
    assert [(v.on, v.method, v.result) for v in visits] == [
        (DAY + timedelta(days=12), "phone", "消费者确认已收到退款"),
        (DAY + timedelta(days=40), "wechat", "满意"),
    ]
    open_case = to_mediating(db, supervisor, DAY)
    with pytest.raises(InvalidInput, match="回访用于"):
        record_follow_up(db, supervisor, open_case, req.FollowUpInput(DAY, "phone", "x"))
    with pytest.raises(InvalidInput, match="回访结果"):
        record_follow_up(db, supervisor, no, req.FollowUpInput(DAY + timedelta(days=41), "phone", " "))
