"""Cases entrusted by a SAMR office (Order 20 Art. 17): the clocks run from the office's dates, documents are
issued in the office's name, results go back to the office, and the ledger keeps the 12315 reference."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest

from app.domain import requirements as req
from app.domain.errors import InvalidInput
from app.services.cases import workflow
from app.services.cases.documents import DocumentRequest, render_document
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.ledger import HEADERS, import_ledger
from app.services.ledger.columns import ledger_row
from app.services.ledger.entrusted_results import HEADERS as RESULT_HEADERS
from app.services.ledger.entrusted_results import export_entrusted_results
from app.services.ledger.export import iter_ledger_cases
from tests.support.builders import OPERATOR, wechat_draft

OFFICE = "临江市市场监督管理局"
OFFICE_RECEIVED = date(2026, 5, 6)
OFFICE_ACCEPTED = date(2026, 5, 8)
OURS = date(2026, 5, 15)


def entrusted(db, actor, **extra) -> str:
    fields = {
        "source": "platform_12315",
        "ref_12315": "1233100002026050600123",
        "entrusted_by": OFFICE,
        "entrusted_received_on": OFFICE_RECEIVED,
    }
    draft = wechat_draft(OURS, **(fields | extra))
    return register_case(db, actor, draft, today=OURS)


def test_probe_an_entrusted_case_clock_starts_at_the_office_dates_order_20_art_17(db, supervisor):
    """Order 20 Art. 17: the association mediates for the office; the limits run from the office's dates."""
    no = entrusted(db, supervisor, entrusted_accepted_on=OFFICE_ACCEPTED)
    [acceptance] = case_document(db, no, today=OURS)["deadlines"]
    # 7 working days from the office's receipt on 05-06 (Saturday 05-09 is a make-up working day), not from 05-15
    assert acceptance["due"] == "2026-05-14"
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, OURS), today=OURS)
    [mediation] = case_document(db, no, today=OURS)["deadlines"]
    assert mediation["due"] == (OFFICE_ACCEPTED + timedelta(days=60)).isoformat()  # Order 121 Art. 23: 60 days


def test_the_rule_set_is_that_of_the_office_receipt_date(db, supervisor):
    """A case the office received on 2026-04-14 stays under Order 20 though the association got it later."""
    draft = wechat_draft(
        date(2026, 4, 20),
        source="platform_12315",
        ref_12315="12331",
        entrusted_by=OFFICE,
        entrusted_received_on=date(2026, 4, 14),
    )
    no = register_case(db, supervisor, draft, today=date(2026, 4, 20))
    assert case_document(db, no, today=date(2026, 4, 20))["rule_set"] == "SAMR-2022"


def test_entrusted_dates_are_checked(db, supervisor):
    with pytest.raises(InvalidInput, match="委托单位收到日期"):
        entrusted(db, supervisor, entrusted_received_on=None)
    with pytest.raises(InvalidInput, match="不能晚于本会登记日期"):
        entrusted(db, supervisor, entrusted_received_on=OURS + timedelta(days=1))


def test_documents_are_issued_in_the_offices_name(db, supervisor):
    """The entrusted body mediates in the office's name (Chongqing guidance; Order 20 Art. 17)."""
    no = entrusted(db, supervisor)
    workflow.accept_case(db, supervisor, no, req.AcceptInput(OPERATOR, OURS), today=OURS)
    html = render_document(db, no, DocumentRequest("acceptance_notice")).html
    assert f"受{OFFICE}委托" in html


def test_results_go_back_to_the_office_as_a_batch_and_per_case(db, supervisor, tmp_path):
    first = entrusted(db, supervisor)
    entrusted(db, supervisor)
    own = register_case(db, supervisor, wechat_draft(OURS), today=OURS)
    workflow.withdraw_case(db, supervisor, first, req.WithdrawInput(OURS + timedelta(days=1)))
    assert export_entrusted_results(db, supervisor, tmp_path / "batch.xlsx", office=OFFICE) == 2
    sheet = openpyxl.load_workbook(tmp_path / "batch.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == RESULT_HEADERS and len(rows) == 3
    assert rows[1][0] == "1233100002026050600123" and rows[1][1] == first and rows[1][9] == "撤回投诉"
    assert own not in {r[1] for r in rows}
    assert export_entrusted_results(db, supervisor, tmp_path / "one.xlsx", case_no=first) == 1


def test_ledger_12315_column_round_trips(db, supervisor, tmp_path):
    """domain.md s. 9 plus the 12315编号 column: export, import into an empty database, same reference."""
    no = entrusted(db, supervisor)
    with db.read() as session:
        [case] = [c for c in iter_ledger_cases(session, OURS, OURS) if c.case_no == no]
    row = ledger_row(case, masked=False)
    assert row[HEADERS.index("12315编号")] == "1233100002026050600123"
    book = openpyxl.Workbook()
    book.active.append(list(HEADERS))
    book.active.append([f"{v}" if v is not None and not hasattr(v, "year") else v for v in row])
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    from app.services.setup import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        from app.services.context import Actor

        import_ledger(other, Actor.cli(), path)
        assert case_document(other, no)["ref_12315"] == "1233100002026050600123"
    finally:
        other.dispose()


def test_an_entrusted_case_is_overdue_from_the_office_dates_in_the_list_the_report_and_the_desk(db, supervisor):
    """The one definition of 超期 (report, case list 已超期, due desk) runs an entrusted case's clock from the
    office's receipt, as its case page does: due 05-14, so overdue on 05-15, the day the association got it."""
    from app.services.cases.due_desk import due_desk
    from app.services.cases.listing import OVERDUE, CaseList, CaseQuery
    from app.services.cases.overdue import overdue_ids_on

    no = entrusted(db, supervisor)
    day = OURS + timedelta(days=1)
    with db.read() as session:
        assert len(overdue_ids_on(session, day)) == 1
    assert CaseList(db, supervisor, today=day).count(CaseQuery(due=OVERDUE)) == 1
    assert [(i.case_no, i.overdue, i.due) for i in due_desk(db, supervisor, today=day)] == [
        (no, True, date(2026, 5, 14))
    ]
