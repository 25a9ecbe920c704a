"""English screens speak English in what the services say too: the case page's possible-duplicate warning."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.services.cases.intake import register_case
from app.views.case_page.case_page import CasePage
from app.views.context import AppContext
from app.views.i18n import install_language
from tests.support.builders import wechat_draft

CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
DAY = date(2026, 5, 6)


@pytest.fixture
def english(qapp):
    yield install_language(qapp, "en")
    install_language(qapp, "zh_CN")


def test_the_possible_duplicate_warning_is_english_on_an_english_case_page(qtbot, sqlite_db, admin, english):
    first = register_case(sqlite_db, admin, wechat_draft(DAY), today=DAY)
    second = register_case(sqlite_db, admin, wechat_draft(DAY), today=DAY)
    page = CasePage(AppContext(sqlite_db, admin, lang=english), second)
    qtbot.addWidget(page)
    text = page.warning.text()
    assert first in text and text.startswith("Possible duplicate"), text
    assert not CHINESE.search(text), text


def test_dates_are_shown_in_the_screen_language_by_one_helper():
    from datetime import datetime

    from app.domain.dates import LOCAL_TZ
    from app.domain.display import show_date, show_datetime, show_month

    assert show_date(date(2026, 12, 2), "zh_CN") == "2026-12-02"
    assert show_date(date(2026, 12, 2), "en") == "Dec 2, 2026"
    assert show_date(None, "en") == ""
    moment = datetime(2026, 12, 2, 6, 5, tzinfo=LOCAL_TZ)
    assert show_datetime(moment, "en") == "Dec 2, 2026 06:05" and show_datetime(moment, "zh_CN") == "2026-12-02 06:05"
    assert show_month(date(2026, 12, 1), "zh_CN") == "2026年12月" and show_month(date(2026, 12, 1), "en") == "Dec 2026"


def test_the_english_case_page_and_case_list_show_english_dates(qtbot, sqlite_db, admin, english):
    from PySide6.QtWidgets import QLabel

    from app.models.case_table import COLUMNS
    from app.views.pages.cases_page import CasesPage

    no = register_case(sqlite_db, admin, wechat_draft(DAY), today=DAY)
    page = CasePage(AppContext(sqlite_db, admin, lang=english), no)
    qtbot.addWidget(page)
    texts = [w.text() for w in page.findChildren(QLabel)]
    assert "May 6, 2026" in texts and "2026-05-06" not in texts
    cases = CasesPage(AppContext(sqlite_db, admin, lang=english))
    qtbot.addWidget(cases)
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=10000)
    received = cases.model.index(0, list(COLUMNS).index("received_on")).data()
    assert received == "May 6, 2026", received
