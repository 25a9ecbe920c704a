"""The layouts: how each kind of record looks on the phone. Each draws one made-up record on a screen and
returns what a reader should find. ``HELD_OUT`` names the layouts kept out of tuning."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from bench.evidence.records import Payment, Truth, make_chat
from bench.evidence.screen import BLACK, GRAY, POINTS_WIDE, WHITE, Screen

GREEN, RED, GOLD = (7, 193, 96), (214, 80, 60), (250, 214, 150)
Layout = Callable[[Screen, Payment, random.Random], Truth]


def _money(p: Payment, sign: str = "¥", commas: bool = False) -> str:
    return f"{sign}{p.amount:,.2f}" if commas else f"{sign}{p.amount:.2f}"


def _cn_time(at: datetime, zero_pad: bool) -> str:
    if zero_pad:
        return at.strftime("%Y年%m月%d日 %H:%M:%S")
    return f"{at.year}年{at.month}月{at.day}日 {at:%H:%M:%S}"


def _payment_truth(kind: str, p: Payment, payee: str, order: bool = False, year: bool = True) -> Truth:
    return Truth(
        kind=kind,
        amount=p.amount,
        paid_at=p.paid_at.replace(second=0),
        year_shown=year,
        payee=payee,
        transaction_no=None if kind == "red_envelope" else p.transaction_no,
        order_no=p.order_no if order else None,
        card_tail=None if kind == "red_envelope" else p.card_tail,
    )


def transfer_received(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """The transfer's own page: a tick, "X已收款", the amount, rows with right-aligned values."""
    sc.title_bar("")
    sc.y += 40
    sc.circle(POINTS_WIDE / 2, sc.y + 28, 28, GREEN)
    sc.y += 80
    sc.centre(f"{p.payee}已收款", 17)
    sc.y += 6
    sc.centre(_money(p), 36, bold=True)
    sc.y += 40
    rows = [("转账时间", _cn_time(p.paid_at, rng.random() < 0.5)), ("收款时间", _cn_time(p.received_at, True))]
    rows += [("支付方式", p.paid_with), ("转账单号", p.transaction_no)]
    for label, value in rows:
        sc.row(label, value, "right")
    return _payment_truth("transfer", p, p.payee)


