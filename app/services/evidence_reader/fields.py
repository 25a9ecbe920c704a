"""The fields of a WeChat payment record read from its rows of text: which record it is, the amount, when
it was paid, to whom, its transaction and merchant order numbers and the tail of the payer's card.

Each field comes with a confidence in [0, 1]: the engine's score of the text it came from, lowered when the
field was found by position rather than by its printed label. Chats and other images yield their text only.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.errors import InvalidValue
from app.domain.identifiers import to_halfwidth
from app.domain.money import parse_amount
from app.services.evidence_reader.rows import Row

KINDS = ("transfer", "red_envelope", "qr_payment", "chat", "other")
PAYMENT_KINDS = frozenset({"transfer", "red_envelope", "qr_payment"})
FIELDS = ("kind", "amount", "paid_at", "payee", "transaction_no", "order_no", "card_tail")

# What each kind of record prints and the others do not (real WeChat wording, several app versions).
MARKERS = {
    "red_envelope": ("的红包", "红包详情", "已被领取", "个红包共", "已存入", "领取人", "发出的红包", "已领取"),
    "transfer": ("转账单号", "转账时间", "已收款", "转账-转给", "转账转给", "确认收款", "转账成功", "已收钱"),
    "qr_payment": (
        "交易单号",
        "商户单号",
        "商家订单号",
        "商户全称",
        "支付成功",
        "扫二维码付款",
        "收单机构",
        "付款成功",
    ),
}
OTHER_MARKERS = ("运单号", "快递公司", "物流详情", "签收")
LABELS = {
    "paid_at": ("支付时间", "转账时间", "付款时间", "交易时间", "创建时间", "领取时间", "发送时间"),
    "payee": ("收款方", "收款人", "收款商户", "商户名称", "收款账户", "对方账户", "领取人"),
    "transaction_no": ("转账单号", "交易单号", "交易号", "支付单号"),
    "order_no": ("商户单号", "商家订单号", "商户订单号", "订单号"),
    "paid_with": ("支付方式", "付款方式"),
    "company": ("商户全称",),
}
ALL_LABELS = tuple(sorted({label for labels in LABELS.values() for label in labels}, key=len, reverse=True))
ALL_LABELS += ("收款时间", "当前状态", "转账说明", "商品", "收单机构", "红包类型", "快递公司", "运单号")

_MONEY = re.compile(r"^[-−—–+]?[¥￥Y羊半]?[-−]?((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})元?$")
_MONEY_IN_TEXT = re.compile(r"共((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})元|((?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})元")
_FULL_TIME = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:：]\s*(\d{2})")
_MONTH_DAY_TIME = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2})\s*[:：]\s*(\d{2})")
_CHAT_TIME = re.compile(
    r"^(昨天|前天|星期.|周.|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日)?(上午|下午|中午|晚上|凌晨)?\d{1,2}[:：]\d{2}$"
)
_CARD_TAIL = re.compile(r"[(（]\s*(\d{4})\s*[)）]|尾号\s*(\d{4})")
_PAYEE_PATTERNS = (
    re.compile(r"^转账[-—－–]?转给(.+)$"),
    re.compile(r"^扫二维码付款[-—－–]?给(.+)$"),
    re.compile(r"^转给(.+)$"),
    re.compile(r"^待(.+?)确认收款$"),
    re.compile(r"^(.+?)已收款$"),
    re.compile(r"个红包共[\d.,]+元[,，](.+?)已领取"),
)
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"})
_TRAILING_AMOUNT = re.compile(r"[\d.,]+元$")
BY_LABEL, BY_POSITION = 1.0, 0.8


@dataclass
class Reading:
    """What was read from one image; ``confidence`` maps each field found to its confidence."""

    kind: str
    text: str
    amount: Decimal | None = None
    paid_at: datetime | None = None
    year_shown: bool | None = None
    payee: str | None = None
    transaction_no: str | None = None
    order_no: str | None = None
    card_tail: str | None = None
    confidence: dict[str, float] = field(default_factory=dict)


def _labelled(rows: list[Row], labels: tuple[str, ...]) -> tuple[str, list[Row]] | None:
    """The value printed beside (or under) the first of ``labels`` found, and the rows it came from."""
    for label in labels:
        for i, row in enumerate(rows):
            text = to_halfwidth(row.compact)
            if not text.startswith(label) or any(
                text.startswith(longer) for longer in ALL_LABELS if len(longer) > len(label)
            ):
                continue
            rest, used = text[len(label) :].lstrip(":："), [row]
            if not rest and i + 1 < len(rows) and not _is_label(rows[i + 1]):
                rest, used = to_halfwidth(rows[i + 1].compact), [row, rows[i + 1]]
            if rest:
                return rest, used
    return None


def _is_label(row: Row) -> bool:
    return to_halfwidth(row.compact).startswith(ALL_LABELS)


def _continued(rows: list[Row], used: list[Row], value: str) -> tuple[str, list[Row]]:
    """A long number wraps onto the next row: append that row while it is digits and letters only."""
    index = rows.index(used[-1]) + 1
    while index < len(rows):
        nxt = to_halfwidth(rows[index].compact)
        if not re.fullmatch(r"[0-9A-Za-z]{1,12}", nxt) or _is_label(rows[index]):
            break
        value, used = value + nxt, [*used, rows[index]]
        index += 1
    return value, used


def _score(rows: list[Row], weight: float = BY_LABEL) -> float:
    return round(min(r.score for r in rows) * weight, 3)


def classify(rows: list[Row], width: float) -> tuple[str, float]:
    """The kind of record and how sure: the kind whose markers appear most; else chat or other."""
    text = "\n".join(to_halfwidth(r.compact) for r in rows)
    counts = {kind: sum(marker in text for marker in markers) for kind, markers in MARKERS.items()}
    best = max(counts, key=lambda k: counts[k])
    if counts[best]:
        return best, min(1.0, 0.5 + 0.2 * counts[best])
    centred_times = [
        r
        for r in rows
        if _CHAT_TIME.match(to_halfwidth(r.compact)) and abs((r.left + r.right) / 2 - width / 2) < 0.12 * width
    ]
    sentences = [r for r in rows if len(r.compact) >= 6 and not _is_label(r)]
    if centred_times and len(sentences) >= 2:
        return "chat", min(1.0, 0.6 + 0.1 * len(centred_times))
    if any(m in text for m in OTHER_MARKERS):
        return "other", 0.7
    return ("chat", 0.5) if len(sentences) >= 3 else ("other", 0.5)


def _amount(rows: list[Row], reading: Reading) -> None:
    boxes = [(b, m) for r in rows for b in r.boxes if (m := _MONEY.match(to_halfwidth("".join(b.text.split()))))]
    if boxes:
        box, match = max(boxes, key=lambda bm: bm[0].height)
        body = statistics.median(b.height for r in rows for b in r.boxes)
        reading.amount = parse_amount(match.group(1))
        reading.confidence["amount"] = round(box.score * (1.0 if box.height >= 1.5 * body else 0.7), 3)
        return
    for row in rows:
        found = _MONEY_IN_TEXT.search(to_halfwidth(row.compact))
        if found:
            reading.amount = parse_amount(found.group(1) or found.group(2))
            reading.confidence["amount"] = _score([row], BY_POSITION)
            return


def year_for(month: int, day: int, purchase_date: date | None, file_date: date | None) -> int | None:
    """The year of a date shown without one: the purchase date's (nearest), else the latest not after the
    file's date; None when neither is known or the day does not exist."""
    reference = purchase_date or file_date
    if reference is None:
        return None
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if purchase_date is None:
        candidates = [c for c in candidates if c <= reference]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - reference).days)).year


