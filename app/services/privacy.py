"""Personal data on screen: who sees a phone or ID number in full, and the masked form for everyone else.

Minimum necessary (PIPL Art. 6, domain.md section 10). Staff who work the cases (clerk, mediator,
supervisor: ``Permission.VIEW_PERSONAL_DATA``) need to call the parties and see names and phones in
full. Only those who check identity (clerk at intake, supervisor deciding acceptance:
``Permission.VIEW_ID_NUMBER``) see the resident ID number in full; a mediator sees it masked. The
administrator keeps users, rules and the calendar and sees every personal value masked. Lists,
the case page and any other screen call :func:`present_personal` for each personal value they show.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from app.domain.masking import mask_id_number, mask_name, mask_phone, mask_wechat_id
from app.domain.permissions import Permission
from app.services.context import Actor


class PersonalKind(StrEnum):
    """The kinds of personal value a screen shows."""

    NAME = "name"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    WECHAT_ID = "wechat_id"


_MASKS: dict[str, Callable[[str], str]] = {
    PersonalKind.NAME: mask_name,
    PersonalKind.PHONE: mask_phone,
    PersonalKind.ID_NUMBER: mask_id_number,
    PersonalKind.WECHAT_ID: mask_wechat_id,
}


def sees_personal_data(actor: Actor) -> bool:
    """Whether the actor's roles need full phone and ID numbers."""
    return actor.can(Permission.VIEW_PERSONAL_DATA)


def present_personal(actor: Actor, value: str | None, kind: str) -> str | None:
    """The value as this actor may see it: in full, or masked (None stays None, "" stays "").

    ``kind`` is one of :class:`PersonalKind` ("name", "phone", "id_number", "wechat_id").
    """
    mask = _MASKS.get(kind)
    if mask is None:
        raise ValueError(f"unknown kind of personal value: {kind}")
    if not value:
        return value
    allowed = actor.can(Permission.VIEW_ID_NUMBER) if kind == PersonalKind.ID_NUMBER else sees_personal_data(actor)
    return value if allowed else mask(value)
