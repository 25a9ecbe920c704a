"""Restore as one step (issue 14, points 1-5), on SQLite and PostgreSQL: refused while another program
writes (no case lost), a restore killed at any moment leaves the previous or the restored database live
and never an empty one, a restore that fails its own check leaves the original live, and only the
application's own schema objects come back from a backup."""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import uuid
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.services.audit import verify_chain
from app.services.backup import sqlite_swap
from app.services.backup.archive import MANIFEST, BackupInvalid
from app.services.backup.make import create_backup
from app.services.backup.restore import restore_backup
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from app.store.database import sqlite_path
from app.store.guard import DatabaseBusy, restore_marker
from tests.conftest import pg_url
from tests.support.builders import wechat_draft
from tests.support.crash import kill_now, read_cases, start_writer
from tests.support.restore_kill import case_numbers, inspect, kill_restore_after, restore_seconds

D0 = date(2026, 11, 2)
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _register(db, n: int) -> list[str]:
    return [register_case(db, Actor.cli(), wechat_draft(D0), today=D0) for _ in range(n)]


def _drop_schemas(names) -> None:
    engine = create_engine(pg_url())
    with engine.begin() as conn:
        for name in names:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    engine.dispose()


def _schema_of(db) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT current_schema()")).scalar())


def _schemas_like(pattern: str) -> list[str]:
    engine = create_engine(pg_url())
    with engine.connect() as conn:
        names = conn.execute(text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"), {"p": pattern})
        found = list(names.scalars())
    engine.dispose()
    return found


def _aside_schemas(result) -> list[str]:
    return [place.split()[-1] for place in result.kept_aside if place.startswith("PostgreSQL")]


@pytest.fixture
def backed_up(db, tmp_path):
    """Three cases in a backup, then two more written after it."""
    first = _register(db, 3)
    made = create_backup(db, Actor.cli(), tmp_path / "office.zip")
    later = _register(db, 2)
    return made.path, frozenset(first), frozenset(first + later)


@POSIX_ONLY
def test_restore_is_refused_while_another_program_writes_and_no_case_is_lost(db, backed_up):
    backup, _in_backup, _now = backed_up
    db.dispose()
    writer = start_writer(db.url)
    try:
        reported = read_cases(writer, 5)
        with pytest.raises(DatabaseBusy, match="请先关闭它们再恢复"):
            restore_backup(db, Actor.cli(), backup)
        reported |= read_cases(writer, len(reported) + 3)
    finally:
        reported |= kill_now(writer)
    stored = case_numbers(db.url)
    assert reported <= stored
    if db.is_sqlite:
        assert not restore_marker(sqlite_path(db.url)).exists()
    result = restore_backup(db, Actor.cli(), backup)  # once the writer is gone it goes through
    assert result.cases == 3
    if not db.is_sqlite:
        _drop_schemas(_aside_schemas(result))


def test_a_program_that_kept_the_old_file_open_cannot_write_into_the_file_kept_aside(sqlite_db, tmp_path):
    """Belt and braces behind the refusal: a connection opened before the swap is stopped at its next
    transaction instead of writing where nobody will look."""
    _register(sqlite_db, 2)
    backup = create_backup(sqlite_db, Actor.cli(), tmp_path / "b.zip").path
    with sqlite_db.read():
        pass
    path = sqlite_path(sqlite_db.url)
    path.rename(path.with_name("elsewhere.db"))
    path.with_name("elsewhere.db").rename(path.with_name("moved.db"))
    sqlite3.connect(path).close()
    with pytest.raises(DatabaseBusy, match="请重新启动维权台"):
        register_case(sqlite_db, Actor.cli(), wechat_draft(D0), today=D0)
    assert backup.exists()


def test_a_restore_whose_check_fails_leaves_the_original_live(db, backed_up, tmp_path):
    backup, _in_backup, now = backed_up
    lying = tmp_path / "lying.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(lying, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == MANIFEST:
                data = data.replace(b'"cases": 3', b'"cases": 6')
            dst.writestr(info.filename, data)
    with pytest.raises(BackupInvalid, match="与清单的 6 不符"):
        restore_backup(db, Actor.cli(), lying)
    assert case_numbers(db.url) == now
    if db.is_sqlite:
        assert not list(tmp_path.glob("*before-restore*"))
        assert not list(tmp_path.glob(".restore-*"))


def test_a_foreign_trigger_in_the_backed_up_database_is_not_restored(db, tmp_path):
    _register(db, 2)
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("CREATE TRIGGER wipe_audit AFTER INSERT ON cases BEGIN DELETE FROM audit_entries; END")
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION wipe_audit() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN DELETE FROM audit_entries; RETURN NEW; END $$"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER wipe_audit AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION wipe_audit()"
            )
    backup = create_backup(db, Actor.cli(), tmp_path / "b.zip").path
    result = restore_backup(db, Actor.cli(), backup)
    _register(db, 1)  # the trigger would empty the audit log here
    report = verify_chain(db)
    assert report.intact and report.checked > 3
    with db.engine.connect() as conn:
        if db.is_sqlite:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars().all()
        else:
            names = (
                conn.exec_driver_sql(
                    "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE c.relnamespace = current_schema()::regnamespace"
                )
                .scalars()
                .all()
            )
    assert "wipe_audit" not in names
    if not db.is_sqlite:
        _drop_schemas(_aside_schemas(result))


