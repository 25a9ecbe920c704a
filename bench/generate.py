"""The generated database the benchmarks run on, built once and cached by size and seed.

``<temp>/weiquan-bench/cases-{N}-seed{S}.db`` is built under a temporary name and renamed when complete,
so an interrupted build is never reused. A cached file written by another schema version (its Alembic
revision differs from this code's) is built again.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.devtools.demo import generate_demo
from app.services.setup import open_database
from app.store.database import Database
from app.store.migrate import head_revisions

DEFAULT_SEED = 1


def cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "weiquan-bench"


def cache_path(cases: int, seed: int = DEFAULT_SEED) -> Path:
    return cache_dir() / f"cases-{cases}-seed{seed}.db"


def _schema_heads() -> frozenset[str]:
    db = Database("sqlite://")
    try:
        return head_revisions(db)
    finally:
        db.dispose()


def _revisions_of(path: Path) -> frozenset[str]:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.Error:
        return frozenset()


def _build(path: Path, cases: int, seed: int, progress: Callable[[int], None] | None) -> None:
    building = path.with_name(f"{path.stem}.{os.getpid()}.building.db")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    db = open_database(f"sqlite:///{building.as_posix()}")
    try:
        generate_demo(db, cases, seed=seed, progress=progress)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    os.replace(building, path)


def _stderr_progress(total: int) -> Callable[[int], None]:
    started = time.perf_counter()

    def show(done: int) -> None:
        elapsed = time.perf_counter() - started
        print(f"\r  building {done:,}/{total:,} cases ({elapsed:.0f} s)", end="", file=sys.stderr, flush=True)

    return show


def _case_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM cases").scalar() or 0)


def prepare_given(target: Path | str, cases: int, seed: int = DEFAULT_SEED) -> tuple[Path | str, int]:
    """A database named on the command line (a SQLite file or a PostgreSQL URL), migrated to this
    version, and generated with ``cases`` cases when it has none; and how many cases it holds."""
    url = f"sqlite:///{Path(target).resolve().as_posix()}" if isinstance(target, Path) else target
    db = open_database(url)
    try:
        found = _case_count(db)
        if found == 0:
            print(f"Generating {cases:,} cases into {target}", file=sys.stderr)
            started = time.perf_counter()
            generate_demo(db, cases, seed=seed, progress=_stderr_progress(cases))
            print(f"\n  built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            found = _case_count(db)
        if db.is_sqlite:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return (Path(target).resolve() if isinstance(target, Path) else target), found


def ensure_database(cases: int, seed: int = DEFAULT_SEED, quiet: bool = False) -> tuple[Path, float | None]:
    """The cached database of ``cases`` cases, built first if needed; and the build time in seconds
    (None when the cache was used)."""
    path = cache_path(cases, seed)
    if path.exists() and _revisions_of(path) == _schema_heads():
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print(f"Generating {cases:,} cases into {path} (once; cached for later runs)", file=sys.stderr)
    started = time.perf_counter()
    _build(path, cases, seed, None if quiet else _stderr_progress(cases))
    took = time.perf_counter() - started
    if not quiet:
        print(f"\n  built in {took:.1f} s", file=sys.stderr)
    return path, took
