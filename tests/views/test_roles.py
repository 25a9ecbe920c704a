"""Each role sees its own areas of work and is offered only the steps it may take: a step the services
would refuse is disabled on the case page with the reason in its tooltip (domain.md s. 1: a clerk
registers, a supervisor decides acceptance and assigns, a mediator mediates the cases assigned to them,
an administrator keeps users, rules, holidays and backups)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.admin.users import actor_for, add_user
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.views.case_page.case_page import CasePage
from app.views.main_window import MainWindow
from tests.support.builders import to_mediating, wechat_draft
from tests.views.intake_support import context, no_blocking_questions

__all__ = ["no_blocking_questions"]

D0 = date(2026, 3, 2)
ROLES = {
    "clerk": ["clerk"],
    "mediator": ["mediator"],
    "supervisor": ["supervisor"],
    "admin": ["admin"],
    "one_person_office": ["clerk", "mediator", "supervisor", "admin"],
}
PAGES = {
    "clerk": ["dashboard", "cases", "due", "merchants"],
    "mediator": ["dashboard", "cases", "due", "merchants"],
    "supervisor": ["dashboard", "cases", "due", "merchants", "reports", "admin"],
    "admin": ["dashboard", "reports", "admin"],
    "one_person_office": ["dashboard", "cases", "due", "merchants", "reports", "admin"],
}


def _person(db, role: str) -> Actor:
    add_user(db, Actor.cli(), role, f"用户{role}", ROLES[role])
    return actor_for(db, role)


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_sees_its_pages_and_menu_commands(qtbot, sqlite_db, role):
    window = MainWindow(context(sqlite_db, _person(sqlite_db, role)))
    qtbot.addWidget(window)
    assert list(window.pages) == PAGES[role]
    assert [window.nav.item(i).data(256) for i in range(window.nav.count())] == PAGES[role]
    registers = role in ("clerk", "supervisor", "one_person_office")
    assert window.new_case_action.isEnabled() is registers
    assert window.import_action.isEnabled() is (role in ("supervisor", "one_person_office"))
    if not window.import_action.isEnabled():
        assert "导入台账" in window.import_action.toolTip() and "主管" in window.import_action.toolTip()


def _buttons(qtbot, db, actor: Actor, case_no: str) -> dict[str, tuple[bool, str]]:
    page = CasePage(context(db, actor), case_no)
    qtbot.addWidget(page)
    return {key: (b.isEnabled(), b.toolTip()) for key, b in page.action_buttons.items()}


def test_a_clerk_is_not_offered_acceptance_and_is_told_who_decides(qtbot, sqlite_db):
    no = register_case(sqlite_db, Actor.cli(), wechat_draft(D0), today=D0)
    buttons = _buttons(qtbot, sqlite_db, _person(sqlite_db, "clerk"), no)
    for action in ("accept", "reject"):
        enabled, tip = buttons[action]
        assert not enabled and "决定是否受理" in tip and "主管" in tip
    assert buttons["edit"][0] and buttons["documents"][0]
    assert "assign_mediator" not in buttons  # a registered case gets its mediator once accepted


def test_a_supervisor_may_decide_and_assign(qtbot, sqlite_db):
    no = register_case(sqlite_db, Actor.cli(), wechat_draft(D0), today=D0)
    buttons = _buttons(qtbot, sqlite_db, _person(sqlite_db, "supervisor"), no)
    assert buttons["accept"][0] and buttons["reject"][0]


def test_a_mediator_works_only_on_the_cases_assigned_to_them(qtbot, sqlite_db):
    me = _person(sqlite_db, "mediator")
    add_user(sqlite_db, Actor.cli(), "other", "别的调解员", ["mediator"])
    mine = to_mediating(sqlite_db, Actor.cli(), D0, "mediator")
    theirs = to_mediating(sqlite_db, Actor.cli(), D0, "other")
    on_mine = _buttons(qtbot, sqlite_db, me, mine)
    assert on_mine["agree"][0] and on_mine["log_session"][0] and on_mine["edit"][0]
    assert not on_mine["assign_mediator"][0] and "指派调解员" in on_mine["assign_mediator"][1]
    on_theirs = _buttons(qtbot, sqlite_db, me, theirs)
    for key in ("agree", "terminate", "suspend", "log_session", "edit"):
        enabled, tip = on_theirs[key]
        assert not enabled and "未指派给您" in tip, key


def test_an_administrator_only_user_is_offered_no_step_on_a_case(qtbot, sqlite_db):
    no = register_case(sqlite_db, Actor.cli(), wechat_draft(D0), today=D0)
    buttons = _buttons(qtbot, sqlite_db, _person(sqlite_db, "admin"), no)
    assert {key for key, (enabled, _tip) in buttons.items() if enabled} == {"refresh"}
