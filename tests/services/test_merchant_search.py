"""Finding a merchant as the clerk types: by name, WeChat ID, phone or USCC, however it was typed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.merchants.search import search_merchants
from tests.support.builders import wechat_draft

DAY = date(2026, 11, 2)


def _register(db, actor, merchant: MerchantDraft, phone: str = "13812348000") -> str:
    return register_case(db, actor, wechat_draft(DAY, merchant=merchant, consumer_phone=phone), today=DAY)


def test_found_by_name_prefix_and_contains(db, clerk):
    _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    _register(db, clerk, MerchantDraft(name="潮流美妆馆", wechat_id="chaoliu01"))
    by_prefix = search_merchants(db, Actor.cli(), "美妆")
    assert [h.name for h in by_prefix] == ["美妆小铺", "潮流美妆馆"]
    assert by_prefix[0].matched_by == "name"
    assert [h.name for h in search_merchants(db, Actor.cli(), "小铺")] == ["美妆小铺"]


def test_found_by_wechat_phone_and_uscc_however_typed(db, clerk):
    _register(
        db,
        clerk,
        MerchantDraft(
            name="某某科技有限公司",
            kind="enterprise",
            uscc="91350100M000100Y43",
            wechat_id="KeJi_Shop",
            phone="0755-88888888",
        ),
    )
    assert search_merchants(db, Actor.cli(), " kEJI_shop ")[0].matched_by == "wechat_id"
    assert search_merchants(db, Actor.cli(), "kej")[0].name == "某某科技有限公司"
    assert search_merchants(db, Actor.cli(), "075588888888")[0].matched_by == "phone"
    assert search_merchants(db, Actor.cli(), "91350100m000100y43")[0].matched_by == "uscc"
    assert search_merchants(db, Actor.cli(), "913501")[0].matched_by == "uscc"


def test_counts_cases_and_open_cases(db, clerk):
    seller = MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88", phone="13900001111")
    _register(db, clerk, seller)
    _register(db, clerk, MerchantDraft(name="美妆小铺二店", phone="+86 139 0000 1111"), phone="13712345678")
    hits = search_merchants(db, Actor.cli(), "1390000")
    assert len(hits) == 1
    assert (hits[0].case_count, hits[0].open_count, hits[0].blacklisted) == (2, 2, False)


def test_nothing_typed_finds_nothing(db, clerk):
    _register(db, clerk, MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88"))
    assert search_merchants(db, Actor.cli(), "  ") == []
    assert search_merchants(db, Actor.cli(), "没有这个") == []


def test_found_by_a_fragment_of_the_name_and_of_the_phone_in_any_case(db, clerk):
    _register(db, clerk, MerchantDraft(name="LuckyStar优选", wechat_id="lucky_star_1", phone="13912345678"))
    _register(db, clerk, MerchantDraft(name="好运水果", wechat_id="haoyun_2", phone="13700001111"))
    assert [h.name for h in search_merchants(db, Actor.cli(), "star优")] == ["LuckyStar优选"]
    by_digits = search_merchants(db, Actor.cli(), "2345678")
    assert [h.name for h in by_digits] == ["LuckyStar优选"]
    assert by_digits[0].matched_by == "phone"


def test_prefix_look_ups_use_an_index_under_any_collation_on_postgresql(pg_db):
    """LIKE 'typed%' on PostgreSQL is answered by the varchar_pattern_ops indexes of migration 0016 (a
    plain b-tree serves it only under the C collation); with scans priced out, the plan names them."""
    from sqlalchemy import select

    from app.services.merchants.search import prefix_match
    from app.store.merchant_records import MerchantAlias
    from app.store.merchants import Merchant

    columns = (Merchant.name_key, Merchant.wechat_key, Merchant.phone, Merchant.uscc, MerchantAlias.value_key)
    with pg_db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        for column in columns:
            query = select(column.class_.id).where(prefix_match(column, "13", "postgresql"))
            compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
            plan = "\n".join(r[0] for r in session.execute(text(f"EXPLAIN {compiled}")))
            assert f"search_prefix_{column.key}" in plan, plan


def test_a_merged_record_leads_to_the_one_it_ended_in_once_with_all_its_cases(db, clerk, supervisor):
    """A record merged into one that was itself merged later leads to the last; found by several of the
    records' identifiers, the survivor is offered once, at the place of its best match."""
    from app.services.merchants.admin import merge_merchants

    _register(db, clerk, MerchantDraft(name="美妆小铺", phone="13900001111"))
    _register(db, clerk, MerchantDraft(name="美妆小店", phone="13900002222"), phone="13712345678")
    _register(db, clerk, MerchantDraft(name="美妆旗舰", phone="13900003333"), phone="13612345678")
    _register(db, clerk, MerchantDraft(name="美妆一号", phone="13900004444"), phone="13512345678")
    ids = {h.name: h.id for h in search_merchants(db, Actor.cli(), "美妆")}
    merge_merchants(db, supervisor, ids["美妆小店"], ids["美妆小铺"], "同一卖家")
    merge_merchants(db, supervisor, ids["美妆旗舰"], ids["美妆小店"], "同一卖家")
    by_old_phone = search_merchants(db, Actor.cli(), "13900001111")
    assert [(h.id, h.case_count, h.matched_by) for h in by_old_phone] == [(ids["美妆旗舰"], 3, "phone")]
    by_prefix = search_merchants(db, Actor.cli(), "1390000")
    assert [h.id for h in by_prefix] == [ids["美妆旗舰"], ids["美妆一号"]]
    # name keys in order: 美妆一号, 美妆小店 (now 美妆旗舰), 美妆小铺 (now 美妆旗舰), 美妆旗舰
    assert [h.name for h in search_merchants(db, Actor.cli(), "美妆")] == ["美妆一号", "美妆旗舰"]
