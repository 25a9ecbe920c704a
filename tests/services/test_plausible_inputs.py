"""Every service that takes a date or money refuses an implausible one with one clear problem and writes
nothing: 登记日期 0001-01-01, an acceptance dated 2099, money with three decimals or beyond NUMERIC(12,2)
in the workflow, a session offer, an advance payment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from app.domain import requirements as req
from app.domain.errors import InvalidInput
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.sessions import OfferInput, log_session
from app.store.reference import AuditEntry
from tests.support.builders import OPERATOR, session_input, to_agreed, to_mediating, wechat_draft

D0 = date(2026, 5, 11)


def _audit_count(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _refused(db, call, field: str, code: str) -> None:
    before = _audit_count(db)
    with pytest.raises(InvalidInput) as err:
        call()
    assert [(p.field, p.message.code) for p in err.value.problems if p.field == field] == [(field, code)]
    assert _audit_count(db) == before, "nothing written"


def test_a_registration_dated_year_one_is_refused(db, supervisor):
    _refused(
        db,
        lambda: register_case(
            db, supervisor, replace(wechat_draft(D0, purchase_date=None), received_on=date(1, 1, 1)), today=D0
        ),
        "登记日期",
        "date.out_of_range",
    )


def test_an_acceptance_dated_2099_is_refused(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(D0), today=D0)
    _refused(
        db,
        lambda: workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, date(2099, 1, 1)), today=D0),
        "日期",
        "date.out_of_range",
    )


@pytest.mark.parametrize(("amount", "code"), [("12345678901.999", "money.too_large"), ("399.001", "money.decimals")])
def test_closing_money_beyond_the_column_or_with_three_decimals_is_refused(db, supervisor, amount, code):
    no = to_agreed(db, supervisor, D0)
    later = D0 + timedelta(days=12)
    data = req.CloseInput(
        "performed", later, received_amount=Decimal(amount), paid_by="merchant", performance_confirmed=True
    )
    _refused(db, lambda: workflow.close_case(db, supervisor, no, data, today=later), "实际到账金额", code)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT state FROM cases WHERE case_no = :n"), {"n": no}).scalar() == "agreed"


def test_a_session_offer_with_three_decimals_is_refused(db, supervisor):
    no = to_mediating(db, supervisor, D0)
    data = session_input(D0 + timedelta(days=3), (OfferInput("merchant", Decimal("200.005")),))
    _refused(db, lambda: log_session(db, supervisor, no, data), "第1项方案", "money.decimals")


def test_an_advance_payment_beyond_the_column_is_refused(db, supervisor):
    from app.services.cases.respondents import record_advance_payment

    no = to_mediating(db, supervisor, D0)
    data = req.AdvancePaymentInput("platform", "某平台", Decimal("99999999999.00"), D0 + timedelta(days=3))
    _refused(
        db,
        lambda: record_advance_payment(db, supervisor, no, data, today=D0 + timedelta(days=4)),
        "金额",
        "money.too_large",
    )
