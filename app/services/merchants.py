"""Recognising a merchant across cases by its normalised identifiers, and creating new ones."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.dates import now_local
from app.domain.identifiers import normalize_name
from app.services.drafts import CleanCase, MerchantDraft
from app.store.merchants import Merchant


def find_by_identifiers(session: Session, uscc: str | None, wechat_key: str | None, phone: str | None,
                        payee_key: str | None) -> Merchant | None:
    """The merchant sharing any identifier (USCC, WeChat ID, phone, payee), oldest first; merged ones
    lead to the record they were merged into."""
    conditions = []
    if uscc:
        conditions.append(Merchant.uscc == uscc)
    if wechat_key:
        conditions.append(Merchant.wechat_key == wechat_key)
    if phone:
        conditions.append(Merchant.phone == phone)
    if payee_key:
        conditions.append(Merchant.payee_key == payee_key)
    if not conditions:
        return None
    found = session.scalars(select(Merchant).where(or_(*conditions)).order_by(Merchant.id).limit(1)).first()
    while found is not None and found.merged_into_id is not None:
        found = session.get(Merchant, found.merged_into_id)
    return found


def merchant_for_case(session: Session, clean: CleanCase) -> tuple[Merchant, bool]:
    """The merchant a new case is against: an existing one found by an identifier, else a new record.
    Returns the merchant and whether it was created."""
    draft: MerchantDraft = clean.draft.merchant
    payee_key = normalize_name(draft.payee) if draft.payee else None
    found = find_by_identifiers(session, clean.merchant_uscc, clean.merchant_wechat, clean.merchant_phone,
                                payee_key)
    if found is not None:
        _fill_missing(found, draft, clean, payee_key)
        return found, False
    merchant = Merchant(
        name=draft.name or draft.wechat_id or draft.payee or draft.phone or "未知经营者",
        kind=draft.kind or "unregistered",
        uscc=clean.merchant_uscc,
        wechat_id=draft.wechat_id or None,
        wechat_key=clean.merchant_wechat,
        phone=clean.merchant_phone,
        payee=draft.payee or None,
        payee_key=payee_key,
        shop_name=draft.shop_name or None,
        address=draft.address or None,
        verified=bool(draft.verified_how),
        verified_how=draft.verified_how or None,
        created_at=now_local(),
    )
    merchant.name_key = normalize_name(merchant.name)
    session.add(merchant)
    session.flush()
    return merchant, True


def _fill_missing(merchant: Merchant, draft: MerchantDraft, clean: CleanCase, payee_key: str | None) -> None:
    """Add identifiers the record did not have yet; never overwrite what is known."""
    if not merchant.uscc and clean.merchant_uscc:
        merchant.uscc = clean.merchant_uscc
    if not merchant.wechat_key and clean.merchant_wechat:
        merchant.wechat_id, merchant.wechat_key = draft.wechat_id, clean.merchant_wechat
    if not merchant.phone and clean.merchant_phone:
        merchant.phone = clean.merchant_phone
    if not merchant.payee_key and payee_key:
        merchant.payee, merchant.payee_key = draft.payee, payee_key
