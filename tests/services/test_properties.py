"""Property: no sequence of actions, allowed or not, leaves a case inconsistent."""

from __future__ import annotations

import contextlib
import itertools
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import requirements as req
from app.domain.errors import DomainError
from app.domain.workflow import Action, State
from app.services.admin.users import add_user
from app.services.cases import workflow
from app.services.cases.intake import register_case
from app.services.cases.sessions import log_session
from app.services.cases.view import case_document
from app.services.context import Actor
from tests.support.builders import OPERATOR, session_input, wechat_draft

START = date(2026, 2, 2)

STEPS = st.lists(
    st.tuples(
        st.sampled_from([*list(Action), "session", "assign"]),
        st.sampled_from(["performed", "self_settled", "not_performed", "no_agreement", "withdrawn", "bogus"]),
        st.booleans(),
    ),
    max_size=14,
)


def _do(db, actor: Actor, no: str, step: str, outcome: str, complete: bool, day: date) -> None:
    """One step; ``complete`` False leaves out what the action requires."""
    money = Decimal("120.50") if complete else Decimal("-1.00")
    calls = {
        Action.ACCEPT: lambda: workflow.accept_case(
            db, actor, no, req.AcceptInput(OPERATOR if complete else req.OperatorAssessment(), day)
        ),
        Action.REJECT: lambda: workflow.reject_case(
            db, actor, no, req.RejectInput(("out_of_scope",) if complete else (), "理由", day)
        ),
        Action.START: lambda: workflow.start_mediation(db, actor, no, req.StartInput(True, complete, day)),
        Action.SUSPEND: lambda: workflow.suspend_case(
            db, actor, no, req.SuspendInput("testing" if complete else "", day)
        ),
        Action.RESUME: lambda: workflow.resume_case(db, actor, no, req.ResumeInput(day)),
        Action.AGREE: lambda: workflow.record_agreement(
            db, actor, no, req.AgreeInput("退款" if complete else "", day, day + timedelta(days=3), refund=money)
        ),
        Action.TERMINATE: lambda: workflow.terminate_mediation(
            db, actor, no, req.TerminateInput("limit_expired" if complete else "", day)
        ),
        Action.CLOSE: lambda: workflow.close_case(
            db,
            actor,
            no,
            req.CloseInput(
                outcome,
                day,
                received_amount=money if outcome == "performed" else Decimal("0.00"),
                paid_by="merchant",
                notice_on=day,
                performance_confirmed=complete,
            ),
        ),
        Action.REOPEN: lambda: workflow.reopen_case(db, actor, no, req.ReopenInput("复议" if complete else "", day)),
        Action.WITHDRAW: lambda: workflow.withdraw_case(db, actor, no, req.WithdrawInput(day)),
        Action.TRANSFER: lambda: workflow.transfer_case(
            db, actor, no, req.TransferInput(day, "区市场监督管理局" if complete else "", "referred_to_authority")
        ),
        "session": lambda: log_session(db, actor, no, session_input(day)),
        "assign": lambda: workflow.assign_mediator(db, actor, no, "boss"),
    }
    with contextlib.suppress(DomainError):
        calls[step]()


def _assert_consistent(doc: dict) -> None:
    history = doc["history"]
    assert history[0]["from"] is None and history[0]["to"] == State.REGISTERED
    for earlier, later in itertools.pairwise(history):
        assert later["from"] == earlier["to"], "history must replay without gaps"
    assert history[-1]["to"] == doc["state"]
    if doc["state"] == State.CLOSED:
        assert doc["outcome"] is not None and doc["closed_on"] is not None
    else:
        assert doc["outcome"] is None
    if doc["state"] == State.REJECTED:
        assert history[-1]["grounds"], "a rejected case has its grounds"
    assert Decimal(doc["amounts"]["punitive"]) <= Decimal(doc["amounts"]["recovered"])
    assert Decimal(doc["amounts"]["recovered"]) >= 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_sequence_of_actions_leaves_the_case_consistent(sqlite_db, steps):
    actor = Actor.cli()
    if not _has_boss(sqlite_db):
        add_user(sqlite_db, actor, "boss", "赵主管", ["supervisor"])
    no = register_case(sqlite_db, actor, wechat_draft(START), today=START)
    for i, (step, outcome, complete) in enumerate(steps):
        _do(sqlite_db, actor, no, step, outcome, complete, START + timedelta(days=i))
        _assert_consistent(case_document(sqlite_db, no))


def _has_boss(db) -> bool:
    from sqlalchemy.exc import NoResultFound

    from app.services.admin.users import actor_for

    try:
        actor_for(db, "boss")
    except NoResultFound:
        return False
    return True
