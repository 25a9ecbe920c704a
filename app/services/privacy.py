"""Personal data on screen: who sees a phone or ID number in full, and the masked form for everyone else.

Minimum necessary (PIPL Art. 6, domain.md section 10). Staff who work the cases (clerk, mediator,
supervisor: ``Permission.VIEW_PERSONAL_DATA``) need to call the parties and see names and phones in
full. Only those who check identity (clerk at intake, supervisor deciding acceptance:
``Permission.VIEW_ID_NUMBER``) see the resident ID number in full; a mediator sees it masked. The
administrator keeps users, rules and the calendar and sees every personal value masked. Lists,
the case page and the merchant screens get their values already masked from the read services, which call
:func:`present_personal` and :func:`present_merchant`; screens never mask themselves.
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


PERSON_MERCHANT_KINDS = frozenset({"unregistered"})
"""Merchants who are private persons (an unregistered WeChat seller): their name is personal data too."""


def present_merchant(
    actor: Actor, kind: str, name: str, wechat_id: str | None, phone: str | None
) -> tuple[str, str | None, str | None]:
    """A merchant's name, WeChat ID and phone as this actor may see them (the name of a business stays)."""
    shown_name = present_personal(actor, name, PersonalKind.NAME) if kind in PERSON_MERCHANT_KINDS else name
    return (
        shown_name or name,
        present_personal(actor, wechat_id, PersonalKind.WECHAT_ID),
        present_personal(actor, phone, PersonalKind.PHONE),
    )
