"""File dialogs open in the user's Documents folder, never in the data folder (Qt's dialog reading
``weiquan.db`` there releases SQLite's locks on Linux) nor in the working folder (Program Files on
Windows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.services.setup import default_data_dir
from app.views import file_dialogs
from app.views.context import AppContext
from app.views.dialogs.evidence_dialog import FileChooser
from app.views.widgets.database_settings import DatabaseSettingsPanel


@pytest.fixture
def asked(monkeypatch, tmp_path):
    """Where each dialog would have opened; the working folder is a stand-in for Program Files."""
    monkeypatch.chdir(tmp_path)
    starts: list[Path] = []

    def save(_parent, _title, start, *_a, **_k):
        starts.append(Path(start).parent)
        return "", ""

    def open_(_parent, _title, start, *_a, **_k):
        starts.append(Path(start))
        return "", ""

    def folder(_parent, _title, start, *_a, **_k):
        starts.append(Path(start))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    return starts


def test_every_dialog_opens_in_documents(qtbot, sqlite_db, admin, asked, tmp_path):
    panel = DatabaseSettingsPanel(AppContext(sqlite_db, admin))
    chooser = FileChooser()
    qtbot.addWidget(panel)
    qtbot.addWidget(chooser)
    panel.backup_now()
    panel.folder.setText(str(default_data_dir()))
    panel.choose_folder()
    chooser.browse()
    assert asked == [file_dialogs.documents_folder()] * 3
    assert all(start != tmp_path and start != default_data_dir() for start in asked)


def test_a_folder_chosen_before_is_offered_again_unless_it_is_the_data_folder(tmp_path):
    chosen = tmp_path / "D盘" / "维权台备份"
    chosen.mkdir(parents=True)
    assert file_dialogs.starting_folder(chosen) == chosen
    assert file_dialogs.starting_folder(default_data_dir()) == file_dialogs.documents_folder()
    assert file_dialogs.starting_folder("备份") == file_dialogs.documents_folder()
