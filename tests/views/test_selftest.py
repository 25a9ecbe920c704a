"""`selftest` runs the whole application offscreen on a temporary database and says what it checked."""

from __future__ import annotations

import io

import pytest
from PySide6.QtGui import QImage

from app.devtools import selftest
from app.views.i18n import install_language
from app.views.main_window import PAGE_CLASSES


@pytest.fixture(autouse=True)
def back_to_chinese(qapp):
    yield
    install_language(qapp, "zh_CN")


def test_selftest_takes_a_case_to_closed_and_opens_the_case_list(qapp, monkeypatch):
    monkeypatch.setattr(selftest, "DEMO_CASES", 30)
    out = io.StringIO()
    assert selftest.run_selftest(None, out) is True
    lines = out.getvalue().splitlines()
    assert len(lines) == len(selftest.STEPS) and all(line.startswith("[通过 OK]") for line in lines)
    by_step = dict(zip([name for name, _step in selftest.STEPS], lines, strict=True))
    assert "已办结" in by_step["案件从登记到办结 / a case from registration to closed"]
    assert "31 / 31 件" in by_step["主窗口与案件列表 / main window and case list"]


@pytest.mark.slow
def test_selftest_saves_every_main_page_in_both_languages(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(selftest, "DEMO_CASES", 30)
    monkeypatch.setattr(selftest, "SCREENS", {})
    assert selftest.run_selftest(tmp_path, io.StringIO()) is True
    for key, _cls in PAGE_CLASSES:
        for suffix in ("zh", "en"):
            image = QImage(str(tmp_path / f"{key}_{suffix}.png"))
            assert image.width() >= 1000 and image.height() >= 600, f"{key}_{suffix}.png"


def test_a_failing_step_stops_the_run_and_says_which(qapp, monkeypatch):
    def broken(_st):
        raise RuntimeError("数据库坏了")

    monkeypatch.setattr(selftest, "STEPS", [("打开数据库", broken), *selftest.STEPS[1:]])
    out = io.StringIO()
    assert selftest.run_selftest(None, out) is False
    assert out.getvalue().startswith("[失败 FAIL] 打开数据库: 数据库坏了")
