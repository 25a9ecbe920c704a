"""`demo --cases N`: fill an empty database with realistic demo data, fast.

Two years of complaints before today, most of them against WeChat sellers, every case in a state its
history leads to. The rows are made in Python (ids included, so children can point at parents) and
written with Core bulk inserts batch by batch, all in one transaction so that a failed or interrupted
run writes nothing (see ``demodata.bulk`` for the search triggers). Large runs make the rows in a forked
child while this process writes them (``demodata.worker``). The same seed gives the same data.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.devtools.demodata import bulk, people, texts, worker
from app.devtools.demodata import merchants as merchant_pool
from app.devtools.demodata.draw import Draw
from app.devtools.demodata.merchants import MerchantSeed
from app.devtools.demodata.rows import COLUMNS, TABLES, Batch, CaseFactory, Ids
from app.devtools.demodata.world import Mediator, Staff, World
from app.domain.dates import LOCAL_TZ, now_local, today_local
from app.domain.errors import ActionRefused, InvalidValue
from app.domain.identifiers import normalize_name
from app.domain.workdays import WorkCalendar
from app.services import audit
from app.services.clocks import limits_of
from app.services.context import Actor
from app.services.reference import load_calendar, load_rule_sets
from app.store.cases import Case
from app.store.counters import move_counters_past
from app.store.database import Database
from app.store.people import User
from app.store.reference import CaseCounter

BATCH_SIZE = 5000
PERIOD_DAYS = 730
CASES_PER_MERCHANT = 8
SQLITE_CACHE_KIB = 262144
SQLITE_SORT_THREADS = 2
# login, name, roles
DEMO_USERS = (
    ("admin", "陈志强", "admin"),
    ("clerk1", "王晓燕", "clerk"),
    ("clerk2", "刘建华", "clerk"),
    ("mediator1", "李明辉", "mediator"),
    ("mediator2", "张丽娟", "mediator"),
    ("mediator3", "黄伟", "mediator"),
    ("mediator4", "吴秀兰", "mediator"),
    ("supervisor", "赵国庆", "supervisor"),
)
_ID_TABLES = ("merchants", *Ids.TABLES)
"""The tables whose next free id the load needs: the merchants (made here) and those of ``Ids``."""


def _ensure_users(session: Session) -> Staff:
    """The demo staff, created when their logins are missing (no password: set one to sign in)."""
    users = {u.login: u for u in session.scalars(select(User))}
    for login, name, roles in DEMO_USERS:
        if login not in users:
            users[login] = User(login=login, name=name, roles=roles, active=True, created_at=now_local())
            session.add(users[login])
    session.flush()
    mediators = tuple(
        Mediator(users[f"mediator{i}"].id, f"mediator{i}", users[f"mediator{i}"].name) for i in range(1, 5)
    )
    return Staff(clerks=("clerk1", "clerk2"), supervisor="supervisor", mediators=mediators)


def _next_ids(session: Session) -> dict[str, int]:
    return {t: (session.scalar(select(func.max(bulk.table(t).c.id))) or 0) + 1 for t in _ID_TABLES}


def received_dates(draw: Draw, n: int, today: date, calendar: WorkCalendar) -> list[date]:
    """Receipt dates over the period, sorted; later months a little heavier, mostly on working days."""
    first = today.toordinal() - PERIOD_DAYS
    shifted = {}
    for day in range(first, today.toordinal() + 1):
        d = date.fromordinal(day)
        moved = calendar.roll_forward(d).toordinal()
        shifted[day] = moved if moved <= today.toordinal() else day
    ordinals = []
    for _ in range(n):
        # density rising linearly to twice the oldest: a mix of uniform and triangular draws
        x = math.sqrt(draw.random()) if draw.random() < 1 / 3 else draw.random()
        day = min(first + int(x * (PERIOD_DAYS + 1)), today.toordinal())
        ordinals.append(shifted[day] if draw.random() < 0.8 else day)
    ordinals.sort()
    return [date.fromordinal(o) for o in ordinals]


def _make_merchants(draw: Draw, n: int, dates: list[date], first_id: int) -> tuple[list[MerchantSeed], list[int]]:
    """The merchant pool and, for each case in date order, the index of its merchant."""
    count = max(1, round(n / CASES_PER_MERCHANT))
    picks, ranks = merchant_pool.merchant_picks(draw, count, n)
    banned = merchant_pool.blacklisted(draw, ranks)
    first_case: dict[int, date] = {}
    for index, received in zip(picks, dates, strict=True):
        first_case.setdefault(index, received)
    maker = merchant_pool.MerchantMaker(draw, people.NameMaker(draw))
    seeds = []
    for index in range(count):
        day = first_case.get(index, dates[0])
        created = datetime.combine(day, time(8, 0), LOCAL_TZ) - timedelta(minutes=draw.below(600))
        seeds.append(maker.make(first_id + index, created, index in banned))
    return seeds, picks


def _platform_seeds(merchants: list[MerchantSeed], first_id: int) -> list[MerchantSeed]:
    """A few e-commerce platforms, named beside sellers on them (CRPL Art. 44) and paying in advance."""
    template, created = merchants[0], min(m.row["created_at"] for m in merchants)
    seeds = []
    for offset, name in enumerate(texts.PLATFORMS):
        row = dict.fromkeys(template.row)
        row.update(
            id=first_id + offset,
            name=name,
            name_key=normalize_name(name),
            kind="platform",
            address="临江市高新区数字大道88号",
            verified=True,
            verified_how="登记信息查询",
            created_at=created,
            blacklisted=False,
            version=1,
        )
        seeds.append(MerchantSeed(first_id + offset, template.trade, template.channels, row))
    return seeds


def _merchant_rows(
    merchants: list[MerchantSeed], encode: bulk.Encoder
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """The merchants' columns and rows, with times and flags encoded."""
    columns = tuple(c.key for c in bulk.table("merchants").columns if c.key in merchants[0].row)
    convert = {"created_at": encode.moment, "verified": encode.flag, "blacklisted": encode.flag}
    return columns, [tuple(convert[k][m.row[k]] if k in convert else m.row[k] for k in columns) for m in merchants]


