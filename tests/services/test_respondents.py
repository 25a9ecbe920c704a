"""Further respondents (the platform, the supplier or brand owner behind a WeChat seller) and advance
compensation (先行赔付) on a case: recorded through services with audit entries, read on the case page,
and the case counted once in the monthly figures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain import requirements as req
from app.domain.errors import ActionRefused, InvalidInput, PermissionDenied
from app.services.cases import respondents as rs
from app.services.cases import workflow
from app.services.cases.detail import case_detail
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.report.figures import month_figures
from app.services.report.groups import merchant_rows, nature_rows
from app.store.merchants import Merchant
from app.store.reference import AuditEntry
from tests.support.builders import OPERATOR, to_agreed, wechat_draft

DAY = date(2026, 5, 4)


def _platform(**changes: object) -> req.RespondentInput:
    fields = {"role": "platform", "name": "拼好物电商平台", "kind": "platform", "address": "上海市长宁区"}
    return req.RespondentInput(**(fields | changes))  # type: ignore[arg-type]


def _audit_actions(db, case_no: str) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == case_no).order_by(AuditEntry.id))
        )


def test_a_platform_is_named_as_second_respondent_and_shown_on_the_case(db, supervisor):
    """CRPL Art. 44 and E-Commerce Law Art. 38: the platform a shop is on may answer beside the seller."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rid = rs.add_respondent(db, supervisor, no, _platform(note="平台未能提供卖家真实名称和联系方式"))
    d = case_detail(db, supervisor, no, today=DAY)
    assert [(r.id, r.role, r.name, r.kind) for r in d.respondents] == [(rid, "platform", "拼好物电商平台", "platform")]
    assert d.respondents[0].note == "平台未能提供卖家真实名称和联系方式"
    assert d.merchant.name == "美妆小铺"  # the seller stays the case's merchant
    assert _audit_actions(db, no)[-1] == "add_respondent"


def test_the_same_platform_is_one_merchant_record_across_cases(db, supervisor):
    """A platform is found again by its name (or an identifier), not created once per complaint."""
    a = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    b = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rs.add_respondent(db, supervisor, a, _platform())
    rs.add_respondent(db, supervisor, b, _platform(name="拼好物 电商平台"))
    da, dbb = case_detail(db, supervisor, a), case_detail(db, supervisor, b)
    assert da.respondents[0].merchant_id == dbb.respondents[0].merchant_id


def test_a_brand_owner_behind_a_wechat_agent_is_a_supplier_respondent(db, supervisor):
    """CRPL Art. 40: the seller may recover from the producer or the supplier; the consumer may name the
    brand owner behind a WeChat agent as respondent too."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rs.add_respondent(
        db,
        supervisor,
        no,
        req.RespondentInput("supplier", "雅丽化妆品有限公司", kind="enterprise", phone="021-62345678"),
    )
    (r,) = case_detail(db, supervisor, no).respondents
    assert (r.role, r.kind, r.phone) == ("supplier", "enterprise", "021-62345678")


def test_respondent_refusals_are_coded_and_nothing_is_written(db, supervisor):
    """A role and a name are needed; the case's own merchant or one already named is refused; at most
    MAX_RESPONDENTS besides the merchant; a bad USCC is a form problem."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    with pytest.raises(InvalidInput) as err:
        rs.add_respondent(db, supervisor, no, req.RespondentInput("", " ", uscc="123"))
    assert {p.field for p in err.value.problems} == {"被投诉人身份", "被投诉人名称", "统一社会信用代码"}
    with pytest.raises(ActionRefused, match="是本案的经营者"):
        rs.add_respondent(db, supervisor, no, req.RespondentInput("other", "美妆小铺", phone="13900001111"))
    rs.add_respondent(db, supervisor, no, _platform())
    with pytest.raises(ActionRefused, match="已是本案被投诉人"):
        rs.add_respondent(db, supervisor, no, _platform())
    for i in range(req.MAX_RESPONDENTS - 1):
        rs.add_respondent(db, supervisor, no, req.RespondentInput("producer", f"第{i}食品厂", kind="enterprise"))
    with pytest.raises(InvalidInput, match="最多"):
        rs.add_respondent(db, supervisor, no, req.RespondentInput("producer", "又一工厂", kind="enterprise"))
    assert len(case_detail(db, supervisor, no).respondents) == req.MAX_RESPONDENTS


def test_a_respondent_named_by_mistake_is_removed_with_an_audit_entry(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rid = rs.add_respondent(db, supervisor, no, _platform())
    rs.remove_respondent(db, supervisor, no, rid)
    assert case_detail(db, supervisor, no).respondents == []
    assert _audit_actions(db, no)[-2:] == ["add_respondent", "remove_respondent"]
    with pytest.raises(Exception, match="没有第"):
        rs.remove_respondent(db, supervisor, no, rid)


def test_no_respondent_is_added_to_a_rejected_complaint(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.reject_case(db, supervisor, no, req.RejectInput(("out_of_scope",), "不属于本会受理范围", DAY), today=DAY)
    with pytest.raises(InvalidInput, match="不予受理"):
        rs.add_respondent(db, supervisor, no, _platform())


def test_a_mediator_not_assigned_may_not_name_a_respondent(db, supervisor, mediator):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, DAY), today=DAY)
    with pytest.raises(PermissionDenied):
        rs.add_respondent(db, mediator, no, _platform())


