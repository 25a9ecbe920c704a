"""The enquiry log: consultations and visits without a complaint, checked, counted in the monthly report
(接待来访和咨询) and on the dashboard, and turned into a complaint in one step."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.domain.errors import ActionRefused, InvalidInput, PermissionDenied
from app.services.cases.enquiries import (
    EnquiryInput,
    complaint_draft,
    link_complaint,
    list_enquiries,
    log_enquiry,
)
from app.services.cases.intake import register_case
from app.services.report import export_monthly_report, month_summary
from app.services.report.dashboard import dashboard
from tests.support.builders import wechat_draft

OCT = date(2026, 10, 1)
TODAY = date(2026, 12, 1)


def test_enquiries_are_counted_in_their_month_of_the_report_and_on_the_dashboard(db, clerk, supervisor, tmp_path):
    for day, channel in ((date(2026, 10, 3), "phone"), (date(2026, 10, 30), "visit"), (date(2026, 11, 2), "online")):
        log_enquiry(db, clerk, EnquiryInput(day, channel, "预付卡退费怎么办", "contract"), today=TODAY)
    october = month_summary(db, OCT, as_of=TODAY)
    assert october.this.enquiries == 2 and october.year_to_date.enquiries == 2
    row = next(r for r in october.rows() if r.key == "enquiries")
    assert row.label == "接待来访和咨询" and row.values[0] == 2 and row.filter is None
    path = export_monthly_report(db, supervisor, OCT, tmp_path / "r.xlsx", as_of=TODAY).path
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        cells = {r[0]: r[1] for r in wb["汇总"].iter_rows(min_row=4, max_row=14, max_col=2, values_only=True)}
    finally:
        wb.close()
    assert cells["接待来访和咨询"] == 2
    board = dashboard(db, date(2026, 11, 1), TODAY)
    found = next(c for c in board.comparisons if c.key == "enquiries")
    assert (found.now, found.last_month) == (1, 2)


def test_an_enquiry_needs_a_channel_and_a_topic_and_no_future_date(db, clerk):
    with pytest.raises(InvalidInput) as err:
        log_enquiry(db, clerk, EnquiryInput(date(2026, 12, 5), "fax", " ", "nonsense"), today=TODAY)
    assert {p.field for p in err.value.problems} == {"渠道", "内容", "日期", "问题性质"}
    assert list_enquiries(db, clerk, OCT, TODAY) == []


def test_only_staff_who_register_complaints_log_enquiries(db, mediator):
    with pytest.raises(PermissionDenied):
        log_enquiry(db, mediator, EnquiryInput(TODAY, "phone", "咨询"), today=TODAY)


def test_an_enquiry_turns_into_a_complaint_once(db, clerk):
    enquiry = log_enquiry(
        db, clerk, EnquiryInput(TODAY, "visit", "朋友圈买的面霜过敏，商家拉黑", "quality", "g_daily"), today=TODAY
    )
    draft = complaint_draft(db, enquiry)
    assert (draft.source, draft.received_on, draft.nature, draft.category) == ("visit", TODAY, "quality", "g_daily")
    assert "面霜过敏" in draft.facts
    base = wechat_draft(TODAY)
    from dataclasses import replace

    no = register_case(db, clerk, replace(base, source=draft.source, facts=draft.facts), today=TODAY)
    link_complaint(db, clerk, enquiry, no)
    assert list_enquiries(db, clerk, TODAY, TODAY)[0].case_no == no
    with pytest.raises(ActionRefused):
        link_complaint(db, clerk, enquiry, no)
