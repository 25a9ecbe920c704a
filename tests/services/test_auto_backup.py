"""Automatic backup on exit: only when the administrator chose a folder, at most once a day for the whole
office, and only the newest 14 are kept."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.dates import LOCAL_TZ
from app.domain.errors import InvalidInput, PermissionDenied
from app.services.backup.archive import verify_archive
from app.services.backup.auto import auto_backup_settings, backup_on_exit, set_backup_folder
from app.services.context import Actor
from app.services.setup import Database

EVENING = datetime(2026, 11, 20, 17, 30, tzinfo=LOCAL_TZ)
CLERK = Actor(login="clerk1", name="王登记", roles=frozenset({"clerk"}))


def test_nothing_happens_until_a_folder_is_chosen(sqlite_db):
    assert backup_on_exit(sqlite_db, CLERK, EVENING) is None


def test_once_a_day_for_the_whole_office(db, admin, clerk, tmp_path):
    set_backup_folder(db, admin, tmp_path / "auto")
    other_pc = Database(db.url)
    try:
        first = backup_on_exit(db, clerk, EVENING)
        assert backup_on_exit(other_pc, clerk, EVENING + timedelta(minutes=5)) is None
        tomorrow = backup_on_exit(other_pc, clerk, EVENING + timedelta(days=1))
    finally:
        other_pc.dispose()
    assert first is not None and tomorrow is not None
    assert verify_archive(first.path).counts["cases"] == 0
    assert sorted(p.name for p in (tmp_path / "auto").iterdir()) == [
        "weiquan-auto-20261120-173000.zip",
        "weiquan-auto-20261121-173000.zip",
    ]


def test_only_the_newest_fourteen_are_kept(sqlite_db, admin, tmp_path):
    folder = tmp_path / "auto"
    set_backup_folder(sqlite_db, admin, folder)
    (folder / "我的笔记.txt").write_text("管理员自己的文件", encoding="utf-8")
    for day in range(16):
        assert backup_on_exit(sqlite_db, CLERK, EVENING + timedelta(days=day)) is not None
    autos = sorted(p.name for p in folder.glob("weiquan-auto-*.zip"))
    assert len(autos) == 14
    assert autos[0] == "weiquan-auto-20261122-173000.zip"
    assert (folder / "我的笔记.txt").exists()


def test_only_an_administrator_chooses_the_folder_and_it_must_be_a_full_path(sqlite_db, admin, tmp_path):
    with pytest.raises(PermissionDenied):
        set_backup_folder(sqlite_db, CLERK, tmp_path)
    with pytest.raises(InvalidInput) as bad:
        set_backup_folder(sqlite_db, admin, "备份")
    assert bad.value.problems[0].field == "备份文件夹"
    assert auto_backup_settings(sqlite_db).folder is None
