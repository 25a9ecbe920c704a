"""The file dialogs of the application, which all open in the user's Documents folder.

Never in the working folder (on Windows that may be Program Files) nor in the data folder: Qt's own
file dialog reads the files of the folder it shows, and opening ``weiquan.db`` there releases SQLite's
POSIX locks on Linux. A suggested file name is put into the Documents folder; a folder the user chose
before (the automatic backup folder) is kept when it exists and is not the data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.setup import default_data_dir


def documents_folder() -> Path:
    """The user's Documents folder (their home folder where the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def _inside_data_folder(path: Path) -> bool:
    data = default_data_dir().resolve()
    resolved = path.resolve()
    return resolved == data or data in resolved.parents


def starting_folder(preferred: str | Path | None = None) -> Path:
    """``preferred`` when it is an existing folder outside the data folder, else the Documents folder."""
    if preferred:
        path = Path(preferred)
        if path.is_absolute() and path.is_dir() and not _inside_data_folder(path):
            return path
    return documents_folder()


def save_file_name(parent: QWidget | None, title: str, file_name: str, file_filter: str) -> str:
    """Ask where to save ``file_name``; the dialog opens in the Documents folder. Empty when cancelled."""
    suggested = documents_folder() / Path(file_name).name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return chosen


def open_file_name(parent: QWidget | None, title: str, file_filter: str = "") -> str:
    """Ask for a file to read; the dialog opens in the Documents folder. Empty when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), file_filter)
    return chosen


def existing_folder(parent: QWidget | None, title: str, current: str | Path | None = None) -> str:
    """Ask for a folder, starting at ``current`` when usable, else in Documents. Empty when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, str(starting_folder(current)))
