"""Which clock runs on a case and when it falls due (domain.md sections 3 and 4).

One clock per state: ``registered`` -> acceptance decision, ``accepted``/``mediating`` -> mediation
limit, ``suspended`` -> mediation limit (paused when the reason pauses it), ``agreed`` -> performance
follow-up, ``terminated`` -> notice to the parties; ``rejected`` and ``closed`` run none. Each clock
has its own count and day kind (:class:`ClockRule`): Order 20 counts acceptance and notice in working
days while a local rule may count mediation in calendar days. Limits come from the case's rule set
(:class:`Limits`), holidays from a :class:`~app.domain.workdays.WorkCalendar`.

Suspensions are ``(began, resumed)`` with ``resumed`` None while still open; an open suspension
counts as lasting through ``today``. Only suspensions whose reason pauses the clock are given here
(testing or appraisal, Order 20 Art. 20; a recusal request, Art. 19): their days are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.codes import CodeList
from app.domain.errors import InvalidValue
from app.domain.workdays import ONE_DAY, WorkCalendar

DAY_KIND_WORKING = "working"
DAY_KIND_CALENDAR = "calendar"
DAY_KINDS = (DAY_KIND_WORKING, DAY_KIND_CALENDAR)

KIND_ACCEPTANCE = "acceptance"
KIND_MEDIATION = "mediation"
KIND_TERMINATION_NOTICE = "termination_notice"
KIND_PERFORMANCE = "performance"

STATES = ("registered", "accepted", "rejected", "mediating", "suspended", "agreed", "terminated", "closed")

DUE_SOON_WORKING_DAYS = 2
"""A running deadline at most this many working days away is due soon (domain.md s. 4)."""

DEADLINE_KINDS: CodeList = {
    KIND_ACCEPTANCE: ("受理期限", "Acceptance decision"),
    KIND_MEDIATION: ("调解期限", "Mediation limit"),
    KIND_TERMINATION_NOTICE: ("终止告知期限", "Termination notice"),
    KIND_PERFORMANCE: ("履行期限", "Performance due"),
}
"""The label of each kind of deadline, on every screen that names one."""

Suspension = tuple[date, date | None]


CLOCK_KINDS = (KIND_ACCEPTANCE, KIND_MEDIATION, KIND_TERMINATION_NOTICE, KIND_PERFORMANCE)


@dataclass(frozen=True)
class ClockRule:
    """One clock's count: ``days`` of ``day_kind``.

    ``rollover``: a calendar-day period that ends on a day that is not a working day ends on the next
    working day (Civil Code Art. 203); a rule that says otherwise sets it False. Working-day periods
    always end on a working day.
    """

    days: int
    day_kind: str = DAY_KIND_WORKING  # or DAY_KIND_CALENDAR
    rollover: bool = True

    def __post_init__(self) -> None:
        if self.day_kind not in DAY_KINDS:
            raise InvalidValue("deadline.bad_day_kind", kind=self.day_kind)
        if self.days < 0:
            raise InvalidValue("deadline.negative_days", days=self.days)

    def add(self, calendar: WorkCalendar, start: date, n: int, paused: list[tuple[date, date]]) -> date:
        """The end of ``n`` days of this clock's kind after ``start``, paused days not counted."""
        if self.day_kind == DAY_KIND_CALENDAR:
            return calendar.add_calendar_days(start, n, paused, rollover=self.rollover)
        return calendar.add_working_days(start, n, paused)


FOLLOW_UP_ON_DUE_DATE = ClockRule(0)


@dataclass(frozen=True)
class Limits:
    """The clocks of a rule set. ``performance`` counts from the agreed performance due date to the
    follow-up that confirms it (0: the due date itself)."""

    acceptance: ClockRule
    mediation: ClockRule
    notice: ClockRule
    performance: ClockRule = FOLLOW_UP_ON_DUE_DATE

    @classmethod
    def working(cls, acceptance_days: int, mediation_days: int, notice_days: int) -> Limits:
        """Every clock in working days (Order 20 of 2019)."""
        return cls(ClockRule(acceptance_days), ClockRule(mediation_days), ClockRule(notice_days))


@dataclass(frozen=True)
class CaseClock:
    """What the deadlines of one case depend on."""

    state: str
    received_on: date
    accepted_on: date | None = None
    terminated_on: date | None = None
    performance_due_on: date | None = None
    suspensions: tuple[Suspension, ...] = ()
    notice_on: date | None = None
    """The day both parties were told of the termination: the notice clock has stopped."""
    extension_days: int = 0
    """Days added to the mediation limit with both parties' consent."""
    notice_required: bool = True
    """False when the termination ground starts no notice clock."""


