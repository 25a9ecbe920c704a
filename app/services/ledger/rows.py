"""Checking one ledger row: every problem of the row is found, each with its column, value and reason.

The complaint's content goes through the same validation as the intake form (``validate_draft``);
the workflow columns (状态, dates, outcome, amounts) are checked here for their own consistency.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain import codes
from app.domain.codes import CodeList
from app.domain.dates import parse_optional_date
from app.domain.errors import InvalidValue, Problem
from app.domain.identifiers import unsafe_character
from app.domain.messages import Message, label_of, msg
from app.domain.money import ZERO, parse_optional_amount
from app.domain.workflow import OUTCOMES, STATES, State
from app.services.cases.drafts import CaseDraft, CleanCase, MerchantDraft, validate_draft
from app.services.ledger import columns as col
from app.services.ledger.reader import cell_text

# validate_draft names a few fields differently from the ledger header
_FIELD_TO_COLUMN = {"涉及金额": col.AMOUNT, "经营者": col.MERCHANT_NAME}
_IGNORED_FIELDS = {"12315编号"}  # the ledger has no column for the 12315 reference number
_ACCEPTED_STATES = frozenset(State) - {State.REGISTERED, State.REJECTED}
_REQUEST_SPLIT = str.maketrans({",": "、", ";": "、", "；": "、", "，": "、", "\n": "、", "\r": "、"})


@dataclass(frozen=True)
class LedgerEntry:
    """A checked ledger row, ready to be stored."""

    row: int
    case_no: str
    clean: CleanCase
    state: State
    accepted_on: date | None
    rejected_on: date | None
    closed_on: date | None
    outcome: str | None
    recovered: Decimal
    punitive: Decimal
    mediator: str


class _Row:
    """One row's raw values and the problems found in it so far."""

    def __init__(self, number: int, raw: Mapping[str, Any]) -> None:
        self.number, self.raw = number, raw
        self.problems: list[Problem] = []

    def text(self, column: str) -> str:
        return cell_text(self.raw.get(column))

    def problem(self, column: str, message: Message, value: object = None) -> None:
        shown = None if value is None or value == "" else cell_text(value) or str(value)
        self.problems.append(Problem(column, message, shown, self.number))

    def code(self, column: str, code_list: CodeList, aliases: Mapping[str, str] | None = None) -> str:
        text = self.text(column)
        if not text:
            return ""
        found = codes.code_for_label(code_list, text, aliases)
        if found is None:
            self.problem(column, msg("ledger.not_a_choice", choices=[zh for zh, _ in code_list.values()]), text)
            return ""
        return found

    def date(self, column: str) -> date | None:
        try:
            return parse_optional_date(self._stripped(column))
        except InvalidValue as err:
            self.problem(column, err.msg, self.raw.get(column))
            return None

    def amount(self, column: str) -> Decimal:
        try:
            return parse_optional_amount(self._stripped(column)) or ZERO
        except InvalidValue as err:
            self.problem(column, err.msg, self.raw.get(column))
            return ZERO

    def _stripped(self, column: str) -> Any:
        value = self.raw.get(column)
        return value.strip() if isinstance(value, str) else value


def _requests(row: _Row) -> list[str]:
    parts = [p.strip() for p in row.text(col.REQUESTS).translate(_REQUEST_SPLIT).split("、")]
    found = []
    for part in filter(None, parts):
        code = codes.code_for_label(codes.REQUESTS, part)
        if code is None:
            row.problem(
                col.REQUESTS, msg("ledger.not_a_request", choices=[zh for zh, _ in codes.REQUESTS.values()]), part
            )
        else:
            found.append(code)
    return found


def _sub_category(row: _Row) -> str:
    """具体商品或服务 by its label within the row's class (the same label may name items of two classes)."""
    text = row.text(col.SUB_CATEGORY)
    if not text:
        return ""
    within = codes.sub_categories_of(codes.code_for_label(codes.CATEGORIES, row.text(col.CATEGORY)))
    return codes.code_for_label(within, text) or row.code(col.SUB_CATEGORY, codes.SUB_CATEGORIES)


def _draft(row: _Row) -> CaseDraft:
    merchant = MerchantDraft(
        name=row.text(col.MERCHANT_NAME),
        kind=row.code(col.MERCHANT_KIND, codes.MERCHANT_KINDS) or "unregistered",
        uscc=row.text(col.USCC),
        wechat_id=row.text(col.MERCHANT_WECHAT),
        phone=row.text(col.MERCHANT_PHONE),
    )
    return CaseDraft(
        source=row.code(col.SOURCE, codes.SOURCES) or "visit",
        ref_12315=row.text(col.REF_12315),
        received_on=row.raw.get(col.RECEIVED_ON),
        consumer_name=row.text(col.CONSUMER_NAME),
        consumer_phone=row.text(col.CONSUMER_PHONE),
        consumer_id_number=row.text(col.CONSUMER_ID),
        merchant=merchant,
        channel=row.code(col.CHANNEL, codes.CHANNELS),
        payment=row.code(col.PAYMENT, codes.PAYMENTS),
        purchase_date=row.raw.get(col.PURCHASE_DATE),
        amount_claimed=row.raw.get(col.AMOUNT),
        nature=row.code(col.NATURE, codes.NATURES, codes.NATURE_ALIASES),
        category=row.code(col.CATEGORY, codes.CATEGORIES),
        sub_category=_sub_category(row),
        requests=_requests(row),
        facts=str(row.raw.get(col.FACTS) or "").strip(),
        request_text=row.text(col.REQUESTS),
    )