def test_advance_compensation_records_who_paid_what_and_when(db, supervisor):
    """先行赔付 (CRPL Art. 44 platform promise, Art. 43 fair/counter; Order 121 Art. 6): the payer, the
    amount as an exact Decimal, the date, with an audit entry; the case page lists it and its total."""
    no = to_agreed(db, supervisor, DAY)
    paid = DAY + timedelta(days=5)
    pid = rs.record_advance_payment(
        db,
        supervisor,
        no,
        req.AdvancePaymentInput("platform", "拼好物电商平台", Decimal("199.90"), paid, "平台先行赔付后向卖家追偿"),
        today=paid,
    )
    rs.record_advance_payment(
        db, supervisor, no, req.AdvancePaymentInput("platform", "拼好物电商平台", Decimal("0.10"), paid), today=paid
    )
    d = case_detail(db, supervisor, no, today=paid)
    first = d.advance_payments[0]
    assert (first.payer_kind, first.payer_name, first.amount, first.paid_on) == (
        "platform",
        "拼好物电商平台",
        Decimal("199.90"),
        paid,
    )
    assert d.advance_payments[0].id == pid
    assert d.advance_total == Decimal("200.00") and isinstance(d.advance_total, Decimal)
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "advance_payment").order_by(AuditEntry.id)
        ).first()
        assert entry is not None and "199.90" in entry.detail
    rs.remove_advance_payment(db, supervisor, no, pid)
    assert [p.amount for p in case_detail(db, supervisor, no).advance_payments] == [Decimal("0.10")]
    assert _audit_actions(db, no)[-1] == "remove_advance_payment"


def test_advance_compensation_refusals(db, supervisor):
    """A payer and a positive amount are needed; not after today, not before the complaint was received."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    bad = req.AdvancePaymentInput("", "", Decimal("0.00"), DAY + timedelta(days=3))
    with pytest.raises(InvalidInput) as err:
        rs.record_advance_payment(db, supervisor, no, bad, today=DAY)
    assert {p.field for p in err.value.problems} == {"先行赔付方类型", "先行赔付方", "先行赔付金额", "赔付日期"}
    early = req.AdvancePaymentInput("venue", "某商场", Decimal("10.00"), DAY - timedelta(days=1))
    with pytest.raises(InvalidInput, match="不能早于"):
        rs.record_advance_payment(db, supervisor, no, early, today=DAY)


def test_a_case_with_a_second_respondent_and_advance_compensation_counts_once(db, supervisor):
    """The monthly report counts complaints (domain.md s. 8), not respondents: a case naming the seller
    and the platform is one received, one accepted, one nature row entry; the merchant sheet counts it
    under the seller; an advance payment adds nothing to 挽回经济损失 beyond what the case records."""
    no = to_agreed(db, supervisor, DAY)
    other = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rs.add_respondent(db, supervisor, no, _platform())
    rs.add_respondent(db, supervisor, no, req.RespondentInput("supplier", "雅丽化妆品有限公司", kind="enterprise"))
    workflow.accept_case(db, supervisor, other, req.AcceptInput(OPERATOR, DAY), today=DAY)
    rs.add_respondent(db, supervisor, other, _platform())
    rs.record_advance_payment(
        db, supervisor, no, req.AdvancePaymentInput("platform", "拼好物电商平台", Decimal("399.00"), DAY), today=DAY
    )
    closed = DAY + timedelta(days=9)
    workflow.close_case(
        db,
        supervisor,
        no,
        req.CloseInput(
            "performed",
            closed,
            received_amount=Decimal("399.00"),
            paid_by="platform_advance",
            performance_confirmed=True,
        ),
        today=closed,
    )
    figures = month_figures(db, DAY, as_of=date(2026, 5, 31))
    assert (figures.received, figures.accepted, figures.closed, figures.resolved) == (2, 2, 1, 1)
    assert figures.recovered == Decimal("399.00")
    with db.read() as session:
        rows = nature_rows(session, date(2026, 5, 1), date(2026, 5, 31))
        assert sum(r.accepted for r in rows if r.code == "quality") == 2
        listed = {r.name: r.complaints for r in merchant_rows(session, date(2026, 5, 1), date(2026, 5, 31))}
        assert listed == {"美妆小铺": 2}
        assert session.scalar(select(func.count()).select_from(Merchant).where(Merchant.kind == "platform")) == 1


def test_a_private_person_as_respondent_is_read_like_the_merchant(db, supervisor):
    """A further respondent who is a private person goes through the merchant's masking (domain.md s. 10)."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rs.add_respondent(
        db, supervisor, no, req.RespondentInput("supplier", "李四", kind="unregistered", phone="13700001234")
    )
    (full,) = case_detail(db, Actor.cli(), no).respondents
    assert (full.name, full.phone) == ("李四", "13700001234")


def test_a_merged_platform_record_carries_the_respondents_and_an_undo_takes_them_back(db, supervisor):
    """Two records of one platform merged: the cases naming it as respondent name the kept record; undone,
    they name the merged one again."""
    from app.services.merchants.admin import merge_merchants, undo_merge

    a = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    b = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    rs.add_respondent(db, supervisor, a, _platform(name="拼好物"))
    rs.add_respondent(db, supervisor, b, _platform(name="拼好物电商平台"))
    kept = case_detail(db, supervisor, b).respondents[0].merchant_id
    gone = case_detail(db, supervisor, a).respondents[0].merchant_id
    assert kept != gone
    merge = merge_merchants(db, supervisor, kept, gone, "同一平台")
    assert case_detail(db, supervisor, a).respondents[0].merchant_id == kept
    undo_merge(db, supervisor, merge)
    assert case_detail(db, supervisor, a).respondents[0].merchant_id == gone
