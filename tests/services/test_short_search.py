"""Searching one or two characters (a product word, a surname): the first page comes first, walking the
list's order, and the count follows, capped at 1万+ where the list would otherwise count for long."""

from __future__ import annotations

import pytest

from app.services.cases.listing import CaseList, CaseQuery, MatchCount
from app.services.context import Actor
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


def test_a_full_first_page_leaves_the_count_to_the_background(db, sample):
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
