"""The simulated life of one demo case: the workflow walked from registration with realistic delays,
stopping at the first step that would fall after today, so recent cases are still open and old ones
mostly ended. Every step goes through the workflow's transition table, so the history always replays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.devtools.demodata import endings, texts
from app.devtools.demodata.draw import Draw, Weighted
from app.devtools.demodata.mediation import Deal, SessionPlan, plan_deal, plan_session
from app.devtools.demodata.stories import Complaint
from app.devtools.demodata.world import Mediator, World
from app.domain.deadlines import CaseClock, Limits, case_deadlines
from app.domain.rules import RuleSet
from app.domain.workflow import TRANSITIONS, Action, State, target_state

REJECT_SHARE, EARLY_TERMINATION_SHARE, SUSPEND_SHARE, AGREE_SHARE = 0.08, 0.04, 0.12, 0.62
WITHDRAW_SHARE, TRANSFER_SHARE = 0.03, 0.02
"""Complaints withdrawn or passed to the competent body before mediation (closed, not 不予受理)."""
_TRANSFER_OUTCOMES = Weighted(("referred_to_authority", "transferred"), (60, 40))
_DECISION_DAYS = Weighted((1, 2, 3, 4, 5, 6, 7, 8, 10), (15, 22, 20, 15, 10, 7, 5, 3, 3))
_SESSIONS = Weighted((1, 2, 3), (40, 40, 20))
_SUSPEND_REASONS = Weighted(*texts.SUSPEND_REASONS)
_EARLY_GROUNDS = Weighted.of(texts.EARLY_TERMINATION_GROUNDS)
# (state, action) -> next state, from the workflow's transition table
_NEXT_STATE = {
    (source.value, action.value): target.value
    for action, (sources, target) in TRANSITIONS.items()
    for source in sources
}


@dataclass(slots=True)
class Life:
    """Everything the simulation decided about a case; amounts in fen."""

    state: str = State.REGISTERED
    # (from, to, action, actor, `at` encoded, grounds, note, the event's date)
    history: list[tuple[str | None, str, str, str, Any, str, str, date]] = field(default_factory=list)
    accepted_on: date | None = None
    rejected_on: date | None = None
    decision_reason: str | None = None
    mediator: Mediator | None = None
    consent: bool = False
    assessment: dict[str, Any] | None = None
    suspensions: list[list[Any]] = field(default_factory=list)  # [reason, note, started_on, ended_on]
    sessions: list[SessionPlan] = field(default_factory=list)
    agreement: dict[str, Any] | None = None
    terminated_on: date | None = None
    termination_ground: str | None = None
    notice_on: date | None = None
    closed_on: date | None = None
    outcome: str | None = None
    recovered: int = 0
    punitive: int = 0
    paid_by: str | None = None


class Simulation:
    """Walks one case through the workflow; ``run`` returns its :class:`Life`."""

    def __init__(
        self,
        world: World,
        draw: Draw,
        rules: RuleSet,
        limits: Limits,
        complaint: Complaint,
        merchant: dict[str, Any],
        channel: str,
        consumer_name: str,
    ) -> None:
        self.world, self.draw, self.rules, self.limits = world, draw, rules, limits
        self.complaint, self.merchant, self.channel, self.consumer_name = complaint, merchant, channel, consumer_name
        self.life = Life()
        self.clock = (date.min, 0)
        self.stopped = self.reopened = False
        self.deal: Deal | None = None
        self.received = date.min
        # "n working days after d", answered from the world's memo
        self.workdays: Callable[[date, int], date] = world.calendar.add_working_days

    # -- steps -------------------------------------------------------------------------------

    def moment(self, on: date) -> Any:
        """A time during office hours on ``on`` (in steps of five minutes, so that the same moments recur
        and are encoded once), after every earlier step of the case."""
        minute = 5 * self.draw.between(102, 210)  # 08:30 to 17:30
        if (on, minute) <= self.clock:
            on, minute = self.clock[0], min(self.clock[1] + 5 * self.draw.between(1, 6), 1435)
        self.clock = (on, minute)
        return self.world.moment(on, minute)

    def act(self, action: str, on: date, actor: str, grounds: str = "", note: str = "") -> bool:
        """Take the step unless it falls after today (then the case stays where it is)."""
        if self.stopped or on > self.world.today:
            self.stopped = True
            return False
        if action == "register":
            source, target = None, State.REGISTERED.value
        else:
            source = self.life.state
            target = _NEXT_STATE.get((source, action)) or target_state(source, action)  # the latter refuses
        self.life.history.append((source, target, action, actor, self.moment(on), grounds, note, on))
        self.life.state = target
        return True

    @property
    def mediator_login(self) -> str:
        return self.life.mediator.login if self.life.mediator else self.world.staff.supervisor

    # -- the life ----------------------------------------------------------------------------

    def run(self, received: date) -> Life:
        draw, staff = self.draw, self.world.staff
        self.received = received
        self.act("register", received, draw.one(staff.clerks))
        decided = self.workdays(received, _DECISION_DAYS(draw))
        early = draw.random()
        if early < WITHDRAW_SHARE:
            self.withdraw(decided)
        elif early < WITHDRAW_SHARE + TRANSFER_SHARE:
            self.transfer(decided)
        elif draw.chance(REJECT_SHARE):
            self.reject(decided)
        elif self.accept(decided):
            if draw.chance(WITHDRAW_SHARE / 2):
                self.withdraw(self.workdays(decided, draw.between(1, 3)))
            elif draw.chance(EARLY_TERMINATION_SHARE):
                if draw.chance(0.5):
                    self.life.mediator = None
                endings.terminate(self, self.workdays(decided, draw.between(2, 10)), _EARLY_GROUNDS(draw))
            else:
                self.mediate(decided, reopened=False)
        return self.life

    def withdraw(self, on: date) -> None:
        """The complainant withdrew before mediation started: closed as 撤回投诉."""
        note = self.draw.one(texts.WITHDRAW_NOTES)
        if self.act(Action.WITHDRAW, on, self.world.staff.supervisor, "withdrawn", note):
            self.life.closed_on, self.life.outcome = on, "withdrawn"

    def transfer(self, on: date) -> None:
        """Passed to the competent agency or another association: closed, with the receiving body."""
        outcome = _TRANSFER_OUTCOMES(self.draw)
        body, why = texts.TRANSFER_BODIES[outcome]
        note = f"移送/转交：{body}；{why}"
        if self.act(Action.TRANSFER, on, self.world.staff.supervisor, outcome, note):
            self.life.closed_on, self.life.outcome = on, outcome

    def reject(self, on: date) -> None:
        registered = self.merchant["kind"] != "unregistered"
        allowed = {
            g: w
            for g, (w, _) in texts.REJECTION_GROUNDS.items()
            if g in self.rules.non_acceptance_grounds and not (registered and g == "private_deal")
        }
        grounds_of = self.world.choice(("reject", self.rules.code, str(registered)), allowed)
        grounds = [grounds_of(self.draw)]
        if self.draw.chance(0.15):
            grounds = list(dict.fromkeys([*grounds, grounds_of(self.draw)]))
        reason = texts.REJECTION_GROUNDS[grounds[0]][1]
        if self.act(Action.REJECT, on, self.world.staff.supervisor, ",".join(grounds), reason):
            self.life.rejected_on, self.life.decision_reason = on, reason

    def accept(self, on: date) -> bool:
        if not self.act(Action.ACCEPT, on, self.world.staff.supervisor):
            return False
        draw, registered = self.draw, self.merchant["kind"] != "unregistered"
        self.life.accepted_on = on
        self.life.assessment = {
            "registered": registered,
            "sells_continuously": draw.chance(0.92),
            "brand_agent": not registered and draw.chance(0.25),
            "posts_regularly": self.channel in ("wechat_moments", "wechat_group", "wechat_live") and draw.chance(0.9),
            "has_shop": registered or self.channel in ("wechat_miniprogram", "other_ecommerce", "store"),
            "buyers_known": draw.between(0, 80),
            "conclusion": "operator" if draw.chance(0.93) else "unclear",
            "note": draw.one(texts.ASSESSMENT_NOTES),
        }
        self.life.mediator = draw.one(self.world.staff.mediators)
        return True

    def mediate(self, begin: date, reopened: bool) -> None:
        draw = self.draw
        if not reopened:
            start = self.workdays(begin, draw.between(1, 5))
            if not self.act(Action.START, start, self.mediator_login, note=texts.START_NOTE):
                if draw.chance(0.3):
                    self.life.mediator = None  # not assigned yet
                return
            self.life.consent = True
        else:
            start = begin
        agree = draw.chance(0.3 if self.merchant["blacklisted"] else AGREE_SHARE)
        self.deal = self.deal or plan_deal(draw, self.complaint)
        suspend = not reopened and draw.chance(SUSPEND_SHARE)
        count = 1 if reopened else _SESSIONS(draw)
        total = max(count, 2) if suspend else count
        day = start
        for index in range(total):
            if index:
                day = self.workdays(day, draw.between(2, 8))
            if day > self.world.today:
                self.stopped = True
                return
            self.log_session(day, index, last=index == total - 1, agree=agree)
            if index == 0 and suspend:
                resumed = self.suspend(day)
                if resumed is None:
                    return
                day = resumed
        if agree:
            endings.agree(self, day)
        else:
            ground = self.termination_ground()
            endings.terminate(self, self.end_of_talks(day, ground), ground)

    def log_session(self, day: date, index: int, last: bool, agree: bool) -> None:
        assert self.deal is not None and self.life.mediator is not None
        plan = plan_session(
            self.draw,
            self.deal,
            self.moment(day),
            index,
            last and agree,
            self.life.mediator.name,
            self.consumer_name,
            self.merchant["name"],
        )
        self.life.sessions.append(plan)

    def suspend(self, after: date) -> date | None:
        draw = self.draw
        on = self.workdays(after, draw.between(1, 3))
        reason = _SUSPEND_REASONS(draw)
        note = draw.one(texts.SUSPEND_NOTES[reason])
        if not self.act(Action.SUSPEND, on, self.mediator_login, reason, note):
            return None
        record = [reason, note, on, None]
        self.life.suspensions.append(record)
        resumed = self.world.calendar.roll_forward(on + timedelta(days=draw.between(7, 75)))
        if not self.act(Action.RESUME, resumed, self.mediator_login, note=texts.RESUME_NOTES[reason]):
            return None
        record[3] = resumed
        return resumed

    def termination_ground(self) -> str:
        tested = any(s[0] == "testing" for s in self.life.suspensions)
        weights = {
            g: w
            for g, w in texts.TERMINATION_GROUNDS.items()
            if g in self.rules.termination_grounds and (tested or g != "no_testing_agreement")
        }
        return self.world.choice(("terminate", self.rules.code, str(tested)), weights)(self.draw)

    def end_of_talks(self, day: date, ground: str) -> date:
        """When mediation is given up: a few working days after the last talk, or when the limit ran out."""
        if ground == "limit_expired":
            return max(self.mediation_due(), day)
        return self.workdays(day, self.draw.between(1, 5))

    def mediation_due(self) -> date:
        suspensions = tuple((s[2], s[3]) for s in self.life.suspensions)
        clock = CaseClock(State.MEDIATING, self.received, self.life.accepted_on, suspensions=suspensions)
        return case_deadlines(clock, self.limits, self.world.calendar, self.world.today)[0].due
