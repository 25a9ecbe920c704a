"""The demo merchant pool: mostly unregistered WeChat sellers, some companies and individual businesses
with valid credit codes, a few repeat offenders (a Zipf-like share of the cases) and a blacklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.devtools.demodata import people
from app.devtools.demodata.draw import Draw, Weighted
from app.devtools.demodata.trades import Trade, pick_trade
from app.domain.identifiers import normalize_name, normalize_wechat_id

NICKS = (
    "小美",
    "阿琳",
    "甜甜",
    "娟子",
    "萌萌",
    "大熊",
    "阿杰",
    "果果",
    "Lily",
    "Coco",
    "安妮",
    "小鹿",
    "晴天",
    "月亮",
    "静静",
    "Amy",
    "糖糖",
    "芳芳",
    "欢欢",
    "小七",
    "阿雅",
    "丽丽",
    "豆豆",
    "花花",
    "Vivi",
    "阳阳",
)
BRANDS = (
    "鑫源",
    "华美",
    "优品",
    "恒泰",
    "佳禾",
    "金诺",
    "盛世",
    "瑞祥",
    "天成",
    "博雅",
    "汇通",
    "名匠",
    "臻选",
    "悦享",
    "尚品",
    "康源",
    "锦程",
    "嘉信",
    "宏图",
    "新锐",
)
BLACKLIST_REASONS = (
    "多次拒不参加调解，且存在销售假冒商品行为",
    "收款后拉黑消费者，被多次投诉",
    "销售无中文标签、无备案的化妆品，屡教不改",
    "虚假宣传保健功效，拒不整改",
    "经行政机关查处仍继续违法经营",
)
# Unregistered sellers sell mostly on WeChat, now and then on a second-hand or short-video platform.
SELLER_CHANNELS = Weighted(
    ("wechat_moments", "wechat_group", "wechat_miniprogram", "wechat_live", "other_ecommerce", "other"),
    (38, 24, 12, 18, 5, 3),
)
REGISTERED_CHANNELS = Weighted(
    ("store", "other_ecommerce", "wechat_miniprogram", "wechat_moments", "tv_phone", "other"), (34, 26, 20, 10, 4, 6)
)
# The share of the cases after each merchant's first goes by rank with weight 1 / (rank + 8) ** 1.1.
ZIPF_OFFSET, ZIPF_EXPONENT = 8, 1.1


@dataclass(frozen=True)
class MerchantSeed:
    """One demo merchant: its row, its trade and the channels its cases come through."""

    id: int
    trade: Trade
    channels: Weighted[str]
    row: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.row["name"])

    @property
    def shop(self) -> str:
        return str(self.row["shop_name"] or self.row["name"])


class _Unique:
    """Draws until a value is new, so no two merchants share a WeChat ID, phone, payee or code."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def take(self, draw: Any, key: Any = lambda v: v) -> Any:
        while True:
            value = draw()
            k = key(value)
            if k not in self.seen:
                self.seen.add(k)
                return value


class MerchantMaker:
    """Makes merchants one at a time from one random stream."""

    def __init__(self, draw: Draw, names: people.NameMaker) -> None:
        self.draw, self.names = draw, names
        self.wechat, self.phones, self.payees, self.codes = _Unique(), _Unique(), _Unique(), _Unique()

    def make(self, merchant_id: int, created_at: datetime, blacklisted: bool) -> MerchantSeed:
        draw = self.draw
        roll = draw.random()
        kind = "unregistered" if roll < 0.70 else "individual_business" if roll < 0.86 else "enterprise"
        trade = pick_trade(draw)
        row = self._identity(kind, trade)
        row.update(
            id=merchant_id,
            kind=kind,
            created_at=created_at,
            blacklisted=blacklisted,
            blacklist_reason=draw.one(BLACKLIST_REASONS) if blacklisted else None,
            merged_into_id=None,
            version=1,
            name_key=normalize_name(row["name"]),
        )
        channels = SELLER_CHANNELS if kind == "unregistered" else REGISTERED_CHANNELS
        return MerchantSeed(merchant_id, trade, channels, row)

    def _identity(self, kind: str, trade: Trade) -> dict[str, Any]:
        draw = self.draw
        region, city, district = draw.one(people.LOCAL_REGIONS)
        phone = self.phones.take(
            lambda: people.landline(draw) if kind == "enterprise" and draw.chance(0.6) else people.mobile(draw)
        )
        word = draw.one(trade.shop_words)
        wechat = None
        if kind == "unregistered" or draw.chance(0.4):
            wechat = self.wechat.take(lambda: people.wechat_id(draw, phone), normalize_wechat_id)
        payee = None
        if kind != "enterprise" and draw.chance(0.8):
            payee = self.payees.take(lambda: self.names.name(2), normalize_name)
        code = None
        if kind == "unregistered":
            nick = draw.one(NICKS) if draw.chance(0.6) else self.names.surname() + draw.one("姐哥妹")
            name = f"{nick}{'的' if draw.chance(0.3) else ''}{word}"
        elif kind == "individual_business":
            name = f"{city}{district}{self.names.surname()}记{word}"
            code = self.codes.take(lambda: people.uscc(draw, True, region))
        else:
            name = f"{city}{draw.one(BRANDS)}{trade.industry}有限公司"
            code = self.codes.take(lambda: people.uscc(draw, False, region))
        return self._fields(kind, name, phone, wechat, payee, code)

    def _fields(
        self, kind: str, name: str, phone: str, wechat: str | None, payee: str | None, code: str | None
    ) -> dict[str, Any]:
        draw = self.draw
        registered = kind != "unregistered"
        verified = draw.chance(0.7 if registered else 0.15)
        how = ("登记信息查询" if registered else draw.one(("平台实名信息", "身份证件"))) if verified else None
        return {
            "name": name,
            "uscc": code,
            "wechat_id": wechat,
            "wechat_key": normalize_wechat_id(wechat) if wechat else None,
            "phone": phone,
            "payee": payee,
            "payee_key": normalize_name(payee) if payee else None,
            "shop_name": f"{name}小程序" if draw.chance(0.2) else None,
            "address": people.address(draw) if registered or draw.chance(0.2) else None,
            "verified": verified,
            "verified_how": how,
        }


def merchant_picks(draw: Draw, merchants: int, cases: int) -> tuple[list[int], list[int]]:
    """For each case, in order, the index of its merchant (every merchant once, the rest Zipf-like), and
    the merchant indices from the most to the least complained about."""
    rng = draw.rng
    ranks = list(range(merchants))
    rng.shuffle(ranks)  # rank r belongs to merchant ranks[r]: repeat offenders are not the first ids
    total, cumulative = 0.0, []
    for rank in range(merchants):
        total += 1.0 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT
        cumulative.append(total)
    extra = rng.choices(ranks, cum_weights=cumulative, k=max(cases - merchants, 0))
    picks = list(range(merchants)) + extra
    rng.shuffle(picks)
    return picks[:cases], ranks


def blacklisted(draw: Draw, ranks: list[int]) -> set[int]:
    """Indices of the merchants on the blacklist: often the worst repeat offenders, rarely anyone else."""
    top = max(1, len(ranks) // 100)
    chosen = {index for rank, index in enumerate(ranks) if draw.chance(0.4 if rank < top else 0.002)}
    return chosen or {ranks[0]}
