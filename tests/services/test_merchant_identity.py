"""Recognising a merchant across complaints, similar names offered but never merged, merge and undo,
and the blacklist."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ActionRefused, InvalidInput, PermissionDenied
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.merchants.admin import merge_merchants, merge_preview, set_blacklisted, undo_merge
from app.services.merchants.identity import similar_merchants
from app.services.merchants.profile import list_merchants, merchant_profile
from app.services.merchants.search import search_merchants
from tests.support.builders import wechat_draft

DAY = date(2026, 11, 2)


def _register(db, actor, merchant: MerchantDraft, phone: str = "13812348000", order_no: str = "") -> str:
    draft = wechat_draft(DAY, merchant=merchant, consumer_phone=phone, order_no=order_no)
    return register_case(db, actor, draft, today=DAY)


def _merchant_id(db, case_no: str) -> int:
    return case_document(db, case_no)["merchant"]["id"]


def test_same_wechat_id_under_three_names_is_one_merchant(db, clerk):
    first = _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    second = _register(db, clerk, MerchantDraft(name="小美代购", wechat_id=" MeiZhuang_88 "), phone="13712345678")
    third = _register(
        db, clerk, MerchantDraft(name="美美海外", wechat_id="meizhuang_88", phone="13900002222"), phone="13612345678"
    )
    ids = {_merchant_id(db, no) for no in (first, second, third)}
    assert len(ids) == 1
    profile = merchant_profile(db, Actor.cli(), ids.pop(), today=DAY)
    names = [value for kind, value in profile.seen if kind == "name"]
    assert names == ["美妆小铺", "小美代购", "美美海外"]
    assert ("phone", "13900002222") in profile.seen
    assert (profile.stats.case_count, profile.stats.open_count) == (3, 3)
    assert profile.stats.first_received == profile.stats.last_received == DAY
    assert [h.name for h in search_merchants(db, Actor.cli(), "小美")] == ["美妆小铺"], "found by a name it used before"


def test_second_phone_seen_later_finds_the_merchant_again(db, clerk):
    first = _register(db, clerk, MerchantDraft(name="阿芳水果", wechat_id="afang01", phone="13900001111"))
    _register(db, clerk, MerchantDraft(name="阿芳水果", wechat_id="afang01", phone="13900002222"), phone="13712345678")
    again = _register(db, clerk, MerchantDraft(name="阿芳", phone="139 0000 2222"), phone="13612345678")
    assert _merchant_id(db, again) == _merchant_id(db, first)


def test_similar_names_without_shared_identifier_stay_apart_but_are_offered(db, clerk):
    one = _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    other = _register(db, clerk, MerchantDraft(name="美妆小店", wechat_id="meizhuang_99"), phone="13712345678")
    unrelated = _register(db, clerk, MerchantDraft(name="潮流服饰", wechat_id="chaoliu"), phone="13612345678")
    assert _merchant_id(db, one) != _merchant_id(db, other)
    offered = similar_merchants(db, "美妆小铺", exclude_id=_merchant_id(db, one))
    assert [(s.id, s.name) for s in offered] == [(_merchant_id(db, other), "美妆小店")]
    assert offered[0].similarity >= 75
    assert _merchant_id(db, unrelated) not in {s.id for s in offered}


def test_similar_names_found_when_the_changed_character_leaves_only_common_runs(db, clerk, monkeypatch):
    """A name whose distinctive part was mistyped shares only runs found in many names ("的摄影工作室"); a
    short one changed in the middle shares no run of three at all: both still find the merchant meant."""
    from app.services.merchants import identity

    monkeypatch.setattr(identity, "GRAM_COMMON", 2)  # "in many names": here, more than two
    phones = iter(f"1371234567{i}" for i in range(10))
    for name in ("张姐的摄影工作室", "王哥的摄影工作室", "李叔的摄影工作室", "阿雅的摄影工作室", "阿芳水果"):
        _register(db, clerk, MerchantDraft(name=name), phone=next(phones))
    assert similar_merchants(db, "阿家的摄影工作室", limit=1)[0].name == "阿雅的摄影工作室"
    assert [s.name for s in similar_merchants(db, "阿家水果")] == ["阿芳水果"]


def test_merge_moves_cases_and_undo_restores_exactly(db, clerk, supervisor):
    kept_case = _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    gone_case = _register(db, clerk, MerchantDraft(name="美妆小店", phone="13900005555"), phone="13712345678")
    kept, gone = _merchant_id(db, kept_case), _merchant_id(db, gone_case)
    preview = merge_preview(db, kept, gone)
    assert (preview.cases_moving, preview.fills) == (1, {"phone": "13900005555"})

    with pytest.raises(PermissionDenied):
        merge_merchants(db, clerk, kept, gone, "同一卖家")
    with pytest.raises(InvalidInput, match="理由"):
        merge_merchants(db, supervisor, kept, gone, " ")
    merge_id = merge_merchants(db, supervisor, kept, gone, "消费者确认同一卖家")
    assert _merchant_id(db, gone_case) == kept
    assert merchant_profile(db, Actor.cli(), kept, today=DAY).stats.case_count == 2
    assert [h.id for h in search_merchants(db, Actor.cli(), "13900005555")] == [kept], (
        "the merged record leads to the kept one"
    )
    later = _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"), phone="13612345678")

    undo_merge(db, supervisor, merge_id)
    assert _merchant_id(db, gone_case) == gone
    assert _merchant_id(db, later) == kept, "a case registered after the merge stays"
    restored = merchant_profile(db, Actor.cli(), kept, today=DAY)
    assert restored.phone is None and restored.stats.case_count == 2
    assert merchant_profile(db, Actor.cli(), gone, today=DAY).merged_into_id is None
    with pytest.raises(ActionRefused, match="已撤销"):
        undo_merge(db, supervisor, merge_id)


def test_blacklist_needs_a_supervisor_and_a_reason(db, clerk, supervisor):
    case_no = _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    merchant = _merchant_id(db, case_no)
    with pytest.raises(PermissionDenied):
        set_blacklisted(db, clerk, merchant, True, "多次拒绝调解")
    with pytest.raises(InvalidInput, match="理由"):
        set_blacklisted(db, supervisor, merchant, True, "")
    set_blacklisted(db, supervisor, merchant, True, "多次拒绝调解")
    with pytest.raises(ActionRefused, match="已在"):
        set_blacklisted(db, supervisor, merchant, True, "再次")
    assert [r.id for r in list_merchants(db, Actor.cli(), blacklisted_only=True, today=DAY)] == [merchant]
    set_blacklisted(db, supervisor, merchant, False, "已整改")
    profile = merchant_profile(db, Actor.cli(), merchant, today=DAY)
    assert not profile.blacklisted
    assert [(e.listed, e.reason) for e in profile.blacklist_history] == [(True, "多次拒绝调解"), (False, "已整改")]
