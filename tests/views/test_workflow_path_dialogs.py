"""The case page offers withdrawal and transfer before mediation, closing an agreement as not performed,
and follow-up visits; each dialog asks what the law requires and saves through the service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGroupBox

from app.services.admin.users import actor_for, add_user
from app.services.cases.detail import case_detail
from app.services.cases.view import case_document
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from app.views.dialogs.actions import dialog_for
from tests.support.builders import to_agreed
from tests.views.intake_support import choose, click, context, no_blocking_questions
from tests.views.test_transition_dialogs import case_in

__all__ = ["no_blocking_questions"]

D0 = date(2026, 3, 2)


@pytest.fixture
def boss(sqlite_db) -> Actor:
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    return actor_for(sqlite_db, "boss")


def test_registered_case_offers_withdraw_and_transfer(qtbot, sqlite_db, boss):
    no = case_in(sqlite_db, boss, "registered")
    page = CasePage(context(sqlite_db, boss), no)
    qtbot.addWidget(page)
    assert page.action_buttons["withdraw"].isEnabled() and page.action_buttons["transfer"].isEnabled()
    dialog = page.open_action("transfer")
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["接收单位"].problem() == "请填写移送或转交的单位"
    dialog.to_whom.setText("临江区市场监督管理局")
    choose(dialog.outcome, "referred_to_authority")
    click(qtbot, dialog.save_button)
    assert (case_document(sqlite_db, no)["state"], case_document(sqlite_db, no)["outcome"]) == (
        "closed",
        "referred_to_authority",
    )


def test_an_agreement_not_performed_is_closed_with_the_advice(qtbot, sqlite_db, boss):
    """CRPL Art. 39: the consumer is told they may go to court or arbitration."""
    no = to_agreed(sqlite_db, boss, D0)
    dialog = dialog_for("close", context(sqlite_db, boss), case_detail(sqlite_db, Actor.cli(), no))
    qtbot.addWidget(dialog)
    choose(dialog.outcome, "not_performed")
    dialog.received.setText("0")
    dialog.received_punitive.setText("0")
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["告知救济途径"].problem()
    dialog.advised.setChecked(True)
    click(qtbot, dialog.save_button)
    assert case_document(sqlite_db, no)["outcome"] == "not_performed"


def test_follow_up_visit_from_the_case_page(qtbot, sqlite_db, boss):
    no = to_agreed(sqlite_db, boss, D0)
    page = CasePage(context(sqlite_db, boss), no)
    qtbot.addWidget(page)
    dialog = page.open_follow_up_dialog()
    choose(dialog.method, "phone")
    click(qtbot, dialog.save_button)
    assert dialog.board.boxes["回访结果"].problem() == "请填写回访结果"
    dialog.result.setPlainText("已退款")
    click(qtbot, dialog.save_button)
    assert [v.result for v in case_detail(sqlite_db, Actor.cli(), no).follow_ups] == ["已退款"]
    again = CasePage(context(sqlite_db, boss), no)
    qtbot.addWidget(again)
    titles = [g.title() for g in again.findChildren(QGroupBox)]
    assert "回访记录（1 次）" in titles
