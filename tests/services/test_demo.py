"""Demo data: every state with a history that replays, money that adds up, valid identifiers, case
numbers that continue, the same data for the same seed, and a schema left as the migrations made it."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, text

from app.devtools.demo import generate_demo
from app.devtools.demodata import worker
from app.domain.codes import WECHAT_CHANNELS
from app.domain.errors import ActionRefused, InvalidValue
from app.domain.identifiers import normalize_id_number, normalize_uscc, normalize_wechat_id
from app.domain.pinyin import name_initials
from app.domain.workflow import END_STATES, RESOLVED_OUTCOMES, Action, State, target_state
from app.services.audit import verify_chain
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from app.store.cases import Agreement, Case, HistoryEntry, MediationSession, Offer, Suspension
from app.store.merchants import Merchant
from app.store.people import Consumer, User
from app.store.reference import AuditEntry, CaseCounter
from tests.support.builders import wechat_draft

TODAY = date(2026, 11, 20)
CASES = 2000
SEED = 7
CASE_NO = re.compile(r"WQ(\d{4})-(\d{6})")
MOBILE = re.compile(r"1[3-9]\d{9}")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "x.db"
    db = open_database(f"sqlite:///{path}")
    done: list[int] = []
    generate_demo(db, CASES, seed=SEED, progress=done.append, today=TODAY)
    db.progress = done  # type: ignore[attr-defined]
    yield db
    db.dispose()


def all_of(db, model) -> list[SimpleNamespace]:
    """Every row of a table, as plain objects (the read session expires what it loaded)."""
    with db.read() as session:
        return [SimpleNamespace(**row._mapping) for row in session.execute(select(model.__table__))]


def history_by_case(db) -> dict[int, list[SimpleNamespace]]:
    grouped: dict[int, list[SimpleNamespace]] = defaultdict(list)
    for entry in sorted(all_of(db, HistoryEntry), key=lambda h: h.id):
        grouped[entry.case_id].append(entry)
    return grouped


def test_every_state_is_present_and_progress_was_reported(demo_db):
    states = Counter(c.state for c in all_of(demo_db, Case))
    assert set(states) == set(State)
    assert sum(states.values()) == CASES
    assert states[State.CLOSED] > CASES / 2  # most cases over two years are done
    assert demo_db.progress[-1] == CASES and demo_db.progress == sorted(demo_db.progress)


def test_every_history_replays_to_the_state_in_order(demo_db):
    cases = {c.id: c for c in all_of(demo_db, Case)}
    histories = history_by_case(demo_db)
    actions = {a.value for a in Action}
    for case_id, case in cases.items():
        entries = histories[case_id]
        first = entries[0]
        assert (first.from_state, first.to_state, first.action) == (None, State.REGISTERED, "register")
        assert first.at == case.registered_at
        for before, entry in itertools.pairwise(entries):
            assert entry.action in actions
            assert entry.from_state == before.to_state
            assert target_state(entry.from_state, entry.action) == entry.to_state
            assert entry.at > before.at
        assert entries[-1].to_state == case.state
        assert entries[-1].at.date() <= TODAY + timedelta(days=1)  # UTC+8 evenings are still today


def test_dates_follow_each_other_and_none_is_after_today(demo_db):
    agreements = {a.case_id: a for a in all_of(demo_db, Agreement)}
    for case in all_of(demo_db, Case):
        steps = [case.received_on, case.accepted_on, case.terminated_on, case.notice_on, case.closed_on]
        known = [d for d in steps if d is not None]
        assert known == sorted(known) and known[-1] <= TODAY
        assert case.purchase_date is not None and case.purchase_date <= case.received_on
        if case.rejected_on:
            assert case.received_on <= case.rejected_on <= TODAY and case.accepted_on is None
        agreement = agreements.get(case.id)
        if agreement is not None:
            assert case.accepted_on <= agreement.agreed_on <= TODAY
            assert agreement.performance_due_on >= agreement.agreed_on


def test_ended_cases_have_what_ending_requires(demo_db):
    histories = history_by_case(demo_db)
    agreements = {a.case_id: a for a in all_of(demo_db, Agreement)}
    for case in all_of(demo_db, Case):
        if case.state == State.CLOSED:
            assert case.outcome and case.closed_on
            if case.outcome == "performed":
                assert agreements[case.id].confirmed_on == case.closed_on
        elif case.state == State.REJECTED:
            assert case.rejected_on and case.decision_reason
            assert histories[case.id][-1].grounds
        else:
            assert case.outcome is None and case.closed_on is None
        if case.state == State.TERMINATED:
            assert case.terminated_on and case.termination_ground and case.notice_on is None
        if case.state == State.AGREED:
            assert case.id in agreements and agreements[case.id].confirmed_on is None


def test_money_adds_up(demo_db):
    for case in all_of(demo_db, Case):
        for amount in (case.amount_claimed, case.recovered_amount, case.punitive_amount):
            assert isinstance(amount, Decimal) and amount.as_tuple().exponent == -2 and amount >= 0
        assert case.punitive_amount <= case.recovered_amount
        if case.recovered_amount > 0:
            assert case.state == State.CLOSED and case.outcome in RESOLVED_OUTCOMES
            assert case.paid_by in ("merchant", "platform_advance", "other")
        else:
            assert case.paid_by is None
    resolved = [c for c in all_of(demo_db, Case) if c.outcome in RESOLVED_OUTCOMES]
    assert any(c.punitive_amount > 0 for c in resolved)
    assert all(isinstance(o.amount, Decimal) for o in all_of(demo_db, Offer))


def test_mediated_cases_have_a_mediator_sessions_and_agreements(demo_db):
    sessions = Counter(s.case_id for s in all_of(demo_db, MediationSession))
    agreements = {a.case_id for a in all_of(demo_db, Agreement)}
    histories = history_by_case(demo_db)
    for case in all_of(demo_db, Case):
        actions = [h.action for h in histories[case.id]]
        since_reopen = actions[len(actions) - actions[::-1].index("reopen") :] if "reopen" in actions else actions
        if case.state in (State.MEDIATING, State.AGREED):
            assert case.mediator_id is not None and 1 <= sessions[case.id] <= 3
            assert case.consumer_consent and case.merchant_consent
        assert (case.id in agreements) == ("agree" in since_reopen)
        if "start" in actions:
            assert sessions[case.id] >= 1
    assert max(sessions.values()) <= 3


def test_suspended_cases_have_one_open_suspension(demo_db):
    open_ones = Counter(s.case_id for s in all_of(demo_db, Suspension) if s.ended_on is None)
    for case in all_of(demo_db, Case):
        assert open_ones[case.id] == (1 if case.state == State.SUSPENDED else 0)


def test_open_cases_carry_their_next_deadline(demo_db):
    for case in all_of(demo_db, Case):
        if case.state in END_STATES or case.state == State.SUSPENDED:
            assert case.next_due_on is None
        else:
            assert case.next_due_on is not None and case.next_due_kind
            assert case.next_due_on >= case.received_on


def test_case_numbers_are_unique_per_year_and_counters_continue(demo_db):
    cases = all_of(demo_db, Case)
    numbers = [c.case_no for c in cases]
    assert len(set(numbers)) == len(numbers)
    last: dict[int, int] = defaultdict(int)
    for case in cases:
        match = CASE_NO.fullmatch(case.case_no)
        assert match and int(match[1]) == case.received_on.year
        last[case.received_on.year] = max(last[case.received_on.year], int(match[2]))
    counters = {c.year: c.last for c in all_of(demo_db, CaseCounter)}
    assert counters == dict(last)
    assert sorted(last.values()) == sorted(Counter(c.received_on.year for c in cases).values())


def test_people_and_merchants_have_valid_identifiers(demo_db):
    consumers = all_of(demo_db, Consumer)
    assert all(MOBILE.fullmatch(c.phone) for c in consumers)
    with_id = [c for c in consumers if c.id_number]
    assert len(with_id) > CASES / 10
    assert all(normalize_id_number(c.id_number) == c.id_number for c in with_id)
    assert all(c.name_initials == name_initials(c.name) for c in consumers[:300])
    merchants = all_of(demo_db, Merchant)
    assert CASES / 12 < len(merchants) < CASES / 5
    for m in merchants:
        if m.uscc:
            assert normalize_uscc(m.uscc) == m.uscc
            assert m.uscc.startswith("92") == (m.kind == "individual_business")
        if m.wechat_id:
            assert m.wechat_key == normalize_wechat_id(m.wechat_id)
        assert m.name_key and (not m.blacklisted or m.blacklist_reason)
    kinds = Counter(m.kind for m in merchants)
    assert kinds["unregistered"] > len(merchants) / 2 and kinds["enterprise"] and kinds["individual_business"]
    assert any(m.blacklisted for m in merchants)
    assert len({m.wechat_key for m in merchants if m.wechat_key}) == sum(1 for m in merchants if m.wechat_key)


def test_wechat_sellers_and_repeat_offenders(demo_db):
    cases = all_of(demo_db, Case)
    wechat = sum(c.channel in WECHAT_CHANNELS for c in cases) / len(cases)
    assert 0.6 < wechat < 0.8
    per_merchant = Counter(c.merchant_id for c in cases)
    assert max(per_merchant.values()) >= 5
    assert len({c.nature for c in cases}) >= 8 and all(c.facts and c.request_text for c in cases)


def test_staff_and_one_audit_entry(demo_db):
    logins = {u.login for u in all_of(demo_db, User)}
    assert {"admin", "clerk1", "clerk2", "mediator1", "mediator4", "supervisor"} <= logins
    entries = [e for e in all_of(demo_db, AuditEntry) if e.action == "generate_demo"]
    assert len(entries) == 1 and entries[0].actor.startswith("cli:")
    assert verify_chain(demo_db).intact


def test_search_indexes_and_triggers_are_back(demo_db, tmp_path):
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    query = text("SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
    with fresh.read() as a, demo_db.read() as b:
        assert list(a.execute(query)) == list(b.execute(query))
        fts = b.execute(text("SELECT name FROM sqlite_master WHERE name = 'cases_fts'")).first()
        if fts is not None:
            facts = b.execute(text("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH '保质期'")).scalar()
            assert facts == b.execute(text("SELECT count(*) FROM cases WHERE facts LIKE '%保质期%'")).scalar() > 0
            # the index holds each text as the triggers would write it (with its padding for short terms)
            b.execute(text("INSERT INTO cases_fts(cases_fts, rank) VALUES ('integrity-check', 1)"))
            last = b.execute(text("SELECT substr(facts, -2) FROM cases WHERE length(facts) > 2 LIMIT 1")).scalar()
            ending = b.execute(text("SELECT doc FROM cases_fts_vocab WHERE term = :g"), {"g": f"{last} ".lower()})
            assert (ending.scalar() or 0) >= 1
        wrong = b.execute(
            text(
                "SELECT count(*) FROM cases JOIN consumers ON consumers.id = cases.consumer_id "
                "JOIN merchants ON merchants.id = cases.merchant_id "
                "WHERE cases.consumer_sort != consumers.name "
                "OR cases.merchant_sort != merchants.name"
            )
        ).scalar()
        assert wrong == 0
    fresh.dispose()


def test_a_database_with_cases_is_refused(demo_db):
    with pytest.raises(ActionRefused):
        generate_demo(demo_db, 10, today=TODAY)


@pytest.mark.parametrize("forked", [False, True], ids=["in-process", "forked-child"])
def test_a_failure_half_way_writes_nothing_and_keeps_the_schema(tmp_path, monkeypatch, forked):
    from app.devtools.demodata.rows import CaseFactory

    use_child(monkeypatch, forked)
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    query = text("SELECT type, name, sql FROM sqlite_master ORDER BY name")
    with db.read() as session:
        schema = list(session.execute(query))
    made = []
    original = CaseFactory.add

    def add(self, batch, received, merchant):
        made.append(1)
        if len(made) > 5100:  # in the second batch, after the first was written
            raise RuntimeError("disk on fire")
        original(self, batch, received, merchant)

    monkeypatch.setattr(CaseFactory, "add", add)
    with pytest.raises(RuntimeError, match="disk on fire"):
        generate_demo(db, 6000, today=TODAY)
    with db.read() as session:
        assert list(session.execute(query)) == schema
        for table in ("cases", "consumers", "merchants", "case_history", "users", "audit_log"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    db.dispose()


def use_child(monkeypatch, forked: bool) -> None:
    """Make the rows in a forked child even for a small run (or never). pytest-qt has loaded Qt, which
    makes the generator refuse to fork; no Qt thread runs in these tests, so that guard is lifted."""
    monkeypatch.setattr(worker, "PROCESS_MIN_CASES", 100 if forked else 10**9)
    monkeypatch.setattr(worker, "_QT_CORE", "no Qt in this test")
    if forked and not worker.can_fork(1000):
        pytest.skip("no fork here (not POSIX, or other threads are running)")


def test_a_forked_child_makes_exactly_the_same_cases(tmp_path, monkeypatch):
    made = {}
    for forked in (False, True):
        use_child(monkeypatch, forked)
        db = open_database(f"sqlite:///{tmp_path / f'{forked}.db'}")
        generate_demo(db, 1500, seed=SEED, today=TODAY)
        made[forked] = (
            {c.case_no: (c.state, c.facts, c.next_due_on) for c in all_of(db, Case)},
            {c.year: c.last for c in all_of(db, CaseCounter)},
            sorted((h.case_id, h.action, h.at) for h in all_of(db, HistoryEntry)),
        )
        db.dispose()
    assert made[True] == made[False]


def test_at_least_one_case(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(InvalidValue):
        generate_demo(db, 0)
    db.dispose()


def test_the_same_seed_gives_the_same_cases(demo_db, tmp_path):
    again = open_database(f"sqlite:///{tmp_path / 'again.db'}")
    generate_demo(again, CASES, seed=SEED, today=TODAY)
    states = {c.case_no: (c.state, c.facts) for c in all_of(demo_db, Case)}
    assert {c.case_no: (c.state, c.facts) for c in all_of(again, Case)} == states
    again.dispose()
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    generate_demo(other, 50, seed=SEED + 1, today=TODAY)
    assert {c.case_no: (c.state, c.facts) for c in all_of(other, Case)}.items() - states.items()
    other.dispose()


def test_a_new_registration_continues_the_numbering(demo_db):
    with demo_db.read() as session:
        last = session.scalar(select(func.max(Case.case_no)).where(Case.case_no.like(f"WQ{TODAY.year}-%")))
    case_no = register_case(demo_db, Actor.cli(), wechat_draft(TODAY), today=TODAY)
    assert case_no == f"WQ{TODAY.year}-{int(last[-6:]) + 1:06d}"


@pytest.mark.postgres
def test_demo_on_postgresql_and_ids_continue(pg_db):
    generate_demo(pg_db, 300, seed=3, today=TODAY)
    states = Counter(c.state for c in all_of(pg_db, Case))
    assert sum(states.values()) == 300 and states[State.CLOSED] > 100
    case_no = register_case(pg_db, Actor.cli(), wechat_draft(TODAY), today=TODAY)
    with pg_db.read() as session:
        new = session.scalars(select(Case).where(Case.case_no == case_no)).one()
        assert new.id == session.scalar(select(func.max(Case.id)))
        assert new.consumer_sort == new.consumer.name
    with pytest.raises(ActionRefused):
        generate_demo(pg_db, 10, today=TODAY)


def test_the_demo_covers_the_paths_the_law_has(demo_db):
    """Withdrawal and transfer before mediation (closed, not rejected), an agreement not performed closed as
    未履行 without termination (CRPL Art. 39), cases entrusted by a SAMR office with its earlier dates
    (Order 20 Art. 17), a platform or brand owner as further respondent (CRPL Arts. 40, 44) and the
    platform's 先行赔付 equal to what the consumer received."""
    from app.store.cases import AdvancePayment, CaseRespondent

    cases = {c.id: c for c in all_of(demo_db, Case)}
    histories = history_by_case(demo_db)
    outcomes = Counter(c.outcome for c in cases.values())
    assert outcomes["withdrawn"] and outcomes["not_performed"]
    assert outcomes["referred_to_authority"] + outcomes["transferred"] > 0
    for case in cases.values():
        actions = [h.action for h in histories[case.id]]
        if case.outcome == "withdrawn" and "withdraw" in actions:
            assert case.state == State.CLOSED and case.rejected_on is None and "start" not in actions
        if case.outcome == "not_performed":
            assert "agree" in actions and case.terminated_on is None
    entrusted = [c for c in cases.values() if c.entrusted_by]
    assert entrusted and all(c.source == "platform_12315" and c.ref_12315 for c in entrusted)
    assert all(c.entrusted_received_on <= c.entrusted_accepted_on <= c.received_on for c in entrusted)
    merchants = {m.id: m for m in all_of(demo_db, Merchant)}
    respondents = all_of(demo_db, CaseRespondent)
    roles = Counter(r.role for r in respondents)
    assert roles["platform"] and roles["supplier"]
    assert all(merchants[r.merchant_id].kind == "platform" for r in respondents if r.role == "platform")
    assert all(r.merchant_id != cases[r.case_id].merchant_id for r in respondents)
    payments = all_of(demo_db, AdvancePayment)
    assert payments
    for p in payments:
        case = cases[p.case_id]
        assert case.paid_by == "platform_advance" and p.amount == case.recovered_amount
        assert case.received_on <= p.paid_on <= case.closed_on