NO_12315_REF = "（台账未记录）"


def _content(row: _Row, today: date) -> CleanCase | None:
    draft = _draft(row)
    if draft.received_on is None or (isinstance(draft.received_on, str) and not draft.received_on.strip()):
        row.problem(col.RECEIVED_ON, msg("value.required"))
        draft = replace(draft, received_on=today)
    clean, problems = validate_draft(draft, today)
    kept = [p for p in problems if p.field not in _IGNORED_FIELDS]
    if clean is None and not kept:  # only the 12315 reference is missing: the ledger has no such column
        clean, kept = validate_draft(replace(draft, ref_12315=NO_12315_REF), today)
    row.problems += [Problem(_FIELD_TO_COLUMN.get(p.field, p.field), p.message, p.value, row.number) for p in kept]
    return clean


def _state(row: _Row) -> State | None:
    text = row.text(col.STATE)
    if not text:
        row.problem(col.STATE, msg("value.required"))
        return None
    code = codes.code_for_label(STATES, text)
    if code is None:
        row.problem(col.STATE, msg("ledger.not_a_state", choices=[zh for zh, _ in STATES.values()]), text)
        return None
    return State(code)


def _check_dates(
    row: _Row, state: State, received: date | None, accepted: date | None, ended: date | None, today: date
) -> None:
    if state in _ACCEPTED_STATES and accepted is None and not _has_problem(row, col.ACCEPTED_ON):
        row.problem(col.ACCEPTED_ON, msg("ledger.accepted_on_required", state=label_of(STATES[state])))
    if state in (State.REGISTERED, State.REJECTED) and accepted is not None:
        row.problem(
            col.ACCEPTED_ON, msg("ledger.accepted_on_unexpected", state=label_of(STATES[state])), accepted.isoformat()
        )
    if state in (State.CLOSED, State.REJECTED) and ended is None and not _has_problem(row, col.CLOSED_ON):
        row.problem(col.CLOSED_ON, msg("ledger.closed_on_required", state=label_of(STATES[state])))
    if state not in (State.CLOSED, State.REJECTED) and ended is not None:
        row.problem(col.CLOSED_ON, msg("ledger.closed_on_unexpected", state=label_of(STATES[state])), ended.isoformat())
    for column, day in ((col.ACCEPTED_ON, accepted), (col.CLOSED_ON, ended)):
        if day is None:
            continue
        if day > today:
            row.problem(column, msg("date.not_after_today"), day.isoformat())
        elif received is not None and day < received:
            row.problem(column, msg("date.not_before_received"), day.isoformat())
    if accepted is not None and ended is not None and accepted <= today and ended < accepted:
        row.problem(col.CLOSED_ON, msg("date.not_before_accepted"), ended.isoformat())


def _has_problem(row: _Row, column: str) -> bool:
    return any(p.field == column for p in row.problems)


def _check_money(row: _Row, state: State, outcome: str, recovered: Decimal, punitive: Decimal) -> None:
    if state == State.CLOSED and not outcome and not _has_problem(row, col.OUTCOME):
        row.problem(col.OUTCOME, msg("ledger.outcome_required"))
    if state != State.CLOSED and outcome:
        row.problem(col.OUTCOME, msg("ledger.outcome_unexpected"), outcome)
    if state != State.CLOSED and (recovered or punitive):
        row.problem(col.RECOVERED, msg("ledger.money_unexpected"), f"{recovered}/{punitive}")
    if punitive > recovered:
        row.problem(col.PUNITIVE, msg("ledger.punitive_over_recovered"), f"{punitive}")


def check_row(number: int, raw: Mapping[str, Any], today: date) -> tuple[LedgerEntry | None, list[Problem]]:
    """The checked entry of one ledger row, or None and every problem of the row."""
    row = _Row(number, raw)
    case_no = row.text(col.CASE_NO)
    if (char := unsafe_character(case_no)) is not None:
        row.problem(col.CASE_NO, msg("text.unsafe_character", char=char), case_no)
    elif not case_no:
        row.problem(col.CASE_NO, msg("value.required"))
    elif len(case_no) > 32:
        row.problem(col.CASE_NO, msg("value.max_chars", limit=32), case_no)
    clean = _content(row, today)
    state = _state(row)
    accepted, ended = row.date(col.ACCEPTED_ON), row.date(col.CLOSED_ON)
    outcome = row.code(col.OUTCOME, OUTCOMES)
    recovered, punitive = row.amount(col.RECOVERED), row.amount(col.PUNITIVE)
    if state is not None:
        _check_dates(row, state, clean.received_on if clean else None, accepted, ended, today)
        _check_money(row, state, outcome, recovered, punitive)
    if row.problems or clean is None or state is None:
        return None, row.problems
    entry = LedgerEntry(
        number,
        case_no,
        clean,
        state,
        accepted,
        ended if state == State.REJECTED else None,
        ended if state == State.CLOSED else None,
        outcome or None,
        recovered,
        punitive,
        row.text(col.MEDIATOR),
    )
    return entry, []
