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

from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from enum import StrEnum

from app.domain.masking import (
    mask_address,
    mask_id_number,
    mask_id_numbers_in_text,
    mask_in_text,
    mask_name,
    mask_phone,
    mask_wechat_id,
)
from app.domain.permissions import Permission
from app.services.cases.drafts import CaseDraft
from app.services.context import Actor


class PersonalKind(StrEnum):
    """The kinds of personal value a screen shows."""

    NAME = "name"
    PHONE = "phone"
    ID_NUMBER = "id_number"
    WECHAT_ID = "wechat_id"
    ADDRESS = "address"


_MASKS: dict[str, Callable[[str], str]] = {
    PersonalKind.NAME: mask_name,
    PersonalKind.PHONE: mask_phone,
    PersonalKind.ID_NUMBER: mask_id_number,
    PersonalKind.WECHAT_ID: mask_wechat_id,
    PersonalKind.ADDRESS: mask_address,
}


def sees_personal_data(actor: Actor) -> bool:
    """Whether the actor's roles need full phone and ID numbers."""
    return actor.can(Permission.VIEW_PERSONAL_DATA)


def present_personal(actor: Actor, value: str | None, kind: str) -> str | None:
    """The value as this actor may see it: in full, or masked (None stays None, "" stays "").

    ``kind`` is one of :class:`PersonalKind` ("name", "phone", "id_number", "wechat_id", "address").
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


def present_text(
    actor: Actor, text: str, names: Iterable[str] = (), phones: Iterable[str] = (), others: Iterable[str] = ()
) -> str:
    """Free text (facts, requests, notes) as this actor may see it: in full; with the ID numbers in it masked
    for one who sees names and phones but not ID numbers (a mediator); with the parties' names, phones,
    WeChat IDs and every mobile and ID number masked for one who sees no personal data (the administrator)."""
    if not text:
        return text
    if not sees_personal_data(actor):
        return mask_in_text(text, names, phones, others)
    if not actor.can(Permission.VIEW_ID_NUMBER):
        return mask_id_numbers_in_text(text)
    return text


def text_presenter(actor: Actor, draft: CaseDraft) -> Callable[[str], str]:
    """Free text of one case (facts, session notes, agreement terms, history notes) as the actor may see it,
    with the parties of ``draft`` (the stored content) named: see :func:`present_text`."""
    m = draft.merchant
    merchant_name = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)[0]
    people = [draft.consumer_name, draft.agent_name] + ([m.name] if merchant_name != m.name else [])
    phones, others = [p for p in (draft.consumer_phone, m.phone) if p], [m.wechat_id] if m.wechat_id else []
    return lambda value: present_text(actor, value, people, phones, others)


def present_draft(actor: Actor, draft: CaseDraft) -> CaseDraft:
    """A case's content (as its edit form and its page show it) with the personal values masked for the actor."""
    m = draft.merchant
    merchant_name, wechat, phone = present_merchant(actor, m.kind, m.name, m.wechat_id, m.phone)
    text = text_presenter(actor, draft)
    return replace(
        draft,
        consumer_name=present_personal(actor, draft.consumer_name, PersonalKind.NAME) or "",
        consumer_phone=present_personal(actor, draft.consumer_phone, PersonalKind.PHONE) or "",
        consumer_id_number=present_personal(actor, draft.consumer_id_number, PersonalKind.ID_NUMBER) or "",
        consumer_address=present_personal(actor, draft.consumer_address, PersonalKind.ADDRESS) or "",
        agent_name=present_personal(actor, draft.agent_name, PersonalKind.NAME) or "",
        merchant=replace(m, name=merchant_name, wechat_id=wechat or "", phone=phone or ""),
        facts=text(draft.facts),
        request_text=text(draft.request_text),
    )


def masked_fields(actor: Actor, draft: CaseDraft) -> frozenset[str]:
    """The fields of ``draft`` (a stored case's content) this actor sees masked: an edit form shows them
    read-only and saving keeps their stored values (:func:`keep_masked`)."""
    shown = present_draft(actor, draft)
    names = {f.name for f in fields(CaseDraft)} - {"merchant"}
    return frozenset(n for n in names if getattr(shown, n) != getattr(draft, n))


def keep_masked(actor: Actor, stored: CaseDraft, submitted: CaseDraft) -> CaseDraft:
    """The submitted content with every field the actor sees masked put back to its stored value: one may
    not change what one cannot see, and a masked value is never written over the real one."""
    hidden = masked_fields(actor, stored)
    merchant = submitted.merchant
    if present_draft(actor, stored).merchant != stored.merchant:
        merchant = stored.merchant
    return replace(submitted, merchant=merchant, **{n: getattr(stored, n) for n in hidden})
