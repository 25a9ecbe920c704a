"""Reading payment records: the fields a clerk would otherwise type from the consumer's phone.

The first tests feed the field extraction text boxes as the OCR engine reports them (no engine needed);
the slow ones read generated screenshots and photos of them with the real engine and its packaged models.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.services.evidence_reader.engine import TextBox
from app.services.evidence_reader.fields import extract, year_for
from app.services.evidence_reader.rows import group_rows

WIDTH = 1080.0


def box(text: str, x: float, y: float, w: float | None = None, h: float = 40, slope: float = 0.0) -> TextBox:
    w = w if w is not None else 36 * len(text)
    dy = slope * w
    return TextBox(text, 0.98, ((x, y), (x + w, y + dy), (x + w, y + dy + h), (x, y + h)))


def read(*boxes: TextBox, **dates: date):
    return extract(group_rows(list(boxes)), WIDTH, **dates)


def test_a_transfer_bill_gives_amount_time_payee_number_and_card():
    reading = read(
        box("账单详情", 450, 120),
        box("转账-转给美妆小铺", 330, 300),
        box("-399.00", 380, 370, h=100),
        box("当前状态", 48, 560),
        box("对方已收钱", 330, 560),
        box("转账时间", 48, 640),
        box("2026年11月3日14:25:31", 330, 640),
        box("支付方式", 48, 720),
        box("招商银行储蓄卡(6217)", 330, 720),
        box("转账单号", 48, 800),
        box("100005000120261103012345678", 330, 800),
        box("9", 330, 860),
    )
    assert reading.kind == "transfer"
    assert reading.amount == Decimal("399.00")
    assert reading.paid_at == datetime(2026, 11, 3, 14, 25)
    assert reading.year_shown is True
    assert reading.payee == "美妆小铺"
    assert reading.transaction_no == "1000050001202611030123456789"  # the wrapped last digit joined
    assert reading.card_tail == "6217"
    assert reading.order_no is None
    assert set(reading.confidence) >= {"kind", "amount", "paid_at", "payee", "transaction_no", "card_tail"}
    assert all(0 < c <= 1 for c in reading.confidence.values())


def test_a_merchant_bill_gives_the_shop_and_both_numbers_even_with_values_under_their_labels():
    reading = read(
        box("扫二维码付款-给华润万家", 300, 300),
        box("-1,299.50", 380, 370, h=100),
        box("付款时间", 48, 560),
        box("2026-07-05 04:56:31", 48, 620),
        box("交易单号", 48, 720),
        box("4200039901202607057124911912", 48, 780),
        box("商家订单号", 48, 880),
        box("DD2026070592225711", 48, 940),
    )
    assert (reading.kind, reading.amount, reading.payee) == ("qr_payment", Decimal("1299.50"), "华润万家")
    assert reading.paid_at == datetime(2026, 7, 5, 4, 56)
    assert reading.transaction_no == "4200039901202607057124911912"
    assert reading.order_no == "DD2026070592225711"


def test_a_red_envelope_without_a_year_takes_it_from_the_file_date_across_new_year():
    boxes = (
        box("王女士的红包", 420, 300),
        box("399.00元", 400, 380, h=110),
        box("1个红包共399.00元，已被领取", 48, 560),
        box("鲜果坊王姐", 200, 660),
        box("399.00元", 860, 660),
        box("12月30日21:05", 200, 720, h=30),
    )
    reading = read(*boxes, file_date=date(2027, 1, 3))
    assert reading.kind == "red_envelope"
    assert reading.amount == Decimal("399.00")
    assert reading.payee == "鲜果坊王姐"
    assert reading.paid_at == datetime(2026, 12, 30, 21, 5)
    assert reading.year_shown is False
    assert read(*boxes, purchase_date=date(2027, 1, 2)).paid_at == datetime(2026, 12, 30, 21, 5)
    assert read(*boxes).paid_at is None  # no year known: better absent than guessed


def test_a_chat_is_text_only_even_when_it_mentions_money():
    reading = read(
        box("美妆小铺", 450, 120),
        box("昨天 14:25", 470, 220, h=30),
        box("我已经转账399元了，什么时候发货", 180, 300),
        box("今天下午就发，明天能到", 500, 400),
        box("收到货发现是坏的，要求退款", 180, 500),
    )
    assert reading.kind == "chat"
    assert reading.amount is None and reading.paid_at is None and reading.payee is None
    assert "我已经转账399元了" in reading.text


def test_rows_of_a_tilted_photo_keep_each_label_beside_its_value():
    slope = 0.06  # about 3.4 degrees
    rows = group_rows(
        [
            box("支付时间", 48, 600, slope=slope),
            box("2026年10月8日12:21:06", 600, 600 + 552 * slope, slope=slope),
            box("交易单号", 48, 680, slope=slope),
            box("4200039901202610085106132677", 560, 680 + 512 * slope, slope=slope),
        ]
    )
    assert [r.compact for r in rows] == ["支付时间2026年10月8日12:21:06", "交易单号4200039901202610085106132677"]


@given(st.dates(date(2000, 1, 2), date(2099, 12, 30)), st.integers(1, 12), st.integers(1, 31))
def test_a_year_from_the_file_date_never_puts_the_payment_after_the_file(file_date, month, day):
    year = year_for(month, day, None, file_date)
    if year is not None:
        paid = date(year, month, day)
        assert paid <= file_date
        assert (file_date - paid).days < 366 + 365  # at most the year before (29 February waits for a leap year)


def test_29_february_is_placed_in_a_leap_year():
    assert year_for(2, 29, None, date(2029, 3, 1)) == 2028


def test_starting_the_app_loads_no_ocr_engine():
    """The models cost seconds to load: the main window and the command line must not import them."""
    import subprocess
    import sys

    probe = (
        "import sys, app.cli, app.views.main_window, app.services.evidence_reader.reading; "
        "print(sorted(m for m in ('rapidocr', 'onnxruntime', 'cv2') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
