"""Rule sets and grounds as an administrator keeps them: list them, add one.

A rule set's clocks are never changed and a rule set is never removed once added: cases registered under
it keep their limits. A new one applies to cases received on or after its effective date (in its region,
if it has one). Grounds and suspension reasons are a catalogue: an administrator adds one (code, labels,
the clock it affects) or corrects its labels, basis and clock (never its code: cases store it), and picks
which non-acceptance and termination grounds a rule set offers (a new ground of a new order, such as
Order 121's "主体资格灭失", can be offered under the rule set in force; no limit changes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.dates import parse_optional_date
from app.domain.deadlines import CLOCK_KINDS, DAY_KINDS, KIND_MEDIATION, ClockRule
from app.domain.errors import InvalidInput, InvalidValue, NotFound, Problem
from app.domain.messages import msg
from app.domain.permissions import Permission
from app.domain.rules import (
    GROUND_KINDS,
    GROUND_NON_ACCEPTANCE,
    GROUND_SUSPENSION,
    GROUND_TERMINATION,
    PAUSING,
    SUSPENSIONS,
    Ground,
    RuleSet,
    ground_labels,
)
from app.services import audit
from app.services.context import Actor
from app.services.reference import load_grounds, load_rule_sets, rule_set_from_row, rule_set_row
from app.store.database import Database
from app.store.reference import GroundRow, RuleSetRow

DAY_KIND_LABELS = {"working": ("工作日", "Working days"), "calendar": ("自然日", "Calendar days")}
CLOCK_LABELS = {
    "acceptance": ("受理期限", "Acceptance"),
    "mediation": ("调解期限", "Mediation"),
    "termination_notice": ("终止告知期限", "Termination notice"),
    "performance": ("履行回访期限", "Performance follow-up"),
}
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,31}$")
GROUND_CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
MAX_DAYS = 365
MAX_REGION = 40
MAX_LABEL = 200


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
    mediation_kind: str = "working"
    acceptance_kind: str = "working"
    notice_kind: str = "working"
    performance_days: object = 0
    performance_kind: str = "working"
    rollover: list[str] = field(default_factory=lambda: list(CLOCK_KINDS))
    region: str = ""
    non_acceptance_grounds: list[str] = field(default_factory=list)
    termination_grounds: list[str] = field(default_factory=list)
    suspension_reasons: list[str] = field(default_factory=lambda: list(SUSPENSIONS))
    pausing_reasons: list[str] = field(default_factory=lambda: list(PAUSING))
    note: str = ""
    provenance: str = ""


@dataclass
class GroundInput:
    """A new ground or suspension reason."""

    kind: str
    code: str
    label_zh: str
    label_en: str
    clock: str = ""
    basis: str = ""


def list_rule_sets(db: Database) -> list[RuleSet]:
    """Every rule set, oldest effective date first (anyone may read them)."""
    with db.read() as session:
        return load_rule_sets(session)


def list_grounds(db: Database) -> list[Ground]:
    """The catalogue of grounds and suspension reasons (anyone may read it)."""
    with db.read() as session:
        return load_grounds(session)


def grounds_of_kind(db: Database, kind: str) -> dict[str, tuple[str, str]]:
    """Code -> (Chinese, English) labels of one kind of ground."""
    return ground_labels(list_grounds(db), kind)


def _days(label: str, raw: object, problems: list[Problem], low: int = 1) -> int:
    try:
        value = int(str(raw).strip())
    except ValueError:
        problems.append(Problem(label, msg("value.whole_days"), str(raw)))
        return 0
    if not low <= value <= MAX_DAYS:
        problems.append(Problem(label, msg("value.days_range", low=low, high=MAX_DAYS), str(raw)))
    return value


def _grounds(label: str, codes: list[str], known: set[str], problems: list[Problem], required: bool = True) -> None:
    unknown = [c for c in codes if c not in known]
    if required and not codes:
        problems.append(Problem(label, msg("value.choose_one_or_more")))
    elif unknown:
        problems.append(Problem(label, msg("rule_set.unknown_grounds"), ",".join(unknown)))


def _clock(label: str, days: int, kind: str, rollover: bool, problems: list[Problem]) -> ClockRule:
    if kind not in DAY_KINDS:
        problems.append(Problem(f"{label}计日方式", msg("rule_set.day_kind"), kind))
        return ClockRule(max(days, 0))
    return ClockRule(max(days, 0), kind, rollover)


def validate_rule_set(data: RuleSetInput, catalogue: list[Ground]) -> tuple[RuleSet | None, list[Problem]]:
    """The rule set the input describes, or every problem with it."""
    problems: list[Problem] = []
    code, name, region = data.code.strip(), data.name.strip(), data.region.strip()
    if not CODE_PATTERN.match(code):
        problems.append(Problem("代码", msg("rule_set.code_format"), code or None))
    if not name:
        problems.append(Problem("名称", msg("value.required")))
    if len(region) > MAX_REGION:
        problems.append(Problem("适用地区", msg("value.max_chars", limit=MAX_REGION), region))
    try:
        effective = parse_optional_date(data.effective_from)
    except InvalidValue as err:
        problems.append(Problem("生效日期", err.msg, str(data.effective_from)))
        effective = None
    if effective is None and not any(p.field == "生效日期" for p in problems):
        problems.append(Problem("生效日期", msg("value.required")))
    unknown_clocks = [c for c in data.rollover if c not in CLOCK_KINDS]
    if unknown_clocks:
        problems.append(Problem("顺延", msg("rule_set.unknown_clocks"), ",".join(unknown_clocks)))
    clocks = []
    for kind, raw, day_kind, low in (
        ("acceptance", data.acceptance_days, data.acceptance_kind, 1),
        ("mediation", data.mediation_days, data.mediation_kind, 1),
        ("termination_notice", data.notice_days, data.notice_kind, 1),
        ("performance", data.performance_days, data.performance_kind, 0),
    ):
        label = CLOCK_LABELS[kind][0]
        clocks.append(_clock(label, _days(label, raw, problems, low), day_kind, kind in data.rollover, problems))
    extension = _days("延长期限", data.extension_days, problems, low=0)
    known = {kind: set(ground_labels(catalogue, kind)) for kind in GROUND_KINDS}
    _grounds("不予受理理由", data.non_acceptance_grounds, known[GROUND_NON_ACCEPTANCE], problems)
    _grounds("终止调解理由", data.termination_grounds, known[GROUND_TERMINATION], problems)
    _grounds("中止原因", data.suspension_reasons, known[GROUND_SUSPENSION], problems)
    not_offered = [c for c in data.pausing_reasons if c not in data.suspension_reasons]
    if not_offered:
        problems.append(Problem("暂停计时的中止原因", msg("rule_set.pausing_not_listed"), ",".join(not_offered)))
    if problems or effective is None:
        return None, problems
    return RuleSet(
        code=code,
        name=name,
        effective_from=effective,
        acceptance=clocks[0],
        mediation=clocks[1],
        notice=clocks[2],
        performance=clocks[3],
        extension_days=extension,
        region=region,
        non_acceptance_grounds=tuple(dict.fromkeys(data.non_acceptance_grounds)),
        termination_grounds=tuple(dict.fromkeys(data.termination_grounds)),
        suspension_reasons=tuple(dict.fromkeys(data.suspension_reasons)),
        pausing_reasons=tuple(dict.fromkeys(data.pausing_reasons)),
        note=data.note.strip(),
        provenance=data.provenance.strip(),
    ), []


def _clock_audit(rule: ClockRule) -> dict[str, object]:
    return {"days": rule.days, "day_kind": rule.day_kind, "rollover": rule.rollover}


def add_rule_set(db: Database, actor: Actor, data: RuleSetInput) -> RuleSet:
    """Add a rule set; its code, and its effective date within its region, must both be new."""
    actor.require(Permission.MANAGE_RULES)
    with db.transaction() as session:
        rules, problems = validate_rule_set(data, load_grounds(session))
        if rules is None:
            raise InvalidInput(problems)
        if session.get(RuleSetRow, rules.code) is not None:
            raise InvalidInput([Problem("代码", msg("value.exists"), rules.code)])
        same_day = session.scalars(
            select(RuleSetRow.code).where(
                RuleSetRow.effective_from == rules.effective_from, RuleSetRow.region == rules.region
            )
        ).first()
        if same_day is not None:
            raise InvalidInput(
                [Problem("生效日期", msg("rule_set.same_day", other=same_day), rules.effective_from.isoformat())]
            )
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
                "region": rules.region,
                "acceptance": _clock_audit(rules.acceptance),
                "mediation": _clock_audit(rules.mediation),
                "termination_notice": _clock_audit(rules.notice),
                "performance": _clock_audit(rules.performance),
                "extension_days": rules.extension_days,
                "non_acceptance_grounds": list(rules.non_acceptance_grounds),
                "termination_grounds": list(rules.termination_grounds),
                "suspension_reasons": list(rules.suspension_reasons),
                "pausing_reasons": list(rules.pausing_reasons),
            },
        )
    return rules


def _ground_problems(data: GroundInput) -> list[Problem]:
    problems: list[Problem] = []
    kind, code = data.kind.strip(), data.code.strip()
    zh, en, clock = data.label_zh.strip(), data.label_en.strip(), data.clock.strip()
    if kind not in GROUND_KINDS:
        problems.append(Problem("类别", msg("rule_set.ground_kind"), kind or None))
    if not GROUND_CODE_PATTERN.match(code):
        problems.append(Problem("代码", msg("rule_set.ground_code_format"), code or None))
    for label, text in (("中文名称", zh), ("英文名称", en)):
        if not text:
            problems.append(Problem(label, msg("value.required")))
        elif len(text) > MAX_LABEL:
            problems.append(Problem(label, msg("value.max_chars", limit=MAX_LABEL), text))
    if clock and clock not in CLOCK_KINDS:
        problems.append(Problem("影响的期限", msg("rule_set.unknown_clock"), clock))
    if kind == GROUND_SUSPENSION and clock not in ("", KIND_MEDIATION):
        problems.append(Problem("影响的期限", msg("rule_set.suspension_pauses_mediation_only"), clock))
    return problems


def _ground_of(data: GroundInput) -> Ground:
    """The ground an administrator typed, each value trimmed."""
    return Ground(
        data.kind.strip(),
        data.code.strip(),
        data.label_zh.strip(),
        data.label_en.strip(),
        data.clock.strip(),
        data.basis.strip(),
    )


def _ground_fields(ground: Ground) -> dict[str, str]:
    """What the catalogue row keeps of a ground beside its kind and code (also what the audit records)."""
    return {"label_zh": ground.zh, "label_en": ground.en, "clock": ground.clock, "basis": ground.basis}


def add_ground(db: Database, actor: Actor, data: GroundInput) -> Ground:
    """Add a ground or suspension reason to the catalogue; its code must be new for its kind."""
    actor.require(Permission.MANAGE_RULES)
    problems = _ground_problems(data)
    if problems:
        raise InvalidInput(problems)
    ground = _ground_of(data)
    kind, code = ground.kind, ground.code
    with db.transaction() as session:
        if session.get(GroundRow, (kind, code)) is not None:
            raise InvalidInput([Problem("代码", msg("value.exists"), code)])
        session.add(GroundRow(kind=kind, code=code, **_ground_fields(ground)))
        session.flush()
        audit.record(session, actor, "add_ground", "ground", f"{kind}:{code}", after=_ground_fields(ground))
    return ground


def edit_ground(db: Database, actor: Actor, data: GroundInput) -> Ground:
    """Correct a ground's labels, basis and clock; its kind and code (stored on cases) stay."""
    actor.require(Permission.MANAGE_RULES)
    problems = _ground_problems(data)
    if problems:
        raise InvalidInput(problems)
    ground = _ground_of(data)
    kind, code = ground.kind, ground.code
    with db.transaction() as session:
        row = session.get(GroundRow, (kind, code))
        if row is None:
            raise NotFound("rule_set.ground_not_found", ground=code)
        before = {"label_zh": row.label_zh, "label_en": row.label_en, "clock": row.clock, "basis": row.basis}
        after = _ground_fields(ground)
        if before == after:
            return ground
        row.label_zh, row.label_en, row.clock, row.basis = ground.zh, ground.en, ground.clock, ground.basis
        session.flush()
        audit.record(session, actor, "edit_ground", "ground", f"{kind}:{code}", before=before, after=after)
    return ground


