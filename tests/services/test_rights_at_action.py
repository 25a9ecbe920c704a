"""Rights are checked at the moment of the action (issue 14, point 7): a user an administrator deactivates
or demotes is refused on the very next call, though the session signed in earlier still holds its Actor.

Each test runs on a SQLite file and on PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import requirements as req
from app.domain.errors import PermissionDenied
from app.domain.permissions import Permission
from app.services.admin.users import actor_for, add_user, deactivate_user, reactivate_user, set_roles
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.sessions import log_session
from app.services.context import Actor
from app.services.report.workbook import export_monthly_report
from app.store.people import rights_version
from tests.support.builders import OPERATOR, session_input, to_mediating, wechat_draft

D0 = date(2026, 3, 2)
ADMIN = Actor.cli()


def _signed_in(db, login: str, roles: list[str]) -> Actor:
    add_user(db, ADMIN, login, f"用户{login}", roles)
    return actor_for(db, login)


def _registered(db) -> str:
    return register_case(db, ADMIN, wechat_draft(D0), today=D0)


def _accepted(db) -> str:
    no = _registered(db)
    workflow.accept_case(db, ADMIN, no, req.AcceptInput(OPERATOR, D0), today=D0)
    return no


def test_rights_checked_at_action_register_refused_once_deactivated(db):
    clerk = _signed_in(db, "clerk9", ["clerk"])
    register_case(db, clerk, wechat_draft(D0), today=D0)
    deactivate_user(db, ADMIN, "clerk9")
    with pytest.raises(PermissionDenied, match="已停用"):
        register_case(db, clerk, wechat_draft(D0), today=D0)
    reactivate_user(db, ADMIN, "clerk9")
    assert register_case(db, clerk, wechat_draft(D0), today=D0)


def test_rights_checked_at_action_accept_refused_once_demoted(db):
    boss = _signed_in(db, "boss9", ["supervisor"])
    no = _registered(db)
    set_roles(db, ADMIN, "boss9", ["clerk"])
    with pytest.raises(PermissionDenied, match="决定是否受理"):
        workflow.accept_case(db, boss, no, req.AcceptInput(OPERATOR, D0), today=D0)
    assert not boss.can(Permission.DECIDE_ACCEPTANCE)


def test_rights_checked_at_action_assign_mediator_refused_once_demoted(db):
    boss = _signed_in(db, "boss9", ["supervisor"])
    _signed_in(db, "med9", ["mediator"])
    no = _accepted(db)
    set_roles(db, ADMIN, "boss9", ["mediator"])
    with pytest.raises(PermissionDenied, match="指派调解员"):
        workflow.assign_mediator(db, boss, no, "med9")


def test_rights_checked_at_action_mediation_refused_once_deactivated(db):
    med = _signed_in(db, "med9", ["mediator"])
    no = to_mediating(db, ADMIN, D0, "med9")
    log_session(db, med, no, session_input(D0))
    deactivate_user(db, ADMIN, "med9")
    with pytest.raises(PermissionDenied, match="已停用"):
        log_session(db, med, no, session_input(D0))


def test_rights_checked_at_action_unmasked_export_refused_once_demoted(db, tmp_path):
    boss = _signed_in(db, "boss9", ["supervisor"])
    _registered(db)
    out = tmp_path / "full.xlsx"
    export_monthly_report(db, boss, D0, out, unmasked=True)
    out.unlink()
    set_roles(db, ADMIN, "boss9", ["clerk", "admin"])
    with pytest.raises(PermissionDenied, match="导出未脱敏数据"):
        export_monthly_report(db, boss, D0, out, unmasked=True)
    assert not out.exists()
    assert export_monthly_report(db, boss, D0, out).masked


def test_rights_checked_at_action_a_promotion_counts_at_once_too(db):
    clerk = _signed_in(db, "clerk9", ["clerk"])
    no = _registered(db)
    set_roles(db, ADMIN, "clerk9", ["clerk", "supervisor"])
    workflow.accept_case(db, clerk, no, req.AcceptInput(OPERATOR, D0), today=D0)


def test_rights_checked_at_action_counter_moves_only_when_rights_change(db):
    """Every change of a user's rights bumps the counter the actors compare; other writes leave it alone."""
    _signed_in(db, "clerk9", ["clerk"])
    with db.read() as session:
        before = rights_version(session)
    _registered(db)
    with db.read() as session:
        assert rights_version(session) == before
    set_roles(db, ADMIN, "clerk9", ["mediator"])
    deactivate_user(db, ADMIN, "clerk9")
    with db.read() as session:
        assert rights_version(session) == before + 2
