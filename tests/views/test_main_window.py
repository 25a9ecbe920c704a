"""The main window: the dark theme and English chosen from the View menu, kept for the next start; the
window is rebuilt in English on the page the user was on, with no Chinese left on the case list."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.case_table import COLUMNS
from app.resources import resource_path
from app.services.context import Actor
from app.views import settings
from app.views.context import AppContext
from app.views.i18n import current_language, install_language
from app.views.main_window import MainWindow
from app.views.theme import apply_theme, current_theme

ROOT = Path(__file__).resolve().parents[2]
DARK_BACKGROUND = "#232629"


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    if not resource_path("i18n", "weiquan_en.qm").exists():
        subprocess.run([sys.executable, "scripts/build_translations.py", "--compile"], cwd=ROOT, check=True)


@pytest.fixture
def window(qtbot, sqlite_db):
    app = QApplication.instance()
    install_language(app, "zh_CN")
    apply_theme(app, "light")
    main = MainWindow(AppContext(db=sqlite_db, actor=Actor.cli()))
    main.show()
    yield main
    install_language(app, "zh_CN")
    apply_theme(app, "light")


def test_dark_theme_is_applied_and_remembered(qtbot, window):
    app = QApplication.instance()
    assert DARK_BACKGROUND not in app.styleSheet()
    window.theme_actions["dark"].trigger()
    assert current_theme(app) == "dark"
    assert DARK_BACKGROUND in app.styleSheet()
    assert settings.get("ui/theme") == "dark"
    assert window.theme_actions["dark"].isChecked() and not window.theme_actions["light"].isChecked()


def test_english_rebuilds_the_window_on_the_same_page(qtbot, window):
    window.show_page("cases")
    with qtbot.waitSignal(window.language_switched) as switched:
        window.language_actions["en"].trigger()
    english: MainWindow = switched.args[0]
    qtbot.addWidget(english)
    assert current_language(QApplication.instance()) == "en" and settings.get("ui/lang") == "en"
    assert english.current_page_key() == "cases"
    assert [english.nav.item(i).text() for i in range(english.nav.count())][:3] == ["Dashboard", "Cases", "Due"]
    assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&View"]
    cases = english.pages["cases"]
    qtbot.waitUntil(lambda: cases.count_label.text() == "0 of 0 cases")
    headers = [cases.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:3] == ["Case no.", "Received", "Consumer"]
    assert cases.filters.channel.itemText(1) == "All WeChat channels"
    texts = [*headers, cases.search.placeholderText(), cases.filters.reset_button.text()]
    assert not [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)], "no Chinese left"