def set_rule_set_grounds(
    db: Database, actor: Actor, code: str, non_acceptance: list[str], termination: list[str]
) -> RuleSet:
    """Choose the non-acceptance and termination grounds a rule set offers (codes of the catalogue, at least
    one of each). Its clocks, region and dates do not change, so no case's deadline moves; a case that
    already recorded a ground keeps it (its label comes from the catalogue)."""
    actor.require(Permission.MANAGE_RULES)
    with db.transaction() as session:
        row = session.get(RuleSetRow, code)
        if row is None:
            raise NotFound("rule_set.not_found", rule_set=code)
        catalogue = load_grounds(session)
        problems: list[Problem] = []
        known_na = {g.code for g in catalogue if g.kind == GROUND_NON_ACCEPTANCE}
        known_t = {g.code for g in catalogue if g.kind == GROUND_TERMINATION}
        _grounds("不予受理理由", non_acceptance, known_na, problems)
        _grounds("终止调解理由", termination, known_t, problems)
        if problems:
            raise InvalidInput(problems)
        na, t = list(dict.fromkeys(non_acceptance)), list(dict.fromkeys(termination))
        before = {"non_acceptance_grounds": row.non_acceptance_grounds, "termination_grounds": row.termination_grounds}
        row.non_acceptance_grounds, row.termination_grounds = ",".join(na), ",".join(t)
        after = {"non_acceptance_grounds": row.non_acceptance_grounds, "termination_grounds": row.termination_grounds}
        if before != after:
            session.flush()
            audit.record(session, actor, "set_rule_set_grounds", "rule_set", code, before=before, after=after)
        return rule_set_from_row(row)
