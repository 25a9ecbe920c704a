"""Two people editing the same case: what changed since a form was opened, field by field, and how to
save after choosing, per field, to keep mine, take theirs or combine the two.

The form keeps the :class:`EditBase` it was opened with (the version and the content it showed). Saving
goes through :func:`save_edit`; when someone else saved the case in between, nothing is written and a
:class:`ConflictReport` comes back with base / theirs / mine for every field that changed on either side.
After the user chose, :func:`resolve` builds the merged draft and :func:`save_resolved` saves it against
the version the report was made from (and reports again if yet another change came in meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from app.domain import codes
from app.domain.dates import LOCAL_TZ, today_local
from app.domain.errors import Conflict, InvalidInput, InvalidValue, Problem
from app.domain.money import format_yuan
from app.services.cases.detail import draft_of
from app.services.cases.drafts import CaseDraft, validate_draft
from app.services.cases.intake import edit_case
from app.services.context import Actor
from app.services.privacy import keep_masked, masked_fields, present_draft
from app.store.cases import case_by_no
from app.store.database import Database
from app.store.reference import AuditEntry


class Choice(StrEnum):
    """What to save for one field."""

    MINE = "mine"
    THEIRS = "theirs"
    COMBINED = "combined"


@dataclass(frozen=True)
class FieldSpec:
    """An editable field of a case: the draft attribute, its label, and how to show its value."""

    name: str
    label: str
    label_en: str
    code_list: codes.CodeList | None = None
    text: bool = False

    def label_in(self, lang: str) -> str:
        return self.label_en if lang.startswith("en") else self.label


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("source", "来源", "Source", codes.SOURCES),
    FieldSpec("ref_12315", "12315编号", "12315 number"),
    FieldSpec("consumer_name", "消费者姓名", "Consumer's name"),
    FieldSpec("consumer_phone", "消费者电话", "Consumer's phone"),
    FieldSpec("consumer_id_number", "消费者身份证号", "Consumer's ID number"),
    FieldSpec("consumer_address", "消费者地址", "Consumer's address"),
    FieldSpec("channel", "购买渠道", "Purchase channel", codes.CHANNELS),
    FieldSpec("payment", "支付方式", "Payment", codes.PAYMENTS),
    FieldSpec("purchase_date", "交易日期", "Purchase date"),
    FieldSpec("order_no", "订单号", "Order number"),
    FieldSpec("amount_claimed", "涉及金额", "Amount claimed"),
    FieldSpec("nature", "投诉问题性质", "Nature of the complaint", codes.NATURES),
    FieldSpec("category", "商品或服务类别", "Goods or service class", codes.CATEGORIES),
    FieldSpec("sub_category", "具体商品或服务", "Specific goods or service", codes.SUB_CATEGORIES),
    FieldSpec("requests", "诉求", "Requests", codes.REQUESTS),
    FieldSpec("facts", "投诉内容", "Facts", text=True),
    FieldSpec("request_text", "诉求说明", "What the consumer asks", text=True),
)
SPECS = {spec.name: spec for spec in FIELDS}


@dataclass(frozen=True)
class EditBase:
    """What an edit form was opened with: the case's version and its content as a draft."""

    case_no: str
    version: int
    draft: CaseDraft


@dataclass(frozen=True)
class FieldChange:
    """One field that changed since the form was opened, on my side, theirs, or both."""

    spec: FieldSpec
    base: Any
    theirs: Any
    mine: Any

    @property
    def mine_changed(self) -> bool:
        return self.mine != self.base

    @property
    def theirs_changed(self) -> bool:
        return self.theirs != self.base

    @property
    def conflict(self) -> bool:
        """Both sides changed the field, to different values: the user must choose."""
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs

    @property
    def default_choice(self) -> Choice:
        """Keep my change where I made one, else take theirs."""
        return Choice.MINE if self.mine_changed else Choice.THEIRS

    def combined(self) -> Any:
        """Both versions together: texts one after the other, requests united; else mine."""
        if self.spec.name == "requests":
            return tuple(dict.fromkeys((*self.theirs, *self.mine)))
        if self.spec.text and self.theirs and self.mine:
            return f"{self.theirs}\n{self.mine}"
        return self.mine

    def show(self, value: Any, lang: str = "zh_CN") -> str:
        return display(self.spec, value, lang)


@dataclass(frozen=True)
class ConflictReport:
    """The case changed since the form was opened: who changed it, and every field that differs."""

    case_no: str
    base_version: int
    theirs: EditBase
    mine: CaseDraft
    changes: tuple[FieldChange, ...]
    changed_by: str
    changed_at: datetime | None

    @property
    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if c.conflict)