@dataclass(frozen=True)
class Deadline:
    """One running time limit of a case, as of ``today``."""

    kind: str  # "acceptance" | "mediation" | "termination_notice" | "performance"
    due: date
    working_days_left: int
    overdue: bool
    due_soon: bool
    paused: bool
    calendar_confirmed: bool
    unconfirmed_years: tuple[int, ...]

    @property
    def warning(self) -> str | None:
        """E.g. "2027年节假日安排未确认" when the calendar of a year involved is a Mon-Fri guess."""
        if self.calendar_confirmed:
            return None
        return "、".join(str(y) for y in self.unconfirmed_years) + "年节假日安排未确认"


def paused_spans(suspensions: tuple[Suspension, ...], today: date) -> list[tuple[date, date]]:
    """Half-open ``(began, resumed)`` spans; an open suspension lasts through ``today``."""
    return [(began, resumed if resumed is not None else today + ONE_DAY) for began, resumed in suspensions]


def _deadline(kind: str, start: date, due: date, calendar: WorkCalendar, today: date, paused: bool = False) -> Deadline:
    left = calendar.working_days_left(today, due)
    overdue = not paused and today > due
    unconfirmed = calendar.unconfirmed_years(start, due)
    return Deadline(
        kind=kind,
        due=due,
        working_days_left=left,
        overdue=overdue,
        due_soon=not overdue and not paused and 0 <= left <= DUE_SOON_WORKING_DAYS,
        paused=paused,
        calendar_confirmed=not unconfirmed,
        unconfirmed_years=unconfirmed,
    )


def _mediation(clock: CaseClock, limits: Limits, calendar: WorkCalendar, today: date, paused: bool) -> Deadline:
    # An accepted case without an acceptance date (e.g. imported) counts from receipt: earlier, never later.
    start = clock.accepted_on or clock.received_on
    days = limits.mediation.days + max(clock.extension_days, 0)
    due = limits.mediation.add(calendar, start, days, paused_spans(clock.suspensions, today))
    return _deadline(KIND_MEDIATION, start, due, calendar, today, paused=paused)


def case_deadlines(clock: CaseClock, limits: Limits, calendar: WorkCalendar, today: date) -> list[Deadline]:
    """The clocks running on the case in its current state, as of ``today``."""
    state = clock.state
    if state not in STATES:
        raise InvalidValue("deadline.unknown_state", state=state)
    if state == "registered":
        due = limits.acceptance.add(calendar, clock.received_on, limits.acceptance.days, [])
        return [_deadline(KIND_ACCEPTANCE, clock.received_on, due, calendar, today)]
    if state in ("accepted", "mediating", "suspended"):
        pausing = state == "suspended" and any(resumed is None for _, resumed in clock.suspensions)
        return [_mediation(clock, limits, calendar, today, paused=pausing)]
    if state == "agreed" and clock.performance_due_on is not None:
        start = clock.performance_due_on
        due = limits.performance.add(calendar, start, limits.performance.days, [])
        return [_deadline(KIND_PERFORMANCE, start, due, calendar, today)]
    if state == "terminated" and clock.terminated_on is not None and clock.notice_on is None and clock.notice_required:
        due = limits.notice.add(calendar, clock.terminated_on, limits.notice.days, [])
        return [_deadline(KIND_TERMINATION_NOTICE, clock.terminated_on, due, calendar, today)]
    return []


def due_soon_until(calendar: WorkCalendar, today: date) -> date:
    """The last due date that counts as due soon today (DUE_SOON_WORKING_DAYS working days ahead)."""
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)


def next_deadline(clock: CaseClock, limits: Limits, calendar: WorkCalendar, today: date) -> Deadline | None:
    """The earliest deadline of the case (a paused one included), or None when no clock applies."""
    deadlines = case_deadlines(clock, limits, calendar, today)
    return min(deadlines, key=lambda d: d.due) if deadlines else None


def next_running_deadline(clock: CaseClock, limits: Limits, calendar: WorkCalendar, today: date) -> Deadline | None:
    """The earliest running (not paused) deadline, or None: the one rule for the next due date the case list
    sorts on and the due desk lists, whoever stores the case (workflow, ledger import, demo data)."""
    running = [d for d in case_deadlines(clock, limits, calendar, today) if not d.paused]
    return min(running, key=lambda d: d.due, default=None)
