"""Results of entrusted cases reported back to the SAMR office that entrusted them (Order 20 Art. 17): one
row per case, for a period (the batch) or for one case (its result sheet).

The association mediates such a case in the office's name and the office answers the complainant on the
12315 platform, so the sheet carries the 12315 reference, the office's dates, the outcome and what the
consumer received; no personal data (minimum necessary, PIPL Art. 6).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.errors import InvalidInput, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.domain.rules import GROUND_TERMINATION, ground_labels
from app.domain.workflow import OUTCOMES, STATES
from app.services import audit
from app.services.context import Actor
from app.services.files import live_database_files, safe_write
from app.services.reference import load_grounds
from app.services.report.cells import clean_text, needs_quote
from app.store.cases import Case
from app.store.database import Database

SHEET = "委托调解结果"
HEADERS = (
    "12315编号",
    "案件编号",
    "委托单位",
    "委托单位收到日期",
    "委托单位受理日期",
    "本会登记日期",
    "状态",
    "终止理由",
    "办结日期",
    "办结结果",
    "挽回经济损失(元)",
)


def _row(case: Case, termination: dict[str, tuple[str, str]]) -> list[object]:
    ended = case.rejected_on if case.state == "rejected" else case.closed_on
    return [
        case.ref_12315,
        case.case_no,
        case.entrusted_by,
        case.entrusted_received_on,
        case.entrusted_accepted_on,
        case.received_on,
        STATES[case.state][0],
        codes.label(termination, case.termination_ground) or None,
        ended,
        codes.label(OUTCOMES, case.outcome) or None,
        case.recovered_amount,
    ]


def _cases(session: Session, office: str, first: date | None, last: date | None, case_no: str | None) -> list[Case]:
    query = select(Case).where(Case.entrusted_by.is_not(None)).order_by(Case.case_no)
    if case_no is not None:
        query = query.where(Case.case_no == case_no)
    if office.strip():
        query = query.where(Case.entrusted_by == office.strip())
    if first is not None:
        query = query.where(Case.received_on >= first)
    if last is not None:
        query = query.where(Case.received_on <= last)
    return list(session.scalars(query))


def export_entrusted_results(
    db: Database,
    actor: Actor,
    target: Path | str,
    office: str = "",
    first: date | None = None,
    last: date | None = None,
    case_no: str | None = None,
) -> int:
    """Write the results of the entrusted cases (of one office, received in a period, or one case) to an
    Excel file; returns how many cases it lists."""
    actor.require(Permission.EXPORT_REPORT)
    if first is not None and last is not None and last < first:
        raise InvalidInput([Problem("结束日期", msg("holiday.end_before_start"), last.isoformat())])
    with db.read() as session:
        cases = _cases(session, office, first, last, case_no)
        if case_no is not None and not cases:
            raise NotFound("entrusted.not_entrusted", case_no=case_no)
        termination = ground_labels(load_grounds(session), GROUND_TERMINATION)
        rows = [_row(c, termination) for c in cases]
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(cell.value, str):
                cell.value = clean_text(cell.value)
                if needs_quote(cell.value):
                    cell.data_type, cell.quotePrefix = "s", True
    with safe_write(target, protect=live_database_files(db.url)) as partial:
        book.save(partial)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export_entrusted_results",
            "report",
            case_no or office or "all",
            after={"cases": len(rows), "office": office, "first": first, "last": last},
        )
    return len(rows)


def entrusting_offices(db: Database) -> list[str]:
    """The SAMR offices that entrusted cases to the association, by name (for the export's choice)."""
    query = select(Case.entrusted_by).where(Case.entrusted_by.is_not(None)).distinct()
    with db.read() as session:
        return sorted(name for name in session.scalars(query) if name)
