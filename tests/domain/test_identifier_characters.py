"""Identifiers are NFKC-normalised, and one holding a control, zero-width or direction-override character
is refused (two case numbers or WeChat IDs must never look the same and differ)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidValue
from app.domain.identifiers import (
    UNSAFE_CATEGORIES,
    clean_code,
    normalize_mobile,
    normalize_uscc,
    normalize_wechat_id,
    unsafe_character,
)

HIDDEN = ["\n", "\t", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u2028", "\x00"]


@pytest.mark.parametrize("ch", HIDDEN, ids=[f"U+{ord(c):04X}" for c in HIDDEN])
def test_a_hidden_character_inside_an_identifier_is_refused(ch):
    for normalise, good in ((clean_code, "WQ2026-000001"), (normalize_wechat_id, "meizhuang_88")):
        with pytest.raises(InvalidValue) as err:
            normalise(good[:4] + ch + good[4:])
        assert err.value.code == "text.unsafe_character"
        assert f"U+{ord(ch):04X}" in err.value.text("en")
    with pytest.raises(InvalidValue):
        normalize_mobile("138" + ch + "12348000")
    with pytest.raises(InvalidValue):
        normalize_uscc("91350100M0" + ch + "00100Y43")


def test_full_width_is_normalised():
    assert clean_code("ＷＱ２０２６－０００００１ ") == "WQ2026-000001"
    assert normalize_wechat_id("ＭｅｉＺｈｕａｎｇ＿８８") == "meizhuang_88"


@given(st.text(max_size=30))
def test_clean_code_is_nfkc_and_never_keeps_a_hidden_character(text):
    try:
        cleaned = clean_code(text)
    except InvalidValue:
        assert unsafe_character(unicodedata.normalize("NFKC", text).strip()) is not None
        return
    assert cleaned == unicodedata.normalize("NFKC", cleaned)
    assert not any(unicodedata.category(c) in UNSAFE_CATEGORIES for c in cleaned)
