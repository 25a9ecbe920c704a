"""The look of the application: a qt-material theme, light by default or dark, with a font that has
Chinese characters (Noto Sans CJK SC on Linux, Microsoft YaHei on Windows, PingFang SC on macOS)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.views import settings

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
DEFAULT_THEME = "light"
FONT_FAMILIES = ("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "WenQuanYi Micro Hei")
FONT_POINT_SIZE = 10
# Headers keep their case: Qt sizes a section for the text as written, so an upper-cased English header
# ("SAME MONTH LAST YEAR") came out wider than its section and was cut at both ends. Their side padding is
# 10 px instead of the theme's 24: at 1366 px a table of ten count columns no longer squeezes the names.
EXTRA_QSS = """
QTableView { font-size: 13px; }
QHeaderView::section { font-size: 13px; text-transform: none; padding: 0 10px; }
QLabel#countLabel { font-weight: bold; }
"""

_icon_dir: tempfile.TemporaryDirectory[str] | None = None


def _icon_folder(name: str) -> str:
    """A folder of this process for the theme's icons (qt-material writes them on every change)."""
    global _icon_dir
    if _icon_dir is None:
        _icon_dir = tempfile.TemporaryDirectory(prefix="weiquan-theme-")
    return str(Path(_icon_dir.name) / name)


def font_family_css() -> str:
    return ", ".join(f'"{family}"' for family in FONT_FAMILIES) + ", sans-serif"


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Apply the named theme (or the saved one) to the whole application; returns the name applied."""
    from qt_material import apply_stylesheet

    chosen = name if name in THEMES else str(settings.get("ui/theme") or DEFAULT_THEME)
    if chosen not in THEMES:
        chosen = DEFAULT_THEME
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    apply_stylesheet(
        app,
        theme=THEMES[chosen],
        invert_secondary=chosen == "light",
        parent=_icon_folder(chosen),
        extra={"font_family": font_family_css(), "density_scale": "-1"},
    )
    app.setStyleSheet(app.styleSheet() + EXTRA_QSS)
    app.setProperty("weiquan_theme", chosen)
    return chosen


def current_theme(app: QApplication) -> str:
    return str(app.property("weiquan_theme") or DEFAULT_THEME)


def is_dark(app: QApplication) -> bool:
    """Whether the window background is dark (for colours drawn by the application itself)."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128 or current_theme(app) == "dark"