def _swap_interrupted_after(url: str, moves_done: int, tmp_path: Path) -> None:
    """Do the first ``moves_done`` renames of a swap and stop, as a power cut would."""
    path = sqlite_path(url)
    staging = Path(os.path.join(path.parent, sqlite_swap.STAGING_PREFIX + "cut"))
    staging.mkdir()
    staged = staging / "weiquan.db"
    sqlite3.connect(staged).execute("CREATE TABLE empty_copy (x)").connection.close()
    plan = sqlite_swap.plan_swap(path, path.parent / "evidence", "20261201-120000", staging)
    sqlite_swap.begin(path, plan)
    steps = [(m.live, m.aside) for m in plan.moves if m.existed] + [(staged, path)]
    for live, aside in steps[:moves_done]:
        os.replace(live, aside)


@pytest.mark.parametrize("moves_done", [0, 1, 2, 3])
def test_the_next_start_rolls_back_a_swap_a_power_cut_interrupted(sqlite_db, tmp_path, moves_done):
    numbers = frozenset(_register(sqlite_db, 3))
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png")
    from app.services.cases.evidence import add_evidence

    add_evidence(sqlite_db, Actor.cli(), sorted(numbers)[0], shot, "chat_screenshot")
    url = sqlite_db.url
    sqlite_db.dispose()
    sqlite_swap.require_sole_user(sqlite_path(url))
    _swap_interrupted_after(url, moves_done, tmp_path)
    with pytest.raises(DatabaseBusy):
        from app.store.database import Database

        Database(url).engine.connect()
    after = inspect(url)
    assert after.cases == numbers
    assert after.audit_intact and after.audit_checked >= 3
    assert (tmp_path / "evidence").is_dir()
    assert not restore_marker(sqlite_path(url)).exists()
    assert not list(tmp_path.glob(".restore-*"))


@POSIX_ONLY
@pytest.mark.slow
def test_sigkill_at_any_moment_of_a_restore_never_leaves_an_empty_database(db, backed_up):
    backup, in_backup, _now = backed_up
    db.dispose()
    full = restore_seconds(db.url, backup)  # the first restore completes: 3 cases
    assert case_numbers(db.url) == in_backup
    writer = open_database(db.url)
    _register(writer, 2)
    writer.dispose()
    rng = random.Random(14)
    survived = 0
    for _ in range(5):
        before = case_numbers(db.url)
        kill_restore_after(db.url, backup, rng.uniform(0.2, full))
        after = inspect(db.url)
        assert after.cases in (before, in_backup)
        assert after.audit_intact and after.audit_checked > 0
        survived += 1
    assert survived == 5
    if not db.is_sqlite:
        _drop_schemas(_schemas_like(f"{_schema_of(db)}_before_restore_%"))


@pytest.fixture
def readme_database():
    """A database of its own whose application schema is ``public``, as the README sets one up, with
    pg_trgm installed in ``public`` the way the first release did."""
    base = pg_url()
    if base is None:
        pytest.skip("set WEIQUAN_TEST_PG")
    name = f"wq_readme_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + f"/{name}"
    ext = create_engine(url)
    with ext.begin() as conn:
        conn.execute(text("CREATE EXTENSION pg_trgm SCHEMA public"))
    ext.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("use_pg_dump", [True, False])
def test_a_backup_restores_into_the_readme_setup_and_dropping_the_old_schema_keeps_the_search(
    readme_database, tmp_path, use_pg_dump
):
    db = open_database(readme_database)
    numbers = _register(db, 3)
    backup = create_backup(db, Actor.cli(), tmp_path / "b.zip", use_pg_dump=use_pg_dump).path
    result = restore_backup(db, Actor.cli(), backup)
    assert result.cases == 3
    [aside] = _aside_schemas(result)
    with db.engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{aside}" CASCADE'))
    with db.engine.connect() as conn:
        trigram = conn.execute(
            text("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%gin_trgm_ops%'")
        ).scalar()
    assert trigram > 0
    later = _register(db, 1)  # writing through the trigram indexes needs the extension in place
    assert case_numbers(readme_database) == frozenset(numbers + later)
    db.dispose()
