"""Documents render with the case's data, say which field is missing, and are noted in the history."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.domain import requirements as req
from app.domain.dates import LOCAL_TZ
from app.domain.errors import InvalidInput
from app.services.admin.office import OfficeInfo, update_office
from app.services.cases import workflow
from app.services.cases.documents import (
    KINDS,
    DocumentRequest,
    issue_document,
    record_document_made,
    render_document,
)
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from tests.support.builders import to_agreed, to_mediating, wechat_draft

DAY = date(2026, 6, 1)
MEETING = datetime(2026, 6, 10, 14, 30, tzinfo=LOCAL_TZ)


@pytest.fixture
def office(db, admin):
    update_office(
        db,
        admin,
        OfficeInfo(
            name="临江市消费者协会",
            address="临江市人民路1号",
            phone="0571-12315000",
            seal_text="临江市消费者协会（印）",
        ),
    )


def test_mediation_agreement_shows_parties_terms_money_and_signature_blocks(db, supervisor, office):
    no = to_agreed(db, supervisor, DAY)
    html = render_document(db, no, DocumentRequest("mediation_agreement")).html
    for expected in (
        "调解书",
        no,
        "张三",
        "13812348000",
        "美妆小铺",
        "退款399元",
        "399.00 元",
        "合计",
        "2026年6月11日前履行完毕",
        "消费者（签字）",
        "经营者（签字或盖章）",
        "临江市消费者协会（印）",
    ):
        assert expected in html, expected


def test_non_acceptance_notice_lists_the_grounds_and_reason(db, supervisor, office):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    workflow.reject_case(
        db,
        supervisor,
        no,
        req.RejectInput(
            ("private_deal", "time_barred"), "闲置转让", DAY, assessment=req.OperatorAssessment(conclusion="private")
        ),
    )
    html = render_document(db, no, DocumentRequest("non_acceptance_notice")).html
    assert "个人之间的私下交易" in html and "超过三年" in html and "闲置转让" in html
    assert "第三十九条" in html


def test_a_document_that_needs_a_missing_field_says_which(db, supervisor, office):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    with pytest.raises(InvalidInput) as err:
        render_document(db, no, DocumentRequest("mediation_agreement"))
    assert [p.field for p in err.value.problems] == ["调解协议", "现场调解记录"]
    with pytest.raises(InvalidInput) as err:
        render_document(db, no, DocumentRequest("mediation_notice"))
    assert {p.field for p in err.value.problems} == {"受理日期", "调解员", "调解时间", "调解地点"}


def test_mediation_notice_and_record_and_termination(db, supervisor, office):
    no = to_mediating(db, supervisor, DAY)
    notice = render_document(db, no, DocumentRequest("mediation_notice", MEETING, "协会调解室")).html
    assert "2026年6月10日 14:30" in notice and "协会调解室" in notice and "赵主管" in notice
    from app.services.cases.sessions import OfferInput, log_session
    from tests.support.builders import session_input

    log_session(
        db,
        supervisor,
        no,
        session_input(DAY + timedelta(days=5), (OfferInput("merchant", Decimal("150.00"), "退一半"),)),
    )
    record = render_document(db, no, DocumentRequest("mediation_record")).html
    assert "双方陈述意见" in record and "150.00" in record and "退一半" in record
    workflow.terminate_mediation(db, supervisor, no, req.TerminateInput("absent_or_refused", DAY + timedelta(days=9)))
    decision = render_document(db, no, DocumentRequest("termination_decision")).html
    assert "经营者拒绝调解" in decision


def test_acceptance_notice_uses_the_office_details(db, supervisor, office):
    no = to_mediating(db, supervisor, DAY)
    html = render_document(db, no, DocumentRequest("acceptance_notice")).html
    assert "临江市消费者协会" in html and "0571-12315000" in html and "2026年6月2日" in html


def test_making_a_document_is_recorded_in_the_history(db, supervisor, office):
    no = to_agreed(db, supervisor, DAY)
    record_document_made(db, supervisor, no, "mediation_agreement", "打印")
    last = case_document(db, no)["history"][-1]
    assert last["action"] == "document" and "调解书" in last["note"]
    assert last["from"] == last["to"] == "agreed"


def test_an_edited_template_in_the_data_folder_takes_precedence(db, supervisor, office, tmp_path):
    no = to_agreed(db, supervisor, DAY)
    (tmp_path / "acceptance_notice.html").write_text("<p>本地模板 {{ case.case_no }}</p>", encoding="utf-8")
    html = render_document(db, no, DocumentRequest("acceptance_notice"), override_dir=tmp_path).html
    assert html == f"<p>本地模板 {no}</p>"


def test_every_kind_has_a_template(db, supervisor, office):
    assert set(KINDS) == {
        "complaint_form",
        "respondent_notice",
        "acceptance_notice",
        "non_acceptance_notice",
        "mediation_notice",
        "termination_decision",
        "mediation_agreement",
        "mediation_record",
    }


def test_a_mediator_cannot_note_documents_on_a_case_not_assigned_to_them(db, supervisor, mediator, office):
    from app.domain.errors import PermissionDenied

    no = to_agreed(db, supervisor, DAY)
    with pytest.raises(PermissionDenied):
        record_document_made(db, mediator, no, "mediation_agreement", "打印")
    assert case_document(db, no)["history"][-1]["action"] != "document"


def test_documents_carry_the_decisions_own_date_not_the_day_they_are_printed(db, supervisor, office):
    """A termination of June 2026 printed today still reads June 2026 (the decision's date)."""
    no = to_mediating(db, supervisor, DAY)
    workflow.terminate_mediation(db, supervisor, no, req.TerminateInput("absent_or_refused", DAY + timedelta(days=9)))
    decision = issue_document(db, supervisor, no, DocumentRequest("termination_decision"), "打印")
    assert decision.dated == DAY + timedelta(days=9) and "2026年6月10日" in decision.html
    acceptance = render_document(db, no, DocumentRequest("acceptance_notice"))
    assert acceptance.dated == DAY + timedelta(days=1)
    form = render_document(db, no, DocumentRequest("complaint_form"))
    assert form.dated == DAY and "2026年6月1日" in form.html


def test_a_document_is_numbered_on_issue_and_keeps_its_number(db, supervisor, office, admin):
    from app.services.admin.office import change_office

    change_office(db, admin, number_pattern="临消调〔{year}〕第{n}号")
    first = to_agreed(db, supervisor, DAY)
    second = to_agreed(db, supervisor, DAY)
    preview = render_document(db, first, DocumentRequest("mediation_agreement"))
    assert preview.number == "（出具时编号）"
    issued = issue_document(db, supervisor, first, DocumentRequest("mediation_agreement"), "打印", today=DAY)
    assert issued.number == "临消调〔2026〕第1号" and issued.number in issued.html
    again = issue_document(db, supervisor, first, DocumentRequest("mediation_agreement"), "打印", today=DAY)
    assert again.number == issued.number
    assert render_document(db, first, DocumentRequest("mediation_agreement")).number == issued.number
    other = issue_document(db, supervisor, second, DocumentRequest("mediation_agreement"), "打印", today=DAY)
    notice = issue_document(db, supervisor, first, DocumentRequest("acceptance_notice"), "打印", today=DAY)
    assert [other.number, notice.number] == ["临消调〔2026〕第2号", "临消调〔2026〕第3号"]
    assert "临消调〔2026〕第1号" in case_document(db, first)["history"][-2]["note"]


def test_the_mediation_notices_tell_the_parties_they_may_ask_for_recusal(db, supervisor, office):
    """Order 20 Art. 19: a party may ask for the mediator's recusal."""
    no = to_mediating(db, supervisor, DAY)
    for kind in ("mediation_notice", "respondent_notice"):
        html = render_document(db, no, DocumentRequest(kind, MEETING, "协会调解室")).html
        assert "申请调解员回避" in html, kind
    to_merchant = render_document(db, no, DocumentRequest("respondent_notice", MEETING, "协会调解室")).html
    assert "美妆小铺" in to_merchant and "13812348000" not in to_merchant, "the consumer's phone stays private"


def test_the_mediation_agreement_names_agents_and_every_recourse(db, supervisor, office):
    """Order 20 Art. 22 (on-site agreement signed by both parties); the recourse names judicial
    confirmation (司法确认), arbitration and the court."""
    no = to_agreed(db, supervisor, DAY)
    request = DocumentRequest("mediation_agreement", consumer_agent="李代理", merchant_representative="王法人")
    html = render_document(db, no, request).html
    for expected in ("委托代理人", "李代理", "法定代表人或负责人", "王法人", "司法确认", "仲裁", "人民法院"):
        assert expected in html, expected


def test_only_documents_the_case_supports_are_offered(db, supervisor, office):
    from app.services.cases.documents import documents_for

    fresh = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    assert [k.code for k in documents_for(db, fresh)] == ["complaint_form"]
    mediating = to_mediating(db, supervisor, DAY)
    assert [k.code for k in documents_for(db, mediating)] == [
        "complaint_form",
        "acceptance_notice",
        "mediation_notice",
        "respondent_notice",
    ]
    agreed = to_agreed(db, supervisor, DAY)
    assert "mediation_agreement" in [k.code for k in documents_for(db, agreed)]
    by_phone = to_mediating(db, supervisor, DAY)
    from app.services.cases.sessions import log_session
    from tests.support.builders import session_input

    log_session(db, supervisor, by_phone, session_input(DAY + timedelta(days=3)))
    workflow.record_agreement(
        db, supervisor, by_phone, req.AgreeInput("退款", DAY + timedelta(days=3), DAY + timedelta(days=9))
    )
    offered = [k.code for k in documents_for(db, by_phone)]
    assert "mediation_agreement" not in offered and "mediation_record" in offered
    with pytest.raises(InvalidInput, match="现场调解记录"):
        render_document(db, by_phone, DocumentRequest("mediation_agreement"))


def test_documents_name_the_further_respondent_and_the_advance_payment(db, supervisor, office):
    """CRPL Art. 44: the platform named as respondent appears in the complaint form, the mediation record
    and the 调解书 (with its signature line); the 调解书 states the 先行赔付 already paid."""
    from app.services.cases import respondents as rs

    no = to_agreed(db, supervisor, DAY)
    rs.add_respondent(db, supervisor, no, req.RespondentInput("platform", "拼好物电商平台", kind="platform"))
    rs.record_advance_payment(
        db, supervisor, no, req.AdvancePaymentInput("platform", "拼好物电商平台", Decimal("120.00"), DAY), today=DAY
    )
    agreement = render_document(db, no, DocumentRequest("mediation_agreement")).html
    expected_texts = ("被投诉人（电子商务平台经营者）", "拼好物电商平台", "先行赔付 120.00 元")
    expected_texts += ("其他被投诉人（签字或盖章）",)
    for expected in expected_texts:
        assert expected in agreement, expected
    form = render_document(db, no, DocumentRequest("complaint_form")).html
    assert "其他被投诉人" in form and "拼好物电商平台（电子商务平台经营者）" in form