def _full_time(text: str) -> datetime | None:
    found = _FULL_TIME.search(text)
    if not found:
        return None
    try:
        year, month, day, hour, minute = (int(g) for g in found.groups())
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _paid_at(rows: list[Row], reading: Reading, purchase_date: date | None, file_date: date | None) -> None:
    labelled = _labelled(rows, LABELS["paid_at"])
    candidates = ([(labelled[0], labelled[1], BY_LABEL)] if labelled else []) + [
        (to_halfwidth(r.compact), [r], BY_POSITION) for r in rows if not to_halfwidth(r.compact).startswith("收款时间")
    ]
    for text, used, weight in candidates:
        at = _full_time(text)
        if at is not None:
            reading.paid_at, reading.year_shown = at, True
            reading.confidence["paid_at"] = _score(used, weight)
            return
    if reading.kind != "red_envelope":
        return
    for text, used, weight in candidates:
        found = _MONTH_DAY_TIME.search(text)
        if not found:
            continue
        month, day, hour, minute = (int(g) for g in found.groups())
        year = year_for(month, day, purchase_date, file_date)
        try:
            at = datetime(year, month, day, hour, minute) if year else None
        except ValueError:
            at = None
        if at is not None:
            reading.paid_at, reading.year_shown = at, False
            reading.confidence["paid_at"] = _score(used, weight * 0.9)
        return


