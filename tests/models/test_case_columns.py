"""The case list's columns come from one Column table: the model's headers, the SQL sort of each column and
the deadline labels all read it (issue 13: one home per rule)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.deadlines import DEADLINE_KINDS
from app.models import case_table
from app.models.case_table import COLUMNS, DUE_COLUMNS, CaseTableModel
from app.services.admin.users import add_user
from app.services.cases.columns import CASE_COLUMNS, header
from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from app.views.pages.cases_page import ELASTIC_COLUMNS
from tests.support.case_list_cases import make_sample

ON_12TH = date(2026, 3, 12)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_headers_are_the_column_table_in_both_languages(qtbot, sqlite_db, lang):
    model = CaseTableModel(CaseList(sqlite_db, Actor.cli(), today=ON_12TH), lang)
    shown = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert shown == [header(c, lang) for c in CASE_COLUMNS]
    assert tuple(c.key for c in CASE_COLUMNS) == COLUMNS
    assert {c.key for c in CASE_COLUMNS if c.deadline} == DUE_COLUMNS
    assert set(ELASTIC_COLUMNS) == {c.key for c in CASE_COLUMNS if c.elastic}


def test_every_column_sorts_in_sql_both_ways(sqlite_db):
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    make_sample(sqlite_db, Actor.cli())
    case_list = CaseList(sqlite_db, Actor.cli(), today=ON_12TH)
    for column in CASE_COLUMNS:
        for descending in (False, True):
            rows = case_list.rows(CaseQuery(sort=column.key, descending=descending), 0, 50)
            assert len(rows) == case_list.count(CaseQuery())


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_list_names_deadlines_with_the_one_label_table(qtbot, sqlite_db, lang):
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    make_sample(sqlite_db, Actor.cli())
    case_list = CaseList(sqlite_db, Actor.cli(), today=ON_12TH)
    model = CaseTableModel(case_list, lang)
    model.show_page(case_list.first_page(CaseQuery(sort="next_due", descending=False), case_table.BLOCK_SIZE))
    tip = model.index(0, COLUMNS.index("days_left")).data(Qt.ItemDataRole.ToolTipRole)
    kind = model.case_list.rows(CaseQuery(sort="next_due", descending=False), 0, 1)[0].next_due_kind
    assert DEADLINE_KINDS[kind][1 if lang == "en" else 0] in tip
