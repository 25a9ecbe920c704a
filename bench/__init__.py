"""Benchmarks of Weiquan Desk: each times a piece of application work against its floor, the same work
done by raw sqlite3 (or raw openpyxl) without application code, on a generated database.

    python -m bench [NAME ...] [--cases N] [--json FILE]

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


@dataclass(frozen=True)
class Benchmark:
    """One registered benchmark: how to prepare its two runs, how many runs, whether it writes."""

    name: str
    prepare: Prepare
    runs: int
    writes: bool
    doc: str


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, *, runs: int = 15, writes: bool = False) -> Callable[[Prepare], Prepare]:
    """Register ``prepare(ctx) -> (app, floor)`` under ``name``.

    ``writes=True`` gives the benchmark a scratch copy of the generated database of its own.
    """

    def register(prepare: Prepare) -> Prepare:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} is defined twice")
        REGISTRY[name] = Benchmark(name, prepare, runs, writes, (prepare.__doc__ or "").strip().split("\n")[0])
        return prepare

    return register


@dataclass
class BenchContext:
    """What a benchmark works on: a database file (a scratch copy when it writes) and its size."""

    path: Path
    cases: int
    seed: int
    runs: int
    today: date
    rng: random.Random = field(init=False)
    _closers: list[Callable[[], object]] = field(default_factory=list, init=False)
    _database: Any = field(default=None, init=False)
    _sqlite: sqlite3.Connection | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path.as_posix()}"

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
            self._sqlite = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            # the settings the application's own connections use (app.store.database)
            self._sqlite.execute("PRAGMA foreign_keys=ON")
            self._sqlite.execute("PRAGMA busy_timeout=15000")
            self._sqlite.execute("PRAGMA synchronous=NORMAL")
            self._closers.append(self._sqlite.close)
        return self._sqlite

    def case_numbers(self, count: int, where: str = "1 = 1") -> list[str]:
        """``count`` case numbers picked at random (seeded) among the cases matching ``where``."""
        rows = self.sqlite().execute(f"SELECT case_no FROM cases WHERE {where}").fetchall()
        return [r[0] for r in self.rng.sample(rows, min(count, len(rows)))]

    def close(self) -> None:
        for close in reversed(self._closers):
            close()
        self._closers.clear()
        self._database = self._sqlite = None