@contextmanager
def _big_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache big enough for the load while it lasts (the connection is pooled), and
    helper threads for the sorts that build the indexes again at the end."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}"))
    session.execute(text(f"PRAGMA threads={SQLITE_SORT_THREADS}"))
    try:
        yield
    finally:
        with suppress(SQLAlchemyError):  # after a failed statement the session refuses; keep the first error
            session.execute(text(f"PRAGMA cache_size={int(before or -2000)}"))
            session.execute(text("PRAGMA threads=0"))


@contextmanager
def _load_transaction(db: Database) -> Iterator[Session]:
    """The one transaction of the load. On SQLite without the per-row foreign-key look-ups (they cost as
    much as the inserts themselves): foreign keys are switched off outside the transaction, where SQLite
    honours it, and ``PRAGMA foreign_key_check`` over the whole database runs before the commit, one pass
    that refuses the load if any row points nowhere (as :func:`app.store.migrate` does for upgrades)."""
    if not db.is_sqlite:
        with db.transaction() as session:
            yield session
        return
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with Session(bind=conn.execution_options(sqlite_immediate=True)) as session, session.begin():
                yield session
                broken = session.execute(text("PRAGMA foreign_key_check")).all()
                if broken:
                    raise RuntimeError(f"demo rows point nowhere: {broken[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _chunks(n: int) -> Iterator[range]:
    for start in range(0, n, BATCH_SIZE):
        yield range(start, min(start + BATCH_SIZE, n))


def _finish(session: Session, counters: dict[int, int], summary: dict[str, Any]) -> None:
    """Case-number counters, id sequences on PostgreSQL, and the audit entry."""
    move_counters_past(session, counters)
    if session.get_bind().dialect.name == "postgresql":
        for name in _ID_TABLES:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                )
            )
    audit.record(session, Actor.cli(), "generate_demo", "database", "demo", after=summary)


def _batches(
    factory: CaseFactory, dates: list[date], merchants: list[MerchantSeed], picks: list[int]
) -> Iterator[Batch]:
    for chunk in _chunks(len(dates)):
        batch = Batch()
        for i in chunk:
            factory.add(batch, dates[i], merchants[picks[i]])
        yield batch


def _load_cases(load: bulk.Loader, batches: Iterator[Batch], progress: Callable[[int], None] | None) -> Counter[str]:
    """Insert the batches as they come; the count of cases in each state."""
    states: Counter[str] = Counter()
    for batch in batches:
        for name in TABLES:
            load.insert(name, COLUMNS[name], batch.rows[name])
        states.update(batch.states)
        if progress is not None:
            progress(states.total())
    return states


def generate_demo(
    db: Database, n: int, seed: int = 1, progress: Callable[[int], None] | None = None, today: date | None = None
) -> None:
    """Fill an empty database with ``n`` demo cases received over the two years before ``today``.

    All in one transaction: if anything fails, nothing is written.
    """
    if n < 1:
        raise InvalidValue("demo.too_few")
    today = today or today_local()
    with _load_transaction(db) as session:
        if session.scalar(select(Case.id).limit(1)) is not None:
            raise ActionRefused("demo.not_empty")
        staff = _ensure_users(session)
        rule_sets, calendar = load_rule_sets(session), load_calendar(session)
        next_ids = _next_ids(session)
        counters = {c.year: c.last for c in session.scalars(select(CaseCounter))}
        draw = Draw(Random(seed))
        dates = received_dates(draw, n, today, calendar)
        merchants, picks = _make_merchants(draw, n, dates, next_ids["merchants"])
        encode = bulk.Encoder(session)
        factory = CaseFactory(
            World(today, calendar, staff, encode.moment.__getitem__),
            draw,
            rule_sets,
            {r.code: limits_of(r) for r in rule_sets},
            Ids(next_ids),
            counters,
            encode,
        )
        platforms = _platform_seeds(merchants, next_ids["merchants"] + len(merchants))
        factory.platforms = [(p.id, p.name) for p in platforms]
        factory.brands = [(m.id, m.name) for m in merchants if m.row["kind"] == "enterprise"][:100]
        with _big_cache(session), bulk.loading(session, ("merchants", *TABLES)) as load:
            load.insert("merchants", *_merchant_rows([*merchants, *platforms], encode))
            batches = _batches(factory, dates, merchants, picks)
            if worker.can_fork(n):  # the same rows, made in a second process meanwhile
                batches = worker.in_child(
                    lambda: _batches(factory, dates, merchants, picks),
                    lambda: factory.counters,
                    factory.counters.update,
                )
            states = _load_cases(load, batches, progress)
        _finish(
            session,
            factory.counters,
            {
                "cases": n,
                "seed": seed,
                "merchants": len(merchants),
                "today": today,
                "from": dates[0],
                "to": dates[-1],
                "states": dict(sorted(states.items())),
            },
        )
    db.analyze()
