"""Who may change a case: the one check every service that edits a case calls.

Clerks (who register and correct complaints) and supervisors work on every open case; a person who
is only a mediator works on the cases assigned to them. A closed or rejected case needs a supervisor
(Permission.EDIT_ENDED_CASE) whoever it is assigned to.
"""

from __future__ import annotations

from app.domain.errors import PermissionDenied
from app.domain.permissions import Permission
from app.domain.workflow import END_STATES
from app.services.context import Actor
from app.store.cases import Case


def works_on_every_case(actor: Actor) -> bool:
    """True for a clerk or a supervisor; False for someone who is only a mediator (or only an administrator)."""
    return actor.can(Permission.REGISTER) or actor.can(Permission.MEDIATE_ANY_CASE)


def require_case_edit(actor: Actor, case: Case) -> None:
    """PermissionDenied unless the actor may change this case's content, evidence or documents."""
    if case.state in END_STATES:
        actor.require(Permission.EDIT_ENDED_CASE)
        return
    actor.require(Permission.EDIT_OPEN_CASE)
    if works_on_every_case(actor):
        return
    if case.mediator_id is None or case.mediator_id != actor.user_id:
        raise PermissionDenied(f"案件 {case.case_no} 未指派给 {actor.name}，不能修改")
