"""Each rule has one home, and every place that applies it asks that home (issue 13): who may mediate,
the case number and its counter, the next due date, the due-soon window, the recent window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain import requirements as req
from app.domain.case_numbers import format_case_no, parse_case_no
from app.domain.deadlines import DEADLINE_KINDS, DUE_SOON_WORKING_DAYS, due_soon_until, next_running_deadline
from app.domain.errors import ActionRefused
from app.domain.periods import RECENT_DAYS, recent_since
from app.domain.permissions import ROLES, may_mediate
from app.services.admin.users import actor_for, add_user
from app.services.cases import workflow
from app.services.cases.access import assign_refusal
from app.services.cases.detail import mediator_choices
from app.services.cases.due_desk import due_desk
from app.services.cases.intake import register_case
from app.services.cases.listing import DUE_SOON, CaseList, CaseQuery, mediators
from app.services.clocks import Reference, clock_of
from app.services.context import Actor
from app.store.cases import Case
from app.store.counters import move_counters_past
from tests.support.builders import OPERATOR, wechat_draft

ADMIN = Actor.cli()
D0 = date(2026, 3, 2)


@pytest.mark.parametrize("roles", [[r] for r in ROLES] + [["clerk", "mediator"], ["admin", "supervisor"]])
def test_may_mediate_one_rule_for_choices_filter_and_assignment(db, roles):
    add_user(db, ADMIN, "u1", "甲", roles)
    expected = may_mediate(frozenset(roles))
    assert ("u1" in [c.login for c in mediator_choices(db)]) == expected
    assert ("甲" in [name for _id, name in mediators(db)]) == expected
    no = register_case(db, ADMIN, wechat_draft(D0), today=D0)
    workflow.accept_case(db, ADMIN, no, req.AcceptInput(OPERATOR, D0), today=D0)
    if expected:
        workflow.assign_mediator(db, ADMIN, no, "u1")
    else:
        with pytest.raises(ActionRefused):
            workflow.assign_mediator(db, ADMIN, no, "u1")


def test_assign_mediator_is_not_offered_where_the_service_refuses(db):
    """The case page asks assign_refusal; on a registered case it refuses, as assign_mediator does."""
    add_user(db, ADMIN, "med1", "乙", ["mediator"])
    no = register_case(db, ADMIN, wechat_draft(D0), today=D0)
    assert assign_refusal(ADMIN, "registered") is not None
    with pytest.raises(ActionRefused):
        workflow.assign_mediator(db, ADMIN, no, "med1")


def test_case_numbers_one_format_and_imports_move_the_counter(db):
    assert format_case_no(2026, 123) == "WQ2026-000123" and parse_case_no("WQ2026-000123") == (2026, 123)
    assert parse_case_no("2026-001") is None
    first = register_case(db, ADMIN, wechat_draft(D0), today=D0)
    assert parse_case_no(first) == (2026, 1)
    with db.transaction() as session:
        move_counters_past(session, {2026: 41})
    assert register_case(db, ADMIN, wechat_draft(D0), today=D0) == format_case_no(2026, 42)


def test_the_stored_next_due_date_is_the_domain_next_deadline(db):
    no = register_case(db, ADMIN, wechat_draft(D0), today=D0)
    workflow.accept_case(db, ADMIN, no, req.AcceptInput(OPERATOR, D0), today=D0)
    with db.read() as session:
        case = session.query(Case).filter_by(case_no=no).one()
        ref = Reference(session)
        rules = ref.rules_for(case)
        first = next_running_deadline(clock_of(case, rules, ref), rules.limits, ref.calendar, D0)
        assert first is not None and not first.paused
        assert (case.next_due_on, case.next_due_kind) == (first.due, first.kind)
        assert first.kind in DEADLINE_KINDS


def test_due_soon_is_two_working_days_on_the_desk_and_in_the_list(db):
    """domain.md s. 4: due soon = at most 2 working days left; the due desk and the list filter agree."""
    assert DUE_SOON_WORKING_DAYS == 2
    with db.read() as session:
        calendar = Reference(session).calendar
    received = D0
    nos = [register_case(db, ADMIN, wechat_draft(received), today=received) for _ in range(1)]
    with db.read() as session:
        due = session.query(Case).filter_by(case_no=nos[0]).one().next_due_on
    today = due - timedelta(days=10)
    while due_soon_until(calendar, today) < due:
        today += timedelta(days=1)
    on_desk = {i.case_no for i in due_desk(db, ADMIN, today=today)}
    listed = CaseList(db, Actor.cli(), today=today).count(CaseQuery(due=DUE_SOON))
    assert nos[0] in on_desk and listed == 1
    before = today - timedelta(days=1)
    while calendar.working_days_left(before, due) <= DUE_SOON_WORKING_DAYS:
        before -= timedelta(days=1)
    assert nos[0] not in {i.case_no for i in due_desk(db, ADMIN, today=before)}
    assert CaseList(db, Actor.cli(), today=before).count(CaseQuery(due=DUE_SOON)) == 0


def test_recent_window_is_ninety_days_including_today():
    today = date(2026, 12, 1)
    assert (today - recent_since(today)).days + 1 == RECENT_DAYS == 90


def test_a_mediator_role_sees_the_case_assigned_on_the_desk(db):
    add_user(db, ADMIN, "med1", "丙", ["mediator"])
    med = actor_for(db, "med1")
    no = register_case(db, ADMIN, wechat_draft(D0), today=D0)
    workflow.accept_case(db, ADMIN, no, req.AcceptInput(OPERATOR, D0), today=D0)
    workflow.assign_mediator(db, ADMIN, no, "med1")
    with db.read() as session:
        due = session.query(Case).filter_by(case_no=no).one().next_due_on
    assert no in {i.case_no for i in due_desk(db, med, today=due)}
