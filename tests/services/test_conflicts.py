"""Two people edit the same case from two PCs (two Database objects on one SQLite file or one PostgreSQL
schema): the second save shows what changed, field by field, and saves what the user chose."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.services.admin.users import actor_for, add_user
from app.services.cases.conflicts import Choice, open_for_edit, resolve, save_edit, save_resolved
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.setup import Database
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 2)


@pytest.fixture
def second_pc(db):
    """Another PC on the same database."""
    other = Database(db.url)
    yield other
    other.dispose()


@pytest.fixture
def clerks(db, admin):
    add_user(db, admin, "wang", "王登记", ["clerk"])
    add_user(db, admin, "li", "李登记", ["clerk"])
    return actor_for(db, "wang"), actor_for(db, "li")


def test_second_save_shows_each_field_and_writes_nothing(db, second_pc, clerks):
    wang, li = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    mine_base = open_for_edit(db, no)
    theirs_base = open_for_edit(second_pc, no)
    assert (
        save_edit(
            second_pc,
            li,
            theirs_base,
            replace(theirs_base.draft, consumer_phone="13900002222", facts="李：商家已删除好友。"),
        )
        is None
    )

    report = save_edit(
        db, wang, mine_base, replace(mine_base.draft, facts="王：检测报告已收到。", amount_claimed="450")
    )

    assert report is not None
    by_field = {c.spec.name: c for c in report.changes}
    assert set(by_field) == {"consumer_phone", "facts", "amount_claimed"}
    assert by_field["facts"].conflict
    assert not by_field["consumer_phone"].conflict and by_field["consumer_phone"].theirs_changed
    assert not by_field["amount_claimed"].conflict and by_field["amount_claimed"].mine_changed
    assert by_field["amount_claimed"].show(by_field["amount_claimed"].mine) == "450.00"
    assert report.changed_by == "li"
    stored = case_document(db, no)
    assert stored["facts"] == "李：商家已删除好友。"
    assert stored["amounts"]["claimed"] == "399.00"


def test_combining_keeps_both_texts_and_each_sides_other_changes(db, second_pc, clerks):
    wang, li = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    mine_base, theirs_base = open_for_edit(db, no), open_for_edit(second_pc, no)
    save_edit(second_pc, li, theirs_base, replace(theirs_base.draft, consumer_phone="13900002222", facts="李写的"))
    report = save_edit(db, wang, mine_base, replace(mine_base.draft, facts="王写的", amount_claimed="450"))

    assert save_resolved(db, wang, report, resolve(report, {"facts": Choice.COMBINED})) is None

    stored = case_document(db, no)
    assert stored["facts"] == "李写的\n王写的"
    assert stored["consumer"]["phone"] == "13900002222"
    assert stored["amounts"]["claimed"] == "450.00"


def test_taking_theirs_and_writing_an_own_value(db, second_pc, clerks):
    wang, li = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    mine_base, theirs_base = open_for_edit(db, no), open_for_edit(second_pc, no)
    save_edit(second_pc, li, theirs_base, replace(theirs_base.draft, facts="李写的", order_no="A-1"))
    report = save_edit(db, wang, mine_base, replace(mine_base.draft, facts="王写的", order_no="B-2"))
    merged = resolve(report, {"facts": Choice.THEIRS, "order_no": (Choice.COMBINED, "A-1/B-2")})

    assert save_resolved(db, wang, report, merged) is None
    stored = case_document(db, no)
    assert (stored["facts"], stored["order_no"]) == ("李写的", "A-1/B-2")


def test_a_change_arriving_while_choosing_is_reported_again(db, second_pc, clerks):
    wang, li = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    mine_base, theirs_base = open_for_edit(db, no), open_for_edit(second_pc, no)
    save_edit(second_pc, li, theirs_base, replace(theirs_base.draft, facts="第一次"))
    report = save_edit(db, wang, mine_base, replace(mine_base.draft, facts="王写的"))
    again = open_for_edit(second_pc, no)
    save_edit(second_pc, li, again, replace(again.draft, facts="第二次"))

    second = save_resolved(db, wang, report, resolve(report))

    assert second is not None
    assert [(c.spec.name, c.theirs, c.mine) for c in second.conflicts] == [("facts", "第二次", "王写的")]
    assert case_document(db, no)["facts"] == "第二次"


def test_same_value_written_differently_is_no_change(db, clerks):
    wang, _ = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    base = open_for_edit(db, no)
    save_edit(db, wang, base, replace(base.draft, consumer_phone="138 1234 8000", amount_claimed="399"))
    assert open_for_edit(db, no).version == base.version


def test_an_edit_of_the_consumer_alone_moves_the_version(db, second_pc, clerks):
    wang, li = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    mine_base, theirs_base = open_for_edit(db, no), open_for_edit(second_pc, no)
    save_edit(second_pc, li, theirs_base, replace(theirs_base.draft, consumer_name="张三丰"))

    report = save_edit(db, wang, mine_base, replace(mine_base.draft, consumer_name="张珊"))

    assert report is not None and [c.spec.name for c in report.conflicts] == ["consumer_name"]


def test_simultaneous_saves_from_four_pcs_keep_exactly_one(db, clerks):
    wang, _ = clerks
    no = register_case(db, wang, wechat_draft(D0), today=D0)
    base = open_for_edit(db, no)
    pcs = [Database(db.url) for _ in range(4)]
    results: list[object] = []
    barrier = threading.Barrier(len(pcs))

    def save(pc: Database, n: int) -> None:
        barrier.wait()
        results.append(save_edit(pc, wang, base, replace(base.draft, facts=f"第{n}台电脑")))

    threads = [threading.Thread(target=save, args=(pc, n)) for n, pc in enumerate(pcs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for pc in pcs:
        pc.dispose()

    assert sum(r is None for r in results) == 1
    assert len(results) == 4
    winner = case_document(db, no)["facts"]
    assert all(r.theirs.draft.facts == winner for r in results if r is not None)
    assert Decimal(case_document(db, no)["amounts"]["claimed"]) == Decimal("399.00")
