"""The case list: counting, filtering, sorting and paging cases in SQL, never loading them all.

A :class:`CaseQuery` says which cases (filters combined with AND, plus a search text) and in which order;
:class:`CaseList` answers how many match and hands out one block of rows at a time, ordered on an index
(ties broken by id so that pages never overlap). Names are read from the sort keys kept on the case row,
so a page is one query on one table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce

from app.domain.codes import WECHAT_CHANNELS
from app.domain.dates import today_local
from app.domain.deadlines import due_soon_until
from app.domain.errors import InvalidValue
from app.domain.masking import mask_name
from app.domain.messages import Message, msg
from app.domain.workdays import WorkCalendar
from app.domain.workflow import OPEN_STATES, STATES
from app.services.cases import events
from app.services.cases.columns import SORT_KEYS, UNDATED_LAST
from app.services.cases.overdue import overdue_ids_on
from app.services.context import Actor
from app.services.privacy import PersonalKind, present_personal
from app.services.reference import load_calendar
from app.store.case_search import TRIGRAM, ShortTerm, search_clause, search_terms, short_term
from app.store.cases import Case
from app.store.database import Database
from app.store.people import active_mediators

ALL_WECHAT = "wechat"
"""The channel filter value meaning any of the four WeChat channels."""
OVERDUE, DUE_SOON = "overdue", "due_soon"


@dataclass(frozen=True)
class CaseQuery:
    """Which cases the list shows and in which order; empty fields do not filter."""

    states: tuple[str, ...] = ()
    received_from: date | None = None
    received_to: date | None = None
    nature: str | None = None
    category: str | None = None
    sub_category: str | None = None
    """具体商品 / 具体服务 (codes.SUB_CATEGORIES)."""
    channel: str | None = None
    mediator_id: int | None = None
    due: str | None = None
    accepted_from: date | None = None
    accepted_to: date | None = None
    rejected_from: date | None = None
    rejected_to: date | None = None
    closed_from: date | None = None
    """With ``closed_to``: closed within the dates, from the history (a case reopened since still counts)."""
    closed_to: date | None = None
    resolved: bool = False
    """Closed as resolved (within the closing dates when given), from the history."""
    doubled: bool = False
    """Closed as resolved with punitive compensation received (within the closing dates when given)."""
    overdue_on: date | None = None
    """Open at the end of that day with its running deadline already passed (the report's 超期未办结)."""
    merchant_id: int | None = None
    search: str = ""
    sort: str = "received_on"
    descending: bool = True

    def as_filters(self) -> dict[str, Any]:
        """The fields that filter (not the defaults), as keyword arguments: what a page hands the list."""
        empty = CaseQuery()
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("sort", "descending") and getattr(self, f.name) != getattr(empty, f.name)
        }

    def problems(self) -> list[Message]:
        """Why the query cannot run (unknown codes), empty when it can."""
        found = [msg("case_query.unknown_state", state=s) for s in self.states if s not in STATES]
        if self.sort not in SORT_KEYS:
            found.append(msg("case_query.bad_sort", sort=self.sort))
        if self.due not in (None, OVERDUE, DUE_SOON):
            found.append(msg("case_query.bad_due", due=self.due))
        return found


class CaseRow(NamedTuple):
    """One line of the case list (a tuple: thousands are made while scrolling)."""

    case_no: str
    received_on: date
    consumer: str
    merchant: str
    channel: str | None
    nature: str | None
    state: str
    mediator: str
    next_due_on: date | None
    next_due_kind: str | None
    working_days_left: int | None
    calendar_confirmed: bool = True
    """False when the due date falls in a year whose holidays the calendar does not know yet."""


@dataclass(frozen=True)
class FirstPage:
    """What the list needs to show a new query: how many match, how many exist, and the first rows.

    ``count_pending``: a short search (a term of one or two characters) no index can count; ``count`` is
    then only the rows read so far, and :meth:`CaseList.capped_count` gives the count, in the background.
    """

    query: CaseQuery
    count: int
    total: int
    rows: list[CaseRow] = field(default_factory=list)
    count_pending: bool = False


COUNT_CAP = 10_000
"""A short search counts its matches up to this many; beyond, the list says "1万+"."""


@dataclass(frozen=True)
class MatchCount:
    """How many cases a query matches, or ``capped``: more than ``count`` (= COUNT_CAP)."""

    count: int
    capped: bool = False


ROW_COLUMNS = (
    Case.case_no,
    type_coerce(Case.received_on, String),
    Case.consumer_sort,
    Case.merchant_sort,
    Case.channel,
    Case.nature,
    Case.state,
    Case.mediator_sort,
    type_coerce(Case.next_due_on, String),
    Case.next_due_kind,
)
OPEN_CODES = frozenset(str(s) for s in OPEN_STATES)
BLOCK_ROWS = 200
STATEMENTS_KEPT = 64
"""The rows a list reads at a time; the cost model of :meth:`CaseList._scan_in_order` assumes it."""


