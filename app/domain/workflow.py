"""The fixed workflow of a complaint case: states, actions, and which action leads where (domain.md s. 3)."""

from __future__ import annotations

from enum import StrEnum

from app.domain.codes import CodeList
from app.domain.errors import ActionRefused
from app.domain.messages import Label, Message, label_of, msg


class State(StrEnum):
    """The states a case can be in."""

    REGISTERED = "registered"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MEDIATING = "mediating"
    SUSPENDED = "suspended"
    AGREED = "agreed"
    TERMINATED = "terminated"
    CLOSED = "closed"


STATES: CodeList = {
    "registered": ("已登记", "Registered"),
    "accepted": ("已受理", "Accepted"),
    "rejected": ("不予受理", "Rejected"),
    "mediating": ("调解中", "Mediating"),
    "suspended": ("中止", "Suspended"),
    "agreed": ("达成协议", "Agreed"),
    "terminated": ("终止调解", "Terminated"),
    "closed": ("已办结", "Closed"),
}
END_STATES = frozenset({State.REJECTED, State.CLOSED})
EXTENSION_STATES = frozenset({State.ACCEPTED, State.MEDIATING, State.SUSPENDED})
"""States in which the mediation limit runs and may be extended with both parties' consent."""
FOLLOW_UP_STATES = frozenset({State.AGREED, State.CLOSED})
"""States in which a follow-up visit (回访) is recorded."""
OPEN_STATES = frozenset(State) - END_STATES


class Action(StrEnum):
    """Transitions a person can ask for."""

    ACCEPT = "accept"
    REJECT = "reject"
    START = "start"
    SUSPEND = "suspend"
    RESUME = "resume"
    AGREE = "agree"
    TERMINATE = "terminate"
    CLOSE = "close"
    REOPEN = "reopen"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"


ACTIONS: CodeList = {
    "accept": ("受理", "Accept"),
    "reject": ("不予受理", "Reject"),
    "start": ("开始调解", "Start mediation"),
    "suspend": ("中止调解", "Suspend"),
    "resume": ("恢复调解", "Resume"),
    "agree": ("达成协议", "Record agreement"),
    "terminate": ("终止调解", "Terminate"),
    "close": ("办结", "Close"),
    "reopen": ("重新调解", "Reopen"),
    "withdraw": ("撤回投诉", "Withdrawn"),
    "transfer": ("移送/转交", "Transfer"),
}

TRANSITIONS: dict[Action, tuple[frozenset[State], State]] = {
    Action.ACCEPT: (frozenset({State.REGISTERED}), State.ACCEPTED),
    Action.REJECT: (frozenset({State.REGISTERED}), State.REJECTED),
    Action.START: (frozenset({State.ACCEPTED}), State.MEDIATING),
    Action.SUSPEND: (frozenset({State.MEDIATING}), State.SUSPENDED),
    Action.RESUME: (frozenset({State.SUSPENDED}), State.MEDIATING),
    Action.AGREE: (frozenset({State.MEDIATING}), State.AGREED),
    Action.TERMINATE: (
        frozenset({State.ACCEPTED, State.MEDIATING, State.SUSPENDED, State.AGREED}),
        State.TERMINATED,
    ),
    Action.CLOSE: (frozenset({State.AGREED, State.TERMINATED}), State.CLOSED),
    Action.REOPEN: (frozenset({State.CLOSED}), State.MEDIATING),
    # Before mediation starts a complaint may be withdrawn or passed to the competent body: it ends as
    # closed with that outcome, not as 不予受理.
    Action.WITHDRAW: (frozenset({State.REGISTERED, State.ACCEPTED}), State.CLOSED),
    Action.TRANSFER: (frozenset({State.REGISTERED, State.ACCEPTED}), State.CLOSED),
}

OUTCOMES: CodeList = {
    "performed": ("履行完毕", "Performed"),
    "self_settled": ("自行和解", "Settled by the parties"),
    "withdrawn": ("撤回投诉", "Complaint withdrawn"),
    "not_performed": ("未履行", "Not performed"),
    "no_agreement": ("调解不成", "No agreement"),
    "merchant_unreachable": ("经营者无法联系", "Merchant unreachable"),
    "referred_to_authority": ("移送行政机关", "Referred to an authority"),
    "advised_court_or_arbitration": ("建议诉讼或仲裁", "Advised to go to court or arbitration"),
    "transferred": ("转交其他组织", "Transferred to another body"),
}
RESOLVED_OUTCOMES = frozenset({"performed", "self_settled"})
OUTCOMES_AFTER_AGREEMENT = frozenset({"performed", "self_settled", "not_performed"})
"""Mediation ended with the agreement: one not performed is closed as 未履行 (the consumer is advised to go to
court or arbitration, CRPL Art. 39), not terminated."""
OUTCOMES_OF_TRANSFER = frozenset({"transferred", "referred_to_authority"})
OUTCOMES_AFTER_TERMINATION = frozenset(OUTCOMES) - {"performed"}

_WHY_NOT: dict[State, Message] = {
    State.REGISTERED: msg("workflow.why.registered"),
    State.ACCEPTED: msg("workflow.why.accepted"),
    State.REJECTED: msg("workflow.why.rejected"),
    State.MEDIATING: msg("workflow.why.mediating"),
    State.SUSPENDED: msg("workflow.why.suspended"),
    State.AGREED: msg("workflow.why.agreed"),
    State.TERMINATED: msg("workflow.why.terminated"),
    State.CLOSED: msg("workflow.why.closed"),
}


def state_label(state: str, lang: str = "zh_CN") -> str:
    """The label of a state."""
    zh, en = STATES[state]
    return en if lang.startswith("en") else zh


def allowed_actions(state: State | str) -> list[Action]:
    """The actions the state allows, in workflow order."""
    return [a for a, (sources, _) in TRANSITIONS.items() if State(state) in sources]


def target_state(state: State | str, action: Action | str) -> State:
    """Where ``action`` leads from ``state``; ActionRefused, saying why, when it is not allowed."""
    current, wanted = State(state), Action(action)
    sources, target = TRANSITIONS[wanted]
    if current not in sources:
        allowed: list[Label | Message] = [label_of(ACTIONS[a]) for a in allowed_actions(current)]
        allowed = allowed or [msg("workflow.no_action")]
        raise ActionRefused(
            "workflow.not_allowed",
            action=label_of(ACTIONS[wanted]),
            why=_WHY_NOT[current],
            state=label_of(STATES[current]),
            allowed=allowed,
        )
    return target


def is_resolved(state: str, outcome: str | None) -> bool:
    """A case counts as resolved (解决) when closed as performed or self-settled."""
    return state == State.CLOSED and outcome in RESOLVED_OUTCOMES
