"""A backup's working copy of the database (personal data) never goes through the system's temporary
folder: it is made in a locked working folder in the data folder, removed afterwards, and a folder a
killed process left is removed on the next start (one still in use is left alone)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from app.services.backup.make import create_backup
from app.services.backup.restore import restore_backup
from app.services.backup.staging import WORK_PREFIX, data_folder
from app.services.setup import open_database
from tests.support.tampers import populate

ROOT = Path(__file__).resolve().parents[2]


def _work_folders(db) -> list[Path]:
    return sorted(data_folder(db).glob(f"{WORK_PREFIX}*"))


def test_backup_and_restore_work_in_the_data_folder_not_the_system_temp(db, admin, tmp_path, monkeypatch):
    populate(db, admin, cases=2)
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    seen: list[list[Path]] = []
    made = create_backup(db, admin, tmp_path / "b.zip", progress=lambda _d, _t: seen.append(_work_folders(db)))
    assert seen and all(len(folders) == 1 for folders in seen), "the dump is in a working folder of the data folder"
    assert list(system_temp.iterdir()) == []
    assert _work_folders(db) == [], "removed afterwards"
    restore_backup(db, admin, made.path)
    assert list(system_temp.iterdir()) == [] and _work_folders(db) == []


_HOLDER = """
import sys, time
from app.services.backup.staging import work_folder
with work_folder(sys.argv[1], "backup") as folder:
    (folder / "weiquan.db").write_bytes(b"personal data")
    print(folder, flush=True)
    time.sleep(120)
"""


def test_a_killed_backups_working_copy_is_removed_at_the_next_start(sqlite_db, tmp_path):
    url = sqlite_db.url
    sqlite_db.dispose()
    with subprocess.Popen([sys.executable, "-c", _HOLDER, url], cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None
            folder = Path(proc.stdout.readline().strip())
            assert folder.parent == tmp_path and (folder / "weiquan.db").is_file()
            open_database(url).dispose()
            assert folder.is_dir(), "a working folder still in use is left alone"
        finally:
            proc.kill()
            proc.wait()
    assert folder.is_dir(), "SIGKILL left the copy behind"
    open_database(url).dispose()
    assert not folder.exists()
