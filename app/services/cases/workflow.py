"""Workflow actions on a case: each checks permission, state and requirements, then writes the change,
one history row and one audit entry in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, joinedload, lazyload

from app.domain import requirements as req
from app.domain.dates import now_local, today_local
from app.domain.errors import ActionRefused, InvalidInput, NotFound, PermissionDenied, Problem
from app.domain.messages import label_of, msg
from app.domain.money import ZERO
from app.domain.permissions import MEDIATION_ACTIONS, Permission, may_mediate, permission_for
from app.domain.rules import RuleSet
from app.domain.workflow import STATES, Action, State, target_state
from app.services import audit
from app.services.cases.access import NO_MEDIATOR_STATES, mediation_refusal
from app.services.clocks import Reference, refresh_next_due
from app.services.context import Actor
from app.store.cases import (
    Agreement,
    Assessment,
    Case,
    CaseRequest,
    HistoryEntry,
    MediationSession,
    Suspension,
    case_by_no,
)
from app.store.database import Database
from app.store.people import User


@dataclass(frozen=True)
class _Counted:
    """What the checks need of a case's sessions and requests, counted by the database."""

    sessions: int
    has_requests: bool


def facts_of(case: Case, counted: _Counted | None = None) -> req.CaseFacts:
    """The facts the workflow checks; ``counted`` spares loading the sessions and requests."""
    open_suspension = next((s for s in reversed(case.suspensions) if s.ended_on is None), None)
    sessions = counted.sessions if counted is not None else len(case.sessions)
    has_requests = counted.has_requests if counted is not None else bool(case.requests)
    return req.CaseFacts(
        state=State(case.state),
        has_consumer=bool(case.consumer.name and case.consumer.phone),
        has_merchant=case.merchant_id is not None,
        has_facts=bool(case.facts.strip()),
        has_request=has_requests or bool(case.request_text.strip()),
        mediator_id=case.mediator_id,
        session_count=sessions,
        received_on=case.received_on,
        accepted_on=case.accepted_on,
        suspended_on=open_suspension.started_on if open_suspension else None,
        agreed_on=case.agreement.agreed_on if case.agreement else None,
        terminated_on=case.terminated_on,
    )


def require_mediation_rights(actor: Actor, case: Case, session: Session | None = None) -> None:
    """A mediator may act only on cases assigned to them; a supervisor on any (rights read now)."""
    actor.require_active(session)
    refusal = mediation_refusal(actor, case.mediator_id)
    if refusal is not None and refusal.missing is not None:
        actor.require(refusal.missing, session)
    if refusal is not None:
        raise PermissionDenied("case.not_assigned_act", case_no=case.case_no, name=actor.name)


def _check_expected(session: Session, case: Case, expected_state: str | None) -> None:
    if expected_state is None or case.state == expected_state:
        return
    last = session.scalars(
        select(HistoryEntry).where(HistoryEntry.case_id == case.id).order_by(HistoryEntry.id.desc()).limit(1)
    ).first()
    when = f"{last.at.astimezone(now_local().tzinfo):%m-%d %H:%M}" if last else ""
    who = msg("case.changed_by", actor=last.actor, when=when) if last else ""
    raise ActionRefused("case.state_changed", case_no=case.case_no, who=who, state=label_of(STATES[case.state]))


ADVICE_NOT_PERFORMED = "已告知消费者可依法向人民法院起诉或申请仲裁"


def assessment_row(a: req.OperatorAssessment) -> Assessment:
    """The stored operator-status assessment, with the decision that asked for it."""
    return Assessment(
        registered=a.registered,
        sells_continuously=a.sells_continuously,
        brand_agent=a.brand_agent,
        posts_regularly=a.posts_regularly,
        has_shop=a.has_shop,
        buyers_known=a.buyers_known,
        conclusion=a.conclusion,
        note=a.note,
    )


@dataclass
class _Step:
    """What one action does once its checks pass."""

    data: object
    """The action's input (its dates and amounts are checked for plausibility first)."""
    action: Action
    check: Callable[[req.CaseFacts, RuleSet], list[Problem]]
    apply: Callable[[Session, Case], dict[str, Any]]
    grounds: tuple[str, ...] = ()
    note: str = ""
    on: date | None = None
    """The date the event takes effect (the decision's own date)."""


