"""Benchmarks of single-case work: registering cases, accepting one, showing one.

Floors write and read the same rows with raw sqlite3, in the forms SQLAlchemy stores them on SQLite
(dates ``YYYY-MM-DD``, UTC times ``YYYY-MM-DD HH:MM:SS.ffffff``, money as text with two decimals).
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from typing import Any

from app.domain import requirements as req
from app.domain.rules import SHIPPED_RULE_SETS, rule_set_for
from app.services.cases.drafts import CaseDraft
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.cases.workflow import accept_case
from app.services.context import Actor
from bench import BenchContext, Run, benchmark

BULK_CASES = 200
FACTS = "消费者通过微信朋友圈购买面霜两瓶，共支付399.00元，使用后面部过敏，卖家拒绝退款。"
ASSESSMENT = req.OperatorAssessment(
    sells_continuously=True, posts_regularly=True, buyers_known=12, conclusion="operator"
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


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
    """The rows ``register_case`` writes for one case, in one transaction, by hand."""
    conn, day, now = ctx.sqlite(), ctx.today.isoformat(), _now()
    conn.execute("BEGIN IMMEDIATE")
    year = ctx.today.year
    row = conn.execute("UPDATE case_counters SET last = last + 1 WHERE year = ? RETURNING last", (year,)).fetchone()
    if row is None:
        conn.execute("INSERT INTO case_counters (year, last) VALUES (?, 1)", (year,))
        row = (1,)
    consumer = conn.execute(
        "INSERT INTO consumers (name, name_initials, phone, agent_authorised) VALUES (?, ?, ?, 0)",
        (f"底线{i:03d}", "dx", f"138{i:08d}"),
    ).lastrowid
    case = conn.execute(
        "INSERT INTO cases (case_no, source, received_on, registered_at, state, rule_set_code, consumer_id, "
        "merchant_id, channel, payment, purchase_date, amount_claimed, nature, category, facts, request_text, "
        "consumer_consent, merchant_consent, extension_days, recovered_amount, punitive_amount, next_due_on, "
        "next_due_kind, created_by, version) VALUES (?, 'phone', ?, ?, 'registered', ?, ?, ?, 'wechat_moments', "
        "'wechat_transfer', ?, '399.00', 'quality', 'g_daily', ?, '要求退款399.00元。', 0, 0, 0, '0.00', '0.00', "
        "?, 'acceptance', 'bench', 1)",
        (f"WQ{year}-{row[0]:06d}", day, now, rule_set, consumer, merchant_id, day, FACTS, day),
    ).lastrowid
    conn.execute("INSERT INTO case_requests (case_id, code) VALUES (?, 'refund')", (case,))
    conn.execute(
        "INSERT INTO case_history (case_id, from_state, to_state, action, actor, at, grounds, note) "
        "VALUES (?, NULL, 'registered', 'register', 'bench', ?, '', '')",
        (case, now),
    )
    conn.execute("COMMIT")


@benchmark("create_cases_bulk", runs=3, writes=True)
def create_cases_bulk(ctx: BenchContext) -> tuple[Run, Run]:
    """Register 200 cases one by one through the intake service, vs the same rows by raw sqlite3."""
    db, actor = ctx.database(), Actor.cli()
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


def _accept_raw(ctx: BenchContext, case_no: str) -> None:
    conn, day, now = ctx.sqlite(), ctx.today.isoformat(), _now()
    conn.execute("BEGIN IMMEDIATE")
    case_id, state = conn.execute("SELECT id, state FROM cases WHERE case_no = ?", (case_no,)).fetchone()
    if state != "registered":
        conn.execute("ROLLBACK")
        raise RuntimeError(f"{case_no} is {state}")
    conn.execute(
        "UPDATE cases SET state = 'accepted', accepted_on = ?, next_due_on = ?, "
        "next_due_kind = 'mediation', version = version + 1 WHERE id = ?",
        (day, day, case_id),
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
    """Accept one registered case through the workflow service, vs UPDATE + INSERTs by raw sqlite3."""
    db, actor = ctx.database(), Actor.cli()
    cases = _registered_cases(ctx, 2 * (ctx.runs + 1))
    for_app, for_floor = iter(cases[0::2]), iter(cases[1::2])
    data = req.AcceptInput(ASSESSMENT, ctx.today)

    def app() -> None:
        accept_case(db, actor, next(for_app), data, today=ctx.today)

    def floor() -> None:
        _accept_raw(ctx, next(for_floor))

    return app, floor


_SHOW_QUERIES = (
    "SELECT id FROM cases WHERE case_no = ?",
    "SELECT c.*, p.*, m.*, u.login FROM cases c JOIN consumers p ON p.id = c.consumer_id "
    "JOIN merchants m ON m.id = c.merchant_id LEFT JOIN users u ON u.id = c.mediator_id WHERE c.id = ?",
    "SELECT * FROM case_history WHERE case_id = ? ORDER BY id",
    "SELECT * FROM mediation_sessions WHERE case_id = ? ORDER BY held_at",
    "SELECT code FROM case_requests WHERE case_id = ? ORDER BY code",
    "SELECT * FROM suspensions WHERE case_id = ? ORDER BY id",
    "SELECT * FROM agreements WHERE case_id = ?",
)


def _show_raw(ctx: BenchContext, case_no: str) -> list[Any]:
    conn = ctx.sqlite()
    (case_id,) = conn.execute(_SHOW_QUERIES[0], (case_no,)).fetchone()
    return [conn.execute(sql, (case_id,)).fetchall() for sql in _SHOW_QUERIES[1:]]


@benchmark("case_show", runs=21)
def case_show(ctx: BenchContext) -> tuple[Run, Run]:
    """The case-show document of a random case, vs the SELECTs of the same data by raw sqlite3."""
    db, today = ctx.database(), ctx.today
    numbers = ctx.case_numbers(ctx.runs + 1)
    for_app, for_floor = itertools.cycle(numbers), itertools.cycle(numbers)

    def app() -> None:
        case_document(db, next(for_app), today=today)

    def floor() -> None:
        _show_raw(ctx, next(for_floor))

    return app, floor
