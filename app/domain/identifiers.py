"""Normalising and validating the identifiers of consumers and merchants.

Phone numbers, resident ID numbers (GB 11643), unified social credit codes (GB 32100), WeChat IDs and
names arrive typed by clerks or read from ledgers, often with full-width characters, spaces and
dashes. Each ``normalize_*`` function returns the one canonical form that is stored and compared, or
raises :class:`InvalidValue` with a message a clerk can act on.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

from app.domain.dates import today_local
from app.domain.errors import InvalidValue
from app.domain.messages import msg

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_SEPARATORS = re.compile(r"[\s\-()]")
_INTL_PREFIXES = ("+86", "0086", "86")
# Area codes 010 and 020-029 have three digits, every other one four (0xxx), so a number typed
# without a separator splits one way only; a local number never begins with 0.
_LANDLINE = re.compile(r"(0[12][0-9]|0[3-9][0-9]{2})([1-9][0-9]{6,7})")
_SERVICE = re.compile(r"([48]00)([0-9]{3})([0-9]{4})")
_WECHAT = re.compile(r"[a-z0-9_-]{2,40}")
_PHONE_LIKE = re.compile(r"[0-9+\-]+")
_NAME_IGNORED = re.compile(r"[\s·•・‧.,，。、\-_()（）【】\[\]]")

MOBILE_MESSAGE = msg("mobile.format")
USCC_CHARS_MESSAGE = msg("uscc.chars")
PHONE_MESSAGE = msg("phone.format")


def to_halfwidth(text: str) -> str:
    """Return ``text`` NFKC-normalised (full-width digits and letters to ASCII) and stripped."""
    return unicodedata.normalize("NFKC", text).strip()


UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
"""Control characters (a line break, a tab), format characters (zero-width spaces and joiners, the
bidirectional overrides and isolates, the byte-order mark, the soft hyphen), line and paragraph
separators, surrogates, private-use and unassigned code points: none belongs in an identifier, and each
can make two different identifiers look the same."""


def unsafe_character(text: str) -> str | None:
    """The first character of ``text`` that no identifier may hold, as U+XXXX; None when there is none."""
    for ch in text:
        if unicodedata.category(ch) in UNSAFE_CATEGORIES:
            return f"U+{ord(ch):04X}"
    return None


def clean_code(raw: str) -> str:
    """An identifier or case number as stored and compared: NFKC-normalised (full-width to ASCII) and
    stripped; one holding a control, zero-width or direction-override character is refused."""
    text = to_halfwidth(raw)
    if (char := unsafe_character(text)) is not None:
        raise InvalidValue("text.unsafe_character", char=char)
    return text


def _compact(raw: str) -> str:
    """Return ``raw`` half-width, without spaces, dashes and brackets (refused if it hides a character)."""
    return _SEPARATORS.sub("", clean_code(raw))


def _strip_country_code(number: str) -> tuple[str, bool]:
    """Remove a leading +86 / 0086 / 86; tell whether one was removed."""
    for prefix in _INTL_PREFIXES:
        rest = number[len(prefix) :]
        if number.startswith(prefix) and (prefix != "86" or len(rest) == 11):
            return rest, True
    return number, False


def normalize_mobile(raw: str) -> str:
    """Return the 11-digit mainland mobile number in ``raw`` (e.g. "+86 138-1234-8000")."""
    number, _ = _strip_country_code(_compact(raw))
    if not number:
        raise InvalidValue("mobile.empty")
    if not _MOBILE.fullmatch(number):
        raise InvalidValue(MOBILE_MESSAGE)
    return number


def normalize_phone(raw: str) -> str:
    """Return a merchant phone in canonical form.

    A mobile gives "13812348000", a landline "0755-88888888" (area code, dash, local number), a
    service number "400-123-4567".
    """
    number, international = _strip_country_code(_compact(raw))
    if not number:
        raise InvalidValue("phone.empty")
    if _MOBILE.fullmatch(number):
        return number
    if international and not number.startswith("0"):
        number = "0" + number  # +86 10 12345678 drops the trunk prefix of 010
    if match := _LANDLINE.fullmatch(number):
        return f"{match[1]}-{match[2]}"
    if match := _SERVICE.fullmatch(number):
        return "-".join(match.groups())
    raise InvalidValue(PHONE_MESSAGE)


def normalize_id_number(raw: str) -> str:
    """Return an 18-character resident ID number (GB 11643) with an upper-case X.

    Length, digits, birth date and check digit are checked. The area code is not looked up:
    python-stdnum's table rejects real numbers of counties that were since merged or renamed
    (python-stdnum issue #442), and people keep their number for life.
    """
    number = ric.compact(_compact(raw))
    if not number:
        raise InvalidValue("id_number.empty")
    if len(number) != 18:
        raise InvalidValue("id_number.length")
    if not number[:17].isascii() or not number[:17].isdigit() or number[17] not in "0123456789X":
        raise InvalidValue("id_number.chars")
    _check_birth_date(number)
    if number[17] != ric.calc_check_digit(number):
        raise InvalidValue("id_number.checksum")
    return number


def _check_birth_date(number: str) -> None:
    """Raise unless digits 7-14 of an ID number are a real date between 1900 and today."""
    try:
        born = ric.get_birth_date(number)
    except ValidationError:
        raise InvalidValue("id_number.birth_date_missing") from None
    if born.year < 1900 or born > today_local():
        raise InvalidValue("id_number.birth_date")


_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_SHAPE = re.compile(rf"^[1-9NY][{_USCC_ALPHABET}]\d{{6}}[{_USCC_ALPHABET}]{{10}}$")
"""GB 32100-2015: the first character is the registration authority (1-9, or N for agriculture and Y for
other authorities), the second the kind of organisation, then the 6-digit division code. python-stdnum
asks for digits in the first two places and so refuses the N and Y codes of farmers' cooperatives and
others."""


def normalize_uscc(raw: str) -> str:
    """Return an 18-character unified social credit code (GB 32100), upper-case."""
    code = uscc.compact(_compact(raw))
    if not code:
        raise InvalidValue("uscc.empty")
    if len(code) != 18:
        raise InvalidValue("uscc.length")
    if not _USCC_SHAPE.match(code):
        raise InvalidValue(USCC_CHARS_MESSAGE)
    if code[-1] != uscc.calc_check_digit(code):
        raise InvalidValue("uscc.checksum")
    return code


def is_individual_business_uscc(code: str) -> bool:
    """Tell whether a USCC belongs to an individual business (registered by SAMR, kind 2: "92")."""
    return code.strip().upper().startswith("92")


def normalize_wechat_id(raw: str) -> str:
    """Return the key under which a seller's WeChat ID is stored and matched across cases.

    Lower-case, no spaces. Sellers often give a mobile number as their WeChat ID; one written with
    +86 or dashes is reduced to the 11 digits so that it matches however it was typed.
    """
    text = re.sub(r"\s", "", clean_code(raw)).lower()
    if not text:
        raise InvalidValue("wechat_id.empty")
    if _PHONE_LIKE.fullmatch(text):
        try:
            return normalize_mobile(text)
        except InvalidValue:
            pass
    if not _WECHAT.fullmatch(text):
        raise InvalidValue("wechat_id.format")
    return text


def normalize_name(raw: str) -> str:
    """Return a key for comparing person, shop and payee names: no spaces or punctuation, lower-case."""
    return _NAME_IGNORED.sub("", unicodedata.normalize("NFKC", raw).lower())
