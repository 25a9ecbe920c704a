"""Who may change a case: the one check every service that edits a case calls, and the same rules asked
before the action (``*_refusal``) so that a screen offers only what the user may do.

Clerks (who register and correct complaints) and supervisors work on every open case; a person who
is only a mediator works on the cases assigned to them. A closed or rejected case needs a supervisor
(Permission.EDIT_ENDED_CASE) whoever it is assigned to.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import PermissionDenied
from app.domain.permissions import MEDIATION_ACTIONS, Permission, permission_for
from app.domain.workflow import END_STATES, Action, State
from app.services.context import Actor
from app.store.cases import Case


def works_on_every_case(actor: Actor) -> bool:
    """True for a clerk or a supervisor; False for someone who is only a mediator (or only an administrator)."""
    return actor.can(Permission.REGISTER) or actor.can(Permission.MEDIATE_ANY_CASE)


@dataclass(frozen=True)
class Refusal:
    """Why a step is not open to the actor: a permission they lack, or a case assigned to someone else."""

    missing: Permission | None = None
    not_assigned: bool = False
    wrong_state: bool = False


NO_MEDIATOR_STATES = frozenset({State.REGISTERED, State.REJECTED, State.CLOSED})
"""A mediator is assigned once a case is accepted, and not after it ended."""


def mediation_refusal(actor: Actor, mediator_id: int | None) -> Refusal | None:
    """None when the actor may mediate a case assigned to ``mediator_id`` (a supervisor: any case)."""
    if not actor.can(Permission.MEDIATE):
        return Refusal(Permission.MEDIATE)
    if actor.can(Permission.MEDIATE_ANY_CASE) or (mediator_id is not None and mediator_id == actor.user_id):
        return None
    return Refusal(not_assigned=True)


def action_refusal(actor: Actor, action: Action | str, mediator_id: int | None) -> Refusal | None:
    """None when the actor may take the workflow action on a case assigned to ``mediator_id``."""
    needed = permission_for(action)
    if not actor.can(needed):
        return Refusal(needed)
    return mediation_refusal(actor, mediator_id) if action in MEDIATION_ACTIONS else None


def edit_refusal(actor: Actor, state: str, mediator_id: int | None) -> Refusal | None:
    """None when the actor may change the content, evidence or documents of a case in ``state``."""
    if state in END_STATES:
        return None if actor.can(Permission.EDIT_ENDED_CASE) else Refusal(Permission.EDIT_ENDED_CASE)
    if not actor.can(Permission.EDIT_OPEN_CASE):
        return Refusal(Permission.EDIT_OPEN_CASE)
    if works_on_every_case(actor) or (mediator_id is not None and mediator_id == actor.user_id):
        return None
    return Refusal(not_assigned=True)


def assign_refusal(actor: Actor, state: str) -> Refusal | None:
    """None when the actor may assign the mediator of a case in ``state``."""
    if not actor.can(Permission.ASSIGN_MEDIATOR):
        return Refusal(Permission.ASSIGN_MEDIATOR)
    return Refusal(wrong_state=True) if state in NO_MEDIATOR_STATES else None


def require_case_edit(actor: Actor, case: Case) -> None:
    """PermissionDenied unless the actor may change this case's content, evidence or documents (rights read now)."""
    actor.require_active()
    refusal = edit_refusal(actor, case.state, case.mediator_id)
    if refusal is not None and refusal.missing is not None:
        actor.require(refusal.missing)
    if refusal is not None:
        raise PermissionDenied("case.not_assigned_edit", case_no=case.case_no, name=actor.name)
