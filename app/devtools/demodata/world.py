"""What every demo case's life shares: the staff who act in it, today, and the office calendar, with
memos of the answers asked over and over (working days, moments in time, weighted choices)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.devtools.demodata.draw import Weighted
from app.domain.dates import LOCAL_TZ
from app.domain.workdays import PausedSpans, WorkCalendar


@dataclass(frozen=True)
class Mediator:
    """A mediator user: the id cases point at, the login histories name, the name sessions list."""

    id: int
    login: str
    name: str


@dataclass(frozen=True)
class Staff:
    """The users who act in demo histories."""

    clerks: tuple[str, ...]
    supervisor: str
    mediators: tuple[Mediator, ...]


class MemoCalendar(WorkCalendar):
    """The office calendar, remembering the answers to "n working days after d" when nothing is paused:
    a million cases ask a few thousand distinct questions millions of times, directly and through the
    deadline rules of :mod:`app.domain.deadlines`."""

    def __init__(self, calendar: WorkCalendar) -> None:
        # shares the tables of the calendar it wraps; super().__init__ would build them again
        self.__dict__.update(calendar.__dict__)
        self._added: dict[tuple[date, int], date] = {}

    def add_working_days(self, start: date, n: int, paused: PausedSpans = ()) -> date:
        if paused:
            return super().add_working_days(start, n, paused)
        key = (start, n)
        found = self._added.get(key)
        if found is None:
            found = self._added[key] = super().add_working_days(start, n)
        return found


class World:
    """What every case's life shares: today, the calendar, the staff, and memos of what they give.

    Moments in time are handed out as ``encode_moment`` makes them (the stored form, when loading).
    """

    def __init__(
        self,
        today: date,
        calendar: WorkCalendar,
        staff: Staff,
        encode_moment: Callable[[datetime], Any] = lambda moment: moment,
    ) -> None:
        self.today, self.staff, self.encode_moment = today, staff, encode_moment
        self.calendar: WorkCalendar = MemoCalendar(calendar)
        self._moments: dict[tuple[date, int], Any] = {}
        self._choices: dict[tuple[str, ...], Weighted[str]] = {}

    def moment(self, on: date, minute: int) -> Any:
        """``minute`` minutes after midnight on ``on``, local time, encoded (made once per moment)."""
        key = (on, minute)
        found = self._moments.get(key)
        if found is None:
            found = self._moments[key] = self.encode_moment(
                datetime(on.year, on.month, on.day, minute // 60, minute % 60, tzinfo=LOCAL_TZ)
            )
        return found

    def choice(self, key: tuple[str, ...], weighted: Mapping[str, float]) -> Weighted[str]:
        """A weighted choice built once per ``key`` (e.g. the grounds a rule set allows)."""
        found = self._choices.get(key)
        if found is None:
            found = self._choices[key] = Weighted.of(weighted)
        return found
