"""Point 1 of the Windows report: every backup failed because ``os.fsync`` was called on a file opened
read-only, which Windows refuses. With fsync behaving as on Windows, the three ways a backup is made
(the ``backup`` command, the settings panel's button and the daily backup at exit) all write a backup
that verifies."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.cli import main
from app.services.backup.archive import verify_archive
from app.services.backup.auto import set_backup_folder
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.views.context import AppContext
from app.views.office_guard import backup_at_exit
from app.views.widgets.database_settings import DatabaseSettingsPanel
from tests.support.builders import wechat_draft
from tests.support.windows import refuse_fsync_on_read_only_handles


@pytest.fixture
def windows_fsync(monkeypatch):
    return refuse_fsync_on_read_only_handles(monkeypatch)


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_a, **_k):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


@pytest.fixture
def one_case(sqlite_db):
    register_case(sqlite_db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    return sqlite_db


def test_the_backup_command_works_where_fsync_needs_a_writable_handle(one_case, tmp_path, windows_fsync, capsys):
    out = tmp_path / "备份 十月.zip"
    assert main(["--db", one_case.url, "backup", "--out", str(out)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert verify_archive(out).counts["cases"] == 1
    assert windows_fsync, "the backup was flushed to disk"


def test_the_backup_button_works_where_fsync_needs_a_writable_handle(
    qtbot, one_case, admin, tmp_path, windows_fsync, messages, monkeypatch
):
    panel = DatabaseSettingsPanel(AppContext(one_case, admin))
    qtbot.addWidget(panel)
    target = tmp_path / "手动备份.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.backup_button.click()
    qtbot.waitUntil(panel.backup_button.isEnabled, timeout=20000)
    assert [title for title, _text in messages] == ["备份完成"]
    assert verify_archive(target).counts["cases"] == 1


def test_the_daily_backup_at_exit_works_where_fsync_needs_a_writable_handle(
    qtbot, one_case, admin, tmp_path, windows_fsync, messages
):
    set_backup_folder(one_case, admin, tmp_path / "auto")
    backup_at_exit(AppContext(one_case, admin))
    assert messages == [], "no 今天的自动备份没有完成 at close"
    made = list((tmp_path / "auto").glob("weiquan-auto-*.zip"))
    assert len(made) == 1 and verify_archive(made[0]).counts["cases"] == 1