class CaseList:
    """Reads the case list of one database; keeps the working-day calendar for "days left"."""

    def __init__(self, db: Database, actor: Actor, today: date | None = None) -> None:
        actor.require_active()
        self.db, self.actor = db, actor
        self._sees_names = present_personal(actor, "x", PersonalKind.NAME) == "x"
        self._today = today
        self._total: int | None = None
        self._dated: dict[CaseQuery, int] = {}
        self._counts: dict[CaseQuery, int] = {}
        self._statements: dict[tuple[Any, ...], Select[Any]] = {}
        self._overdue: dict[date, list[int]] = {}
        self._short: dict[str, ShortTerm] = {}
        with db.read() as session:
            self.calendar: WorkCalendar = load_calendar(session)

    @property
    def today(self) -> date:
        return self._today or today_local()

    def where(self, query: CaseQuery, scan_in_order: bool = False) -> list[ColumnElement[bool]]:
        """The WHERE conditions of a query (combined with AND)."""
        problems = query.problems()
        if problems:
            raise InvalidValue("case_query.invalid", problems=problems)
        conditions: list[ColumnElement[bool]] = []
        if query.states:
            conditions.append(Case.state.in_(query.states))
        if query.received_from:
            conditions.append(Case.received_on >= query.received_from)
        if query.received_to:
            conditions.append(Case.received_on <= query.received_to)
        for col, value in (
            (Case.nature, query.nature),
            (Case.category, query.category),
            (Case.sub_category, query.sub_category),
            (Case.mediator_id, query.mediator_id),
            (Case.merchant_id, query.merchant_id),
        ):
            if value is not None:
                conditions.append(col == value)
        conditions += _event_conditions(query)
        if query.overdue_on is not None:
            conditions.append(Case.id.in_(self._overdue_ids(query.overdue_on)))
        if query.channel == ALL_WECHAT:
            conditions.append(Case.channel.in_(WECHAT_CHANNELS))
        elif query.channel:
            conditions.append(Case.channel == query.channel)
        conditions += self._due_conditions(query.due)
        found = search_clause(self.db.dialect, query.search, scan_in_order, self._short_terms(query))
        if found is not None:
            conditions.append(found)
        return conditions

    def _short_terms(self, query: CaseQuery) -> dict[str, ShortTerm]:
        """What the indexes hold of each short search term, read once per term."""
        for term in search_terms(query.search):
            if len(term) < TRIGRAM and term not in self._short:
                with self.db.engine.connect() as conn:
                    self._short[term] = short_term(conn, term)
        return self._short

    def walks_for_matches(self, query: CaseQuery) -> bool:
        """Whether a search has a term the indexes do not find (a common short term): its matches are found
        by walking the list's order, and counted only on request."""
        if not is_short_search(query):
            return False
        known = self._short_terms(query)
        return any(
            len(t) < TRIGRAM and (t not in known or known[t].case_grams is None) for t in search_terms(query.search)
        )

    def _overdue_ids(self, day: date) -> list[int]:
        found = self._overdue.get(day)
        if found is None:
            with self.db.read() as session:
                found = self._overdue[day] = overdue_ids_on(session, day)
        return found

    def _due_conditions(self, due: str | None) -> list[ColumnElement[bool]]:
        today = self.today
        if due == OVERDUE:  # the report's definition (超期未办结 counted today), not the cached next due date
            return [Case.id.in_(self._overdue_ids(today))]
        if due == DUE_SOON:
            last = due_soon_until(self.calendar, today)
            return [Case.state.in_(sorted(OPEN_STATES)), Case.next_due_on >= today, Case.next_due_on <= last]
        return []

    def count(self, query: CaseQuery) -> int:
        """How many cases match (remembered for choosing how to read their rows)."""
        found = self._scalar(select(func.count()).select_from(Case).where(*self.where(query)))
        self._counts[query] = found
        return found

    def total(self) -> int:
        """How many cases the database holds (remembered until :meth:`forget_total`)."""
        if self._total is None:
            self._total = self.count(CaseQuery())
        return self._total

    def forget_total(self) -> None:
        """Count again next time (a case was added, changed or imported)."""
        self._total = None
        self._overdue.clear()
        self._dated.clear()
        self._counts.clear()

    def ordered(self, query: CaseQuery, *columns: Any, offset: int = 0) -> Select[Any]:
        """SELECT columns of the matching cases in the query's order (ties by id, same direction)."""
        scan = self._scan_in_order(query, offset)
        cache_key = (query, scan, columns)
        statement = self._statements.get(cache_key)
        if statement is None:
            key = SORT_KEYS[query.sort]
            order = (key.desc(), Case.id.desc()) if query.descending else (key.asc(), Case.id.asc())
            statement = select(*columns).where(*self.where(query, scan)).order_by(*order)
            if len(self._statements) > STATEMENTS_KEPT:
                self._statements.clear()
            self._statements[cache_key] = statement
        return statement

    def _scan_in_order(self, query: CaseQuery, offset: int) -> bool:
        """Whether SQLite should walk the sort index and test each case against the search matches, rather
        than read every match and sort them: cheaper when matches are many. Reading all costs about 3 units
        per match; walking costs a unit per case passed, (offset + page) * total / matches of them. A short
        search with a common term always walks: no index finds its matches, so reading them all would read
        every case."""
        if self.db.is_sqlite and self.walks_for_matches(query):
            return True
        matches = self._counts.get(query)
        if not query.search or not self.db.is_sqlite or matches is None or self._total is None:
            return False
        return 3 * matches * matches > (offset + BLOCK_ROWS) * self._total

    def rows(self, query: CaseQuery, offset: int, limit: int) -> list[CaseRow]:
        """``limit`` rows of the list from position ``offset``."""
        offset = max(offset, 0)
        if query.sort not in UNDATED_LAST:
            return self._fetch(self.ordered(query, *ROW_COLUMNS, offset=offset), offset, limit)
        # Two index-ordered parts: the cases with a deadline, then those without (by id).
        dated = self._dated_count(query)
        found = []
        if offset < dated:
            with_due = self.ordered(query, *ROW_COLUMNS, offset=offset).where(Case.next_due_on.is_not(None))
            found = self._fetch(with_due, offset, min(limit, dated - offset))
        if len(found) < limit:
            order = Case.id.desc() if query.descending else Case.id.asc()
            without = select(*ROW_COLUMNS).where(*self.where(query), Case.next_due_on.is_(None)).order_by(order)
            found += self._fetch(without, max(offset - dated, 0), limit - len(found))
        return found

    def _scalar(self, statement: Select[Any]) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.execute(statement).scalar() or 0)

    def _fetch(self, statement: Any, offset: int, limit: int) -> list[CaseRow]:
        with self.db.engine.connect() as conn:
            result = conn.execute(statement.offset(offset).limit(limit)).all()
        today, left_of = self.today, dict[date, int]()
        rows = []
        for case_no, received, consumer, merchant, channel, nature, state, mediator, due, kind in result:
            due = _day(due)
            left = None
            if due is not None and state in OPEN_CODES:
                left = left_of.get(due)
                if left is None:
                    left = left_of[due] = self.calendar.working_days_left(today, due)
            confirmed = due is None or self.calendar.is_confirmed(due.year)
            rows.append(
                CaseRow(
                    case_no,
                    _day(received),
                    consumer if self._sees_names else mask_name(consumer),
                    merchant,
                    channel,
                    nature,
                    state,
                    mediator,
                    due,
                    kind,
                    left,
                    confirmed,
                )
            )
        return rows

    def _dated_count(self, query: CaseQuery) -> int:
        if query not in self._dated:
            self._dated[query] = self._scalar(
                select(func.count()).select_from(Case).where(*self.where(query), Case.next_due_on.is_not(None))
            )
        return self._dated[query]

    def first_page(self, query: CaseQuery, limit: int) -> FirstPage:
        """Count, total and the first rows of a query: the work of a new search or filter.

        A search with a term no index finds reads its first rows by walking the list's order and leaves the
        count to :meth:`capped_count` (``count_pending``), unless those rows are all there are."""
        total = self.total()
        if self.walks_for_matches(query):
            rows = self.rows(query, 0, limit)
            if len(rows) < limit:
                self._counts[query] = len(rows)
                return FirstPage(query, len(rows), total, rows)
            return FirstPage(query, len(rows), total, rows, count_pending=True)
        count = self.count(query) if self.where(query) else total
        return FirstPage(query, count, total, self.rows(query, 0, limit))

    def capped_count(self, query: CaseQuery, cap: int = COUNT_CAP) -> MatchCount:
        """How many cases match, counting no further than ``cap`` (for a short search)."""
        matching = select(Case.id).where(*self.where(query)).limit(cap + 1).subquery()
        found = self._scalar(select(func.count()).select_from(matching))
        if found > cap:
            return MatchCount(cap, capped=True)
        self._counts[query] = found
        return MatchCount(found)