def _event_data(case: Case, on: date) -> dict[str, Any]:
    """What the history row keeps of the event for the monthly report: its date, and the closing's outcome
    and money or the agreement's due date, which a later reopening takes off the case."""
    data: dict[str, Any] = {"event_on": on}
    if case.state == State.CLOSED:
        data |= {"outcome": case.outcome, "recovered_amount": case.recovered_amount}
        data["punitive_amount"] = case.punitive_amount
    elif case.state == State.AGREED and case.agreement is not None:
        data["due_on"] = case.agreement.performance_due_on
    return data


def _case_for_action(session: Session, case_no: str) -> tuple[Case, _Counted]:
    """The case, row-locked, with everything a transition reads or replaces loaded in one statement (its
    consumer, suspensions, agreement and assessment; its sessions and requests counted, not loaded)."""
    sessions = select(func.count()).where(MediationSession.case_id == Case.id).correlate(Case).scalar_subquery()
    requests = exists().where(CaseRequest.case_id == Case.id).correlate(Case)
    query = (
        select(Case, sessions, requests)
        .where(Case.case_no == case_no.strip())
        .options(
            joinedload(Case.suspensions),
            joinedload(Case.agreement),
            joinedload(Case.assessment),
            lazyload(Case.merchant),
        )
        .with_for_update(of=Case)
    )
    row = session.execute(query).unique().first()
    if row is None:
        raise NotFound("case.not_found", case_no=case_no)
    return row[0], _Counted(row[1], bool(row[2]))


def _run(db: Database, actor: Actor, case_no: str, step: _Step, expected_state: str | None, today: date | None) -> None:
    today = today or today_local()
    with db.transaction() as session:
        case, counted = _case_for_action(session, case_no)
        _check_expected(session, case, expected_state)
        actor.require(permission_for(step.action), session)
        if step.action in MEDIATION_ACTIONS:
            require_mediation_rights(actor, case, session)
        source = State(case.state)
        target = target_state(source, step.action)
        ref = Reference(session)
        problems = req.check_plausible(step.data, today) + step.check(facts_of(case, counted), ref.rules_for(case))
        if problems:
            raise InvalidInput(problems)
        changes = step.apply(session, case)
        case.state = target
        refresh_next_due(case, ref, today)  # before the flush: one UPDATE of the case row
        session.add(  # not through case.history, which would load the case's whole history first
            HistoryEntry(
                case_id=case.id,
                from_state=source,
                to_state=target,
                action=step.action,
                actor=actor.login,
                at=now_local(),
                grounds=",".join(step.grounds),
                note=step.note,
                **_event_data(case, step.on or today),
            )
        )
        audit.record(
            session,
            actor,
            step.action,
            "case",
            case.case_no,
            before={"state": source},
            after={"state": target, **changes},
        )


def accept_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.AcceptInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Accept the complaint, storing the operator-status assessment with the decision."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        a = data.assessment
        case.assessment = assessment_row(a)
        case.accepted_on = data.on
        case.decision_notified_on = data.notified_on
        return {"accepted_on": data.on, "conclusion": a.conclusion, "notified_on": data.notified_on}

    _run(
        db,
        actor,
        case_no,
        _Step(data, Action.ACCEPT, lambda f, r: req.check_accept(f, data), apply, note=data.note, on=data.on),
        expected_state,
        today,
    )


def reject_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.RejectInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Decide not to accept, with grounds and a written reason."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.rejected_on, case.decision_reason = data.on, data.reason
        case.decision_notified_on = data.notified_on
        if data.assessment is not None:
            case.assessment = assessment_row(data.assessment)
        return {"rejected_on": data.on, "grounds": list(data.grounds), "notified_on": data.notified_on}

    step = _Step(
        data, Action.REJECT, lambda f, r: req.check_reject(f, data, r), apply, data.grounds, data.reason, on=data.on
    )
    _run(db, actor, case_no, step, expected_state, today)


