"""Masked personal data in exports: the agreed shapes, and nothing more revealed than agreed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.masking import mask_id_number, mask_name, mask_phone, mask_wechat_id

MASKS: list[Callable[[str], str]] = [mask_name, mask_phone, mask_id_number, mask_wechat_id]


def test_shapes_from_the_domain_reference() -> None:
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧***"
    assert mask_phone("13812348000") == "138****8000"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("110101199001011234") == "110101********1234"
    assert mask_wechat_id("wxid_abc123") == "wx*******23"


def test_one_character_name_is_fully_hidden() -> None:
    assert mask_name("王") == "*"


def test_landline_and_short_phones() -> None:
    assert mask_phone("0755-88888888") == "075******8888"
    assert mask_phone("12345") == "***45"
    assert mask_phone("12") == "**"


def test_short_wechat_ids_keep_only_their_first_character() -> None:
    assert mask_wechat_id("abcd") == "a***"
    assert mask_wechat_id("ab") == "a*"
    assert mask_wechat_id("a") == "*"
    assert mask_wechat_id("abcde") == "ab*de"


def test_short_id_value_does_not_reveal_itself() -> None:
    assert mask_id_number("E1234567") == "******67"


@pytest.mark.parametrize("mask", MASKS)
def test_none_and_empty_pass_through(mask: Callable[[str | None], str | None]) -> None:
    assert mask(None) is None
    assert mask("") == ""


texts = st.text(min_size=1, max_size=40)


@given(texts)
def test_name_keeps_only_its_first_character(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) == len(name)
    if len(name) > 1:
        assert masked == name[0] + "*" * (len(name) - 1)
    else:
        assert masked == "*"


@given(texts)
def test_phone_keeps_first_3_and_last_4_when_long_enough(phone: str) -> None:
    masked = mask_phone(phone)
    assert len(masked) == len(phone)
    if len(phone) >= 8:
        assert masked[:3] == phone[:3] and masked[-4:] == phone[-4:]
        assert set(masked[3:-4]) == {"*"}
    elif len(phone) > 2:
        assert masked == "*" * (len(phone) - 2) + phone[-2:]
    else:
        assert masked == "*" * len(phone)


@given(texts)
def test_id_number_keeps_first_6_and_last_4_when_long_enough(number: str) -> None:
    masked = mask_id_number(number)
    assert len(masked) == len(number)
    if len(number) >= 12:
        assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
        assert set(masked[6:-4]) == {"*"}


@given(st.from_regex(r"\A[1-9][0-9]{16}[0-9X]\Z"))
def test_masked_id_number_hides_the_birth_date(number: str) -> None:
    masked = mask_id_number(number)
    assert masked[6:14] == "********"
    assert masked == number[:6] + "*" * 8 + number[-4:]


@given(texts)
def test_wechat_id_keeps_first_2_and_last_2(wechat_id: str) -> None:
    masked = mask_wechat_id(wechat_id)
    assert len(masked) == len(wechat_id)
    if len(wechat_id) > 4:
        assert masked == wechat_id[:2] + "*" * (len(wechat_id) - 4) + wechat_id[-2:]


@pytest.mark.parametrize("mask", MASKS)
@given(text=texts)
def test_a_masked_value_hides_something_and_shows_only_original_characters(
    mask: Callable[[str], str], text: str
) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert "*" in masked
    assert all(m in ("*", o) for o, m in zip(text, masked, strict=True))
