"""The administrator's database panel: a connection test that says what it found before the PC is
switched, the automatic-backup folder, and a backup made now."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.backup.auto import auto_backup_settings
from app.services.connection import database_choice
from app.views import settings
from app.views.context import AppContext
from app.views.widgets.database_settings import DatabaseSettingsPanel


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []

    def record(_parent, _title, text, *_a, **_k):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


@pytest.fixture
def panel(qtbot, sqlite_db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "settings", lambda: _memory_settings(tmp_path))
    widget = DatabaseSettingsPanel(AppContext(sqlite_db, admin))
    qtbot.addWidget(widget)
    return widget


def _memory_settings(folder):
    from PySide6.QtCore import QSettings

    return QSettings(str(folder / "pc.ini"), QSettings.Format.IniFormat)


def test_a_server_that_answers_can_be_used_by_this_pc(qtbot, panel, pg_schema_url):
    panel.url.setText(pg_schema_url)
    assert not panel.use_button.isEnabled()
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.use_button.isEnabled(), timeout=10000)
    assert "连接成功" in panel.result.text() and "PostgreSQL" in panel.result.text()
    panel.use_button.click()
    assert settings.get("db/url") == pg_schema_url
    assert database_choice(None, settings.get("db/url")) == pg_schema_url
    assert database_choice("sqlite:///other.db", settings.get("db/url")) == "sqlite:///other.db"


def test_a_server_that_does_not_answer_cannot_be_chosen(qtbot, panel):
    panel.url.setText("postgresql+psycopg://weiquan@127.0.0.1:1/weiquan")
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=10000)
    assert panel.result.text().startswith("连接失败")
    assert not panel.use_button.isEnabled()


def test_backup_folder_and_backup_now(qtbot, panel, sqlite_db, tmp_path, messages, monkeypatch):
    panel.folder.setText(str(tmp_path / "auto"))
    panel.save_folder_button.click()
    assert auto_backup_settings(sqlite_db).folder == tmp_path / "auto"
    target = tmp_path / "now.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.backup_button.click()
    qtbot.waitUntil(lambda: panel.backup_button.isEnabled(), timeout=10000)
    assert "manifest.json" in zipfile.ZipFile(target).namelist()
    assert any("已备份" in m for m in messages)


def test_screenshot_of_the_panel(qtbot, panel):
    panel.resize(760, 420)
    panel.show()
    qtbot.waitExposed(panel)
    panel.grab().save("/tmp/database_settings.png")
