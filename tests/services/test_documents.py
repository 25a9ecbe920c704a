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
from app.services.cases.documents import KINDS, DocumentRequest, record_document_made, render_document
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
    workflow.reject_case(db, supervisor, no, req.RejectInput(("private_deal", "time_barred"), "闲置转让", DAY))
    html = render_document(db, no, DocumentRequest("non_acceptance_notice")).html
    assert "个人之间的私下交易" in html and "超过三年" in html and "闲置转让" in html
    assert "第三十九条" in html


def test_a_document_that_needs_a_missing_field_says_which(db, supervisor, office):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    with pytest.raises(InvalidInput) as err:
        render_document(db, no, DocumentRequest("mediation_agreement"))
    assert [p.field for p in err.value.problems] == ["调解协议"]
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
