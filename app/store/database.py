"""Opening the database: URL resolution, engine set-up (SQLite pragmas), transactions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import Conflict
from app.store import guard, limits

APP_DIR_NAME = "WeiquanDesk"
ENV_DB = "WEIQUAN_DB"
ENV_DATA_DIR = "WEIQUAN_DATA_DIR"
SQLITE_BUSY_MS = 15000
_OPENED = "weiquan_opened_file"


def default_data_dir() -> Path:
    """The per-user folder for the default database, evidence files, backups, logs and this PC's audit
    anchors ($WEIQUAN_DATA_DIR when set: a portable install, or a test that must not touch the real one)."""
    if os.environ.get(ENV_DATA_DIR):
        return Path(os.environ[ENV_DATA_DIR])
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_url(explicit: str | None = None) -> str:
    """``--db URL``, else $WEIQUAN_DB, else ``weiquan.db`` in the user data folder."""
    if explicit:
        return explicit
    if os.environ.get(ENV_DB):
        return os.environ[ENV_DB]
    path = default_data_dir() / "weiquan.db"
    return f"sqlite:///{path.as_posix()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def display_location(url: str) -> str:
    """A database location as a person reads it, never percent-encoded and never with a password:
    the file as the operating system writes it (``C:\\Users\\张三\\…\\weiquan.db`` on Windows) for
    SQLite, ``driver://user@host:port/name`` for a server."""
    parsed = make_url(url)
    path = sqlite_path(url)
    if path is not None:
        return os.path.normpath(path)
    if parsed.get_backend_name() == "sqlite":
        return "sqlite :memory:"
    user = f"{parsed.username}{':***' if parsed.password else ''}@" if parsed.username else ""
    host = f"{parsed.host or ''}{f':{parsed.port}' if parsed.port else ''}"
    name = f"/{parsed.database}" if parsed.database else ""
    return f"{parsed.drivername}://{user}{host}{name}"


def _configure_sqlite(engine: Engine, path: Path | None = None) -> None:
    """WAL, foreign keys, a busy timeout; for a file, the restore guard of :mod:`app.store.guard`."""

    @event.listens_for(engine, "do_connect")
    def _before_connect(_dialect: Any, record: Any, _cargs: Any, _cparams: Any) -> None:
        if path is not None:
            guard.refuse_during_restore(path)
            record.info[_OPENED] = guard.file_identity(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        if path is not None:
            guard.refuse_if_replaced(path, record.info.get(_OPENED))
            record.info[_OPENED] = guard.file_identity(path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if path is not None:
            guard.refuse_if_replaced(path, conn.info.get(_OPENED))
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    """Each connection holds the shared lock a restore must take exclusively (:mod:`app.store.guard`), and
    runs without JIT compilation (:data:`PG_SESSION_SQL`)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(guard.PG_SHARED_LOCK_SQL, (guard.PG_CONNECTION_LOCK,))
            cursor.execute(PG_SESSION_SQL)
        dbapi_connection.commit()


PG_SESSION_SQL = "SET jit = off"
"""PostgreSQL compiles a statement by JIT when the planner expects it to cost more than ``jit_above_cost``;
the application's statements read a few hundred rows by index, and a pessimistic estimate (a recursive
merge walk, a search page of 200 merchants) spent 1.4 s compiling what runs in 60 ms."""


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite files get WAL, foreign keys and a busy timeout."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        _configure_sqlite(engine, path)
        return engine
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        _configure_postgresql(engine)
    return engine


SESSION_DATABASE = "database"
"""The key of ``Session.info`` naming the :class:`Database` a session belongs to."""


class Database:
    """One database: the engine and the two ways to use it, reading and writing."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.dialect = self.engine.dialect.name
        writer = self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False, info={SESSION_DATABASE: self})
        self._writer = sessionmaker(writer, expire_on_commit=False, info={SESSION_DATABASE: self})
        limits.install(self._writer)  # text no longer than its column, the same on SQLite and PostgreSQL

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error.

        A row whose version changed under us (``version_id_col``) becomes a Conflict the user can read.
        """
        try:
            with self._writer() as session, session.begin():
                yield session
        except StaleDataError as err:
            raise Conflict("record.changed") from err

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after a bulk load of cases: demo data, a ledger import)."""
        with self.engine.begin() as conn:
            if self.is_sqlite:
                conn.exec_driver_sql("ANALYZE")
                return
            # Only this schema's tables: a bare ANALYZE walks every table of the server's database and
            # can deadlock with another office's (or test's) schema being written at the same time.
            tables = conn.exec_driver_sql(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            ).scalars()
            names = ", ".join(tables)
            if names:
                conn.exec_driver_sql(f"ANALYZE {names}")

    def optimize(self) -> None:
        """SQLite's own upkeep of its statistics, cheap enough to run whenever the application closes."""
        if self.is_sqlite:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA optimize")

    def dispose(self) -> None:
        self.engine.dispose()

    def describe(self) -> str:
        """Where the data lives, as a person reads it (status bar, settings, report, backup manifest)."""
        return display_location(self.url)
