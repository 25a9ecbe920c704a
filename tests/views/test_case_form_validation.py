"""The intake form: wrong input is named beside its field (as you type and on save) and nothing is written;
Ctrl+S saves; closing with unsaved input asks first; an existing merchant can be picked as you type."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain import codes
from app.domain.dates import today_local
from app.domain.errors import InvalidValue
from app.domain.identifiers import normalize_id_number, normalize_uscc
from app.services.cases.intake import register_case
from app.services.cases.view import case_document, iter_case_states
from app.views.dialogs.case_dialogs import NewCaseDialog
from app.views.widgets.code_inputs import combo_code
from tests.support.builders import wechat_draft
from tests.views.intake_support import choose, click, context, no_blocking_questions, type_into

__all__ = ["no_blocking_questions"]

BAD_ID = "110105194912310021"
BAD_USCC = "91350100M000100Y41"


def message_of(check, value: str) -> str:
    with pytest.raises(InvalidValue) as err:
        check(value)
    return err.value.message


@pytest.fixture
def dialog(qtbot, sqlite_db, clerk):
    d = NewCaseDialog(context(sqlite_db, clerk))
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.fixture
def clerk(sqlite_db):
    from app.services.admin.users import actor_for, add_user
    from app.services.context import Actor

    add_user(sqlite_db, Actor.cli(), "clerk1", "王登记", ["clerk"])
    return actor_for(sqlite_db, "clerk1")


def test_every_wrong_field_is_named_beside_itself_and_nothing_is_written(qtbot, dialog, sqlite_db):
    form = dialog.case_form
    type_into(qtbot, form.consumer_phone.line, "1381234")
    type_into(qtbot, form.consumer_id.line, BAD_ID)
    type_into(qtbot, form.uscc.line, BAD_USCC)
    type_into(qtbot, form.amount.line, "12.345")
    type_into(qtbot, form.purchase_date.line, (today_local() + timedelta(days=1)).isoformat())
    click(qtbot, dialog.save_button)

    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "手机号" in form.consumer_phone.problem()
    assert form.consumer_id.problem() == message_of(normalize_id_number, BAD_ID)
    assert form.uscc.problem() == message_of(normalize_uscc, BAD_USCC)
    assert form.amount.problem() == "金额最多两位小数"
    assert form.purchase_date.problem() == "购买日期不能晚于今天"
    assert "未保存" in dialog.summary.text()
    assert list(iter_case_states(sqlite_db)) == []


def test_the_services_problems_land_beside_the_fields_they_name(qtbot, dialog, sqlite_db):
    choose(dialog.case_form.source, "platform_12315")
    type_into(qtbot, dialog.case_form.purchase_date.line, "1999-12-31")
    click(qtbot, dialog.save_button)
    boxes = dialog.board.boxes
    assert boxes["12315编号"].problem() == "12315转办的投诉须填写转办编号"
    assert boxes["消费者姓名"].problem() == "不能为空"
    assert boxes["消费者电话"].problem()
    assert boxes["经营者"].problem().startswith("请至少填写经营者名称")
    assert boxes["投诉内容"].problem() == "请填写投诉事实"
    assert boxes["交易日期"].problem() == "购买日期不能早于2000年"
    assert list(iter_case_states(sqlite_db)) == []


def test_a_message_follows_the_typing_once_the_field_was_left(qtbot, dialog):
    phone = dialog.case_form.consumer_phone
    type_into(qtbot, phone.line, "138")
    assert phone.problem() == ""
    phone.line.editingFinished.emit()
    assert phone.problem()
    type_into(qtbot, phone.line, "12348000")
    assert phone.problem() == ""


def fill_minimum(qtbot, dialog) -> None:
    form = dialog.case_form
    type_into(qtbot, form.consumer_name, "李四")
    type_into(qtbot, form.consumer_phone.line, "13912345678")
    type_into(qtbot, form.wechat.line, "seller_01")
    type_into(qtbot, form.facts, "收到的鞋子开胶")


def test_ctrl_s_registers_the_case(qtbot, dialog, sqlite_db):
    fill_minimum(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case_no is not None
    assert case_document(sqlite_db, dialog.case_no)["merchant"]["wechat_id"] == "seller_01"


def test_closing_with_unsaved_input_asks_and_cancel_keeps_it(qtbot, dialog, monkeypatch):
    fill_minimum(qtbot, dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    assert dialog.case_form.consumer_name.text() == "李四"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.close()
    assert not dialog.isVisible()


def test_an_untouched_form_closes_without_asking(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("should not ask"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_picking_an_existing_merchant_files_the_case_against_it(qtbot, dialog, sqlite_db, clerk):
    first = register_case(sqlite_db, clerk, wechat_draft(today_local()))
    merchant_id = case_document(sqlite_db, first)["merchant"]["id"]
    picker = dialog.case_form.picker
    type_into(qtbot, picker.search, "MeiZhuang_88")
    qtbot.waitUntil(lambda: picker.hits.count() == 1)
    assert "1 件在办" in picker.hits.item(0).text()
    picker.hits.itemClicked.emit(picker.hits.item(0))
    assert picker.merchant_id == merchant_id
    assert not dialog.case_form.merchant_name.isEnabled()
    assert "在办投诉" in picker.warning.text()
    form = dialog.case_form
    type_into(qtbot, form.consumer_name, "王五")
    type_into(qtbot, form.consumer_phone.line, "13700001111")
    type_into(qtbot, form.facts, "同一卖家的面霜也有问题")
    click(qtbot, dialog.save_button)
    assert case_document(sqlite_db, dialog.case_no)["merchant"]["id"] == merchant_id


def test_the_specific_goods_follow_the_chosen_class_and_reach_the_draft(qtbot, dialog):
    form = dialog.case_form
    choose(form.category, "")
    assert not form.sub_category.isEnabled() and form.sub_category.count() == 1
    choose(form.category, "g_appliances")
    offered = [form.sub_category.itemData(i) for i in range(form.sub_category.count())]
    assert offered == ["", *codes.sub_categories_of("g_appliances")] and form.sub_category.isEnabled()
    assert form.sub_category.itemText(1) == "通讯类产品"
    choose(form.sub_category, "g_appliances_phone")
    assert form.draft().sub_category == "g_appliances_phone"
    choose(form.category, "g_food")
    assert form.draft().sub_category == "" and form.sub_category.itemText(1) == "普通食品"
    choose(form.category, "other")
    assert not form.sub_category.isEnabled()


def test_an_edited_case_shows_its_specific_goods(qtbot, dialog):
    form = dialog.case_form
    form.load(wechat_draft(today_local(), category="s_sales", sub_category="s_sales_remote"))
    assert combo_code(form.category) == "s_sales" and combo_code(form.sub_category) == "s_sales_remote"
