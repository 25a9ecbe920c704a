"""At start the GUI warns about a SQLite file on a network share; at exit it makes the day's backup, and a
failing backup is reported without keeping the application from closing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services import network_paths
from app.services.backup.auto import set_backup_folder
from app.views.context import AppContext
from app.views.office_guard import backup_at_exit, warn_if_network_share


@pytest.fixture
def warnings(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text)))
    return shown


def test_a_database_on_a_cifs_mount_is_warned_about(qtbot, sqlite_db, tmp_path, monkeypatch, warnings):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//fileserver/office {tmp_path} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network_paths, "MOUNTS_FILE", mounts)

    assert warn_if_network_share(sqlite_db)
    title, text = warnings[0]
    assert "网络共享" in title and "PostgreSQL" in text and "//fileserver/office" in text


def test_a_local_database_starts_without_a_warning(qtbot, sqlite_db, warnings):
    assert not warn_if_network_share(sqlite_db)
    assert warnings == []


def test_exit_makes_the_days_backup(qtbot, sqlite_db, admin, tmp_path, warnings):
    set_backup_folder(sqlite_db, admin, tmp_path / "auto")
    backup_at_exit(AppContext(sqlite_db, admin))
    assert len(list((tmp_path / "auto").glob("weiquan-auto-*.zip"))) == 1
    assert warnings == []


def test_a_failing_backup_is_reported_and_exit_goes_on(qtbot, sqlite_db, admin, tmp_path, warnings):
    folder = tmp_path / "auto"
    set_backup_folder(sqlite_db, admin, folder)
    folder.rmdir()
    folder.write_text("不是文件夹", encoding="utf-8")

    backup_at_exit(AppContext(sqlite_db, admin))

    assert warnings and "自动备份" in warnings[0][0]
