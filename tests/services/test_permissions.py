"""One test per permission rule of issue 7, against the services (the GUI only mirrors them)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import requirements as req
from app.domain.errors import PermissionDenied
from app.services.admin import calendar as calendar_admin
from app.services.admin.auth import set_idle_lock_minutes, set_password
from app.services.admin.rule_sets import RuleSetInput, add_rule_set
from app.services.admin.users import actor_for, add_user, deactivate_user, list_users, set_roles
from app.services.cases import workflow
from app.services.cases.intake import edit_case, register_case
from app.services.cases.sessions import log_session
from app.services.context import Actor
from tests.support.builders import OPERATOR, session_input, to_mediating, wechat_draft

D0 = date(2026, 3, 2)


@pytest.fixture
def admin_user(db) -> Actor:
    add_user(db, Actor.cli(), "root", "钱管理", ["admin"])
    return actor_for(db, "root")


def _accepted(db, supervisor: Actor, mediator_login: str) -> str:
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, D0), today=D0)
    workflow.assign_mediator(db, supervisor, no, mediator_login)
    return no


def _closed(db, supervisor: Actor) -> str:
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    workflow.reject_case(
        db,
        supervisor,
        no,
        req.RejectInput(("private_deal",), "个人闲置转让", D0, assessment=req.OperatorAssessment(conclusion="private")),
        today=D0,
    )
    return no


def test_a_clerk_registers_but_cannot_accept_or_reject(db, clerk):
    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    with pytest.raises(PermissionDenied, match="决定是否受理"):
        workflow.accept_case(db, clerk, no, req.AcceptInput(OPERATOR, D0), today=D0)
    with pytest.raises(PermissionDenied):
        workflow.reject_case(
            db,
            clerk,
            no,
            req.RejectInput(("private_deal",), "理由", D0, assessment=req.OperatorAssessment(conclusion="private")),
            today=D0,
        )


def test_a_clerk_cannot_assign_a_mediator(db, clerk, supervisor, mediator):
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, D0), today=D0)
    with pytest.raises(PermissionDenied, match="指派调解员"):
        workflow.assign_mediator(db, clerk, no, "med1")


def test_a_mediator_cannot_act_on_a_case_assigned_to_someone_else(db, supervisor, mediator):
    no = _accepted(db, supervisor, "boss")
    with pytest.raises(PermissionDenied, match="未指派给"):
        workflow.start_mediation(db, mediator, no, req.StartInput(True, True, D0), today=D0)
    with pytest.raises(PermissionDenied, match="未指派给"):
        edit_case(db, mediator, no, wechat_draft(D0, facts="调解员想改的事实"), today=D0)
    workflow.start_mediation(db, supervisor, no, req.StartInput(True, True, D0), today=D0)
    with pytest.raises(PermissionDenied, match="未指派给"):
        log_session(db, mediator, no, session_input(D0))


def test_a_mediator_works_on_the_case_assigned_to_them(db, supervisor, mediator):
    no = _accepted(db, supervisor, "med1")
    workflow.start_mediation(db, mediator, no, req.StartInput(True, True, D0), today=D0)
    log_session(db, mediator, no, session_input(D0))
    edit_case(db, mediator, no, wechat_draft(D0, facts="补充：经营者已拉黑消费者"), today=D0)


def test_only_a_supervisor_edits_a_closed_or_rejected_case(db, clerk, mediator, supervisor):
    no = _closed(db, supervisor)
    for someone in (clerk, mediator):
        with pytest.raises(PermissionDenied, match="修改已办结"):
            edit_case(db, someone, no, wechat_draft(D0, facts="结案后修改"), today=D0)
    edit_case(db, supervisor, no, wechat_draft(D0, facts="主管更正结案后的事实"), today=D0)


def test_only_a_supervisor_reopens(db, supervisor, mediator):
    no = to_mediating(db, supervisor, D0, "med1")
    later = D0 + timedelta(days=5)
    workflow.terminate_mediation(db, mediator, no, req.TerminateInput("absent_or_refused", later), today=later)
    workflow.close_case(db, mediator, no, req.CloseInput("no_agreement", later, notice_on=later), today=later)
    with pytest.raises(PermissionDenied, match="重新调解"):
        workflow.reopen_case(db, mediator, no, req.ReopenInput("经营者愿意再谈", later), today=later)
    workflow.reopen_case(db, supervisor, no, req.ReopenInput("经营者愿意再谈", later), today=later)


def test_only_a_supervisor_exports_unmasked(db, tmp_path, supervisor, admin_user, clerk):
    from app.services.report.workbook import export_monthly_report

    for someone in (admin_user, clerk):
        with pytest.raises(PermissionDenied):
            export_monthly_report(db, someone, D0, tmp_path / "x.xlsx", unmasked=True)
    assert not (tmp_path / "x.xlsx").exists()
    export_monthly_report(db, supervisor, D0, tmp_path / "full.xlsx", unmasked=True)
    assert (tmp_path / "full.xlsx").exists()


def test_only_a_supervisor_manages_the_blacklist(db, supervisor, clerk, mediator, admin_user):
    from app.services.cases.view import case_document
    from app.services.merchants.admin import set_blacklisted

    no = register_case(db, clerk, wechat_draft(D0), today=D0)
    merchant_id = case_document(db, no, today=D0)["merchant"]["id"]
    for someone in (clerk, mediator, admin_user):
        with pytest.raises(PermissionDenied, match="黑名单"):
            set_blacklisted(db, someone, merchant_id, True, "多次收款不发货")
    set_blacklisted(db, supervisor, merchant_id, True, "多次收款不发货")
    assert case_document(db, no, today=D0)["merchant"]["blacklisted"] is True


def test_only_an_administrator_manages_users(db, supervisor, clerk, admin_user):
    for someone in (supervisor, clerk):
        with pytest.raises(PermissionDenied, match="管理用户"):
            add_user(db, someone, "x1", "某人", ["clerk"])
        with pytest.raises(PermissionDenied):
            set_roles(db, someone, "clerk1", ["supervisor"])
        with pytest.raises(PermissionDenied):
            deactivate_user(db, someone, "clerk1")
        with pytest.raises(PermissionDenied):
            set_password(db, someone, "clerk1", "Another-pass-1")
        with pytest.raises(PermissionDenied):
            list_users(db, someone)
        with pytest.raises(PermissionDenied):
            set_idle_lock_minutes(db, someone, 5)
    set_roles(db, admin_user, "clerk1", ["clerk", "mediator"])
    assert actor_for(db, "clerk1").roles == frozenset({"clerk", "mediator"})


def test_only_an_administrator_adds_a_rule_set(db, supervisor, admin_user):
    data = RuleSetInput(
        code="SH-2027",
        name="上海市地方规则",
        effective_from="2027-01-01",
        acceptance_days=7,
        mediation_days=60,
        notice_days=7,
        extension_days=30,
        mediation_kind="calendar",
        non_acceptance_grounds=["out_of_scope", "other"],
        termination_grounds=["other"],
    )
    with pytest.raises(PermissionDenied, match="管理规则"):
        add_rule_set(db, supervisor, data)
    assert add_rule_set(db, admin_user, data).mediation_days == 60


def test_only_an_administrator_keeps_the_holiday_calendar(db, supervisor, admin_user, tmp_path):
    day = date(2027, 10, 1)
    csv_file = tmp_path / "2027.csv"
    csv_file.write_text("日期,类型,名称\n2027-10-01,放假,国庆节\n", encoding="utf-8")
    with pytest.raises(PermissionDenied, match="管理节假日"):
        calendar_admin.set_holiday(db, supervisor, day, False, "国庆节")
    with pytest.raises(PermissionDenied):
        calendar_admin.load_holiday_year(db, supervisor, 2027, csv_file)
    calendar_admin.set_holiday(db, admin_user, day, False, "国庆节")
    with pytest.raises(PermissionDenied):
        calendar_admin.remove_holiday(db, supervisor, day)
    calendar_admin.remove_holiday(db, admin_user, day)


def test_an_administrator_does_not_work_on_cases(db, admin_user, supervisor):
    with pytest.raises(PermissionDenied, match="登记投诉"):
        register_case(db, admin_user, wechat_draft(D0), today=D0)
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    with pytest.raises(PermissionDenied):
        workflow.accept_case(db, admin_user, no, req.AcceptInput(OPERATOR, D0), today=D0)
    with pytest.raises(PermissionDenied):
        edit_case(db, admin_user, no, wechat_draft(D0), today=D0)
