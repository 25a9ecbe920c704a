"""Masking personal data for exports and reports (domain reference, section 10).

Each function keeps a few characters and replaces the others with ``*``, one star per character,
so a masked value has the length of the original. None stays None and "" stays "".
"""

from __future__ import annotations

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
