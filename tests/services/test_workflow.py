"""Every allowed transition works, and every other one is refused with a reason a clerk understands."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain import requirements as req
from app.domain.errors import ActionRefused, InvalidInput
from app.domain.workflow import TRANSITIONS, Action, State
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.sessions import log_session
from app.services.cases.view import case_document
from tests.support.builders import OPERATOR, session_input, to_agreed, to_mediating, wechat_draft

D0 = date(2026, 3, 2)
LATER = D0 + timedelta(days=20)


def inputs(action: Action):
    """A complete, valid input for each action."""
    return {
        Action.ACCEPT: req.AcceptInput(OPERATOR, LATER),
        Action.REJECT: req.RejectInput(
            ("private_deal",), "个人之间闲置物品转让", LATER, assessment=req.OperatorAssessment(conclusion="private")
        ),
        Action.START: req.StartInput(True, True, LATER),
        Action.SUSPEND: req.SuspendInput("testing", LATER),
        Action.RESUME: req.ResumeInput(LATER + timedelta(days=1)),
        Action.AGREE: req.AgreeInput("退款", LATER, LATER + timedelta(days=5), refund=Decimal("399.00")),
        Action.TERMINATE: req.TerminateInput("absent_or_refused", LATER),
        Action.CLOSE: req.CloseInput(
            "performed",
            LATER + timedelta(days=2),
            received_amount=Decimal("399.00"),
            paid_by="merchant",
            performance_confirmed=True,
        ),
        Action.REOPEN: req.ReopenInput("经营者未按协议履行", LATER + timedelta(days=3)),
        Action.WITHDRAW: req.WithdrawInput(LATER, "消费者撤回"),
        Action.TRANSFER: req.TransferInput(LATER, "临江区市场监督管理局", "referred_to_authority"),
    }[action]


ACTION_FN = {
    Action.ACCEPT: workflow.accept_case,
    Action.REJECT: workflow.reject_case,
    Action.START: workflow.start_mediation,
    Action.SUSPEND: workflow.suspend_case,
    Action.RESUME: workflow.resume_case,
    Action.AGREE: workflow.record_agreement,
    Action.TERMINATE: workflow.terminate_mediation,
    Action.CLOSE: workflow.close_case,
    Action.REOPEN: workflow.reopen_case,
    Action.WITHDRAW: workflow.withdraw_case,
    Action.TRANSFER: workflow.transfer_case,
}


def case_in(db, actor, state: State) -> str:
    """A case brought to ``state`` through the services."""
    if state == State.REGISTERED:
        return register_case(db, actor, wechat_draft(D0), today=D0)
    if state == State.REJECTED:
        no = register_case(db, actor, wechat_draft(D0), today=D0)
        workflow.reject_case(db, actor, no, inputs(Action.REJECT), today=D0)
        return no
    if state == State.ACCEPTED:
        no = register_case(db, actor, wechat_draft(D0), today=D0)
        workflow.accept_case(db, actor, no, req.AcceptInput(OPERATOR, D0), today=D0)
        workflow.assign_mediator(db, actor, no, "boss")
        return no
    if state == State.MEDIATING:
        no = to_mediating(db, actor, D0)
        log_session(db, actor, no, session_input(D0 + timedelta(days=3)))
        return no
    if state == State.SUSPENDED:
        no = to_mediating(db, actor, D0)
        workflow.suspend_case(db, actor, no, req.SuspendInput("testing", D0 + timedelta(days=3)))
        return no
    if state == State.AGREED:
        return to_agreed(db, actor, D0)
    if state == State.TERMINATED:
        no = to_mediating(db, actor, D0)
        workflow.terminate_mediation(db, actor, no, req.TerminateInput("absent_or_refused", D0 + timedelta(days=4)))
        return no
    no = to_agreed(db, actor, D0)
    workflow.close_case(db, actor, no, inputs(Action.CLOSE))
    return no


def close_input_for(source: State) -> req.CloseInput:
    if source == State.TERMINATED:
        return req.CloseInput("no_agreement", LATER + timedelta(days=2), notice_on=LATER + timedelta(days=1))
    return inputs(Action.CLOSE)


ALLOWED = [(source, action, target) for action, (sources, target) in TRANSITIONS.items() for source in sorted(sources)]
REFUSED = [(s, a) for a, (sources, _) in TRANSITIONS.items() for s in State if s not in sources]


@pytest.mark.parametrize(("source", "action", "target"), ALLOWED, ids=lambda v: str(v))
def test_allowed_transition_moves_the_case_and_writes_one_history_row(db, supervisor, source, action, target):
    no = case_in(db, supervisor, source)
    before = len(case_document(db, no)["history"])
    data = close_input_for(source) if action == Action.CLOSE else inputs(action)
    ACTION_FN[action](db, supervisor, no, data)
    doc = case_document(db, no)
    assert doc["state"] == target
    assert len(doc["history"]) == before + 1
    assert doc["history"][-1]["from"] == source and doc["history"][-1]["to"] == target
    assert doc["history"][-1]["actor"] == supervisor.login


@pytest.mark.parametrize(("source", "action"), REFUSED, ids=lambda v: str(v))
def test_action_the_state_does_not_allow_is_refused_with_the_reason(sqlite_db, source, action):
    from app.services.admin.users import add_user
    from app.services.context import Actor

    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    actor = Actor.cli()
    no = case_in(sqlite_db, actor, source)
    with pytest.raises(ActionRefused) as refused:
        ACTION_FN[action](sqlite_db, actor, no, inputs(action))
    message = str(refused.value)
    assert "当前状态" in message and "可执行的操作" in message
    assert case_document(sqlite_db, no)["state"] == source


def test_refused_requirements_change_nothing(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    with pytest.raises(InvalidInput) as err:
        workflow.reject_case(db, supervisor, no, req.RejectInput((), "  ", D0))
    fields = {p.field for p in err.value.problems}
    assert fields == {"不予受理理由", "书面理由"}
    doc = case_document(db, no)
    assert doc["state"] == "registered" and len(doc["history"]) == 1


def test_agreement_needs_a_logged_session(db, supervisor):
    no = to_mediating(db, supervisor, D0)
    with pytest.raises(InvalidInput) as err:
        workflow.record_agreement(db, supervisor, no, inputs(Action.AGREE))
    assert [p.field for p in err.value.problems] == ["调解记录"]


def test_start_needs_both_parties_consent_and_a_mediator(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, D0))
    with pytest.raises(InvalidInput) as err:
        workflow.start_mediation(db, supervisor, no, req.StartInput(True, False, D0))
    assert {p.field for p in err.value.problems} == {"调解员", "经营者同意"}


def test_transition_on_a_case_moved_by_someone_else_names_who_and_what(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, D0))
    with pytest.raises(ActionRefused) as err:
        workflow.reject_case(db, supervisor, no, inputs(Action.REJECT), expected_state="registered")
    assert supervisor.login in str(err.value) and "已受理" in str(err.value)


def test_closed_case_keeps_outcome_and_money(db, supervisor):
    no = case_in(db, supervisor, State.CLOSED)
    doc = case_document(db, no)
    assert doc["outcome"] == "performed"
    assert doc["amounts"]["recovered"] == "399.00"
    assert doc["deadlines"] == []