def transfer_bill(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """The bill of a transfer in 账单: "转账-转给X", the amount with a minus, rows in a value column."""
    sc.title_bar("账单详情")
    sc.y += 30
    sc.centre(f"转账-转给{p.payee}", 16)
    sc.centre(_money(p, "-"), 34, bold=True)
    sc.y += 30
    rows = [("当前状态", "对方已收钱"), ("转账说明", p.goods), ("转账时间", _cn_time(p.paid_at, False))]
    rows += [("收款时间", _cn_time(p.received_at, False)), ("支付方式", p.paid_with), ("转账单号", p.transaction_no)]
    for label, value in rows:
        sc.row(label, value, "column")
    return _payment_truth("transfer", p, p.payee)


def transfer_stacked(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """Held out: values under their labels, a payee row, ISO-like times, the amount with 元."""
    sc.title_bar("转账详情")
    sc.y += 30
    sc.centre("转账成功", 18, GREEN)
    sc.centre(f"{p.amount:,.2f}元", 32, bold=True)
    sc.y += 20
    rows = [("收款方", p.payee), ("转账时间", p.paid_at.strftime("%Y-%m-%d %H:%M:%S")), ("付款方式", p.paid_with)]
    rows.append(("转账单号", p.transaction_no))
    for label, value in rows:
        sc.row(label, value, "stacked")
    return _payment_truth("transfer", p, p.payee)


def _receiver(sc: Screen, p: Payment, when: str) -> None:
    sc.divider()
    sc.box(16, sc.y, 60, sc.y + 44, (200, 200, 210), 4)
    sc.text(72, sc.y, p.payee, 16)
    sc.text(POINTS_WIDE - 16, sc.y + 2, f"{p.amount:.2f}元", 16, anchor="ra")
    sc.text(72, sc.y + 25, when, 13, GRAY)
    sc.y += 60


def _red_when(p: Payment, rng: random.Random) -> str:
    return (
        f"{p.paid_at:%m}月{p.paid_at:%d}日 {p.paid_at:%H:%M}"
        if rng.random() < 0.5
        else (f"{p.paid_at.month}月{p.paid_at.day}日 {p.paid_at:%H:%M}")
    )


def red_envelope_open(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """A red band, "X的红包", the blessing, the big amount, who received it and when (no year)."""
    sc.box(0, 0, POINTS_WIDE, 150, RED)
    sc.title_bar("", WHITE)
    sc.y = 175
    sc.centre(f"{p.sender}的红包", 18, bold=True)
    sc.centre("恭喜发财，大吉大利", 14, GRAY)
    sc.y += 10
    sc.centre(f"{p.amount:.2f}元", 40, (190, 140, 60), bold=True)
    sc.y += 30
    sc.text(16, sc.y, f"1个红包共{p.amount:.2f}元，已被领取", 14, GRAY)
    sc.y += 34
    _receiver(sc, p, _red_when(p, rng))
    return _payment_truth("red_envelope", p, p.payee, year=False)


def red_envelope_sent(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """ "X发出的红包" without a big amount: the summary line and the receiver row carry it."""
    sc.title_bar("红包详情")
    sc.y += 30
    sc.centre(f"{p.sender}发出的红包", 18, bold=True)
    sc.centre(rng.choice(("恭喜发财，大吉大利", "定金", "货款")), 14, GRAY)
    sc.y += 40
    sc.text(16, sc.y, f"1个红包共{p.amount:.2f}元，{p.payee}已领取", 14, GRAY)
    sc.y += 34
    _receiver(sc, p, _red_when(p, rng))
    return _payment_truth("red_envelope", p, p.payee, year=False)


def red_envelope_rows(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """Held out: gold header, "¥" amount, and labelled rows for the receiver and the time."""
    sc.box(0, 0, POINTS_WIDE, 120, GOLD)
    sc.title_bar("红包详情")
    sc.y = 150
    sc.centre(_money(p), 34, bold=True)
    sc.centre("已存入对方零钱", 14, GRAY)
    sc.y += 30
    for label, value in (("领取人", p.payee), ("领取时间", _red_when(p, rng)), ("红包类型", "普通红包")):
        sc.row(label, value, "right")
    return _payment_truth("red_envelope", p, p.payee, year=False)


def _shop_header(sc: Screen, name: str) -> None:
    sc.circle(POINTS_WIDE / 2, sc.y + 24, 24, (60, 120, 220))
    sc.y += 60
    sc.centre(name, 16)


def qr_bill(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """The merchant bill: logo, shop name, "-amount", rows down to 交易单号 and 商户单号."""
    sc.title_bar("账单详情")
    sc.y += 24
    _shop_header(sc, p.shop)
    sc.centre(_money(p, "-"), 34, bold=True)
    sc.y += 24
    rows = [("当前状态", "支付成功"), ("支付时间", _cn_time(p.paid_at, rng.random() < 0.5)), ("商品", p.goods)]
    rows += [("商户全称", p.company), ("收单机构", "财付通支付科技有限公司"), ("支付方式", p.paid_with)]
    rows += [("交易单号", "42" + p.transaction_no[2:]), ("商户单号", p.order_no)]
    for label, value in rows:
        sc.row(label, value, "column")
    truth = _payment_truth("qr_payment", p, p.shop, order=True)
    return Truth(**{**truth.__dict__, "transaction_no": "42" + p.transaction_no[2:]})


def qr_success(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """The page after scanning: "支付成功", the amount, 收款方 and the numbers right-aligned."""
    sc.title_bar("")
    sc.y += 30
    sc.circle(POINTS_WIDE / 2, sc.y + 24, 24, GREEN)
    sc.y += 64
    sc.centre("支付成功", 18, GREEN)
    sc.centre(_money(p, "￥"), 34, bold=True)
    sc.y += 24
    rows = [("收款方", p.shop), ("支付时间", _cn_time(p.paid_at, True)), ("支付方式", p.paid_with)]
    rows += [("交易单号", "42" + p.transaction_no[2:]), ("商户单号", p.order_no)]
    for label, value in rows:
        sc.row(label, value, "right")
    truth = _payment_truth("qr_payment", p, p.shop, order=True)
    return Truth(**{**truth.__dict__, "transaction_no": "42" + p.transaction_no[2:]})


def qr_scan_stacked(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """Held out: "扫二维码付款-给X", values under labels, 付款时间 and 商家订单号."""
    sc.title_bar("交易详情")
    sc.y += 24
    sc.centre(f"扫二维码付款-给{p.shop}", 16)
    sc.centre(_money(p, "-", commas=True), 32, bold=True)
    sc.y += 20
    rows = [("付款时间", p.paid_at.strftime("%Y-%m-%d %H:%M:%S")), ("付款方式", p.paid_with)]
    rows += [("交易单号", "42" + p.transaction_no[2:]), ("商家订单号", p.order_no)]
    for label, value in rows:
        sc.row(label, value, "stacked")
    truth = _payment_truth("qr_payment", p, p.shop, order=True)
    return Truth(**{**truth.__dict__, "transaction_no": "42" + p.transaction_no[2:]})


def _bubbles(sc: Screen, messages: list[tuple[str, str]], size: float, avatars: bool, dark: bool) -> None:
    left_fill, right_fill = ((44, 44, 44), (58, 160, 90)) if dark else (WHITE, (149, 236, 105))
    ink = (220, 220, 220) if dark else BLACK
    for side, text in messages:
        if side == "time":
            sc.text(POINTS_WIDE / 2, sc.y, text, 12, GRAY, anchor="ma")
            sc.y += 30
            continue
        lines = sc.wrapped(text, size, 220)
        width = max(sc.text_width(line, size) for line in lines) + 24
        height = len(lines) * size * 1.4 + 18
        inset = 60 if avatars else 14
        x0 = inset if side == "in" else POINTS_WIDE - inset - width
        if avatars:
            ax = 12 if side == "in" else POINTS_WIDE - 52
            sc.box(ax, sc.y, ax + 40, sc.y + 40, (170, 180, 200), 4)
        sc.box(x0, sc.y, x0 + width, sc.y + height, left_fill if side == "in" else right_fill, 5)
        for i, line in enumerate(lines):
            sc.text(x0 + 12, sc.y + 9 + i * size * 1.4, line, size, ink)
        sc.y += max(height, 40) + 16


def _chat(sc: Screen, rng: random.Random, size: float, avatars: bool, dark: bool) -> Truth:
    contact, messages = make_chat(rng)
    sc.title_bar(contact, (220, 220, 220) if dark else BLACK)
    sc.y += 12
    _bubbles(sc, messages, size, avatars, dark)
    bar = sc.height / sc.s - 60
    sc.box(0, bar, POINTS_WIDE, bar + 60, (30, 30, 30) if dark else (246, 246, 246))
    sc.box(50, bar + 10, POINTS_WIDE - 90, bar + 46, (60, 60, 60) if dark else WHITE, 4)
    return Truth(kind="chat", messages=tuple(t for side, t in messages if side != "time"))


def chat_light(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """A chat with avatars, green and white bubbles, centred times."""
    return _chat(sc, rng, 16, True, False)


def chat_dark(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """The same in dark mode."""
    return _chat(sc, rng, 16, True, True)


def chat_large_text(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """Held out: large text for older eyes, no avatars."""
    return _chat(sc, rng, 21, False, False)


def delivery_page(sc: Screen, p: Payment, rng: random.Random) -> Truth:
    """Not a payment nor a chat: a parcel's tracking page."""
    sc.title_bar("物流详情")
    sc.y += 20
    sc.row("运单号", f"SF{p.transaction_no[-13:]}", "column")
    sc.row("快递公司", "顺丰速运", "column")
    for line in ("已签收，签收人：本人", "【深圳市】快件已到达南山科技园营业点", "【广州市】快件已发车"):
        sc.text(30, sc.y, line, 14)
        sc.y += 40
    return Truth(kind="other")


LAYOUTS: dict[str, Layout] = {
    "transfer_received": transfer_received,
    "transfer_bill": transfer_bill,
    "transfer_stacked": transfer_stacked,
    "red_envelope_open": red_envelope_open,
    "red_envelope_sent": red_envelope_sent,
    "red_envelope_rows": red_envelope_rows,
    "qr_bill": qr_bill,
    "qr_success": qr_success,
    "qr_scan_stacked": qr_scan_stacked,
    "chat_light": chat_light,
    "chat_dark": chat_dark,
    "chat_large_text": chat_large_text,
    "delivery_page": delivery_page,
}
HELD_OUT = frozenset({"transfer_stacked", "red_envelope_rows", "qr_scan_stacked", "chat_large_text"})
DARK = frozenset({"chat_dark"})
