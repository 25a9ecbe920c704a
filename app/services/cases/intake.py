"""Registering a complaint and editing its content."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import Table, insert, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.domain.case_numbers import format_case_no
from app.domain.dates import now_local, today_local
from app.domain.errors import Conflict, InvalidInput, NotFound
from app.domain.permissions import Permission
from app.domain.pinyin import name_initials
from app.domain.workflow import END_STATES, State
from app.services import audit
from app.services.cases.access import require_case_edit
from app.services.cases.detail import draft_of
from app.services.cases.drafts import CaseDraft, CleanCase, validate_draft
from app.services.clocks import Reference, refresh_next_due
from app.services.context import Actor
from app.services.merchants.identity import merchant_for_case, note_aliases
from app.services.privacy import keep_masked
from app.store.base import Base
from app.store.cases import Case, CaseRequest, HistoryEntry, case_by_no
from app.store.counters import take_case_number
from app.store.database import Database
from app.store.limits import check_tables_rows
from app.store.merchants import Merchant
from app.store.people import Consumer


def next_case_no(session: Session, year: int) -> str:
    """The next case number of the year, e.g. WQ2026-000123 (row-locked on PostgreSQL)."""
    return format_case_no(year, take_case_number(session, year))


def _consumer_from(clean: CleanCase) -> Consumer:
    d = clean.draft
    return Consumer(
        name=d.consumer_name,
        name_initials=name_initials(d.consumer_name),
        phone=clean.consumer_phone,
        id_number=clean.consumer_id_number,
        address=d.consumer_address or None,
        agent_name=d.agent_name or None,
        agent_authorised=d.agent_authorised,
    )


def _apply_content(case: Case, clean: CleanCase) -> None:
    d = clean.draft
    case.source, case.ref_12315 = d.source, d.ref_12315 or None
    case.entrusted_by = d.entrusted_by or None
    case.entrusted_received_on, case.entrusted_accepted_on = clean.entrusted_received_on, clean.entrusted_accepted_on
    case.channel, case.payment = d.channel or None, d.payment or None
    case.purchase_date, case.order_no = clean.purchase_date, d.order_no or None
    case.amount_claimed = clean.amount_claimed
    case.nature, case.category = d.nature or None, d.category or None
    case.sub_category = d.sub_category or None
    case.facts, case.request_text = d.facts, d.request_text
    case.requests = [CaseRequest(code=c) for c in dict.fromkeys(d.requests)]


def register_case(db: Database, actor: Actor, draft: CaseDraft, today: date | None = None) -> str:
    """Record a new complaint in state 'registered'; returns its case number."""
    actor.require(Permission.REGISTER)
    today = today or today_local()
    clean, problems = validate_draft(draft, today)
    if clean is None:
        raise InvalidInput(problems)
    with db.transaction() as session:
        ref = Reference(session)
        rules = ref.rules_on(clean.clock_received_on)
        if clean.draft.merchant_id is not None:
            merchant = session.get(Merchant, clean.draft.merchant_id)
            if merchant is None:
                raise NotFound("merchant.chosen_missing")
            note_aliases(session, merchant, clean.draft.merchant, clean)
        else:
            merchant, _ = merchant_for_case(session, clean)
        case = Case(
            case_no=next_case_no(session, clean.received_on.year),
            received_on=clean.received_on,
            registered_at=now_local(),
            state=State.REGISTERED,
            rule_set_code=rules.code,
            consumer=_consumer_from(clean),
            merchant=merchant,
            merchant_id=merchant.id,  # None for a merchant new in this transaction: set by the flush
            created_by=actor.login,
            extension_days=0,
            # a new case has neither: set, so that computing its next due date loads nothing
            suspensions=[],
            agreement=None,
        )
        _apply_content(case, clean)
        case.history.append(
            HistoryEntry(
                from_state=None,
                to_state=State.REGISTERED,
                action="register",
                actor=actor.login,
                at=now_local(),
                note="",
                event_on=case.received_on,
            )
        )
        refresh_next_due(case, ref, today)  # before the INSERT, which then writes it (no UPDATE after)
        if merchant.id is None:
            session.flush()  # a merchant new in this transaction: its id
            case.merchant_id = merchant.id
        _insert_new_case(session, case)
        audit.record(session, actor, "register", "case", case.case_no, after=_snapshot(case))
        return case.case_no


def _columns(obj: Base) -> dict[str, Any]:
    """The column values set on a new mapped object, as the unit of work would insert them (an unset or
    None value leaves the column to its default)."""
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        value = state.dict.get(attr.key)
        if value is not None:
            values[attr.columns[0].key] = value
    return values


def _table(obj: Base) -> Table:
    return cast(Table, type(obj).__table__)


def _insert_new_case(session: Session, case: Case) -> None:
    """Write a new case (kept out of the session) with its consumer, requests and first history row as
    plain INSERTs: for these five rows the unit of work cost several times the statements. Every value
    too long for its column is refused first, all at once, as a flush refuses them."""
    consumer, requests, history = case.consumer, case.requests, case.history
    rows = [(_table(obj), _columns(obj)) for obj in (consumer, case, *requests, *history)]
    check_tables_rows(rows)
    consumer_table, consumer_row = rows[0]
    consumer_id = session.execute(insert(consumer_table).values(consumer_row).returning(consumer_table.c.id))
    case_table, case_row = rows[1]
    case_row["consumer_id"] = consumer_id.scalar_one()
    case_id = session.execute(insert(case_table).values(case_row).returning(case_table.c.id)).scalar_one()
    for table, row in rows[2:]:
        session.execute(insert(table).values({**row, "case_id": case_id}))


def _snapshot(case: Case) -> dict[str, Any]:
    """The editable content of a case, for the audit entry's before and after."""
    return {
        "source": case.source,
        "ref_12315": case.ref_12315,
        "channel": case.channel,
        "payment": case.payment,
        "purchase_date": case.purchase_date,
        "order_no": case.order_no,
        "amount_claimed": case.amount_claimed,
        "nature": case.nature,
        "category": case.category,
        "sub_category": case.sub_category,
        "facts": case.facts,
        "request_text": case.request_text,
        "requests": [r.code for r in case.requests],
        "consumer_name": case.consumer.name,
        "consumer_phone": case.consumer.phone,
        "consumer_id_number": case.consumer.id_number,
        "merchant_id": case.merchant_id,
    }


