"""Identifiers as clerks type them and ledgers hold them: phones, ID numbers, USCC, WeChat IDs, names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import uscc

from app.domain.errors import InvalidValue
from app.domain.identifiers import (
    is_individual_business_uscc,
    normalize_id_number,
    normalize_mobile,
    normalize_name,
    normalize_phone,
    normalize_uscc,
    normalize_wechat_id,
    to_halfwidth,
)

# --- helpers that build valid samples independently of the code under test -------------------

_RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def ric_check_digit(first17: str) -> str:
    """GB 11643 check digit, written out from the standard."""
    total = sum(int(c) * w for c, w in zip(first17, _RIC_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def make_id(area: str, birth: str, seq: str) -> str:
    """A valid resident ID number from its parts."""
    first17 = area + birth + seq
    return first17 + ric_check_digit(first17)


def make_uscc(first17: str) -> str:
    """A valid USCC: the 17 characters given plus the check character stdnum computes."""
    return first17 + uscc.calc_check_digit(first17)


# --- to_halfwidth ------------------------------------------------------------------------------


def test_to_halfwidth_turns_full_width_digits_and_letters_into_ascii() -> None:
    assert to_halfwidth("　ＡＢｃ１２３　") == "ABc123"


# --- mobile phones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "13812348000",
        " 138 1234 8000 ",
        "138-1234-8000",
        "+86 138 1234 8000",
        "+8613812348000",
        "008613812348000",
        "8613812348000",
        "１３８１２３４８０００",
        "＋８６－１３８－１２３４－８０００",
    ],
)
def test_mobile_written_any_usual_way_is_stored_as_11_digits(raw: str) -> None:
    assert normalize_mobile(raw) == "13812348000"


@pytest.mark.parametrize(
    "raw",
    ["12812348000", "1381234800", "138123480001", "23812348000", "1381234800a", "010-12345678", "+1 2025550123"],
)
def test_mobile_that_is_not_a_mainland_mobile_is_refused_with_the_rule(raw: str) -> None:
    with pytest.raises(InvalidValue, match="手机号应为11位，以1开头，第二位为3-9"):
        normalize_mobile(raw)


def test_empty_mobile_says_it_is_missing() -> None:
    with pytest.raises(InvalidValue, match="不能为空"):
        normalize_mobile("  ")


def test_arabic_indic_digits_are_not_taken_for_a_phone_number() -> None:
    with pytest.raises(InvalidValue):
        normalize_mobile("١٣٨١٢٣٤٨٠٠٠")


@given(st.from_regex(r"\A1[3-9][0-9]{9}\Z"))
def test_every_valid_mobile_survives_normalising_with_country_code_and_dashes(mobile: str) -> None:
    typed = f"+86 {mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
    assert normalize_mobile(typed) == mobile
    assert normalize_mobile(mobile) == mobile


# --- merchant phones ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812348000", "13812348000"),
        ("+86 138-1234-8000", "13812348000"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(010) 1234 5678", "010-12345678"),
        ("020-87654321", "020-87654321"),
        ("0755 8888 8888", "0755-88888888"),
        ("０７５５－８８８８８８８８", "0755-88888888"),
        ("0571-8765432", "0571-8765432"),
        ("+86 10 12345678", "010-12345678"),
        ("0086 755 88888888", "0755-88888888"),
        ("400-123-4567", "400-123-4567"),
        ("4001234567", "400-123-4567"),
        ("800 123 4567", "800-123-4567"),
    ],
)
def test_merchant_phone_is_stored_in_one_form_however_it_was_typed(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["12345", "0755-123456", "0755-123456789", "0755-01234567", "755-88888888", "500-123-4567", "12812348000"],
)
def test_merchant_phone_that_cannot_be_dialled_is_refused(raw: str) -> None:
    with pytest.raises(InvalidValue, match="电话号码"):
        normalize_phone(raw)


# --- resident ID numbers -----------------------------------------------------------------------


def test_public_sample_id_number_is_accepted_and_x_is_upper_case() -> None:
    assert normalize_id_number("11010519491231002x") == "11010519491231002X"


def test_id_number_with_spaces_and_full_width_digits_is_compacted() -> None:
    assert normalize_id_number(" １１０１０５ 19491231 002X ") == "11010519491231002X"


@pytest.mark.parametrize(
    ("area", "birth", "seq"),
    [("440305", "19900101", "123"), ("310101", "20000229", "456"), ("412723", "19700615", "001")],
)
def test_ids_built_with_the_gb11643_algorithm_are_accepted(area: str, birth: str, seq: str) -> None:
    # 412723 is a retired county code that real people still carry (python-stdnum issue #442).
    number = make_id(area, birth, seq)
    assert normalize_id_number(number) == number


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2020, 12, 31)), st.from_regex(r"\A[0-9]{3}\Z"))
def test_any_id_with_a_correct_check_digit_is_accepted(birth: date, seq: str) -> None:
    number = make_id("110105", birth.strftime("%Y%m%d"), seq)
    assert normalize_id_number(number) == number


def test_id_number_with_a_wrong_check_digit_says_so() -> None:
    with pytest.raises(InvalidValue, match="身份证号校验位不正确"):
        normalize_id_number("110105194912310021")


def test_one_mistyped_digit_is_caught_by_the_check_digit() -> None:
    good = make_id("440305", "19900101", "123")
    typo = good[:15] + str((int(good[15]) + 1) % 10) + good[16:]
    with pytest.raises(InvalidValue, match="校验位"):
        normalize_id_number(typo)


@pytest.mark.parametrize("raw", ["11010519491231002", "1101051949123100200", "110105491231002"])
def test_id_number_of_wrong_length_says_18_characters(raw: str) -> None:
    with pytest.raises(InvalidValue, match="身份证号应为18位"):
        normalize_id_number(raw)


@pytest.mark.parametrize("birth", ["19491331", "20230229", "19490000"])
def test_id_number_with_an_impossible_birth_date_says_so(birth: str) -> None:
    with pytest.raises(InvalidValue, match="出生日期"):
        normalize_id_number(make_id("110105", birth, "002"))


def test_id_number_born_in_the_future_is_refused() -> None:
    with pytest.raises(InvalidValue, match="出生日期"):
        normalize_id_number(make_id("110105", "20990101", "002"))


@pytest.mark.parametrize("raw", ["A1010519491231002X", "11010519491231002Y", "1101051949123100X2"])
def test_id_number_with_letters_in_the_wrong_place_is_refused(raw: str) -> None:
    with pytest.raises(InvalidValue, match="前17位应为数字"):
        normalize_id_number(raw)


# --- unified social credit codes ---------------------------------------------------------------


def test_uscc_built_with_stdnum_is_accepted_and_upper_cased() -> None:
    code = make_uscc("91440300MA5FXXXX1")
    assert len(code) == 18
    assert normalize_uscc(code.lower()) == code


def test_stdnum_doc_sample_uscc_is_accepted_with_spaces_and_full_width() -> None:
    assert normalize_uscc(" ９１１１０００ 0600037341L ") == "91110000600037341L"


def test_uscc_with_a_wrong_check_character_says_so() -> None:
    code = make_uscc("92440300MA5FXXXX1")
    wrong = code[:-1] + ("1" if code[-1] != "1" else "2")
    with pytest.raises(InvalidValue, match="统一社会信用代码校验位不正确"):
        normalize_uscc(wrong)


@pytest.mark.parametrize("raw", ["9144030071526726", "9144030071526726XXX"])
def test_uscc_of_wrong_length_says_18_characters(raw: str) -> None:
    with pytest.raises(InvalidValue, match="统一社会信用代码应为18位"):
        normalize_uscc(raw)


@pytest.mark.parametrize("raw", ["A1110000600037341L", "9111000060003734IL", "91110000600037341O"])
def test_uscc_with_characters_it_never_uses_says_so(raw: str) -> None:
    with pytest.raises(InvalidValue, match="无效字符"):
        normalize_uscc(raw)


def test_individual_business_is_recognised_by_its_uscc() -> None:
    individual = make_uscc("92440300MA5FXXXX1")
    enterprise = make_uscc("91440300MA5FXXXX1")
    assert normalize_uscc(individual) == individual
    assert is_individual_business_uscc(individual)
    assert not is_individual_business_uscc(enterprise)
    assert not is_individual_business_uscc(make_uscc("93440300MA5FXXXX1"))  # farmers' cooperative


# --- WeChat IDs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("wxid_Abc123", "wxid_abc123"),
        (" Zhang San-88 ", "zhangsan-88"),
        ("ＬＩＮＧ＿ｓｈｏｐ", "ling_shop"),
        ("123456789", "123456789"),  # an old QQ number
        ("13812348000", "13812348000"),
        ("+86 138-1234-8000", "13812348000"),
    ],
)
def test_wechat_id_is_matched_regardless_of_case_spaces_and_width(raw: str, expected: str) -> None:
    assert normalize_wechat_id(raw) == expected


def test_same_seller_typed_two_ways_gives_the_same_key() -> None:
    assert normalize_wechat_id("138 1234 8000") == normalize_wechat_id("13812348000")
    assert normalize_wechat_id("MeiMei_Shop") == normalize_wechat_id("meimei_shop ")


@pytest.mark.parametrize("raw", ["a", "", "美美小店", "shop@qq.com", "x" * 41])
def test_wechat_id_that_cannot_be_one_is_refused(raw: str) -> None:
    with pytest.raises(InvalidValue, match="微信号"):
        normalize_wechat_id(raw)


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张三", " 张 三 "),
        ("阿卜杜拉·买买提", "阿卜杜拉买买提"),
        ("美美（旗舰店）", "美美旗舰店"),
        ("【小王】的店。", "小王的店"),
        ("ＡＢＣ Shop", "abcshop"),
        ("Li_Ming-Store", "liming store"),
    ],
)
def test_names_written_differently_compare_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_different_names_stay_different() -> None:
    assert normalize_name("张三") != normalize_name("张四")
