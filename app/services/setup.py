"""Opening a database for the application: resolve the URL, finish what a crash interrupted, migrate,
seed reference data (and after a migration, which may change rule sets, compute the open cases' next
due dates again)."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from app.domain.dates import today_local
from app.domain.errors import InvalidValue
from app.services.backup.sqlite_swap import recover_interrupted_restore
from app.services.backup.staging import data_folder, remove_stale_work
from app.services.clocks import recompute_open_deadlines
from app.services.reference import seed_reference_data
from app.store.database import Database, default_data_dir, resolve_url, sqlite_path
from app.store.migrate import migrate, refuse_foreign_file

SUPPORTED_BACKENDS = frozenset({"sqlite", "postgresql"})


def open_database(url: str | None = None) -> Database:
    """The database at ``url`` (or the default), migrated to this version and seeded.

    A restore that a power cut or a kill interrupted is rolled back first, so the previous database is
    opened rather than an empty new one created in its place."""
    resolved = resolve_url(url)
    backend = make_url(resolved).get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise InvalidValue("database.unsupported", backend=backend)
    path = sqlite_path(resolved)
    if path is not None:
        if path.is_dir():
            raise InvalidValue("database.is_folder", path=path)
        recover_interrupted_restore(path)
        refuse_foreign_file(path)
    remove_stale_work([data_folder(resolved), default_data_dir()])  # a killed backup's copy of the data
    db = Database(resolved)
    try:
        migrated = migrate(db)
        with db.transaction() as session:
            seed_reference_data(session)
            if migrated:
                recompute_open_deadlines(session, today_local())
    except BaseException:
        db.dispose()
        raise
    return db


__all__ = ["Database", "default_data_dir", "open_database"]
