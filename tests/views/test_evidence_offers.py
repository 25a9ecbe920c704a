"""A payment screenshot added on the case page is read in the background: the fields found are offered
(从截图识别), the clerk's typed values are never replaced, an accepted field fills the case, and the
payment evidence shows as present."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

pytest.importorskip("rapidocr", reason="the OCR engine is not installed (bash scripts/setup.sh)")

from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.store.reference import AuditEntry
from app.views.case_page.case_page import CasePage
from app.views.dialogs.case_dialogs import NewCaseDialog
from bench.evidence.samples import samples
from tests.support.builders import wechat_draft
from tests.views.intake_support import choose, click, context, no_blocking_questions, type_into

__all__ = ["no_blocking_questions"]
pytestmark = pytest.mark.slow


def test_a_transfer_screenshot_offers_its_fields_and_fills_only_the_empty_ones(qtbot, sqlite_db, admin, tmp_path):
    db = sqlite_db
    day = date(2026, 12, 1)
    no = register_case(db, admin, wechat_draft(day, purchase_date=None, payment=""), today=day)
    sample = next(samples(1, seed=11, layouts=["transfer_bill"], photos=False))
    path = sample.save(tmp_path)
    page = CasePage(context(db, admin), no)
    qtbot.addWidget(page)
    assert page.evidence.hint.isVisibleTo(page.evidence)
    dialog = page.add_evidence([str(path)])
    choose(dialog.kind, "chat_screenshot")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(page.offers.offers), timeout=120_000)
    offers = page.offers.offers
    assert f"金额 {sample.truth.amount:.2f}" in page.offers.summary.text()
    assert not offers["amount"].offered  # 399.00 was typed at intake: shown, not put over it
    assert not page.offers.buttons["amount"][0].isEnabled()
    assert offers["purchase_date"].offered
    click(qtbot, page.offers.buttons["purchase_date"][0])
    click(qtbot, page.offers.buttons["payment"][1])
    detail = case_detail(db, Actor.cli(), no)
    assert detail.draft.purchase_date == sample.truth.paid_at.date()
    assert detail.draft.payment in ("", None)
    assert [e.kind for e in detail.evidence] == ["transfer_record"]
    assert not page.evidence.hint.isVisibleTo(page.evidence)
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "evidence_field"))
        details = [json.loads(e.detail)["after"] for e in entries]
    assert {(d["field"], d["decision"]) for d in details} == {("purchase_date", "accepted"), ("payment", "ignored")}


def test_the_intake_form_offers_a_screenshot_s_fields_and_keeps_it_as_evidence(qtbot, sqlite_db, admin, tmp_path):
    db = sqlite_db
    sample = next(samples(1, seed=4, layouts=["qr_bill"], photos=False))
    path = sample.save(tmp_path)
    ctx = context(db, admin)
    dialog = NewCaseDialog(ctx)
    qtbot.addWidget(dialog)
    form = dialog.case_form
    choose(form.source, "phone")
    type_into(qtbot, form.consumer_name, "张三")
    type_into(qtbot, form.consumer_phone.line, "13812348000")
    type_into(qtbot, form.merchant_name, "美妆小铺")
    choose(form.channel, "wechat_moments")
    type_into(qtbot, form.amount.line, "50")  # typed by the clerk before reading: stays
    choose(form.nature, "quality")
    choose(form.category, "g_daily")
    form.requests.boxes["refund"].setChecked(True)
    type_into(qtbot, form.facts, "扫码付款买的东西是坏的。")
    form.screenshot.read_file(path)
    qtbot.waitUntil(lambda: form.screenshot.read is not None, timeout=120_000)
    reader = form.screenshot.offers
    assert "从截图识别：" in reader.summary.text()
    assert form.picker.search.text() == sample.truth.payee  # offered to the merchant look-up
    assert not reader.buttons["amount"][0].isEnabled()  # 50 was typed: it cannot be accepted over it
    click(qtbot, reader.buttons["amount"][1])
    for field in ("purchase_date", "payment", "order_no"):
        click(qtbot, reader.buttons[field][0])
    assert form.amount.text() == "50"
    assert form.purchase_date.text() == sample.truth.paid_at.date().isoformat()
    assert form.order_no.text() == sample.truth.order_no
    click(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    detail = case_detail(db, Actor.cli(), dialog.case_no)
    assert [e.kind for e in detail.evidence] == ["payment_bill"]
    assert detail.missing_evidence == []
    assert detail.draft.order_no == sample.truth.order_no
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "evidence_field"))
        decided = {(d["field"], d["decision"]) for d in (json.loads(e.detail)["after"] for e in entries)}
    assert decided == {
        ("amount", "ignored"),
        ("purchase_date", "accepted"),
        ("payment", "accepted"),
        ("order_no", "accepted"),
    }
