"""The search box waits for a pause in typing, so a search runs once per word and not once per key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.views.widgets.search_box import DEBOUNCE_MS, SearchBox


def test_typing_a_word_searches_once_after_the_pause(qtbot):
    box = SearchBox("搜索")
    qtbot.addWidget(box)
    searched: list[str] = []
    box.search_changed.connect(searched.append)
    qtbot.keyClicks(box, "zhang")
    assert searched == [], "nothing while typing"
    qtbot.waitUntil(lambda: searched == ["zhang"], timeout=DEBOUNCE_MS * 8)
    qtbot.wait(DEBOUNCE_MS * 2)
    assert searched == ["zhang"]


def test_enter_searches_at_once_and_clearing_shows_everything_again(qtbot):
    box = SearchBox("搜索")
    qtbot.addWidget(box)
    searched: list[str] = []
    box.search_changed.connect(searched.append)
    qtbot.keyClicks(box, "8000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert searched == ["8000"]
    box.clear()
    assert searched == ["8000", ""]