def start_mediation(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.StartInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Start mediation with both parties' consent recorded."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.consumer_consent, case.merchant_consent = data.consumer_consent, data.merchant_consent
        return {"consent": True}

    _run(
        db,
        actor,
        case_no,
        _Step(data, Action.START, lambda f, r: req.check_start(f, data), apply, note=data.note, on=data.on),
        expected_state,
        today,
    )


def suspend_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.SuspendInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Suspend mediation; the mediation clock stops."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.suspensions.append(Suspension(reason=data.reason, note=data.note, started_on=data.on))
        return {"suspended_on": data.on, "reason": data.reason}

    step = _Step(
        data, Action.SUSPEND, lambda f, r: req.check_suspend(f, data, r), apply, (data.reason,), data.note, on=data.on
    )
    _run(db, actor, case_no, step, expected_state, today)


def resume_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.ResumeInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Resume mediation; the days suspended do not count towards the limit."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        for suspension in case.suspensions:
            if suspension.ended_on is None:
                suspension.ended_on = data.on
        return {"resumed_on": data.on}

    _run(
        db,
        actor,
        case_no,
        _Step(data, Action.RESUME, lambda f, r: req.check_resume(f, data), apply, note=data.note, on=data.on),
        expected_state,
        today,
    )


def record_agreement(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.AgreeInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Record the agreement reached in mediation, its amounts and the performance due date."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.agreement = Agreement(
            terms=data.terms,
            agreed_on=data.on,
            refund=data.refund,
            compensation=data.compensation,
            punitive=data.punitive,
            performance_due_on=data.performance_due_on,
        )
        return {
            "refund": data.refund,
            "compensation": data.compensation,
            "punitive": data.punitive,
            "performance_due_on": data.performance_due_on,
        }

    _run(
        db,
        actor,
        case_no,
        _Step(data, Action.AGREE, lambda f, r: req.check_agree(f, data), apply, on=data.on),
        expected_state,
        today,
    )


def terminate_mediation(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.TerminateInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Terminate mediation on one ground; the parties must be told within the notice limit."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.terminated_on, case.termination_ground = data.on, data.ground
        return {"terminated_on": data.on, "ground": data.ground}

    step = _Step(
        data,
        Action.TERMINATE,
        lambda f, r: req.check_terminate(f, data, r),
        apply,
        (data.ground,),
        data.note,
        on=data.on,
    )
    _run(db, actor, case_no, step, expected_state, today)


def close_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.CloseInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Close the case with an outcome and the money the consumer actually received. An agreement not
    performed is closed as 未履行 with the consumer advised to go to court or arbitration (CRPL Art. 39)."""
    note = data.note
    if data.outcome == "not_performed" and data.advised_court_or_arbitration:
        note = "；".join(t for t in (data.note.strip(), ADVICE_NOT_PERFORMED) if t)

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        case.closed_on, case.outcome = data.on, data.outcome
        case.recovered_amount, case.punitive_amount = data.received_amount, data.received_punitive
        case.paid_by = data.paid_by if data.received_amount > 0 else None
        if data.notice_on is not None:
            case.notice_on = data.notice_on
        if case.agreement is not None and data.performance_confirmed:
            case.agreement.confirmed_on = data.on
        if data.outcome == "not_performed" and data.advised_court_or_arbitration:
            changes["advised"] = "court_or_arbitration"
        return changes | {
            "outcome": data.outcome,
            "closed_on": data.on,
            "received": data.received_amount,
            "punitive": data.received_punitive,
        }

    step = _Step(data, Action.CLOSE, lambda f, r: req.check_close(f, data), apply, (data.outcome,), note, on=data.on)
    _run(db, actor, case_no, step, expected_state, today)


def reopen_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.ReopenInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """Take a closed case back into mediation (supervisor, with a reason)."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        previous = {"outcome": case.outcome, "closed_on": case.closed_on}
        case.closed_on, case.outcome = None, None
        case.recovered_amount = case.punitive_amount = ZERO
        case.paid_by = None
        case.terminated_on = case.termination_ground = case.notice_on = None
        case.agreement = None
        return {"reopened_from": previous}

    _run(
        db,
        actor,
        case_no,
        _Step(data, Action.REOPEN, lambda f, r: req.check_reopen(f, data), apply, note=data.reason, on=data.on),
        expected_state,
        today,
    )


def assign_mediator(db: Database, actor: Actor, case_no: str, mediator_login: str) -> None:
    """Assign (or change) the mediator of an accepted, open case."""
    actor.require(Permission.ASSIGN_MEDIATOR)
    with db.transaction() as session:
        case = case_by_no(session, case_no)
        if case.state in NO_MEDIATOR_STATES:
            raise ActionRefused("mediator.state", state=label_of(STATES[case.state]))
        user = session.scalars(select(User).where(User.login == mediator_login)).first()
        if user is None or not user.active:
            raise NotFound("user.not_active", login=mediator_login)
        if not may_mediate(user.role_set):
            raise ActionRefused("mediator.not_mediator", name=user.name)
        before = case.mediator.login if case.mediator else None
        case.mediator_id = user.id
        audit.record(
            session,
            actor,
            "assign_mediator",
            "case",
            case.case_no,
            before={"mediator": before},
            after={"mediator": user.login},
        )


def withdraw_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.WithdrawInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """The complainant withdrew before mediation started: closed as 撤回投诉, not counted as 不予受理."""

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.closed_on, case.outcome = data.on, "withdrawn"
        return {"outcome": "withdrawn", "closed_on": data.on}

    step = _Step(
        data, Action.WITHDRAW, lambda f, r: req.check_withdraw(f, data), apply, ("withdrawn",), data.note, data.on
    )
    _run(db, actor, case_no, step, expected_state, today)


def transfer_case(
    db: Database,
    actor: Actor,
    case_no: str,
    data: req.TransferInput,
    expected_state: str | None = None,
    today: date | None = None,
) -> None:
    """The complaint was passed to the competent body before mediation: closed as 移送行政机关 or
    转交其他组织 (with the receiving body in the history), not counted as 不予受理."""
    note = "；".join(t for t in (f"移送/转交：{data.to_whom.strip()}", data.note.strip()) if t)

    def apply(_s: Session, case: Case) -> dict[str, Any]:
        case.closed_on, case.outcome = data.on, data.outcome
        return {"outcome": data.outcome, "closed_on": data.on, "to": data.to_whom.strip()}

    step = _Step(data, Action.TRANSFER, lambda f, r: req.check_transfer(f, data), apply, (data.outcome,), note, data.on)
    _run(db, actor, case_no, step, expected_state, today)


def extend_mediation(
    db: Database, actor: Actor, case_no: str, data: req.ExtendInput, today: date | None = None
) -> None:
    """Add days to the mediation limit with both parties' consent, within what the case's rule set allows
    (a local rule, e.g. Shanghai +30). One history row records the days and the consent."""
    today = today or today_local()
    with db.transaction() as session:
        case = case_by_no(session, case_no, lock=True)
        require_mediation_rights(actor, case)
        ref = Reference(session)
        rules = ref.rules_for(case)
        problems = req.check_plausible(data, today) + req.check_extend(facts_of(case), data, rules, case.extension_days)
        if problems:
            raise InvalidInput(problems)
        before = case.extension_days
        case.extension_days = before + data.days
        note = "；".join(t for t in (f"延长调解期限 {data.days} 天，双方当事人同意", data.note.strip()) if t)
        case.history.append(
            HistoryEntry(
                from_state=case.state,
                to_state=case.state,
                action="extend",
                actor=actor.login,
                at=now_local(),
                grounds="consumer_consent,merchant_consent",
                note=note,
                event_on=data.on,
            )
        )
        session.flush()
        refresh_next_due(case, ref, today)
        audit.record(
            session,
            actor,
            "extend",
            "case",
            case.case_no,
            before={"extension_days": before},
            after={"extension_days": case.extension_days, "on": data.on, "consent": ["consumer", "merchant"]},
        )
