"""The 案件 page driven like a clerk does: filters, the search box (Chinese, digits, pinyin), sorting by a
header click, opening a case by double-click or Enter, and column widths that stay."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.models.case_table import CASE_NO_ROLE, COLUMNS
from app.services.admin.users import add_user
from app.services.cases.listing import CaseList
from app.services.context import Actor
from app.views.context import AppContext
from app.views.pages.cases_page import CasesPage
from tests.support.case_list_cases import Sample, make_sample


@pytest.fixture
def sample(sqlite_db) -> Sample:
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    return make_sample(sqlite_db, Actor.cli())


@pytest.fixture
def page(qtbot, sqlite_db, sample, monkeypatch):
    real_init = CaseList.__init__
    monkeypatch.setattr(
        CaseList, "__init__", lambda self, db, actor, today=None: real_init(self, db, actor, date(2026, 3, 12))
    )
    ctx = AppContext(db=sqlite_db, actor=Actor.cli())
    widget = CasesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4)
    return widget


def shown(page: CasesPage) -> list[str]:
    return [page.model.index(r, 0).data(CASE_NO_ROLE) for r in range(page.model.rowCount())]


def choose(qtbot, page: CasesPage, combo, data: str) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        combo.setCurrentIndex(combo.findData(data))


def type_search(qtbot, page: CasesPage, text: str) -> None:
    """Latin letters and digits key by key; Chinese as an input method commits it."""
    page.search.clear()
    page.search.setFocus()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        if text.isascii():
            qtbot.keyClicks(page.search, text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(page.search, event)
    assert page.search.text() == text


def test_the_count_shows_matches_out_of_all_cases(page):
    assert page.count_label.text() == "4 / 4 件"


def test_filters_combine(qtbot, page, sample):
    choose(qtbot, page, page.filters.channel, "wechat")
    assert set(shown(page)) == {sample.zhang, sample.zhao}
    choose(qtbot, page, page.filters.nature, "counterfeit")
    assert shown(page) == [sample.zhao]
    assert page.count_label.text() == "1 / 4 件"
    with qtbot.waitSignal(page.results_shown):
        page.filters.reset_button.click()
    assert len(shown(page)) == 4


def test_overdue_filter_and_show_filtered_from_another_page(qtbot, page, sample):
    choose(qtbot, page, page.filters.due, "overdue")
    assert shown(page) == [sample.zhang]
    with qtbot.waitSignal(page.results_shown):
        page.ctx.hub.show_cases.emit({"due": "due_soon"})
    assert shown(page) == [sample.zhao]
    assert page.filters.due.currentData() == "due_soon"


@pytest.mark.parametrize(
    ("text", "who"), [("面霜", "zhang"), ("电视机屏幕", "li"), ("3333", "wang"), ("zl", "zhao"), ("xiaomei", "zhao")]
)
def test_search_as_you_type(qtbot, page, sample, text, who):
    type_search(qtbot, page, text)
    assert shown(page) == [getattr(sample, who)]


def test_a_newer_search_replaces_an_older_one(qtbot, page, sample):
    page.search.setText("面霜")
    page.refresh()
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search.setText("zl")
        page.refresh()
    qtbot.wait(300)
    assert shown(page) == [sample.zhao]
    assert page.model.query.search == "zl"


def test_clicking_a_header_sorts_in_sql(qtbot, page):
    header = page.table.horizontalHeader()
    column = COLUMNS.index("merchant")
    with qtbot.waitSignal(page.results_shown):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(column) + 10, 5)
        )
    merchants = [page.model.index(r, column).data() for r in range(4)]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert merchants == sorted(merchants, reverse=descending)
    assert page.model.query.sort == "merchant"


def test_double_click_and_enter_open_the_case(qtbot, page, sample):
    page.search.setText(sample.li)
    with qtbot.waitSignal(page.results_shown):
        page.refresh()
    index = page.model.index(0, COLUMNS.index("consumer"))
    rect = page.table.visualRect(index)
    with qtbot.waitSignal(page.ctx.hub.open_case) as opened:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [sample.li]
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    with qtbot.waitSignal(page.ctx.hub.open_case) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [sample.li]


def test_column_widths_are_kept_for_the_next_start(qtbot, page, sqlite_db):
    page.table.horizontalHeader().resizeSection(COLUMNS.index("merchant"), 333)
    again = CasesPage(AppContext(db=sqlite_db, actor=Actor.cli()))
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(COLUMNS.index("merchant")) == 333
