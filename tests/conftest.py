"""Shared fixtures: a fresh database per test (a SQLite file, and PostgreSQL when a server is given),
and the usual actors."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from app.services.admin.users import actor_for, add_user
from app.services.context import Actor
from app.services.setup import Database, open_database

PG_ENV = "WEIQUAN_TEST_PG"
PG_SKIP_REASON = f"set {PG_ENV} to a PostgreSQL URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def sqlite_db(tmp_path) -> Iterator[Database]:
    """A new, migrated SQLite file for this test."""
    db = open_database(f"sqlite:///{tmp_path / 'weiquan.db'}")
    yield db
    db.dispose()


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose search path is a new, empty PostgreSQL schema (dropped afterwards)."""
    base = pg_url()
    if base is None:
        if os.environ.get("WEIQUAN_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required here: {PG_SKIP_REASON}")
        pytest.skip(PG_SKIP_REASON)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_db(pg_schema_url) -> Iterator[Database]:
    db = open_database(pg_schema_url)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request) -> Database:
    """Each store and service test runs on a SQLite file and on PostgreSQL."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory, monkeypatch) -> None:
    """Each test has its own user data folder (logs, this PC's audit anchors, staging), never the real one."""
    monkeypatch.setenv("WEIQUAN_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch) -> None:
    """argon2id with small parameters, so tests that sign in do not spend a quarter second per hash."""
    from argon2 import PasswordHasher

    from app.services.admin import passwords

    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(autouse=True)
def core_messages_in_chinese() -> Iterator[None]:
    """Every test starts with the core's messages in Chinese (a GUI test may switch them to English)."""
    from app.domain import messages

    messages.set_language("zh")
    yield
    messages.set_language("zh")


@pytest.fixture
def admin() -> Actor:
    return Actor.cli()


def _user(db: Database, login: str, name: str, roles: list[str]) -> Actor:
    add_user(db, Actor.cli(), login, name, roles)
    return actor_for(db, login)


@pytest.fixture
def clerk(db) -> Actor:
    return _user(db, "clerk1", "王登记", ["clerk"])


@pytest.fixture
def supervisor(db) -> Actor:
    return _user(db, "boss", "赵主管", ["supervisor"])


@pytest.fixture
def mediator(db) -> Actor:
    return _user(db, "med1", "李调解", ["mediator"])


TODAY = date(2026, 11, 20)
