"""Masking personal data for exports and reports (domain reference, section 10).

Each function keeps a few characters and replaces the others with ``*``, one star per character,
so a masked value has the length of the original. None stays None and "" stays "".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import overload

STAR = "*"


def _keep(text: str, head: int, tail: int) -> str:
    """Keep the first ``head`` and last ``tail`` characters of ``text``, star the rest."""
    hidden = len(text) - head - tail
    return text[:head] + STAR * hidden + text[len(text) - tail :]


@overload
def mask_name(name: str) -> str: ...
@overload
def mask_name(name: None) -> None: ...
def mask_name(name: str | None) -> str | None:
    """Keep the first character of a name: "张三" -> "张*", "欧阳娜娜" -> "欧***"."""
    if not name:
        return name
    if len(name) == 1:
        return STAR
    return _keep(name, 1, 0)


@overload
def mask_phone(phone: str) -> str: ...
@overload
def mask_phone(phone: None) -> None: ...
def mask_phone(phone: str | None) -> str | None:
    """Keep the first 3 and last 4 characters of a phone: "13812348000" -> "138****8000".

    Numbers shorter than 8 characters keep only their last 2; one of 2 characters or fewer is
    starred entirely.
    """
    if not phone:
        return phone
    if len(phone) >= 8:
        return _keep(phone, 3, 4)
    if len(phone) > 2:
        return _keep(phone, 0, 2)
    return STAR * len(phone)


@overload
def mask_id_number(number: str) -> str: ...
@overload
def mask_id_number(number: None) -> None: ...
def mask_id_number(number: str | None) -> str | None:
    """Keep the first 6 and last 4 characters of an ID number: "110101********1234".

    A value too short to hide anything that way (under 12 characters) keeps only its last 2, or
    nothing when it has 2 characters or fewer.
    """
    if not number:
        return number
    if len(number) >= 12:
        return _keep(number, 6, 4)
    if len(number) > 2:
        return _keep(number, 0, 2)
    return STAR * len(number)


@overload
def mask_wechat_id(wechat_id: str) -> str: ...
@overload
def mask_wechat_id(wechat_id: None) -> None: ...
def mask_wechat_id(wechat_id: str | None) -> str | None:
    """Keep the first 2 and last 2 characters of a WeChat ID; one of 4 or fewer keeps its first.

    A single character is starred.
    """
    if not wechat_id:
        return wechat_id
    if len(wechat_id) == 1:
        return STAR
    if len(wechat_id) <= 4:
        return _keep(wechat_id, 1, 0)
    return _keep(wechat_id, 2, 2)


_MOBILE = re.compile(r"(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)")
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def mask_in_text(text: str, names: Iterable[str] = (), phones: Iterable[str] = (), others: Iterable[str] = ()) -> str:
    """Free text with the parties' personal data masked: each of ``names`` (a person's) as by
    :func:`mask_name`, each of ``phones`` and any mobile number as by :func:`mask_phone`, any resident ID
    number as by :func:`mask_id_number`, each of ``others`` (a WeChat ID) as by :func:`mask_wechat_id`.
    Longer values are replaced first, so a name inside another is not masked twice."""
    if not text:
        return text
    replacements: dict[str, str] = {}
    for value in names:
        if value and len(value) > 1:
            replacements[value] = mask_name(value)
    for value in phones:
        if value and len(value) >= 5:
            replacements[value] = mask_phone(value)
    for value in others:
        if value and len(value) >= 4:
            replacements[value] = mask_wechat_id(value)
    for value in sorted(replacements, key=len, reverse=True):
        text = text.replace(value, replacements[value])
    text = mask_id_numbers_in_text(text)
    return _MOBILE.sub(lambda m: mask_phone(re.sub(r"\D", "", m.group(0))[-11:]), text)


def mask_id_numbers_in_text(text: str) -> str:
    """Free text with every resident ID number in it masked as by :func:`mask_id_number` (nothing else)."""
    if not text:
        return text
    return _ID_NUMBER.sub(lambda m: mask_id_number(m.group(0)), text)


@overload
def mask_address(address: str) -> str: ...
@overload
def mask_address(address: None) -> None: ...
def mask_address(address: str | None) -> str | None:
    """Keep the first 6 characters of an address (province and city, as a rule), star the rest;
    one of 6 characters or fewer keeps its first 2."""
    if not address:
        return address
    if len(address) > 6:
        return _keep(address, 6, 0)
    return _keep(address, min(2, len(address) - 1), 0)
