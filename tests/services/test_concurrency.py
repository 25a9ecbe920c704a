"""Several PCs on one database: a transition on a case someone else just moved is refused with who moved
it to what, simultaneous transitions let exactly one through, and merchants and users carry versions too."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from app.domain import requirements as req
from app.domain.errors import ActionRefused, Conflict, DomainError
from app.services.admin.users import actor_for, add_user
from app.services.cases import workflow
from app.services.cases.conflicts import check_version
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.setup import Database
from app.store.merchants import Merchant
from app.store.people import User
from tests.support.builders import OPERATOR, wechat_draft

D0 = date(2026, 11, 2)


@pytest.fixture
def bosses(db, admin):
    add_user(db, admin, "zhao", "赵主管", ["supervisor"])
    add_user(db, admin, "qian", "钱主管", ["supervisor"])
    return actor_for(db, "zhao"), actor_for(db, "qian")


def test_transition_on_a_case_just_moved_names_who_and_what(db, bosses):
    zhao, qian = bosses
    no = register_case(db, zhao, wechat_draft(D0), today=D0)
    other_pc = Database(db.url)
    try:
        workflow.accept_case(other_pc, qian, no, req.AcceptInput(OPERATOR, D0), expected_state="registered", today=D0)
        with pytest.raises(ActionRefused) as refused:
            workflow.reject_case(
                db,
                zhao,
                no,
                req.RejectInput(
                    ("private_deal",), "个人闲置转让", D0, assessment=req.OperatorAssessment(conclusion="private")
                ),
                expected_state="registered",
                today=D0,
            )
    finally:
        other_pc.dispose()
    assert "qian" in refused.value.message and "已受理" in refused.value.message
    assert case_document(db, no)["state"] == "accepted"


def test_simultaneous_accepts_let_exactly_one_through(db, bosses):
    zhao, qian = bosses
    no = register_case(db, zhao, wechat_draft(D0), today=D0)
    pcs = [Database(db.url) for _ in range(4)]
    outcomes: list[str] = []
    barrier = threading.Barrier(len(pcs))

    def accept(pc: Database, who) -> None:
        barrier.wait()
        try:
            workflow.accept_case(pc, who, no, req.AcceptInput(OPERATOR, D0), expected_state="registered", today=D0)
            outcomes.append("done")
        except DomainError as err:
            outcomes.append(type(err).__name__)

    threads = [threading.Thread(target=accept, args=(pc, (zhao, qian)[n % 2])) for n, pc in enumerate(pcs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for pc in pcs:
        pc.dispose()

    assert sorted(outcomes) == ["ActionRefused"] * 3 + ["done"]
    history = case_document(db, no)["history"]
    assert [h["action"] for h in history] == ["register", "accept"]


def test_a_merchant_changed_on_another_pc_is_not_overwritten(pg_db, admin):
    """Two open transactions on PostgreSQL (SQLite lets only one writer in at a time, so it never gets here)."""
    no = register_case(pg_db, admin, wechat_draft(D0), today=D0)
    merchant_id = case_document(pg_db, no)["merchant"]["id"]
    other_pc = Database(pg_db.url)
    try:
        with pytest.raises(Conflict), pg_db.transaction() as mine:
            stale = mine.get(Merchant, merchant_id)
            with other_pc.transaction() as theirs:
                theirs.get(Merchant, merchant_id).shop_name = "美妆旗舰店"
            stale.shop_name = "美妆小铺二店"
    finally:
        other_pc.dispose()
    with pg_db.read() as session:
        assert session.get(Merchant, merchant_id).shop_name == "美妆旗舰店"


def test_a_user_record_carries_a_version(db, admin):
    add_user(db, admin, "sun", "孙调解", ["mediator"])
    with db.read() as session:
        opened = session.scalars(select(User).where(User.login == "sun")).one().version
    with db.transaction() as session:
        session.scalars(select(User).where(User.login == "sun")).one().name = "孙调解员"
    with db.read() as session:
        current = session.scalars(select(User).where(User.login == "sun")).one().version
    assert current == opened + 1
    with pytest.raises(Conflict) as refused:
        check_version(current, opened, "用户 sun")
    assert "用户 sun" in refused.value.message
