"""Registering a complaint: validation field by field, nothing half-saved, merchants recognised."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.errors import InvalidInput, PermissionDenied
from app.services.cases.detail import case_detail
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import edit_case, register_case
from app.services.cases.view import case_document, iter_case_states
from app.store.cases import Case
from app.store.merchants import Merchant
from tests.support.builders import wechat_draft

DAY = date(2026, 5, 6)


def count(db, table) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_registered_case_normalises_phone_and_starts_the_acceptance_clock(db, clerk):
    no = register_case(db, clerk, wechat_draft(DAY), today=DAY)
    doc = case_document(db, no, today=DAY)
    assert no.startswith("WQ2026-")
    assert doc["consumer"]["phone"] == "13812348000"
    assert doc["channel"] == "微信朋友圈" and doc["payment"] == "微信红包"
    assert doc["amounts"]["claimed"] == "399.00"
    assert doc["deadlines"][0]["kind"] == "acceptance"
    assert doc["history"][0]["to"] == "registered"


def test_every_bad_field_is_reported_and_nothing_is_written(db, clerk):
    draft = wechat_draft(
        DAY,
        consumer_phone="12345",
        consumer_id_number="110101199003071234",
        amount_claimed="-5",
        purchase_date="2030-01-01",
        facts=" ",
        merchant=MerchantDraft(name="某店", uscc="91110000000000000X"),
    )
    with pytest.raises(InvalidInput) as err:
        register_case(db, clerk, draft, today=DAY)
    fields = {p.field for p in err.value.problems}
    assert fields == {"消费者电话", "消费者身份证号", "涉及金额", "交易日期", "投诉内容", "统一社会信用代码"}
    assert count(db, Case) == 0 and count(db, Merchant) == 0


def test_same_wechat_seller_under_another_name_is_the_same_merchant(db, clerk):
    first = register_case(db, clerk, wechat_draft(DAY), today=DAY)
    other = wechat_draft(DAY, merchant=MerchantDraft(name="小美代购", wechat_id=" MeiZhuang_88 "))
    second = register_case(db, clerk, other, today=DAY)
    a, b = case_document(db, first), case_document(db, second)
    assert a["merchant"]["id"] == b["merchant"]["id"]
    assert count(db, Merchant) == 1


def test_case_numbers_follow_each_other_within_a_year(db, clerk):
    numbers = [register_case(db, clerk, wechat_draft(DAY), today=DAY) for _ in range(3)]
    assert numbers == ["WQ2026-000001", "WQ2026-000002", "WQ2026-000003"]
    assert [n for n, _ in iter_case_states(db)] == numbers


def test_a_mediator_may_not_register(db, mediator):
    with pytest.raises(PermissionDenied):
        register_case(db, mediator, wechat_draft(DAY), today=DAY)


def test_12315_case_needs_its_reference(db, clerk):
    with pytest.raises(InvalidInput) as err:
        register_case(db, clerk, wechat_draft(DAY, source="platform_12315"), today=DAY)
    assert [p.field for p in err.value.problems] == ["12315编号"]


def test_a_case_names_its_specific_goods_within_the_class_and_keeps_it_on_edit(db, clerk, supervisor):
    draft = wechat_draft(DAY, category="g_appliances", sub_category="g_appliances_phone")
    no = register_case(db, clerk, draft, today=DAY)
    assert case_document(db, no, today=DAY)["sub_category"] == "通讯类产品"
    assert case_detail(db, supervisor, no).draft.sub_category == "g_appliances_phone"
    edit_case(db, supervisor, no, replace(draft, sub_category="g_appliances_computer"), today=DAY)
    assert case_document(db, no, today=DAY)["sub_category"] == "计算机类产品"
    edit_case(db, supervisor, no, replace(draft, sub_category=""), today=DAY)
    assert case_document(db, no, today=DAY)["sub_category"] is None


def test_a_specific_item_of_another_class_or_without_a_class_is_refused(db, clerk):
    with pytest.raises(InvalidInput) as err:
        register_case(db, clerk, wechat_draft(DAY, category="g_food", sub_category="g_appliances_phone"), today=DAY)
    (problem,) = err.value.problems
    assert problem.field == "具体商品或服务" and "食品类" in str(problem.message)
    assert not isinstance(problem.message, str)
    assert problem.message.text("en") == "Not within the chosen goods or service class “Food”"
    with pytest.raises(InvalidInput) as err:
        register_case(db, clerk, wechat_draft(DAY, category="", sub_category="g_food_general"), today=DAY)
    assert [p.field for p in err.value.problems] == ["具体商品或服务"]
    with pytest.raises(InvalidInput) as err:
        register_case(db, clerk, wechat_draft(DAY, category="g_food", sub_category="no_such_item"), today=DAY)
    assert [p.field for p in err.value.problems] == ["具体商品或服务"]
    assert count(db, Case) == 0
