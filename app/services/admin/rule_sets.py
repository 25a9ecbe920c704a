"""Rule sets as an administrator keeps them: list them, add one with an effective date.

A rule set is never changed or removed once added: cases registered under it keep their limits.
A new one applies to cases received on or after its effective date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.dates import parse_optional_date
from app.domain.errors import InvalidInput, InvalidValue, Problem
from app.domain.permissions import Permission
from app.domain.rules import NON_ACCEPTANCE_GROUNDS, TERMINATION_GROUNDS, RuleSet
from app.services import audit
from app.services.context import Actor
from app.services.reference import load_rule_sets, rule_set_row
from app.store.database import Database
from app.store.reference import RuleSetRow

DAY_KINDS = {"working": ("工作日", "Working days"), "calendar": ("自然日", "Calendar days")}
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$")
MAX_DAYS = 365


@dataclass
class RuleSetInput:
    """A new rule set as the form gives it (days may be text or numbers)."""

    code: str
    name: str
    effective_from: object
    acceptance_days: object
    mediation_days: object
    notice_days: object
    extension_days: object = 0
    day_kind: str = "working"
    non_acceptance_grounds: list[str] = field(default_factory=list)
    termination_grounds: list[str] = field(default_factory=list)
    note: str = ""


def list_rule_sets(db: Database) -> list[RuleSet]:
    """Every rule set, oldest effective date first (anyone may read them)."""
    with db.read() as session:
        return load_rule_sets(session)


def _days(label: str, raw: object, problems: list[Problem], low: int = 1) -> int:
    try:
        value = int(str(raw).strip())
    except ValueError:
        problems.append(Problem(label, "应为整数天数", str(raw)))
        return 0
    if not low <= value <= MAX_DAYS:
        problems.append(Problem(label, f"应在 {low} 到 {MAX_DAYS} 天之间", str(raw)))
    return value


def _grounds(label: str, codes: list[str], known: dict[str, tuple[str, str]], problems: list[Problem]) -> None:
    unknown = [c for c in codes if c not in known]
    if not codes:
        problems.append(Problem(label, "请至少选择一项"))
    elif unknown:
        problems.append(Problem(label, "含有未知的理由代码", ",".join(unknown)))


def validate_rule_set(data: RuleSetInput) -> tuple[RuleSet | None, list[Problem]]:
    """The rule set the input describes, or every problem with it."""
    problems: list[Problem] = []
    code, name = data.code.strip(), data.name.strip()
    if not CODE_PATTERN.match(code):
        problems.append(Problem("代码", "2到32个字母、数字、-、_ 或 .", code or None))
    if not name:
        problems.append(Problem("名称", "不能为空"))
    try:
        effective = parse_optional_date(data.effective_from)
    except InvalidValue as err:
        problems.append(Problem("生效日期", err.message, str(data.effective_from)))
        effective = None
    if effective is None and not any(p.field == "生效日期" for p in problems):
        problems.append(Problem("生效日期", "不能为空"))
    limits = [
        _days(label, raw, problems)
        for label, raw in (
            ("受理期限", data.acceptance_days),
            ("调解期限", data.mediation_days),
            ("终止告知期限", data.notice_days),
        )
    ]
    extension = _days("延长期限", data.extension_days, problems, low=0)
    if data.day_kind not in DAY_KINDS:
        problems.append(Problem("计日方式", "应为工作日或自然日", data.day_kind))
    _grounds("不予受理理由", data.non_acceptance_grounds, NON_ACCEPTANCE_GROUNDS, problems)
    _grounds("终止调解理由", data.termination_grounds, TERMINATION_GROUNDS, problems)
    if problems or effective is None:
        return None, problems
    return RuleSet(
        code=code,
        name=name,
        effective_from=effective,
        acceptance_days=limits[0],
        mediation_days=limits[1],
        notice_days=limits[2],
        extension_days=extension,
        day_kind=data.day_kind,
        non_acceptance_grounds=tuple(dict.fromkeys(data.non_acceptance_grounds)),
        termination_grounds=tuple(dict.fromkeys(data.termination_grounds)),
        note=data.note.strip(),
    ), []


def add_rule_set(db: Database, actor: Actor, data: RuleSetInput) -> RuleSet:
    """Add a rule set; its code and its effective date must both be new."""
    actor.require(Permission.MANAGE_RULES)
    rules, problems = validate_rule_set(data)
    if rules is None:
        raise InvalidInput(problems)
    with db.transaction() as session:
        if session.get(RuleSetRow, rules.code) is not None:
            raise InvalidInput([Problem("代码", "已存在", rules.code)])
        same_day = session.scalars(
            select(RuleSetRow.code).where(RuleSetRow.effective_from == rules.effective_from)
        ).first()
        if same_day is not None:
            raise InvalidInput([Problem("生效日期", f"与规则集 {same_day} 相同", rules.effective_from.isoformat())])
        session.add(rule_set_row(rules))
        session.flush()
        audit.record(
            session,
            actor,
            "add_rule_set",
            "rule_set",
            rules.code,
            after={
                "name": rules.name,
                "effective_from": rules.effective_from,
                "acceptance_days": rules.acceptance_days,
                "mediation_days": rules.mediation_days,
                "notice_days": rules.notice_days,
                "extension_days": rules.extension_days,
                "day_kind": rules.day_kind,
                "non_acceptance_grounds": list(rules.non_acceptance_grounds),
                "termination_grounds": list(rules.termination_grounds),
            },
        )
    return rules