def _clean_name(raw: str) -> str | None:
    name = raw.strip(" :：-—")
    return name or None


def _payee(rows: list[Row], reading: Reading) -> None:
    labelled = _labelled(rows, LABELS["payee"])
    if labelled:
        reading.payee = _clean_name(_TRAILING_AMOUNT.sub("", labelled[0]))
        reading.confidence["payee"] = _score(labelled[1])
        return
    for pattern in _PAYEE_PATTERNS:
        for row in rows:
            found = pattern.search(to_halfwidth(row.compact))
            if found and _clean_name(found.group(1)):
                reading.payee = _clean_name(found.group(1))
                reading.confidence["payee"] = _score([row])
                return
    guess = _receiver_row(rows) if reading.kind == "red_envelope" else _header_above_amount(rows)
    if guess is not None:
        reading.payee = _clean_name(_TRAILING_AMOUNT.sub("", to_halfwidth(guess.compact)))
        reading.confidence["payee"] = _score([guess], BY_POSITION)
        return
    company = _labelled(rows, LABELS["company"])
    if company:
        reading.payee = company[0]
        reading.confidence["payee"] = _score(company[1], BY_POSITION)


def _receiver_row(rows: list[Row]) -> Row | None:
    """On a red envelope, the receiver's nickname sits just above the time it was received."""
    for i, row in enumerate(rows):
        if i and _MONTH_DAY_TIME.fullmatch(to_halfwidth(row.compact)):
            above = rows[i - 1]
            name = _TRAILING_AMOUNT.sub("", to_halfwidth(above.compact))
            return above if name and abs(above.left - row.left) < 2 * row.height else None
    return None


def _header_above_amount(rows: list[Row]) -> Row | None:
    """On a merchant bill, the shop's name is printed just above the amount."""
    for i, row in enumerate(rows):
        if i and _MONEY.match(to_halfwidth(row.compact)):
            above = to_halfwidth(rows[i - 1].compact)
            if above and not _is_label(rows[i - 1]) and not any(m in above for m in ("成功", "详情", "已")):
                return rows[i - 1]
    return None


def _number(rows: list[Row], labels: tuple[str, ...], digits_only: bool) -> tuple[str, float] | None:
    labelled = _labelled(rows, labels)
    if not labelled:
        return None
    value, used = _continued(rows, labelled[1], labelled[0])
    if digits_only:
        value = value.translate(_OCR_DIGITS)
        if not re.fullmatch(r"\d{12,40}", value):
            return None
    else:
        value = value.upper()
        if not re.fullmatch(r"[0-9A-Z_\-]{4,40}", value):
            return None
    return value, _score(used)


def _card_tail(rows: list[Row], reading: Reading) -> None:
    labelled = _labelled(rows, LABELS["paid_with"])
    if labelled:
        found = _CARD_TAIL.search(labelled[0])
        if found:
            reading.card_tail = found.group(1) or found.group(2)
            reading.confidence["card_tail"] = _score(labelled[1])


def extract(rows: list[Row], width: float, purchase_date: date | None = None, file_date: date | None = None) -> Reading:
    """Every field the rows show; for a red envelope the year comes from ``purchase_date`` or ``file_date``."""
    kind, sure = classify(rows, width)
    reading = Reading(kind=kind, text="\n".join(r.text for r in rows), confidence={"kind": round(sure, 3)})
    if kind not in PAYMENT_KINDS:
        return reading
    try:
        _amount(rows, reading)
    except InvalidValue:
        reading.amount = None
    _paid_at(rows, reading, purchase_date, file_date)
    _payee(rows, reading)
    if kind != "red_envelope":
        for name, digits_only in (("transaction_no", True), ("order_no", False)):
            found = _number(rows, LABELS[name], digits_only)
            if found:
                setattr(reading, name, found[0])
                reading.confidence[name] = found[1]
    _card_tail(rows, reading)
    return reading
