"""Living with a database server on the office network: retrying a call when the connection dropped,
a clear message when it stays down, and a connection test for the administrator's database settings.

A form calls its save through :func:`with_reconnect` and keeps its input when ConnectionLost comes back,
so the user can press "retry" once the network is back. Saves that carry an expected version or state
are safe to repeat: if the first attempt did commit before the line dropped, the repeat is refused as a
conflict instead of writing twice.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from app.domain.errors import DomainError
from app.domain.messages import msg
from app.store.database import ENV_DB, sqlite_path

T = TypeVar("T")
RETRY_ATTEMPTS = 3
RETRY_WAIT_S = 0.5
CONNECT_TIMEOUT_S = 5


class ConnectionLost(DomainError):
    """The database could not be reached, even after retrying; nothing was written by the failed call."""


def reason_of(err: DBAPIError) -> str:
    """The first line of the driver's message (no SQL, no traceback)."""
    lines = str(err.orig).strip().splitlines() if err.orig is not None else []
    return lines[0] if lines else type(err).__name__


def with_reconnect(
    work: Callable[[], T],
    attempts: int = RETRY_ATTEMPTS,
    wait_s: float = RETRY_WAIT_S,
    on_retry: Callable[[int, str], None] | None = None,
) -> T:
    """Run ``work``; when the connection fails (OperationalError), wait and try again, up to ``attempts``
    times. The pool replaces dead connections, so a dropped line or a restarted server is bridged."""
    last: OperationalError | None = None
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except OperationalError as err:
            last = err
            if attempt < attempts:
                if on_retry is not None:
                    on_retry(attempt, reason_of(err))
                time.sleep(wait_s * attempt)
    assert last is not None
    raise ConnectionLost("connection.lost", attempts=attempts, reason=reason_of(last)) from last


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of a connection test, as the administrator reads it."""

    ok: bool
    message: str
    server: str = ""
    has_schema: bool = False


def test_connection(url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> ConnectionCheck:
    """Try to connect to ``url`` without changing anything: server version, and whether the tables exist."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return ConnectionCheck(False, msg("connection.bad_url").text())
    file = sqlite_path(url)
    if file is not None and not file.exists():
        return ConnectionCheck(True, msg("connection.sqlite_new").text(), "SQLite")
    args = {"connect_timeout": timeout_s} if parsed.get_backend_name() == "postgresql" else {}
    try:
        engine = create_engine(url, connect_args=args)
    except (ArgumentError, ImportError) as err:
        return ConnectionCheck(False, msg("connection.unusable_url", reason=err).text())
    try:
        with engine.connect() as conn:
            server = _server_version(conn)
            has_schema = inspect(conn).has_table("alembic_version")
    except DBAPIError as err:
        return ConnectionCheck(False, msg("connection.failed", reason=reason_of(err)).text())
    finally:
        engine.dispose()
    code = "connection.ok_with_tables" if has_schema else "connection.ok_empty"
    return ConnectionCheck(True, msg(code, server=server).text(), server, has_schema)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name


def _server_version(conn: Connection) -> str:
    name = conn.dialect.name
    if name == "postgresql":
        return f"PostgreSQL {conn.execute(text('SHOW server_version')).scalar()}"
    if name == "sqlite":
        return f"SQLite {conn.execute(text('SELECT sqlite_version()')).scalar()}"
    return name


def database_choice(explicit: str | None, saved_for_this_pc: str | None) -> str | None:
    """The URL to open: ``--db``, else $WEIQUAN_DB, else what the administrator saved on this PC, else
    None for the default file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_DB):
        return None
    return (saved_for_this_pc or "").strip() or None
