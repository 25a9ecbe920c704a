"""What the drawn screenshots say: a payment (amount, time, payee, numbers, card) or a chat, made up from
a seed, with the fields a reader should find in it (the truth the benchmark scores against)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

PAYEES = (
    "美妆小铺",
    "阿华数码",
    "鲜果坊王姐",
    "Lily小店",
    "张建国",
    "李晓梅",
    "星辰母婴",
    "老陈茶叶",
    "悦己服饰",
    "陈师傅家电维修",
    "乐购优选",
    "周记土特产",
    "优品汇",
    "王芳",
    "刘德华同款",
    "健康生活馆",
)
COMPANIES = ("深圳市美丽传说商贸有限公司", "广州优品汇电子商务有限公司", "杭州星辰母婴用品店", "佛山市乐购科技有限公司")
SHOPS = ("美宜佳便利店", "华润万家", "百果园(科技园店)", "钱大妈", "名创优品", "瑞幸咖啡", "喜茶", "罗森便利店")
BANKS = ("招商银行", "中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "平安银行", "浦发银行")
SENDERS = ("小雨", "王女士", "Tom", "老张", "晴天", "李先生")
GOODS = ("面霜两瓶", "蓝牙耳机", "进口水果礼盒", "儿童奶粉", "羽绒服", "空调清洗", "普洱茶饼", "会员充值")
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CHAT_LINES = (
    "你好，我上周在你这买的面霜用了脸过敏了",
    "亲，我们家都是正品哦",
    "我已经转账399元了，什么时候发货",
    "今天下午就发，明天能到",
    "收到货发现是坏的，要求退款",
    "拍个照片给我看一下",
    "图片已经发给你了，你看看",
    "这个不支持七天无理由退货",
    "那我只能去消协投诉了",
    "别急，我们商量一下，给你退一半可以吗",
    "快递单号发我一下",
    "说好的三天内退款，到现在都没有退",
    "红包你先收一下，定金",
    "已经超过一个星期了，还没收到",
    "麻烦尽快处理，谢谢",
    "好的，我问一下老板",
)


@dataclass(frozen=True)
class Truth:
    """The fields a reader should find; None where the record shows none."""

    kind: str
    amount: Decimal | None = None
    paid_at: datetime | None = None
    year_shown: bool | None = None
    payee: str | None = None
    transaction_no: str | None = None
    order_no: str | None = None
    card_tail: str | None = None
    messages: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Payment:
    """A made-up payment to draw in any of the layouts."""

    amount: Decimal
    paid_at: datetime
    received_at: datetime
    payee: str
    company: str
    shop: str
    transaction_no: str
    order_no: str
    bank: str | None
    card_tail: str | None
    card_kind: str
    sender: str
    goods: str

    @property
    def paid_with(self) -> str:
        return f"{self.bank}{self.card_kind}({self.card_tail})" if self.bank else "零钱"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _amount(rng: random.Random) -> Decimal:
    cents = rng.choice((rng.randint(100, 99_999), rng.randint(100, 999_999), rng.randint(1, 99) * 100))
    return Decimal(cents) / 100


def make_payment(rng: random.Random) -> Payment:
    paid_at = datetime(2026, 1, 1, 0, 0, rng.randint(0, 59)) + timedelta(minutes=rng.randint(0, 330 * 24 * 60))
    stamp = paid_at.strftime("%Y%m%d")
    has_card = rng.random() < 0.7
    order_no = rng.choice(
        (
            stamp + _digits(rng, rng.randint(6, 10)),
            rng.choice(LETTERS) + rng.choice(LETTERS) + stamp + _digits(rng, 8),
            _digits(rng, 20),
        )
    )
    return Payment(
        amount=_amount(rng),
        paid_at=paid_at,
        received_at=paid_at + timedelta(minutes=rng.randint(0, 600)),
        payee=rng.choice(PAYEES),
        company=rng.choice(COMPANIES),
        shop=rng.choice(SHOPS),
        transaction_no=rng.choice(("1000050001", "1000039901", "1000049801")) + stamp + _digits(rng, 10),
        order_no=order_no,
        bank=rng.choice(BANKS) if has_card else None,
        card_tail=_digits(rng, 4) if has_card else None,
        card_kind=rng.choice(("储蓄卡", "信用卡")),
        sender=rng.choice(SENDERS),
        goods=rng.choice(GOODS),
    )


def make_chat(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """A contact name and messages as (side, text), side "in" or "out"; a centred time line is "time"."""
    contact = rng.choice(PAYEES)
    lines = rng.sample(CHAT_LINES, rng.randint(4, 7))
    messages: list[tuple[str, str]] = [("time", rng.choice(("昨天 14:25", "11月3日 下午2:25", "星期三 09:12")))]
    for i, line in enumerate(lines):
        if i == 3:
            messages.append(("time", f"{rng.randint(10, 23)}:{rng.randint(0, 59):02d}"))
        messages.append((rng.choice(("in", "out")), line))
    return contact, messages
