"""Fields read from a payment screenshot and left undecided are offered again when the case page is opened
later; once each is accepted or ignored, the box stays away."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.services.cases.detail import case_detail
from app.services.cases.evidence import add_evidence
from app.services.cases.evidence_reading import save_reading
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.evidence_reader.fields import Reading
from app.views.case_page.case_page import CasePage
from tests.support.builders import wechat_draft
from tests.views.intake_support import click, context

DAY = date(2026, 11, 10)


def reading() -> Reading:
    return Reading(
        kind="transfer",
        text="转账-转给美妆小铺\n-399.00\n转账时间 2026年11月3日 14:25:31",
        amount=Decimal("399.00"),
        paid_at=datetime(2026, 11, 3, 14, 25),
        year_shown=True,
        payee="美妆小铺",
        transaction_no="1000050001202611030123456790",
        confidence={"kind": 1.0, "amount": 0.99, "paid_at": 0.98, "payee": 0.97},
    )


def test_undecided_offers_return_when_the_case_is_opened_again(qtbot, sqlite_db, admin, tmp_path):
    db = sqlite_db
    no = register_case(db, admin, wechat_draft(DAY, purchase_date=None, payment=""), today=DAY)
    image = tmp_path / "转账.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n5")
    item = add_evidence(db, admin, no, image, "transfer_record")
    save_reading(db, admin, item.id, reading())

    page = CasePage(context(db, admin), no)
    qtbot.addWidget(page)
    assert page.offers.isVisibleTo(page)
    assert "转账.png" in page.offers.status.text()
    assert "purchase_date" in page.offers.buttons and "amount" not in page.offers.buttons  # amount was typed
    click(qtbot, page.offers.buttons["purchase_date"][0])
    assert case_detail(db, Actor.cli(), no).draft.purchase_date == date(2026, 11, 3)
    for field in list(page.offers.buttons):
        if page.offers.buttons[field][1].isEnabled():
            click(qtbot, page.offers.buttons[field][1])

    again = CasePage(context(db, admin), no)
    qtbot.addWidget(again)
    assert not again.offers.isVisibleTo(again)
