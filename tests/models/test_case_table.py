"""The case table model: a correct Qt model (qtmodeltester), rows read in blocks as they are shown, only a
few blocks kept, colours for overdue and due-soon deadlines, and sorting handed back to SQL."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.models import case_table
from app.models.case_table import CASE_NO_ROLE, COLUMNS, DUE_SOON_COLOUR, OVERDUE_COLOUR, CaseTableModel
from app.services.admin.users import add_user
from app.services.cases.listing import CaseList, CaseQuery
from app.services.context import Actor
from tests.support.case_list_cases import Sample, make_sample

ON_12TH = date(2026, 3, 12)


@pytest.fixture
def sample(sqlite_db) -> Sample:
    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    return make_sample(sqlite_db, Actor.cli())


def model_for(db, query: CaseQuery = CaseQuery(), lang: str = "zh_CN") -> CaseTableModel:  # noqa: B008
    case_list = CaseList(db, Actor.cli(), today=ON_12TH)
    model = CaseTableModel(case_list, lang)
    model.show_page(case_list.first_page(query, case_table.BLOCK_SIZE))
    return model


def cell(model: CaseTableModel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):
    return model.index(row, COLUMNS.index(key)).data(role)


def test_model_passes_the_model_tester(qtmodeltester, sqlite_db, sample):
    qtmodeltester.check(model_for(sqlite_db))


def test_empty_model_passes_the_model_tester(qtmodeltester, sqlite_db):
    qtmodeltester.check(model_for(sqlite_db))


def test_rows_show_labels_in_the_language_of_the_window(sqlite_db, sample):
    zh = model_for(sqlite_db, CaseQuery(search=sample.li))
    en = model_for(sqlite_db, CaseQuery(search=sample.li), lang="en")
    assert [cell(zh, 0, k) for k in ("consumer", "merchant", "channel", "nature", "state", "mediator")] == [
        "李四",
        "华强电器有限公司",
        "实体店",
        "价格",
        "调解中",
        "赵主管",
    ]
    assert [cell(en, 0, k) for k in ("channel", "nature", "state")] == ["Physical store", "Price", "Mediating"]
    assert zh.headerData(0, Qt.Orientation.Horizontal) == "案件编号"


def test_deadline_colours_red_when_overdue_amber_within_two_working_days(sqlite_db, sample):
    model = model_for(sqlite_db, CaseQuery(sort="case_no", descending=False))
    rows = {cell(model, r, "case_no"): r for r in range(model.rowCount())}
    assert cell(model, rows[sample.zhang], "days_left") == "-1"
    assert cell(model, rows[sample.zhang], "days_left", Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert cell(model, rows[sample.zhao], "next_due", Qt.ItemDataRole.ForegroundRole) == DUE_SOON_COLOUR
    assert cell(model, rows[sample.li], "days_left", Qt.ItemDataRole.ForegroundRole) is None
    assert "超期 1 个工作日" in cell(model, rows[sample.zhang], "days_left", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, rows[sample.wang], "days_left") == ""


def test_rows_are_read_in_blocks_and_only_a_few_blocks_are_kept(sqlite_db, sample, monkeypatch):
    monkeypatch.setattr(case_table, "BLOCK_SIZE", 1)
    monkeypatch.setattr(case_table, "MAX_BLOCKS", 2)
    model = model_for(sqlite_db, CaseQuery(sort="case_no", descending=False))
    assert model.rowCount() == 4 and model.blocks_held() == [0]
    assert [model.index(r, 0).data(CASE_NO_ROLE) for r in (3, 2)] == [sample.zhao, sample.wang]
    assert model.blocks_held() == [3, 2], "the first block was forgotten, the last two read are kept"
    assert model.case_no_at(0) == sample.zhang


def test_sorting_is_asked_of_the_owner_not_done_in_the_model(qtbot, sqlite_db, sample):
    model = model_for(sqlite_db)
    with qtbot.waitSignal(model.sort_requested) as asked:
        model.sort(COLUMNS.index("merchant"), Qt.SortOrder.AscendingOrder)
    assert asked.args == ["merchant", False]
