"""The conflict dialog: shows base / theirs / mine for each changed field, saves the user's choices,
keeps them on screen when the server is away, and shows a newer change instead of overwriting it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from app.services.cases.conflicts import Choice, open_for_edit, save_edit
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.setup import Database
from app.views.context import AppContext
from app.views.dialogs.conflict_dialog import ConflictDialog
from tests.support.builders import wechat_draft

D0 = date(2026, 11, 2)


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []

    def record(_parent, _title, text, *_a, **_k):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def _conflict(db, actor):
    no = register_case(db, actor, wechat_draft(D0), today=D0)
    base = open_for_edit(db, no)
    save_edit(db, actor, base, replace(base.draft, facts="对方写的", consumer_phone="13900002222"))
    report = save_edit(db, actor, base, replace(base.draft, facts="我写的", order_no="WX-1"))
    assert report is not None
    return no, report


def _texts(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_shows_each_side_and_saves_a_combination(qtbot, sqlite_db, admin, messages):
    no, report = _conflict(sqlite_db, admin)
    dialog = ConflictDialog(AppContext(sqlite_db, admin), report)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"投诉内容", "对方写的", "我写的", "消费者电话", "13900002222", "订单号", "WX-1"} <= set(texts)
    assert dialog.rows["facts"].choice() == Choice.MINE
    assert dialog.rows["consumer_phone"].choice() == Choice.THEIRS

    dialog.choose("facts", Choice.COMBINED, "对方写的；我写的")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()

    stored = case_document(sqlite_db, no)
    assert (stored["facts"], stored["consumer"]["phone"], stored["order_no"]) == (
        "对方写的；我写的",
        "13900002222",
        "WX-1",
    )
    assert dialog.saved and messages == []


def test_a_newer_change_is_shown_not_overwritten(qtbot, sqlite_db, admin, messages):
    no, report = _conflict(sqlite_db, admin)
    dialog = ConflictDialog(AppContext(sqlite_db, admin), report)
    qtbot.addWidget(dialog)
    latest = open_for_edit(sqlite_db, no)
    save_edit(sqlite_db, admin, latest, replace(latest.draft, facts="第三个人写的"))

    dialog.save_button.click()

    assert not dialog.saved and len(messages) == 1
    assert "第三个人写的" in _texts(dialog)
    assert case_document(sqlite_db, no)["facts"] == "第三个人写的"


def test_a_lost_server_keeps_the_choices_on_screen(qtbot, pg_db, admin, messages):
    no, report = _conflict(pg_db, admin)
    away = Database("postgresql+psycopg://postgres@127.0.0.1:1/test")
    dialog = ConflictDialog(AppContext(away, admin), report)
    qtbot.addWidget(dialog)
    dialog.choose("facts", Choice.THEIRS)

    dialog.save_button.click()

    assert not dialog.saved and dialog.result() != QDialog.DialogCode.Accepted
    assert "连接中断" in messages[0]
    assert dialog.rows["facts"].choice() == Choice.THEIRS
    dialog.ctx.db = pg_db
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    assert case_document(pg_db, no)["facts"] == "对方写的"
    away.dispose()


def test_screenshot_of_the_dialog(qtbot, sqlite_db, admin):
    _, report = _conflict(sqlite_db, admin)
    dialog = ConflictDialog(AppContext(sqlite_db, admin), report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    dialog.grab().save("/tmp/conflict_dialog.png")
