"""Benchmarks of Weiquan Desk: each times a piece of application work against its floor, the same work
done by raw sqlite3 (or raw openpyxl) without application code, on a generated database.

    python -m bench [NAME ...] [--cases N | --database FILE | --db URL] [--json FILE]

The database is generated and cached by size (``--cases``), or is a given SQLite file (``--database``,
generated there when missing) or PostgreSQL database (``--db``), migrated to this version first.

A benchmark is a function decorated with :func:`benchmark` in any module of this package. It receives a
:class:`BenchContext` and returns two callables, ``(app, floor)``; each call is one timed run. Modules
that use the decorator are found and imported by the runner, so a new benchmark needs no registration
anywhere else. Benchmarks report; they never fail on slowness.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

Run = Callable[[], object]
Prepare = Callable[["BenchContext"], tuple[Run, Run]]
SQLITE, POSTGRESQL = "sqlite", "postgresql"


@dataclass(frozen=True)
class Benchmark:
    """One registered benchmark: how to prepare its two runs, how many runs, whether it writes."""

    name: str
    prepare: Prepare
    runs: int
    writes: bool
    doc: str
    backends: tuple[str, ...] = (SQLITE,)


REGISTRY: dict[str, Benchmark] = {}


def benchmark(
    name: str, *, runs: int = 15, writes: bool = False, backends: tuple[str, ...] = (SQLITE,)
) -> Callable[[Prepare], Prepare]:
    """Register ``prepare(ctx) -> (app, floor)`` under ``name``.

    ``writes=True`` gives the benchmark a scratch copy of the generated database of its own (SQLite
    only). ``backends`` are the databases whose floor the benchmark knows how to write; on another the
    runner reports it as skipped.
    """

    def register(prepare: Prepare) -> Prepare:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is defined twice")
        doc = (prepare.__doc__ or "").strip().split("\n")[0]
        REGISTRY[name] = Benchmark(name, prepare, runs, writes, doc, backends)
        return prepare

    return register


class RawConnection:
    """A raw DB-API connection in autocommit mode for floors: sqlite3, or psycopg on PostgreSQL.

    Floors write their SQL once with ``?`` placeholders; on PostgreSQL they become ``%s`` (and a ``%``
    operator ``%%``).
    """

    def __init__(self, connection: Any, backend: str) -> None:
        self.connection = connection
        self.backend = backend

    def execute(self, sql: str, params: Any = ()) -> Any:
        if self.backend == POSTGRESQL:
            return self.connection.execute(sql.replace("%", "%%").replace("?", "%s"), params)
        return self.connection.execute(sql, params)

    def close(self) -> None:
        self.connection.close()


@dataclass
class BenchContext:
    """What a benchmark works on: a database (a scratch copy of the file when it writes) and its size."""

    path: Path | None
    cases: int
    seed: int
    runs: int
    today: date
    database_url: str = ""
    rng: random.Random = field(init=False)
    _closers: list[Callable[[], object]] = field(default_factory=list, init=False)
    _database: Any = field(default=None, init=False)
    _sqlite: sqlite3.Connection | None = field(default=None, init=False)
    _raw: RawConnection | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        assert self.path is not None
        return f"sqlite:///{self.path.as_posix()}"

    @property
    def backend(self) -> str:
        return POSTGRESQL if self.url.startswith("postgresql") else SQLITE

    def raw(self) -> RawConnection:
        """The floor's raw connection to the same database, whichever backend it is."""
        if self._raw is None:
            if self.backend == SQLITE:
                self._raw = RawConnection(self.sqlite(), SQLITE)
            else:
                import psycopg
                from sqlalchemy.engine import make_url

                from app.store.database import PG_SESSION_SQL

                conninfo = make_url(self.url).set(drivername="postgresql").render_as_string(hide_password=False)
                connection = psycopg.connect(conninfo, autocommit=True)
                connection.execute(PG_SESSION_SQL)  # the settings of the application's own connections
                self._raw = RawConnection(connection, POSTGRESQL)
                self._closers.append(self._raw.close)
        return self._raw

    def database(self) -> Any:
        """The application's view of the file (no migration: the runner built it at this version)."""
        if self._database is None:
            from app.store.database import Database

            self._database = Database(self.url)
            self._closers.append(self._database.dispose)
        return self._database

    def sqlite(self) -> sqlite3.Connection:
        """A raw sqlite3 connection to the same file, in autocommit mode (BEGIN/COMMIT by hand)."""
        if self._sqlite is None:
            if self.path is None:
                raise RuntimeError("this benchmark's floor is written for SQLite")
            self._sqlite = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            # the settings the application's own connections use (app.store.database)
            self._sqlite.execute("PRAGMA foreign_keys=ON")
            self._sqlite.execute("PRAGMA busy_timeout=15000")
            self._sqlite.execute("PRAGMA synchronous=NORMAL")
            self._closers.append(self._sqlite.close)
        return self._sqlite

    def case_numbers(self, count: int, where: str = "1 = 1") -> list[str]:
        """``count`` case numbers picked at random (seeded) among the cases matching ``where``."""
        rows = self.raw().execute(f"SELECT case_no FROM cases WHERE {where}").fetchall()
        return [r[0] for r in self.rng.sample(rows, min(count, len(rows)))]

    def close(self) -> None:
        for close in reversed(self._closers):
            close()
        self._closers.clear()
        self._database = self._sqlite = self._raw = None
