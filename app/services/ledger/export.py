"""Reading cases in bulk as ledger rows: the 案件明细 sheet of the monthly report, and a plain ledger.

One SQL query over the indexed event dates, streamed in chunks, plus one query for the requests, so a
month of tens of thousands of cases is read without loading the ORM graph of each case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.services.cases import events
from app.services.ledger.columns import LedgerCase
from app.store.cases import Case, CaseRequest
from app.store.merchants import Merchant
from app.store.people import Consumer, User

CHUNK = 2000


def event_in(first: date, last: date) -> ColumnElement[bool]:
    """Cases registered, accepted, rejected or closed between ``first`` and ``last`` (inclusive); a closing
    is read from the history, so a case closed then and reopened since is still listed."""
    return or_(
        *(
            and_(column >= first, column <= last)
            for column in (Case.received_on, Case.accepted_on, Case.rejected_on, Case.closed_on)
        ),
        events.case_has(events.closing(), first, last),
    )


def _requests_by_case(session: Session, condition: ColumnElement[bool]) -> dict[int, list[str]]:
    ids = select(Case.id).where(condition)
    found: dict[int, list[str]] = defaultdict(list)
    rows = session.execute(
        select(CaseRequest.case_id, CaseRequest.code)
        .where(CaseRequest.case_id.in_(ids))
        .order_by(CaseRequest.case_id, CaseRequest.code)
    )
    for case_id, code in rows:
        found[case_id].append(code)
    return found


def iter_ledger_cases(session: Session, first: date, last: date) -> Iterator[LedgerCase]:
    """Every case with an event between ``first`` and ``last``, in case-number order."""
    condition = event_in(first, last)
    requests = _requests_by_case(session, condition)
    mediator = aliased(User)
    query = (
        select(
            Case.id,
            Case.case_no,
            Case.received_on,
            Case.source,
            Case.ref_12315,
            Consumer.name,
            Consumer.phone,
            Consumer.id_number,
            Merchant.name,
            Merchant.kind,
            Merchant.wechat_id,
            Merchant.phone,
            Merchant.uscc,
            Case.channel,
            Case.payment,
            Case.purchase_date,
            Case.amount_claimed,
            Case.category,
            Case.sub_category,
            Case.nature,
            Case.facts,
            Case.state,
            Case.accepted_on,
            mediator.name,
            Case.rejected_on,
            Case.closed_on,
            Case.outcome,
            Case.recovered_amount,
            Case.punitive_amount,
        )
        .join(Consumer, Consumer.id == Case.consumer_id)
        .join(Merchant, Merchant.id == Case.merchant_id)
        .outerjoin(mediator, mediator.id == Case.mediator_id)
        .where(condition)
        .order_by(Case.case_no)
        .execution_options(yield_per=CHUNK)
    )
    for row in session.execute(query):
        case_id, *fields = row
        yield LedgerCase(*fields[:19], requests.get(case_id, ()), *fields[19:])  # type: ignore[arg-type,call-arg]


def count_ledger_cases(session: Session, first: date, last: date) -> int:
    """How many cases :func:`iter_ledger_cases` yields, for progress."""
    return session.scalar(select(func.count()).select_from(Case).where(event_in(first, last))) or 0
