"""Intake and acceptance checks of the complaint-handling measures: addresses (Order 20 Art. 9), the three-year
bar (Art. 15(四)), buying to resell (Art. 15(三)), the assessment when rejecting as a private deal, the day the
complainant was told (Art. 14), and USCCs of the N and Y registration authorities (GB 32100)."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import uscc

from app.domain import requirements as req
from app.domain.errors import InvalidInput
from app.domain.identifiers import normalize_uscc
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.intake_checks import case_warnings
from app.services.cases.view import case_document
from app.store.cases import Case
from tests.support.builders import OPERATOR, wechat_draft

DAY = date(2026, 5, 4)


def _kinds(db, no):
    return {w.kind for w in case_warnings(db, no, today=DAY)}


def test_missing_addresses_order_20_art_9_warn(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    assert "addresses" in _kinds(db, no)
    full = register_case(db, supervisor, wechat_draft(DAY, consumer_address="临江市解放路1号"), today=DAY)
    with db.transaction() as session:
        case = session.query(Case).filter_by(case_no=full).one()
        case.merchant.address = "临江市人民路8号"
    assert "addresses" not in _kinds(db, full)


def test_three_year_bar_art_15_4_warns(db, supervisor):
    old = register_case(db, supervisor, wechat_draft(DAY, purchase_date=date(2023, 5, 3)), today=DAY)
    recent = register_case(db, supervisor, wechat_draft(DAY, purchase_date=date(2023, 5, 5)), today=DAY)
    assert "time_bar" in _kinds(db, old) and "time_bar" not in _kinds(db, recent)


def test_buying_to_resell_is_not_personal_consumption_art_15_3(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(DAY, facts="进货20箱面霜准备转卖，发现是假货"), today=DAY)
    [warning] = [w for w in case_warnings(db, no, today=DAY) if w.kind == "resale"]
    assert "转卖" in warning.message and "生活消费" in warning.message


def test_rejecting_as_a_private_deal_needs_the_operator_assessment(db, supervisor):
    """The assessment asked at acceptance is asked also when rejecting as a private deal between individuals."""
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    with pytest.raises(InvalidInput, match="经营者身份认定"):
        workflow.reject_case(db, supervisor, no, req.RejectInput(("private_deal",), "朋友间转让", DAY))
    assessment = req.OperatorAssessment(buyers_known=1, conclusion="private", note="朋友间偶然转让")
    workflow.reject_case(db, supervisor, no, req.RejectInput(("private_deal",), "朋友间转让", DAY, DAY, assessment))
    with db.read() as session:
        case = session.query(Case).filter_by(case_no=no).one()
        assert case.assessment.conclusion == "private" and case.decision_notified_on == DAY


def test_the_day_the_complainant_was_told_order_20_art_14(db, supervisor):
    no = register_case(db, supervisor, wechat_draft(DAY), today=DAY)
    with pytest.raises(InvalidInput, match="告知日期"):
        workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, DAY, notified_on=date(2026, 5, 1)))
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, DAY, notified_on=date(2026, 5, 5)))
    with db.read() as session:
        assert session.query(Case).filter_by(case_no=no).one().decision_notified_on == date(2026, 5, 5)
    assert case_document(db, no, today=DAY)["state"] == "accepted"


@pytest.mark.parametrize("head", ["N2", "Y1", "93"])
def test_uscc_of_the_n_and_y_registration_authorities_is_accepted_gb_32100(head):
    """GB 32100-2015: N (agriculture, e.g. farmers' cooperatives) and Y (other authorities) are valid."""
    body = f"{head}110000MA0ABCDE1"
    code = body + uscc.calc_check_digit(body + "0")
    assert normalize_uscc(code) == code
    with pytest.raises(Exception, match="校验位"):
        normalize_uscc(body + ("0" if code[-1] != "0" else "1"))
