"""Opening a database for the application: resolve the URL, migrate, seed reference data."""

from __future__ import annotations

from app.services.reference import seed_reference_data
from app.store.database import Database, default_data_dir, resolve_url
from app.store.migrate import migrate


def open_database(url: str | None = None) -> Database:
    """The database at ``url`` (or the default), migrated to this version and seeded."""
    db = Database(resolve_url(url))
    try:
        migrate(db)
        with db.transaction() as session:
            seed_reference_data(session)
    except BaseException:
        db.dispose()
        raise
    return db


__all__ = ["Database", "default_data_dir", "open_database"]