def is_short_search(query: CaseQuery) -> bool:
    """Whether a search term is too short for the trigram index (one or two characters)."""
    return any(len(term) < TRIGRAM for term in search_terms(query.search))


def _day(value: Any) -> Any:
    """A date from the driver: SQLite gives ISO text (read without SQLAlchemy's slower parsing)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def mediators(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the active users who can be assigned cases, for the mediator filter."""
    with db.read() as session:
        return [(u.id, u.name) for u in active_mediators(session)]


def _event_conditions(query: CaseQuery) -> list[ColumnElement[bool]]:
    """Events within dates, from the case's dates and its history rows: the filters each figure of the
    monthly report carries (and the dashboard hands over with a bar), so the list reproduces the figure."""
    conditions: list[ColumnElement[bool]] = []
    for column, first, last in (
        (Case.accepted_on, query.accepted_from, query.accepted_to),
        (Case.rejected_on, query.rejected_from, query.rejected_to),
    ):
        if first is not None:
            conditions.append(column >= first)
        if last is not None:
            conditions.append(column <= last)
    closing = events.closing()
    if query.doubled:
        closing = events.doubled_closing()
    elif query.resolved:
        closing = events.resolved_closing()
    elif query.closed_from is None and query.closed_to is None:
        return conditions
    conditions.append(events.case_has(closing, query.closed_from, query.closed_to))
    return conditions
