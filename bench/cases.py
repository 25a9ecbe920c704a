"""Benchmarks of single-case work: registering cases, accepting one, showing one.

Floors write and read the same rows with raw sqlite3, in the forms SQLAlchemy stores them on SQLite
(dates ``YYYY-MM-DD``, UTC times ``YYYY-MM-DD HH:MM:SS.ffffff``, money as text with two decimals), and
make the same reads the application makes around them: the signed-in user's rights version, the
reference data's version, the rows the checks read, and the audit entry (the previous hash read, the
entry hashed and inserted). The application acts as a signed-in user, so its rights are read too.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import UTC, datetime
from typing import Any

from app.domain import requirements as req
from app.domain.rules import SHIPPED_RULE_SETS, rule_set_for
from app.services.cases.drafts import CaseDraft
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.cases.workflow import accept_case
from app.services.context import Actor
from bench import POSTGRESQL, SQLITE, BenchContext, Run, benchmark

BULK_CASES = 200
FACTS = "消费者通过微信朋友圈购买面霜两瓶，共支付399.00元，使用后面部过敏，卖家拒绝退款。"
ASSESSMENT = req.OperatorAssessment(
    sells_continuously=True, posts_regularly=True, buyers_known=12, conclusion="operator"
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _signed_in(ctx: BenchContext, role: str) -> Actor:
    """A user of the generated data holding ``role``, signed in: the services read its rights at each action."""
    user_id, login, name, roles = (
        ctx.sqlite()
        .execute(
            "SELECT id, login, name, roles FROM users WHERE active = 1 AND ',' || roles || ',' LIKE ? ORDER BY id",
            (f"%,{role},%",),
        )
        .fetchone()
    )
    return Actor(login, name, frozenset(roles.split(",")), user_id=user_id, db=ctx.database())


_RIGHTS_VERSION = "SELECT value FROM settings WHERE key = 'users.rights_version'"
_REFERENCE_VERSION = "SELECT token FROM reference_version WHERE id = 1"


def _audit_raw(conn: Any, action: str, case_no: str, detail: dict[str, Any]) -> None:
    """The audit entry as ``app.services.audit.record`` writes it: previous hash, hash, insert."""
    prev = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    at = datetime.now(UTC).replace(microsecond=0)
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    payload = json.dumps(
        [prev_hash, at.isoformat(timespec="seconds"), "bench", action, "case", case_no, text],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) "
        "VALUES (?, 'bench', ?, 'case', ?, ?, ?, ?)",
        (
            at.strftime("%Y-%m-%d %H:%M:%S.%f"),
            action,
            case_no,
            text,
            prev_hash,
            hashlib.sha256(payload.encode()).hexdigest(),
        ),
    )


def _merchant_ids(ctx: BenchContext, count: int) -> list[int]:
    ids = [r[0] for r in ctx.sqlite().execute("SELECT id FROM merchants").fetchall()]
    return [ctx.rng.choice(ids) for _ in range(count)]


def _draft(ctx: BenchContext, i: int, merchant_id: int) -> CaseDraft:
    return CaseDraft(
        source="phone",
        received_on=ctx.today,
        consumer_name=f"测试{i:03d}",
        consumer_phone=f"139{i:08d}",
        merchant_id=merchant_id,
        channel="wechat_moments",
        payment="wechat_transfer",
        purchase_date=ctx.today,
        amount_claimed="399.00",
        nature="quality",
        category="g_daily",
        requests=["refund"],
        facts=FACTS,
        request_text="要求退款399.00元。",
    )


def _register_raw(ctx: BenchContext, i: int, merchant_id: int, rule_set: str) -> None:
    """The rows ``register_case`` writes for one case, in one transaction, by hand, with its reads."""
    conn, day, now = ctx.sqlite(), ctx.today.isoformat(), _now()
    conn.execute(_RIGHTS_VERSION).fetchone()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(_REFERENCE_VERSION).fetchone()
    conn.execute("SELECT * FROM merchants WHERE id = ?", (merchant_id,)).fetchone()
    year = ctx.today.year
    row = conn.execute("UPDATE case_counters SET last = last + 1 WHERE year = ? RETURNING last", (year,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO case_counters (year, last) VALUES (?, 1)", (year,))
        row = (1,)
    consumer = conn.execute(
        "INSERT INTO consumers (name, name_initials, phone, agent_authorised) VALUES (?, ?, ?, 0)",
        (f"底线{i:03d}", "dx", f"138{i:08d}"),
    ).lastrowid
    case_no = f"WQ{year}-{row[0]:06d}"
    case = conn.execute(
        "INSERT INTO cases (case_no, source, received_on, registered_at, state, rule_set_code, consumer_id, "
        "merchant_id, channel, payment, purchase_date, amount_claimed, nature, category, facts, request_text, "
        "consumer_consent, merchant_consent, extension_days, recovered_amount, punitive_amount, next_due_on, "
        "next_due_kind, created_by, version) VALUES (?, 'phone', ?, ?, 'registered', ?, ?, ?, 'wechat_moments', "
        "'wechat_transfer', ?, '399.00', 'quality', 'g_daily', ?, '要求退款399.00元。', 0, 0, 0, '0.00', '0.00', "
        "?, 'acceptance', 'bench', 1)",
        (case_no, day, now, rule_set, consumer, merchant_id, day, FACTS, day),
    ).lastrowid
    conn.execute("INSERT INTO case_requests (case_id, code) VALUES (?, 'refund')", (case,))
    conn.execute(
        "INSERT INTO case_history (case_id, from_state, to_state, action, actor, at, grounds, note) "
        "VALUES (?, NULL, 'registered', 'register', 'bench', ?, '', '')",
        (case, now),
    )
    _audit_raw(conn, "register", case_no, {"after": {"facts": FACTS, "merchant_id": merchant_id}, "before": {}})
    conn.execute("COMMIT")


@benchmark("create_cases_bulk", runs=3, writes=True)
def create_cases_bulk(ctx: BenchContext) -> tuple[Run, Run]:
    """Register 200 cases one by one through the intake service (a clerk signed in), vs the same rows,
    reads and audit entries by raw sqlite3."""
    db, actor = ctx.database(), _signed_in(ctx, "clerk")
    merchants = _merchant_ids(ctx, BULK_CASES)
    drafts = [_draft(ctx, i, m) for i, m in enumerate(merchants)]
    rule_set = rule_set_for(ctx.today, SHIPPED_RULE_SETS).code

    def app() -> None:
        for draft in drafts:
            register_case(db, actor, draft, today=ctx.today)

    def floor() -> None:
        for i, merchant_id in enumerate(merchants):
            _register_raw(ctx, i, merchant_id, rule_set)

    return app, floor


def _registered_cases(ctx: BenchContext, needed: int) -> list[str]:
    """Case numbers in state registered, registering more through the service when the data has too few."""
    found = ctx.case_numbers(needed, "state = 'registered'")
    merchants = _merchant_ids(ctx, max(needed - len(found), 0))
    for i, merchant_id in enumerate(merchants):
        found.append(register_case(ctx.database(), Actor.cli(), _draft(ctx, i, merchant_id), today=ctx.today))
    return found


_ACCEPT_CASE = (
    "SELECT c.id, c.state, c.version, c.*, p.*, s.*, g.*, a.*, "
    "(SELECT count(*) FROM mediation_sessions m WHERE m.case_id = c.id), "
    "EXISTS (SELECT 1 FROM case_requests r WHERE r.case_id = c.id) "
    "FROM cases c JOIN consumers p ON p.id = c.consumer_id "
    "LEFT JOIN suspensions s ON s.case_id = c.id LEFT JOIN agreements g ON g.case_id = c.id "
    "LEFT JOIN assessments a ON a.case_id = c.id WHERE c.case_no = ?"
)


def _accept_raw(ctx: BenchContext, case_no: str) -> None:
    """What ``accept_case`` reads and writes, by hand: the case with what the checks need, one UPDATE of
    the case, the assessment, the history row and the audit entry."""
    conn, day, now = ctx.sqlite(), ctx.today.isoformat(), _now()
    conn.execute("BEGIN IMMEDIATE")
    row = conn.execute(_ACCEPT_CASE, (case_no,)).fetchone()
    case_id, state, version = row[0], row[1], row[2]
    if state != "registered":
        conn.execute("ROLLBACK")
        raise RuntimeError(f"{case_no} is {state}")
    conn.execute(_RIGHTS_VERSION).fetchone()  # the rights, read in the transaction as the service does
    conn.execute(_REFERENCE_VERSION).fetchone()
    after = {"accepted_on": day, "conclusion": "operator", "notified_on": None, "state": "accepted"}
    _audit_raw(conn, "accept", case_no, {"after": after, "before": {"state": "registered"}})
    conn.execute(
        "UPDATE cases SET state = 'accepted', accepted_on = ?, next_due_on = ?, "
        "next_due_kind = 'mediation', version = ? WHERE id = ? AND version = ?",
        (day, day, version + 1, case_id, version),
    )
    conn.execute(
        "INSERT INTO assessments (case_id, registered, sells_continuously, brand_agent, posts_regularly, "
        "has_shop, buyers_known, conclusion, note) VALUES (?, 0, 1, 0, 1, 0, 12, 'operator', '')",
        (case_id,),
    )
    conn.execute(
        "INSERT INTO case_history (case_id, from_state, to_state, action, actor, at, grounds, note) "
        "VALUES (?, 'registered', 'accepted', 'accept', 'bench', ?, '', '')",
        (case_id, now),
    )
    conn.execute("COMMIT")


@benchmark("transition_accept", runs=21, writes=True)
def transition_accept(ctx: BenchContext) -> tuple[Run, Run]:
    """Accept one registered case through the workflow service (a supervisor signed in), vs the same
    reads, UPDATE and INSERTs by raw sqlite3."""
    db, actor = ctx.database(), _signed_in(ctx, "supervisor")
    cases = _registered_cases(ctx, 2 * (ctx.runs + 1))
    for_app, for_floor = iter(cases[0::2]), iter(cases[1::2])
    data = req.AcceptInput(ASSESSMENT, ctx.today)

    def app() -> None:
        accept_case(db, actor, next(for_app), data, today=ctx.today)

    def floor() -> None:
        _accept_raw(ctx, next(for_floor))

    return app, floor


_SHOW_CASE = (
    "SELECT c.*, p.name, p.phone, p.id_number, m.id, m.name, m.kind, m.wechat_id, m.phone, m.uscc, "
    "m.blacklisted, u.login, (SELECT count(*) FROM mediation_sessions s WHERE s.case_id = c.id), "
    "(SELECT a.performance_due_on FROM agreements a WHERE a.case_id = c.id) "
    "FROM cases c JOIN consumers p ON p.id = c.consumer_id JOIN merchants m ON m.id = c.merchant_id "
    "LEFT JOIN users u ON u.id = c.mediator_id WHERE c.case_no = ?"
)
_SHOW_ROWS = (
    "SELECT from_state, to_state, action, at, actor, grounds, note FROM case_history WHERE case_id = ? ORDER BY id",
    "SELECT code FROM case_requests WHERE case_id = ? ORDER BY code",
    "SELECT reason, started_on, ended_on FROM suspensions WHERE case_id = ? ORDER BY id",
)


def _show_raw(ctx: BenchContext, case_no: str) -> list[Any]:
    """The reads of ``case_document``: the case with its people, history, requests, suspensions, and the
    reference data's version, in one read transaction."""
    conn = ctx.raw()
    conn.execute("BEGIN")
    case = conn.execute(_SHOW_CASE, (case_no,)).fetchone()
    rows = [conn.execute(sql, (case[0],)).fetchall() for sql in _SHOW_ROWS]
    rows.append(conn.execute(_REFERENCE_VERSION).fetchone())
    conn.execute("ROLLBACK")
    return rows


@benchmark("case_show", runs=21, backends=(SQLITE, POSTGRESQL))
def case_show(ctx: BenchContext) -> tuple[Run, Run]:
    """The case-show document of a random case, vs the SELECTs of the same data by raw sqlite3 or psycopg."""
    db, today = ctx.database(), ctx.today
    numbers = ctx.case_numbers(ctx.runs + 1)
    for_app, for_floor = itertools.cycle(numbers), itertools.cycle(numbers)

    def app() -> None:
        case_document(db, next(for_app), today=today)

    def floor() -> None:
        _show_raw(ctx, next(for_floor))

    return app, floor
