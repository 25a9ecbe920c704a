"""Starting on a database that is already at this version's schema skips Alembic entirely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.services.setup import open_database
from app.store.migrate import declared_heads, head_revisions, migrate

ROOT = Path(__file__).resolve().parents[2]


def test_the_heads_read_from_the_migration_files_are_alembics(tmp_path):
    db = open_database(f"sqlite:///{(tmp_path / 'w.db').as_posix()}")
    try:
        assert declared_heads() == head_revisions(db)
        assert migrate(db) is False  # already at head: nothing to do, nothing copied aside
        assert not list(tmp_path.glob("w.before-*"))
    finally:
        db.dispose()


def test_reopening_an_up_to_date_database_does_not_load_alembic(tmp_path):
    url = f"sqlite:///{(tmp_path / 'w.db').as_posix()}"
    open_database(url).dispose()
    code = (
        "import sys\n"
        "from app.services.setup import open_database\n"
        "open_database(sys.argv[1]).dispose()\n"
        "print('alembic' in sys.modules, 'mako' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert done.stdout.split() == ["False", "False"]
