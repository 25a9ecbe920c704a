"""Every window and dialog sized from the screen's free area (the screen without the taskbar), never from
fixed pixels, so that all of it — the buttons at the bottom included — is on screen of a 1366×768 office
laptop as on a large monitor.

``fit_window`` gives a big window (the main window, a case, a document) a share of the free area;
``keep_on_screen`` shrinks any window that came out larger than the area and moves it inside. Long
content scrolls inside the window instead (a ``QScrollArea``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)
"""What the window manager adds around a window: the borders and the title bar (Windows at 100 %)."""

_area_override: QRect | None = None


def set_available_area(area: QRect | None) -> None:
    """Pretend the screen's free area is ``area`` (``selftest --screen``, the fit tests); None: the real one."""
    global _area_override
    _area_override = QRect(area) if area is not None else None


def available_area(widget: QWidget | None = None) -> QRect:
    """The free area of the screen the widget is on (of the primary screen before it is shown)."""
    if _area_override is not None:
        return QRect(_area_override)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def room(widget: QWidget | None = None) -> QSize:
    """The largest client size (inside the frame) a window can have on the free area."""
    area = available_area(widget)
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_window(window: QWidget, width: float = 1.0, height: float = 1.0, wanted: QSize | None = None) -> None:
    """Size ``window`` to a share of the free area (at most ``wanted`` when given) and centre it there."""
    space = room(window)
    size = QSize(int(space.width() * width), int(space.height() * height))
    if wanted is not None:
        size = size.boundedTo(wanted)
    window.resize(size.expandedTo(window.minimumSize()))
    _place(window)


def keep_on_screen(window: QWidget) -> None:
    """Shrink a window that is larger than the free area and move it inside (after restoring a geometry
    saved on a bigger monitor, or before showing a dialog whose content asks for more)."""
    space = room(window)
    size = window.size()
    if size.width() > space.width() or size.height() > space.height():
        window.resize(size.boundedTo(space))
    _place(window)


def _place(window: QWidget) -> None:
    area = available_area(window)
    frame = window.frameGeometry()
    if area.contains(QRect(frame.topLeft(), window.size() + FRAME)):
        return
    x = area.x() + max(0, (area.width() - window.width() - FRAME.width()) // 2)
    y = area.y() + max(0, (area.height() - window.height() - FRAME.height()) // 2)
    window.move(x, y)
