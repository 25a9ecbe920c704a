"""Intake warnings (blacklist, open cases, duplicates), follow-up of agreements, collective complaints,
and the due-soon desk for a mediator and a supervisor."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain import requirements as req
from app.domain.errors import ActionRefused
from app.services.cases import workflow
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.due_desk import due_desk
from app.services.cases.groups import create_group, group_summary, link_cases, log_group_session
from app.services.cases.intake import register_case
from app.services.cases.intake_checks import case_warnings, find_possible_duplicates, intake_warnings
from app.services.cases.sessions import log_session
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.merchants.admin import set_blacklisted
from app.services.merchants.profile import merchant_profile
from tests.support.builders import session_input, to_agreed, to_mediating, wechat_draft

DAY = date(2026, 11, 2)
SELLER = MerchantDraft(name="美妆小铺", wechat_id="meizhuang_88")


def _kinds(warnings) -> list[str]:
    return [w.kind for w in warnings]


def test_intake_warns_about_blacklist_and_open_cases(db, clerk, supervisor):
    first = register_case(db, clerk, wechat_draft(DAY), today=DAY)
    merchant = case_document(db, first)["merchant"]["id"]
    set_blacklisted(db, supervisor, merchant, True, "多次拒绝调解")
    warnings = intake_warnings(
        db, MerchantDraft(name="换了名字", wechat_id="MEIZHUANG_88"), "13700000000", received_on=DAY
    )
    assert _kinds(warnings) == ["blacklisted", "open_cases"]
    assert "多次拒绝调解" in warnings[0].message
    assert warnings[1].case_nos == (first,)
    assert intake_warnings(db, MerchantDraft(name="新卖家", wechat_id="new_seller"), "13700000000") == []


def test_duplicate_by_phone_and_merchant_within_180_days_or_by_order_number(db, clerk):
    old = register_case(db, clerk, wechat_draft(DAY - timedelta(days=200), order_no="WX-1"), today=DAY)
    recent = register_case(db, clerk, wechat_draft(DAY - timedelta(days=30)), today=DAY)
    again = CaseDraft(received_on=DAY, consumer_phone="138-1234-8000", merchant=SELLER)
    assert [(d.case_no, d.reason) for d in find_possible_duplicates(db, again)] == [(recent, "phone_merchant")]
    by_order = CaseDraft(
        received_on=DAY,
        consumer_phone="13700000000",
        order_no="ＷＸ-1",
        merchant=MerchantDraft(name="别家", wechat_id="other"),
    )
    assert [(d.case_no, d.reason) for d in find_possible_duplicates(db, by_order)] == [(old, "order_no")]
    other_consumer = CaseDraft(received_on=DAY, consumer_phone="13700000000", merchant=SELLER)
    assert find_possible_duplicates(db, other_consumer) == []
    warning = [w for w in intake_warnings(db, SELLER, "13812348000", received_on=DAY) if w.kind == "duplicate"]
    assert warning[0].case_nos == (recent,)


def test_linked_cases_show_on_both_case_pages(db, clerk):
    a = register_case(db, clerk, wechat_draft(DAY), today=DAY)
    b = register_case(db, clerk, wechat_draft(DAY, consumer_phone="13700000000"), today=DAY)
    link_cases(db, clerk, a, b, "同一批货")
    assert [w.case_nos for w in case_warnings(db, b, today=DAY) if w.kind == "related"] == [(a,)]
    with pytest.raises(ActionRefused, match="已关联"):
        link_cases(db, clerk, b, a)


def test_follow_up_flag_when_the_performance_date_passes(db, supervisor):
    case_no = to_agreed(db, supervisor, DAY)
    due = DAY + timedelta(days=10)
    assert "performance_overdue" not in _kinds(case_warnings(db, case_no, today=due))
    assert "performance_overdue" in _kinds(case_warnings(db, case_no, today=due + timedelta(days=1)))
    merchant = case_document(db, case_no)["merchant"]["id"]
    assert merchant_profile(db, Actor.cli(), merchant, today=due).stats.not_performed == 0
    assert merchant_profile(db, Actor.cli(), merchant, today=due + timedelta(days=1)).stats.not_performed == 1
    workflow.close_case(
        db,
        supervisor,
        case_no,
        req.CloseInput(
            "performed", due, received_amount=Decimal("399.00"), paid_by="merchant", performance_confirmed=True
        ),
        today=due,
    )
    profile = merchant_profile(db, Actor.cli(), merchant, today=due + timedelta(days=5))
    assert (profile.stats.not_performed, profile.recovered) == (0, Decimal("399.00"))


def test_refusal_to_mediate_counts_on_the_merchant(db, supervisor):
    case_no = to_mediating(db, supervisor, DAY)
    workflow.terminate_mediation(
        db,
        supervisor,
        case_no,
        req.TerminateInput("absent_or_refused", DAY + timedelta(3)),
        today=DAY + timedelta(days=3),
    )
    merchant = case_document(db, case_no)["merchant"]["id"]
    assert merchant_profile(db, Actor.cli(), merchant, today=DAY).stats.refusals == 1


def test_a_group_session_is_logged_once_and_seen_on_every_case(db, supervisor):
    first = to_mediating(db, supervisor, DAY)
    second = register_case(db, supervisor, wechat_draft(DAY, consumer_phone="13700000000"), today=DAY)
    workflow.accept_case(
        db,
        supervisor,
        second,
        req.AcceptInput(
            req.OperatorAssessment(sells_continuously=True, conclusion="operator"), DAY + timedelta(days=1)
        ),
        today=DAY + timedelta(days=1),
    )
    group = create_group(db, supervisor, "美妆小铺面霜过敏集体投诉", [first, second])
    assert group_summary(db, group).case_nos == tuple(sorted((first, second)))
    with pytest.raises(ActionRefused, match=second):
        log_group_session(db, supervisor, group, session_input(DAY + timedelta(days=4)))
    assert case_document(db, first)["sessions"] == 0, "all or none: nothing written to the first case either"
    workflow.assign_mediator(db, supervisor, second, "boss")
    workflow.start_mediation(
        db, supervisor, second, req.StartInput(True, True, DAY + timedelta(days=2)), today=DAY + timedelta(days=2)
    )
    logged = log_group_session(db, supervisor, group, session_input(DAY + timedelta(days=4)))
    assert logged == sorted((first, second))
    assert [case_document(db, no)["sessions"] for no in logged] == [1, 1]
    other = register_case(
        db, supervisor, wechat_draft(DAY, merchant=MerchantDraft(name="别家", wechat_id="x_1")), today=DAY
    )
    with pytest.raises(ActionRefused, match="经营者不同"):
        create_group(db, supervisor, "混合", [other, second])


def test_desk_for_a_mediator_lists_only_their_cases(db, supervisor, mediator):
    mine = to_mediating(db, supervisor, DAY, mediator_login="med1")
    to_mediating(db, supervisor, DAY)  # the supervisor's own case
    # Accepted on Nov 3: 45 working days end on 2027-01-06 (New Year's Day is a holiday).
    assert due_desk(db, mediator, today=DAY) == []
    items = due_desk(db, mediator, today=date(2027, 1, 4))
    assert [(i.case_no, i.action, i.overdue) for i in items] == [(mine, "mediate", False)]
    assert [i.case_no for i in due_desk(db, mediator, today=date(2027, 2, 1))] == [mine]
    assert due_desk(db, mediator, today=date(2027, 2, 1))[0].overdue


def test_desk_for_a_supervisor_lists_the_office_sorted_by_due_date(db, supervisor, mediator, clerk):
    registered = register_case(db, clerk, wechat_draft(DAY - timedelta(days=5)), today=DAY)
    mediating = to_mediating(db, supervisor, DAY - timedelta(days=80), mediator_login="med1")
    agreed = to_agreed(db, supervisor, DAY - timedelta(days=20))
    items = due_desk(db, supervisor, today=DAY + timedelta(days=3))
    assert [(i.case_no, i.action) for i in items] == [
        (mediating, "mediate"),
        (agreed, "follow_up"),
        (registered, "decide"),
    ]
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert items[0].overdue and items[0].mediator_name == "李调解"
    assert [i.case_no for i in due_desk(db, clerk, today=DAY + timedelta(days=3))] == [registered]
    log_session(db, supervisor, mediating, session_input(DAY))
