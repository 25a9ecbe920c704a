"""A case from the clerk's phone call to its closing, through the widgets: a WeChat Moments purchase paid
by red envelope is registered, accepted with an operator assessment, mediated in two sessions with
offers, agreed, and closed as performed; the history shows every step."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.domain.dates import today_local
from app.services.cases.detail import case_detail
from app.services.cases.view import case_document
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from app.views.dialogs.case_dialogs import NewCaseDialog
from tests.views.intake_support import choose, click, context, type_into


def register_by_phone(qtbot, db, clerk) -> str:
    ctx = context(db, clerk)
    dialog = NewCaseDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.case_form
    choose(form.source, "phone")
    type_into(qtbot, form.consumer_name, "张三")
    type_into(qtbot, form.consumer_phone.line, "+86 138 1234 8000")
    type_into(qtbot, form.merchant_name, "美妆小铺")
    type_into(qtbot, form.wechat.line, "meizhuang_88")
    choose(form.channel, "wechat_moments")
    choose(form.payment, "wechat_red_envelope")
    type_into(qtbot, form.purchase_date.line, (today_local() - timedelta(days=10)).isoformat())
    type_into(qtbot, form.amount.line, "399")
    choose(form.nature, "quality")
    choose(form.category, "g_daily")
    form.requests.boxes["refund"].setChecked(True)
    form.requests.boxes["punitive"].setChecked(True)
    type_into(qtbot, form.facts, "在朋友圈买的面霜，用后过敏。")
    assert form.evidence_hint.isVisibleTo(form)
    with qtbot.waitSignal(ctx.hub.case_changed) as changed:
        click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert changed.args == [dialog.case_no]
    return str(dialog.case_no)


def test_clerk_supervisor_and_mediator_take_a_wechat_case_to_closed(qtbot, db, clerk, supervisor, mediator):
    no = register_by_phone(qtbot, db, clerk)
    doc = case_document(db, no)
    assert doc["state"] == "registered" and doc["channel"] == "微信朋友圈" and doc["payment"] == "微信红包"
    assert doc["consumer"]["phone"] == "13812348000" and doc["amounts"]["claimed"] == "399.00"

    boss_page = CasePage(context(db, supervisor), no)
    qtbot.addWidget(boss_page)
    assert set(boss_page.action_buttons) >= {"accept", "reject"} and "start" not in boss_page.action_buttons
    assert boss_page.evidence.hint.isVisibleTo(boss_page.evidence)
    click(qtbot, boss_page.action_buttons["accept"])
    accept = boss_page.last_dialog
    accept.continuous.setChecked(True)
    accept.posts.setChecked(True)
    accept.buyers.setValue(25)
    choose(accept.conclusion, "operator")
    click(qtbot, accept.save_button)
    assert case_document(db, no)["state"] == "accepted"
    click(qtbot, boss_page.action_buttons["assign_mediator"])
    choose(boss_page.last_dialog.mediator, "med1")
    click(qtbot, boss_page.last_dialog.save_button)

    page = CasePage(context(db, mediator), no)
    qtbot.addWidget(page)
    click(qtbot, page.action_buttons["start"])
    page.last_dialog.consumer_consent.setChecked(True)
    page.last_dialog.merchant_consent.setChecked(True)
    click(qtbot, page.last_dialog.save_button)
    log_session(qtbot, page, [("merchant", "100"), ("consumer", "1596")])
    log_session(qtbot, page, [("merchant", "399")])
    click(qtbot, page.action_buttons["agree"])
    agree = page.last_dialog
    type_into(qtbot, agree.terms, "经营者退款399元")
    type_into(qtbot, agree.refund.line, "399.00")
    click(qtbot, agree.save_button)
    assert case_document(db, no)["state"] == "agreed"
    click(qtbot, page.action_buttons["close"])
    close = page.last_dialog
    choose(close.outcome, "performed")
    close.confirmed.setChecked(True)
    choose(close.paid_by, "merchant")
    click(qtbot, close.save_button)

    doc = case_document(db, no)
    assert doc["state"] == "closed" and doc["outcome"] == "performed"
    assert doc["amounts"]["recovered"] == "399.00"
    detail = case_detail(db, Actor.cli(), no)
    assert [len(s.offers) for s in detail.sessions] == [2, 1]
    assert detail.sessions[0].offers[1].amount == Decimal("1596.00")
    assert page.action_buttons.keys() >= {"reopen"} and "close" not in page.action_buttons
    steps = [line.split("\n")[0] for line in page.timeline.lines()]
    expected = [
        ("王登记", "登记 → 已登记"),
        ("赵主管", "受理 → 已受理"),
        ("赵主管", "指派调解员"),
        ("李调解", "开始调解 → 调解中"),
        ("李调解", "记录调解"),
        ("李调解", "记录调解"),
        ("李调解", "达成协议"),  # the action and the state have one name: said once
        ("李调解", "办结 → 已办结"),
    ]
    assert len(steps) == len(expected)
    for line, (who, what) in zip(steps, expected, strict=True):
        assert who in line and line.endswith(what)


def log_session(qtbot, page: CasePage, offers: list[tuple[str, str]]) -> None:
    click(qtbot, page.action_buttons["log_session"])
    dialog = page.last_dialog
    choose(dialog.mode, "phone")
    type_into(qtbot, dialog.participants, "消费者张三、经营者")
    type_into(qtbot, dialog.summary_text, "双方陈述意见")
    for party, amount in offers:
        row = dialog.offers.add_offer()
        choose(row.party, party)
        type_into(qtbot, row.amount.line, amount)
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.summary.text()
