"""The case list in SQL: filters combine, search finds cases by what a clerk remembers (on SQLite through
FTS5 trigram tables, on PostgreSQL through pg_trgm), sorting and paging never skip or repeat a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.errors import InvalidValue
from app.services.cases.intake import edit_case
from app.services.cases.listing import ALL_WECHAT, DUE_SOON, OVERDUE, SORT_KEYS, CaseList, CaseQuery, mediators
from app.services.context import Actor
from tests.support.builders import wechat_draft
from tests.support.case_list_cases import D0, Sample, make_sample


@pytest.fixture
def sample(db, supervisor) -> Sample:
    return make_sample(db, supervisor)


def found(db, **query) -> set[str]:
    case_list = CaseList(db, Actor.cli(), today=query.pop("today", D0 + timedelta(days=5)))
    rows = case_list.rows(CaseQuery(**query), 0, 100)
    assert case_list.count(CaseQuery(**query)) == len(rows)
    return {r.case_no for r in rows}


def test_without_filters_every_case_is_listed_newest_first(db, sample):
    page = CaseList(db, Actor.cli()).first_page(CaseQuery(), 2)
    assert (page.count, page.total) == (4, 4)
    assert [r.case_no for r in page.rows] == [sample.zhao, sample.wang]


def test_filters_combine(db, sample):
    assert found(db, states=("registered",)) == {sample.zhang, sample.zhao}
    assert found(db, channel=ALL_WECHAT) == {sample.zhang, sample.zhao}
    assert found(db, channel="wechat_group") == {sample.zhao}
    assert found(db, channel=ALL_WECHAT, nature="quality") == {sample.zhang}
    assert found(db, category="g_appliances") == {sample.li}
    between = {"received_from": D0 + timedelta(days=1), "received_to": D0 + timedelta(days=2)}
    assert found(db, **between) == {sample.li, sample.wang}
    assert found(db, states=("registered",), received_from=D0 + timedelta(days=1)) == {sample.zhao}


def test_mediator_filter_and_list(db, sample, supervisor):
    assert (supervisor.user_id, supervisor.name) in mediators(db)
    assert found(db, mediator_id=supervisor.user_id) == {sample.li}


def test_overdue_and_due_soon_use_working_days(db, sample):
    # Case 1's acceptance is due 2026-03-11, case 4's 2026-03-16 (registered 03-02 and 03-05, 7 working days).
    on_12th = date(2026, 3, 12)
    assert found(db, due=OVERDUE, today=on_12th) == {sample.zhang}
    assert found(db, due=DUE_SOON, today=on_12th) == {sample.zhao}
    assert found(db, due=OVERDUE, today=date(2026, 3, 11)) == set()
    rows = {r.case_no: r for r in CaseList(db, Actor.cli(), today=on_12th).rows(CaseQuery(), 0, 10)}
    assert rows[sample.zhang].working_days_left == -1
    assert rows[sample.zhao].working_days_left == 2
    assert rows[sample.wang].working_days_left is None, "a rejected case has no deadline"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("zs", "zhang"),  # pinyin initials of 张三
        ("ZS", "zhang"),
        ("张三", "zhang"),  # two Chinese characters: LIKE fallback
        ("面霜", "zhang"),  # two characters of the complaint text
        ("使用后过敏", "zhang"),  # a phrase of the complaint text: trigram index
        ("8000", "zhang"),  # the last four digits of the consumer's phone
        ("1234", "zhang"),  # four digits from the middle
        ("2222", "li"),
        ("88889999", "li"),  # the merchant's phone
        ("华强电器", "li"),  # merchant name
        ("阳光旅行", "wang"),
        ("xiaomei", "zhao"),  # WeChat ID
        ("XIAOMEI_DAIGOU", "zhao"),
        ("名牌包 假货", "zhao"),  # two words, both must match
    ],
)
def test_search_finds_a_case_by_what_the_clerk_remembers(db, sample, text, who):
    assert found(db, search=text) == {getattr(sample, who)}


def test_search_by_case_number_and_by_part_of_it(db, sample):
    assert found(db, search=sample.li) == {sample.li}
    assert found(db, search=sample.li[-6:]) == {sample.li}


def test_search_combines_with_filters_and_finds_nothing_for_nonsense(db, sample):
    assert found(db, search="面霜", states=("closed",)) == set()
    assert found(db, search="面霜 李四") == set()
    assert found(db, search="%") == set(), "a percent sign is text, not a wildcard"
    assert found(db, search="_") == {sample.zhang, sample.zhao}, "only the WeChat IDs with an underscore"
    assert found(db, search="   ") == sample.all


def test_search_follows_edits(db, sample, supervisor):
    draft = wechat_draft(D0, consumer_name="张小三", facts="网购的保温杯漏水。")
    edit_case(db, supervisor, sample.zhang, draft)
    assert found(db, search="使用后过敏") == set()
    assert found(db, search="保温杯漏水") == {sample.zhang}
    assert found(db, search="zxs") == {sample.zhang}
    rows = CaseList(db, Actor.cli()).rows(CaseQuery(search="保温杯"), 0, 5)
    assert rows[0].consumer == "张小三", "the name shown (and sorted on) follows the consumer's record"


@pytest.mark.parametrize(
    ("key", "ascending"),
    [
        ("consumer", ["张三", "李四", "王五", "赵六"]),
        ("merchant", ["华强电器有限公司", "小美代购", "美妆小铺", "阳光旅行社"]),
    ],
)
def test_sorting_by_a_name_column(db, sample, key, ascending):
    rows = CaseList(db, Actor.cli()).rows(CaseQuery(sort=key, descending=False), 0, 10)
    assert [getattr(r, key) for r in rows] == ascending
    rows = CaseList(db, Actor.cli()).rows(CaseQuery(sort=key, descending=True), 0, 10)
    assert [getattr(r, key) for r in rows] == ascending[::-1]


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_pages_of_any_order_cover_every_case_once(db, sample, key):
    case_list = CaseList(db, Actor.cli())
    for descending in (False, True):
        query = CaseQuery(sort=key, descending=descending)
        pages = [r.case_no for offset in range(0, 4, 3) for r in case_list.rows(query, offset, 3)]
        assert sorted(pages) == sorted(sample.all)


def test_unknown_codes_are_refused_with_the_reason(db):
    with pytest.raises(InvalidValue, match="未知状态"):
        CaseList(db, Actor.cli()).count(CaseQuery(states=("lost",)))
    with pytest.raises(InvalidValue, match="排序"):
        CaseList(db, Actor.cli()).count(replace(CaseQuery(), sort="facts"))


@pytest.mark.parametrize("descending", [False, True])
def test_cases_without_a_deadline_come_last_in_deadline_order(db, sample, descending):
    query = CaseQuery(sort="next_due", descending=descending)
    rows = CaseList(db, Actor.cli()).rows(query, 0, 10)
    assert rows[-1].case_no == sample.wang, "the rejected case has no deadline"
    dues = [r.next_due_on for r in rows[:-1]]
    assert dues == sorted(dues, reverse=descending)
    across = CaseList(db, Actor.cli()).rows(query, 2, 2)
    assert [r.case_no for r in across] == [r.case_no for r in rows[2:4]], "a page may span both parts"


def test_many_matches_are_read_in_sort_order_with_the_same_result(db, sample, monkeypatch):
    from app.services.cases import listing as module

    query = CaseQuery(search="_", sort="received_on", descending=False)
    expected = [r.case_no for r in CaseList(db, Actor.cli()).first_page(query, 10).rows]
    monkeypatch.setattr(module, "BLOCK_ROWS", 1)  # makes two matches out of four "many"
    walked = CaseList(db, Actor.cli())
    assert [r.case_no for r in walked.first_page(query, 10).rows] == expected == [sample.zhang, sample.zhao]
    assert walked._scan_in_order(query, 0) is db.is_sqlite


def test_a_due_date_in_a_year_without_holiday_data_is_marked_unconfirmed(sqlite_db):
    from app.services.cases.intake import register_case
    from tests.support.builders import wechat_draft

    register_case(sqlite_db, Actor.cli(), wechat_draft(date(2026, 12, 28)), today=date(2026, 12, 28))
    page = CaseList(sqlite_db, Actor.cli(), today=date(2026, 12, 28)).first_page(CaseQuery(), 10)
    [row] = page.rows
    assert row.next_due_on.year == 2027 and row.calendar_confirmed is False
