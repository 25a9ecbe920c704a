"""Each transition dialog refuses to finish without what its transition requires: the problem is shown
beside the field that lacks it, the dialog stays open, and the case does not move."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import requirements as req
from app.services.admin.users import actor_for, add_user
from app.services.cases import workflow
from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from app.views.dialogs.actions import dialog_for
from app.views.dialogs.evidence_dialog import EvidenceDialog
from app.views.dialogs.session_dialog import SessionDialog
from tests.support.builders import OPERATOR, to_agreed, to_mediating, wechat_draft
from tests.views.intake_support import choose, click, context, no_blocking_questions

__all__ = ["no_blocking_questions"]

D0 = date(2026, 3, 2)


@pytest.fixture
def boss(sqlite_db) -> Actor:
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    return actor_for(sqlite_db, "boss")


def case_in(db, actor, state: str) -> str:
    if state == "registered":
        return register_case(db, actor, wechat_draft(D0), today=D0)
    if state == "accepted":
        no = register_case(db, actor, wechat_draft(D0), today=D0)
        workflow.accept_case(db, actor, no, req.AcceptInput(OPERATOR, D0))
        return no
    if state == "agreed":
        return to_agreed(db, actor, D0)
    no = to_mediating(db, actor, D0)
    if state == "suspended":
        workflow.suspend_case(db, actor, no, req.SuspendInput("testing", date.today() + timedelta(days=3)))
    if state == "terminated":
        workflow.terminate_mediation(db, actor, no, req.TerminateInput("absent_or_refused", D0 + timedelta(days=4)))
    return no


REFUSALS = [
    ("registered", "accept", {"经营者身份认定"}),
    ("registered", "reject", {"不予受理理由", "书面理由"}),
    ("accepted", "start", {"调解员", "消费者同意", "经营者同意"}),
    ("mediating", "suspend", {"中止原因"}),
    ("suspended", "resume", {"恢复日期"}),
    ("mediating", "agree", {"调解记录", "协议内容"}),
    ("mediating", "terminate", {"终止理由"}),
    ("agreed", "close", {"办结结果", "付款方"}),
    ("terminated", "close", {"办结结果"}),
]


@pytest.mark.parametrize(
    ("state", "action", "fields"),
    REFUSALS,
    ids=lambda v: ",".join(sorted(v)) if isinstance(v, set | frozenset) else str(v),
)
def test_dialog_refuses_without_what_the_transition_requires(qtbot, sqlite_db, boss, state, action, fields):
    no = case_in(sqlite_db, boss, state)
    dialog = dialog_for(action, context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.save_button)
    shown = {field for field, box in dialog.board.boxes.items() if box.problem()}
    assert shown == fields, dialog.summary.text()
    assert dialog.isVisible() and "未保存" in dialog.summary.text()
    assert case_document(sqlite_db, no)["state"] == state


def test_closing_an_agreement_needs_performance_confirmed(qtbot, sqlite_db, boss):
    no = case_in(sqlite_db, boss, "agreed")
    dialog = dialog_for("close", context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    choose(dialog.outcome, "performed")
    choose(dialog.paid_by, "merchant")
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["履行情况"].problem() == "请先回访确认协议已履行"
    dialog.confirmed.setChecked(True)
    click(qtbot, dialog.save_button)
    assert case_document(sqlite_db, no)["amounts"]["recovered"] == "399.00"


def test_reopen_needs_a_reason(qtbot, sqlite_db, boss):
    no = to_agreed(sqlite_db, boss, D0)
    workflow.close_case(
        sqlite_db, boss, no, req.CloseInput("performed", D0 + timedelta(days=5), performance_confirmed=True)
    )
    dialog = dialog_for("reopen", context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["理由"].problem() == "请填写重新调解的理由"
    assert case_document(sqlite_db, no)["state"] == "closed"


def test_session_dialog_needs_mode_participants_and_summary(qtbot, sqlite_db, boss):
    no = case_in(sqlite_db, boss, "mediating")
    dialog = SessionDialog(context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    dialog.offers.add_offer().amount.setText("-5")
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["第1项方案"].problem() == "金额不能为负数"
    dialog.offers.rows[0].amount.setText("5")
    click(qtbot, dialog.save_button)
    shown = {field for field, box in dialog.board.boxes.items() if box.problem()}
    assert shown == {"调解方式", "参加人员", "调解经过", "第1项方案"}
    assert case_detail(sqlite_db, Actor.cli(), no).sessions == []


def test_evidence_dialog_needs_a_file_and_a_kind(qtbot, sqlite_db, boss):
    no = case_in(sqlite_db, boss, "registered")
    dialog = EvidenceDialog(context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["文件"].problem() == "请选择文件"
    assert case_detail(sqlite_db, Actor.cli(), no).evidence == []


def test_a_refused_action_shows_the_services_reason(qtbot, sqlite_db):
    """The button is disabled for a clerk (test_roles); should the dialog open anyway, the service refuses."""
    add_user(sqlite_db, Actor.cli(), "clerk1", "王登记", ["clerk"])
    clerk = actor_for(sqlite_db, "clerk1")
    no = register_case(sqlite_db, clerk, wechat_draft(D0), today=D0)
    page = CasePage(context(sqlite_db, clerk), no)
    qtbot.addWidget(page)
    assert not page.action_buttons["accept"].isEnabled()
    dialog = page.open_action("accept")
    dialog.conclusion.setCurrentIndex(dialog.conclusion.findData("operator"))
    click(qtbot, dialog.save_button)
    assert "没有“决定是否受理”的权限" in dialog.summary.text()
    assert case_document(sqlite_db, no)["state"] == "registered"


def test_only_the_actions_the_state_allows_are_offered(qtbot, sqlite_db, boss):
    page = CasePage(context(sqlite_db, boss), case_in(sqlite_db, boss, "suspended"))
    qtbot.addWidget(page)
    offered = {k for k in page.action_buttons if k not in ("assign_mediator", "documents", "edit", "refresh")}
    assert offered == {"resume", "terminate"}


def test_the_case_page_masks_the_id_number_for_a_mediator_and_everything_for_the_administrator(qtbot, sqlite_db, boss):
    from dataclasses import replace

    from PySide6.QtWidgets import QLabel

    from tests.support.builders import wechat_draft

    draft = replace(wechat_draft(date(2026, 3, 2)), consumer_id_number="11010519491231002X")
    no = register_case(sqlite_db, boss, draft, today=date(2026, 3, 2))

    def shown(actor: Actor) -> str:
        page = CasePage(context(sqlite_db, actor), no)
        qtbot.addWidget(page)
        return " ".join(label.text() for label in page.findChildren(QLabel))

    assert "11010519491231002X" in shown(boss) and "13812348000" in shown(boss)
    mediator_view = shown(Actor("m", "调解员", frozenset({"mediator"}), 99))
    assert "110105********002X" in mediator_view and "13812348000" in mediator_view
    admin_view = shown(Actor("a", "管理员", frozenset({"admin"}), 98))
    assert "138****8000" in admin_view and "13812348000" not in admin_view and "张*" in admin_view
