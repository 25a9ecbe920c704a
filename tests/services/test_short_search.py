"""Searching one or two characters (a product word, a surname). A rare term is found through an index (on
SQLite the trigram index, the text indexed with two spaces after it so that a term ending the text is found
too; on PostgreSQL an index of each text's characters and character pairs) and counted at once; a common
one gets its first page by walking the list's order, and the count follows, capped at 1万+ where the list
would otherwise count for long."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app.services.cases.listing import CaseList, CaseQuery, MatchCount
from app.services.context import Actor
from app.store import case_search
from app.store.cases import Case
from tests.support.case_list_cases import Sample, make_sample


@pytest.fixture
def sample(db, supervisor) -> Sample:
    return make_sample(db, supervisor)


def test_two_characters_find_the_complaint_text_and_the_consumer_name(db, sample):
    case_list = CaseList(db, Actor.cli())
    assert {r.case_no for r in case_list.first_page(CaseQuery(search="电视"), 200).rows} == {sample.li}
    assert {r.case_no for r in case_list.first_page(CaseQuery(search="李四"), 200).rows} == {sample.li}
    assert {r.case_no for r in case_list.first_page(CaseQuery(search="李"), 200).rows} == {sample.li}


def test_a_page_that_holds_every_match_gives_the_count_at_once(db, sample):
    page = CaseList(db, Actor.cli()).first_page(CaseQuery(search="电视"), 200)
    assert (page.count, page.count_pending) == (1, False)


def test_a_full_first_page_of_a_common_term_leaves_the_count_to_the_background(db, sample, monkeypatch):
    monkeypatch.setattr(case_search, "RARE_MATCHES", 1)  # 买 in three texts counts as common here
    case_list = CaseList(db, Actor.cli())
    bought = CaseQuery(search="买")  # 购买 (张三, 李四) and 买的 (赵六); not in 王五's complaint
    page = case_list.first_page(bought, 1)
    assert page.count_pending is True and len(page.rows) == 1
    assert {r.case_no for r in case_list.rows(bought, 0, 10)} == {sample.zhang, sample.li, sample.zhao}
    assert case_list.capped_count(bought) == MatchCount(3)
    assert case_list.capped_count(bought, cap=2) == MatchCount(2, capped=True)


def test_rows_of_a_short_search_come_in_the_list_order(db, sample):
    case_list = CaseList(db, Actor.cli())
    rows = case_list.rows(CaseQuery(search="买"), 0, 10)
    assert [r.received_on for r in rows] == sorted((r.received_on for r in rows), reverse=True)


def test_a_rare_term_is_counted_at_once_even_when_the_page_is_full(db, sample):
    case_list = CaseList(db, Actor.cli())
    page = case_list.first_page(CaseQuery(search="买"), 1)
    assert (page.count, page.count_pending, len(page.rows)) == (3, False, 1)
    assert {r.case_no for r in case_list.rows(CaseQuery(search="买"), 0, 10)} == {sample.zhang, sample.li, sample.zhao}


def _set_facts(db, case_no: str, facts: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE cases SET facts = :f WHERE case_no = :n"), {"f": facts, "n": case_no})


def test_a_term_that_ends_the_complaint_text_is_found(db, sample):
    _set_facts(db, sample.wang, "旅行社临时取消行程，拒绝退款")
    case_list = CaseList(db, Actor.cli())
    assert {r.case_no for r in case_list.rows(CaseQuery(search="退款"), 0, 10)} == {sample.wang}
    assert {r.case_no for r in case_list.rows(CaseQuery(search="款"), 0, 10)} == {sample.wang}


@pytest.mark.parametrize("term", ["公司", "司", "电器", "华强"])
def test_a_merchant_s_name_is_found_by_its_short_words_the_same_through_the_index_or_the_walk(
    db, sample, monkeypatch, term
):
    rare = {r.case_no for r in CaseList(db, Actor.cli()).rows(CaseQuery(search=term), 0, 10)}
    monkeypatch.setattr(case_search, "RARE_MATCHES", -1)
    walked = {r.case_no for r in CaseList(db, Actor.cli()).rows(CaseQuery(search=term), 0, 10)}
    assert sample.li in rare  # 华强电器有限公司, the word ending the name included
    assert rare == walked


def test_an_edited_text_is_found_by_its_new_words_only(db, sample):
    _set_facts(db, sample.wang, "导游强迫购物")
    case_list = CaseList(db, Actor.cli())
    assert {r.case_no for r in case_list.rows(CaseQuery(search="导游"), 0, 10)} == {sample.wang}
    _set_facts(db, sample.wang, "酒店与宣传不符")
    case_list = CaseList(db, Actor.cli())
    assert case_list.rows(CaseQuery(search="导游"), 0, 10) == []
    assert {r.case_no for r in case_list.rows(CaseQuery(search="酒店"), 0, 10)} == {sample.wang}


TEXT_CHARACTERS = st.sampled_from(list("面霜退款微信卖家买的了 Aa1"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(st.text(TEXT_CHARACTERS, min_size=1, max_size=12), min_size=4, max_size=4),
    term=st.text(TEXT_CHARACTERS.filter(lambda c: c != " "), min_size=1, max_size=2),
)
def test_a_short_term_finds_exactly_the_texts_holding_it(db, supervisor, texts, term):
    """Whether found through the index or by walking the list, a one- or two-character term finds the cases
    whose complaint text holds it (case ignored, as the search box does), and no others."""
    sample = getattr(test_a_short_term_finds_exactly_the_texts_holding_it, "sample", None)
    if sample is None or sample[0] is not db:
        sample = (db, make_sample(db, supervisor))
        test_a_short_term_finds_exactly_the_texts_holding_it.sample = sample  # type: ignore[attr-defined]
    numbers = [sample[1].zhang, sample[1].li, sample[1].wang, sample[1].zhao]
    for number, facts in zip(numbers, texts, strict=True):
        _set_facts(db, number, facts)
    expected = {n for n, t in zip(numbers, texts, strict=True) if term.lower() in t.lower()}
    names = {sample[1].zhang: "张三", sample[1].li: "李四", sample[1].wang: "王五", sample[1].zhao: "赵六"}
    expected |= {n for n, name in names.items() if name.startswith(term)}
    for common in (False, True):
        query = CaseQuery(search=term)
        with pytest.MonkeyPatch.context() as patch:
            if common:
                patch.setattr(case_search, "RARE_MATCHES", -1)
            found = {r.case_no for r in CaseList(db, Actor.cli()).rows(query, 0, 10)}
        elsewhere = _merchant_or_number_matches(db, term)
        assert found - elsewhere == expected - elsewhere


def _merchant_or_number_matches(db, term: str) -> set[str]:
    """Cases matching through their number or merchant (outside what the property varies)."""
    like = f"%{term.lower()}%"
    with db.engine.connect() as conn:
        return set(
            conn.execute(
                text(
                    "SELECT c.case_no FROM cases c JOIN merchants m ON m.id = c.merchant_id "
                    "WHERE lower(c.case_no) LIKE :l OR lower(m.name) LIKE :l OR lower(m.wechat_id) LIKE :l"
                ),
                {"l": like},
            ).scalars()
        )


@pytest.mark.parametrize("term", ["公司", "电器", "司", "买"])
def test_a_common_term_walks_the_list_but_finds_its_merchants_by_index_the_same(db, sample, term):
    """A term common in complaint texts but rare among merchants: the walk tests the merchant through the
    index; it finds what the scan of every merchant's name finds."""
    with db.engine.connect() as conn:
        held = case_search.short_term(conn, term)
        walked_by_index = case_search.search_clause(
            db.dialect, term, True, {term: case_search.ShortTerm(None, held.merchant_grams)}
        )
        scanned = case_search.search_clause(db.dialect, term, True, {})
        assert held.merchant_grams is not None
        by_index = set(conn.execute(select(Case.case_no).where(walked_by_index)).scalars())
        assert by_index == set(conn.execute(select(Case.case_no).where(scanned)).scalars())
    if term in ("公司", "电器"):
        assert sample.li in by_index