def display(spec: FieldSpec, value: Any, lang: str = "zh_CN") -> str:
    """A value as the user reads it (labels of codes, yuan with two decimals, ISO dates)."""
    if value is None or value == "" or value == ():
        return ""
    if spec.name == "requests":
        return "、".join(codes.label(codes.REQUESTS, c, lang) for c in value)
    if spec.code_list is not None:
        return codes.label(spec.code_list, value, lang)
    if isinstance(value, Decimal):
        return format_yuan(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def open_for_edit(db: Database, case_no: str) -> EditBase:
    """The case as an edit form opens it; keep the result to save against."""
    with db.read() as session:
        case = case_by_no(session, case_no)
        return EditBase(case.case_no, case.version, draft_of(case))


_CANONICAL: dict[str, Callable[[Any], Any]] = {
    "purchase_date": lambda v: v,
    "amount_claimed": lambda v: v if v is not None else Decimal("0.00"),
    "requests": lambda v: tuple(dict.fromkeys(v)),
}


def values_of(draft: CaseDraft, today: date | None = None) -> dict[str, Any]:
    """The editable fields of a draft in canonical form (normalised phone, Decimal, date), so that
    "13812348000" and "+86 138 1234 8000" count as the same value. InvalidInput if the draft is wrong."""
    clean, problems = validate_draft(replace(draft, received_on=None), today or today_local())
    if clean is None:
        raise InvalidInput(problems)
    d = clean.draft
    raw = {spec.name: getattr(d, spec.name) for spec in FIELDS}
    raw.update(
        consumer_phone=clean.consumer_phone,
        consumer_id_number=clean.consumer_id_number or "",
        purchase_date=clean.purchase_date,
        amount_claimed=clean.amount_claimed,
    )
    return {name: _CANONICAL.get(name, lambda v: v or "")(value) for name, value in raw.items()}


def _last_edit(db: Database, case_no: str) -> tuple[str, datetime | None]:
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "case", AuditEntry.entity_id == case_no)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if entry is None:
            return "", None
        return entry.actor, entry.at.astimezone(LOCAL_TZ)


def compare(
    db: Database, base: EditBase, mine: CaseDraft, today: date | None = None, actor: Actor | None = None
) -> ConflictReport:
    """Base, theirs (the case as stored now) and mine, for every field that changed on either side; with
    ``actor``, theirs as that actor may see it (a masked field cannot be mine to change)."""
    stored = open_for_edit(db, base.case_no)
    theirs = stored if actor is None else replace(stored, draft=present_draft(actor, stored.draft))
    day = today or today_local()
    hidden = masked_fields(actor, stored.draft) if actor is not None else frozenset()
    unmasked = keep_masked(actor, stored.draft, mine) if actor is not None else mine
    b, t, m = (_stored_values(base.draft), _stored_values(theirs.draft), values_of(unmasked, day))
    m.update({name: t[name] for name in hidden if name in m})
    changes = tuple(
        FieldChange(spec, b[spec.name], t[spec.name], m[spec.name])
        for spec in FIELDS
        if b[spec.name] != t[spec.name] or b[spec.name] != m[spec.name]
    )
    who, at = _last_edit(db, base.case_no)
    return ConflictReport(base.case_no, base.version, theirs, mine, changes, who, at)


def _stored_values(draft: CaseDraft) -> dict[str, Any]:
    """Canonical values of a draft made from a stored case (already clean, so not validated again)."""
    raw = {spec.name: getattr(draft, spec.name) for spec in FIELDS}
    return {name: _CANONICAL.get(name, lambda v: v or "")(value) for name, value in raw.items()}


def edit_problems(
    db: Database, actor: Actor, case_no: str, mine: CaseDraft, today: date | None = None
) -> list[Problem]:
    """What saving ``mine`` would refuse, checked as :func:`save_edit` checks it: the fields the actor sees
    masked count with their stored values (the form shows them masked and read-only)."""
    with db.read() as session:
        stored = draft_of(case_by_no(session, case_no))
    return validate_draft(keep_masked(actor, stored, mine), today or today_local())[1]


def save_edit(
    db: Database, actor: Actor, base: EditBase, mine: CaseDraft, today: date | None = None
) -> ConflictReport | None:
    """Save the form; None when saved, or the report (nothing written) when the case changed meanwhile."""
    try:
        edit_case(db, actor, base.case_no, mine, expected_version=base.version, today=today)
    except Conflict:
        return compare(db, base, mine, today, actor)
    return None


def resolve(report: ConflictReport, choices: Mapping[str, Choice | tuple[Choice, Any]] | None = None) -> CaseDraft:
    """The draft to save: my draft with, field by field, mine, theirs or a combined value.

    ``choices`` maps a field name to a Choice, or to (Choice.COMBINED, value) for a value the user
    wrote; fields not named take their default (my change where I made one, else theirs)."""
    chosen = dict(choices or {})
    updates: dict[str, Any] = {}
    for change in report.changes:
        pick = chosen.get(change.spec.name, change.default_choice)
        choice, value = pick if isinstance(pick, tuple) else (pick, None)
        if choice == Choice.MINE:
            value = change.mine
        elif choice == Choice.THEIRS:
            value = change.theirs
        elif value is None:
            value = change.combined()
        updates[change.spec.name] = _draft_value(change.spec, value)
    return replace(report.mine, **updates)


def _draft_value(spec: FieldSpec, value: Any) -> Any:
    if spec.name == "requests":
        return list(value)
    if value is None:
        return None if spec.name in ("purchase_date", "amount_claimed") else ""
    if isinstance(value, str | date | Decimal):
        return value
    raise InvalidValue("conflict.unknown_value", field=spec.label, value=repr(value))


def save_resolved(
    db: Database, actor: Actor, report: ConflictReport, merged: CaseDraft, today: date | None = None
) -> ConflictReport | None:
    """Save the merged draft over the version the report showed; a new report if it changed again."""
    return save_edit(db, actor, report.theirs, merged, today)


def check_version(current: int, expected: int | None, what: str) -> None:
    """Conflict when a record (merchant, user, ...) is no longer at the version its form was opened on."""
    if expected is not None and current != expected:
        raise Conflict("conflict.version", what=what, expected=expected, current=current)
