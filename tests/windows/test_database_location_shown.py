"""Point 7 of the Windows report: the database location was shown percent-encoded
(``sqlite:///C%3A/Users/%E5%BC%A0%E4%B8%89/...``). Wherever a person reads it (status bar, settings,
the report's 说明 sheet, the backup manifest) it is now the path as written, Chinese and spaces intact."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date

import openpyxl
import pytest

from app.cli import main
from app.services.cases.intake import register_case
from app.services.context import Actor
from app.services.setup import open_database
from app.store.database import display_location
from app.views.context import AppContext
from app.views.main_window import MainWindow
from app.views.widgets.database_settings import DatabaseSettingsPanel
from tests.support.builders import wechat_draft


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "sqlite:///C:/Users/张三/AppData/Local/WeiquanDesk/weiquan.db",
            "C:/Users/张三/AppData/Local/WeiquanDesk/weiquan.db",
        ),
        ("sqlite:///C%3A/Users/%E5%BC%A0%E4%B8%89/My%20Data/weiquan.db", "C:/Users/张三/My Data/weiquan.db"),
        (
            "postgresql+psycopg://weiquan:s3cret@192.168.1.10:5432/维权",
            "postgresql+psycopg://weiquan:***@192.168.1.10:5432/维权",
        ),
    ],
)
def test_a_location_is_shown_as_written_and_without_a_password(url, shown):
    assert display_location(url) == (os.path.normpath(shown) if url.startswith("sqlite") else shown)


@pytest.fixture
def chinese_home(tmp_path):
    """A database under a Chinese user name and a folder with a space, as on 张三's office PC."""
    folder = tmp_path / "Users" / "张三" / "My Data"
    folder.mkdir(parents=True)
    db = open_database(f"sqlite:///{(folder / 'weiquan.db').as_posix()}")
    register_case(db, Actor.cli(), wechat_draft(date(2026, 10, 9)), today=date(2026, 10, 9))
    yield db, str(folder / "weiquan.db")
    db.dispose()


def test_the_report_and_the_backup_name_the_database_as_written(chinese_home, tmp_path):
    db, shown = chinese_home
    report, backup = tmp_path / "月报.xlsx", tmp_path / "备份.zip"
    assert main(["--db", db.url, "export", "--month", "2026-10", "--out", str(report)]) == 0
    assert main(["--db", db.url, "backup", "--out", str(backup)]) == 0
    notes = {row[0]: row[1] for row in openpyxl.load_workbook(report)["说明"].iter_rows(values_only=True) if row[0]}
    assert notes["数据库"] == shown
    with zipfile.ZipFile(backup) as zf:
        assert json.loads(zf.read("manifest.json"))["source"] == shown


def test_the_status_bar_and_the_settings_name_the_database_as_written(qtbot, chinese_home, admin):
    db, shown = chinese_home
    window = MainWindow(AppContext(db, admin))
    qtbot.addWidget(window)
    panel = DatabaseSettingsPanel(AppContext(db, admin))
    qtbot.addWidget(panel)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for w in (window.statusBar(), panel) for label in w.findChildren(QLabel)]
    assert any(shown in text for text in texts)
    assert sum(shown in text for text in texts) >= 2 and not any("%E5" in text for text in texts)
