"""The case page names a further respondent (CRPL Art. 44 platform, Art. 40 supplier) and records advance
compensation (先行赔付); the dialogs save through the services and the page shows what was recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from app.services.admin.users import actor_for, add_user
from app.services.cases.detail import case_detail
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from tests.support.builders import to_agreed
from tests.views.intake_support import choose, click, context, no_blocking_questions

__all__ = ["no_blocking_questions"]

D0 = date(2026, 3, 2)


@pytest.fixture
def boss(sqlite_db) -> Actor:
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    return actor_for(sqlite_db, "boss")


def _titles(page: CasePage) -> list[str]:
    return [g.title() for g in page.findChildren(QGroupBox)]


def _texts(page: CasePage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def test_the_platform_is_named_and_its_advance_payment_recorded_from_the_case_page(qtbot, sqlite_db, boss):
    """CRPL Art. 44 / E-Commerce Law Art. 38: the platform as second respondent; its 先行赔付 on the page."""
    no = to_agreed(sqlite_db, boss, D0)
    page = CasePage(context(sqlite_db, boss), no)
    qtbot.addWidget(page)
    assert "其他被投诉人与先行赔付" in _titles(page)
    assert "其他被投诉人：无" in _texts(page) and "先行赔付：无" in _texts(page)
    assert page.section_buttons["add_respondent"].isEnabled() and page.section_buttons["advance_payment"].isEnabled()
    dialog = page.open_respondent_dialog()
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["被投诉人名称"].problem() == "不能为空"
    choose(dialog.role, "platform")
    dialog.name.setText("拼好物电商平台")
    click(qtbot, dialog.save_button)
    detail = case_detail(sqlite_db, boss, no)
    assert [(r.role, r.name, r.kind) for r in detail.respondents] == [("platform", "拼好物电商平台", "platform")]
    assert "电子商务平台经营者：拼好物电商平台（平台）" in _texts(page)

    dialog = page.open_advance_dialog()
    assert dialog.payer_name.text() == "拼好物电商平台"  # offered from the platform respondent
    dialog.amount.setText("150.50")
    click(qtbot, dialog.save_button)
    detail = case_detail(sqlite_db, boss, no)
    assert [(p.payer_kind, p.amount) for p in detail.advance_payments] == [("platform", Decimal("150.50"))]
    assert any("拼好物电商平台（电子商务平台）" in t and "先行赔付 150.50 元" in t for t in _texts(page))


def test_a_rejected_complaint_offers_no_respondent_or_advance_payment(qtbot, sqlite_db, boss):
    from app.domain import requirements as req
    from app.services.cases import workflow
    from app.services.cases.intake import register_case
    from tests.support.builders import wechat_draft

    no = register_case(sqlite_db, boss, wechat_draft(D0), today=D0)
    workflow.reject_case(sqlite_db, boss, no, req.RejectInput(("out_of_scope",), "不属于受理范围", D0), today=D0)
    page = CasePage(context(sqlite_db, boss), no)
    qtbot.addWidget(page)
    assert page.section_buttons == {}