def edit_case(
    db: Database,
    actor: Actor,
    case_no: str,
    draft: CaseDraft,
    expected_version: int | None = None,
    today: date | None = None,
) -> None:
    """Change the content of a case; an ended case needs a supervisor and leaves an audit entry. A value the
    actor sees masked keeps its stored value (:func:`app.services.privacy.keep_masked`)."""
    today = today or today_local()
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        ended = case.state in END_STATES
        require_case_edit(actor, case)
        if expected_version is not None and case.version != expected_version:
            raise Conflict("case.changed", case_no=case_no)
        clean, problems = validate_draft(keep_masked(actor, draft_of(case), draft), today)
        if clean is None:
            raise InvalidInput(problems)
        before = _snapshot(case)
        _apply_content(case, clean)
        consumer = case.consumer
        consumer.name, consumer.phone = clean.draft.consumer_name, clean.consumer_phone
        consumer.name_initials = name_initials(consumer.name)
        consumer.id_number = clean.consumer_id_number
        consumer.address = clean.draft.consumer_address or None
        after = _snapshot(case)
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return
        # The consumer and the request rows are not columns of the case row; touch the row anyway so
        # that every edit moves the case's version and a form opened before it sees the conflict.
        flag_modified(case, "facts")
        if ended:
            case.history.append(
                HistoryEntry(
                    from_state=case.state,
                    to_state=case.state,
                    action="edit",
                    actor=actor.login,
                    at=now_local(),
                    note="修改已结案件",
                )
            )
        audit.record(
            session, actor, "edit", "case", case.case_no, before={k: before[k] for k in changed}, after=changed
        )
