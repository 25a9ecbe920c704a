"""Plausible Chinese people and identifiers for demo data: names, mobile numbers, resident ID numbers
(GB 11643 check digit), unified social credit codes (GB 32100), WeChat IDs and addresses.

Every function draws from the :class:`Draw` it is given, so a seed gives the same people.
"""

from __future__ import annotations

import string
from datetime import date
from operator import mul

from app.devtools.demodata.draw import Draw, Weighted
from app.domain.pinyin import name_initials

# Common surnames, most frequent first; the weights follow their rough share of the population.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_SURNAME = Weighted(SURNAMES, tuple(max(1.0, 80.0 / (i + 1) ** 0.9) for i in range(len(SURNAMES))))
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方")
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红志建国文辉鹏飞宇浩然子轩梓涵欣怡雨婷佳琪"
    "思远晓东海燕春梅冬雪丹凤俊凯瑞晨阳博文嘉怡若曦诗雨梦琪紫萱一鸣天佑家豪宏亮立新振华淑珍慧颖晶晶"
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)
# (administrative division code, city, district) of the places that appear in IDs, codes and addresses.
REGIONS = (
    ("440305", "深圳市", "南山区"),
    ("440304", "深圳市", "福田区"),
    ("440303", "深圳市", "罗湖区"),
    ("440306", "深圳市", "宝安区"),
    ("440307", "深圳市", "龙岗区"),
    ("440309", "深圳市", "龙华区"),
    ("440106", "广州市", "天河区"),
    ("440104", "广州市", "越秀区"),
    ("441302", "惠州市", "惠城区"),
    ("441900", "东莞市", "东莞市"),
    ("110105", "北京市", "朝阳区"),
    ("310115", "上海市", "浦东新区"),
    ("330106", "杭州市", "西湖区"),
    ("320102", "南京市", "玄武区"),
    ("510107", "成都市", "武侯区"),
    ("420106", "武汉市", "武昌区"),
    ("430104", "长沙市", "岳麓区"),
    ("350203", "厦门市", "思明区"),
    ("360102", "南昌市", "东湖区"),
    ("450103", "南宁市", "青秀区"),
    ("431102", "永州市", "零陵区"),
    ("452402", "贺州市", "八步区"),
    ("411302", "南阳市", "宛城区"),
    ("500103", "重庆市", "渝中区"),
)
LOCAL_REGIONS = REGIONS[:6]
ROADS = (
    "深南大道",
    "滨海大道",
    "北环大道",
    "科苑路",
    "南海大道",
    "沙河西路",
    "建设路",
    "人民路",
    "华强北路",
    "龙华大道",
    "布吉路",
    "宝安大道",
    "前进路",
    "创业路",
    "新安路",
    "梅林路",
    "莲花路",
    "香蜜湖路",
)
ESTATES = ("花园", "小区", "公寓", "新村", "家园", "苑", "大厦")
ESTATE_WORDS = ("阳光", "碧海", "翠林", "金域", "星河", "锦绣", "华侨", "桃源", "东方", "丽景", "幸福", "海月")

_ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
_ID_CHECK = "10X98765432"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_WECHAT_SYLLABLES = (
    "xiao",
    "mei",
    "li",
    "na",
    "jing",
    "hao",
    "le",
    "tian",
    "yu",
    "xin",
    "an",
    "qi",
    "meng",
    "jia",
    "yue",
    "chen",
    "lin",
    "fang",
    "wen",
    "bo",
    "tang",
    "guo",
    "duo",
    "mi",
)
_LOWER_DIGITS = string.ascii_lowercase + string.digits


class NameMaker:
    """Chinese names with their pinyin initials (cached per part: the pinyin library is slow)."""

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self._initials: dict[str, str] = {}

    def surname(self) -> str:
        if self.draw.chance(0.01):
            return self.draw.one(COMPOUND_SURNAMES)
        return _SURNAME(self.draw)

    def given(self, chars: int | None = None) -> str:
        one = self.draw.one
        if (chars or (1 if self.draw.chance(0.3) else 2)) == 1:
            return one(GIVEN_CHARS)
        return one(GIVEN_CHARS) + one(GIVEN_CHARS)

    def name(self, given_chars: int | None = None) -> str:
        return self.surname() + self.given(given_chars)

    def person(self) -> tuple[str, str]:
        """A name and its initials: 张伟 -> ("张伟", "zw")."""
        surname, given = self.surname(), self.given()
        return surname + given, self._part(surname) + self._part(given)

    def _part(self, text: str) -> str:
        cached = self._initials.get(text)
        if cached is None:
            cached = self._initials[text] = name_initials(text)
        return cached


def mobile(draw: Draw) -> str:
    """An 11-digit mainland mobile number (matches ``^1[3-9]\\d{9}$``)."""
    return draw.one(MOBILE_PREFIXES) + f"{draw.below(100_000_000):08d}"


def landline(draw: Draw) -> str:
    """A Shenzhen landline in the canonical form ``0755-88888888``."""
    return f"0755-{draw.between(2, 8)}{draw.below(10_000_000):07d}"


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character of the first 17 digits of a resident ID number."""
    return _ID_CHECK[sum(map(mul, map(int, first17), _ID_WEIGHTS)) % 11]


def id_number(draw: Draw, on: date) -> str:
    """A valid 18-digit resident ID number of an adult (18 to 75 years old on ``on``)."""
    code = draw.one(REGIONS)[0]
    born = date.fromordinal(on.toordinal() - draw.between(18 * 366, 75 * 365))
    first17 = f"{code}{born.year:04d}{born.month:02d}{born.day:02d}{draw.below(1000):03d}"
    return first17 + id_check_digit(first17)


def _org_code(draw: Draw) -> str:
    """A 9-character organisation code (GB 11714) with its check character."""
    if draw.chance(0.6):
        body = "MA" + "".join(draw.one(USCC_ALPHABET) for _ in range(6))
    else:
        body = f"{draw.between(10**7, 10**8 - 1)}"
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character of the first 17 characters of a unified social credit code."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc(draw: Draw, individual_business: bool, region: str) -> str:
    """A valid unified social credit code: "92..." for an individual business, "91..." for a company."""
    first17 = ("92" if individual_business else "91") + region + _org_code(draw)
    return first17 + uscc_check_char(first17)


def wechat_id(draw: Draw, phone: str) -> str:
    """A WeChat ID as sellers have them: ``wxid_...``, a pinyin nickname with digits, or the phone."""
    roll = draw.random()
    if roll < 0.15:
        return phone
    if roll < 0.4:
        return "wxid_" + "".join(draw.one(_LOWER_DIGITS) for _ in range(14))
    word = "".join(draw.one(_WECHAT_SYLLABLES) for _ in range(draw.between(2, 3)))
    if draw.chance(0.3):
        word = word.capitalize()
    return f"{word}{draw.one(('', '_', '-'))}{draw.between(10, 99998)}"


def address(draw: Draw) -> str:
    """A street address in the association's city."""
    _, city, district = draw.one(LOCAL_REGIONS)
    estate = draw.one(ESTATE_WORDS) + draw.one(ESTATES)
    return (
        f"广东省{city}{district}{draw.one(ROADS)}{draw.between(1, 3999)}号"
        f"{estate}{draw.between(1, 30)}栋{draw.between(1, 33)}{draw.between(1, 8):02d}室"
    )
