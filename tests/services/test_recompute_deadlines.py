"""The set-based recomputation of the open cases' next due dates gives what the case-by-case computation
through the mapped cases gives: the same due dates and kinds, the same versions raised, the same count."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.devtools.demo import generate_demo
from app.domain.workflow import OPEN_STATES
from app.services import clocks
from app.services.clocks import Reference, recompute_open_deadlines, refresh_next_due
from app.services.setup import open_database
from app.store.cases import Case

TODAY = date(2026, 11, 20)
KINDS = ("acceptance", "mediation", "performance", "termination_notice", "bogus")
OPEN = sorted(s.value for s in OPEN_STATES)
GROUNDS = (None, "consumer_withdrew", "merchant_refused", "unknown_ground")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('recompute') / 'x.db'}")
    generate_demo(db, 1500, seed=3, today=TODAY)
    yield db
    db.dispose()


def per_case(session: Session, today: date) -> int:
    """The former computation: every open case through the ORM, one at a time."""
    ref = Reference(session)
    changed = 0
    for case in session.scalars(select(Case).where(Case.state.in_([s.value for s in OPEN_STATES]))):
        before = case.next_due_on
        refresh_next_due(case, ref, today)
        changed += case.next_due_on != before
    session.flush()
    return changed


def snapshot(session: Session) -> dict[int, tuple[object, ...]]:
    rows = session.execute(text("SELECT id, next_due_on, next_due_kind, version FROM cases ORDER BY id"))
    return {r[0]: tuple(r[1:]) for r in rows}


perturbation = st.tuples(
    st.integers(min_value=0, max_value=10**6),  # which case (modulo the open ones)
    st.sampled_from(("due", "kind", "entrusted", "extension", "ground", "notice", "clear", "state")),
    st.integers(min_value=0, max_value=60),
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(
    changes=st.lists(perturbation, max_size=40),
    shift=st.integers(min_value=-40, max_value=200),
    chunk=st.sampled_from((7, 100, 5000)),
)
def test_bulk_recompute_equals_the_case_by_case_one(demo_db, monkeypatch, changes, shift, chunk):
    monkeypatch.setattr(clocks, "RECOMPUTE_CHUNK", chunk)
    today = TODAY + timedelta(days=shift)
    with demo_db.engine.connect() as conn, Session(bind=conn) as session:
        session.begin()
        open_ids = [
            r[0]
            for r in session.execute(
                text(f"SELECT id FROM cases WHERE state IN ({','.join(repr(s.value) for s in OPEN_STATES)})")
            )
        ]
        all_ids = [r[0] for r in session.execute(text("SELECT id FROM cases"))]
        assert len(open_ids) > 20
        for pick, what, n in changes:
            case_id = all_ids[pick % len(all_ids)] if what == "state" else open_ids[pick % len(open_ids)]
            sql = {
                "due": "UPDATE cases SET next_due_on = date(received_on, '+' || :n || ' days') WHERE id = :id",
                "kind": "UPDATE cases SET next_due_kind = :kind WHERE id = :id",
                "entrusted": "UPDATE cases SET entrusted_received_on = date(received_on, '-' || :n || ' days'), "
                "entrusted_accepted_on = accepted_on WHERE id = :id",
                "extension": "UPDATE cases SET extension_days = :n WHERE id = :id",
                "ground": "UPDATE cases SET termination_ground = :ground WHERE id = :id",
                "notice": "UPDATE cases SET notice_on = date(received_on, '+' || :n || ' days') WHERE id = :id",
                "clear": "UPDATE cases SET next_due_on = NULL, next_due_kind = NULL WHERE id = :id",
                # an ended case put back into an open state: its dates and agreement now count
                "state": "UPDATE cases SET state = :state WHERE id = :id",
            }[what]
            values = {"kind": KINDS[n % 5], "ground": GROUNDS[n % 4], "state": OPEN[n % len(OPEN)]}
            session.execute(text(sql), {"id": case_id, "n": n, **values})
        # a mapped case loaded before the recomputation reads the new values afterwards
        loaded = session.get(Case, open_ids[0])
        assert loaded is not None

        savepoint = session.begin_nested()
        expected_count = per_case(session, today)
        expected = snapshot(session)
        savepoint.rollback()
        session.expire_all()

        count = recompute_open_deadlines(session, today)
        assert snapshot(session) == expected
        assert count == expected_count
        due = loaded.next_due_on.isoformat() if loaded.next_due_on else None
        assert (due, loaded.next_due_kind, loaded.version) == expected[loaded.id]
        session.rollback()


def test_nothing_to_change_writes_nothing(demo_db):
    with demo_db.transaction() as session:
        recompute_open_deadlines(session, TODAY)
    with demo_db.transaction() as session:
        before = snapshot(session)
        assert recompute_open_deadlines(session, TODAY) == 0
        assert snapshot(session) == before
