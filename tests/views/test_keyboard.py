"""A form is worked from the keyboard: the first field has the cursor, Enter saves, Tab moves between
fields (Ctrl+Tab writes a tab into a text), the wheel scrolls the form instead of changing the combo box
under the pointer, and a date filter starts from today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.admin.users import add_user
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.case_dialogs import NewCaseDialog
from app.views.dialogs.sign_in import ChangePasswordDialog
from app.views.dialogs.user_dialogs import SetPasswordDialog
from app.views.widgets.case_filters import NO_DATE, CaseFilters
from tests.views.intake_support import no_blocking_questions

__all__ = ["no_blocking_questions"]


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_first_field_has_the_cursor(qtbot, sqlite_db):
    ctx = AppContext(db=sqlite_db, actor=Actor.cli())
    add_user(sqlite_db, Actor.cli(), "wang", "王登记", ["clerk"])
    new_case = _shown(qtbot, NewCaseDialog(ctx))
    assert new_case.focusWidget() is new_case.case_form.source
    set_password = _shown(qtbot, SetPasswordDialog(ctx, "wang", "王登记"))
    assert set_password.focusWidget() is set_password.password
    change = _shown(qtbot, ChangePasswordDialog(ctx))
    assert change.focusWidget() is change.old


def test_enter_saves_even_when_tab_reached_cancel(qtbot, sqlite_db):
    ctx = AppContext(db=sqlite_db, actor=Actor.cli())
    add_user(sqlite_db, Actor.cli(), "wang", "王登记", ["clerk"])
    dialog = _shown(qtbot, SetPasswordDialog(ctx, "wang", "王登记"))
    qtbot.keyClicks(dialog.password, "Wang-pass-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.confirm
    qtbot.keyClicks(dialog.confirm, "Wang-pass-2027")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert dialog.isVisible() and "不一致" in dialog.board.boxes["确认密码"].problem()  # saved, and said why not


def test_tab_leaves_the_facts_and_ctrl_tab_writes_a_tab(qtbot, sqlite_db):
    dialog = _shown(qtbot, NewCaseDialog(AppContext(db=sqlite_db, actor=Actor.cli())))
    facts = dialog.case_form.facts
    facts.setFocus()
    qtbot.keyClick(facts, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert facts.toPlainText() == "\t"
    qtbot.keyClick(facts, Qt.Key.Key_Tab)
    assert facts.toPlainText() == "\t" and not facts.hasFocus()


def test_the_wheel_does_not_change_a_combo_box_it_passes_over(qtbot, sqlite_db):
    dialog = _shown(qtbot, NewCaseDialog(AppContext(db=sqlite_db, actor=Actor.cli())))
    kind = dialog.case_form.merchant_kind
    before = kind.currentData()
    dialog.case_form.facts.setFocus()
    centre = QPointF(kind.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(kind.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, -120),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(kind, wheel)
    assert kind.currentData() == before


def test_a_date_filter_opens_at_today_and_takes_a_typed_date(qtbot):
    filters = CaseFilters("zh_CN", [])
    qtbot.addWidget(filters)
    filters.show()
    edit = filters.received_from
    assert edit.date() == NO_DATE and edit.text() == "不限"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))  # the arrow
    assert edit.calendarWidget().isVisible()
    today = QDate.currentDate()
    assert (edit.calendarWidget().yearShown(), edit.calendarWidget().monthShown()) == (today.year(), today.month())
    edit.calendarWidget().window().hide()
    assert edit.date() == NO_DATE  # looking at the calendar chose nothing
    edit.setFocus()
    qtbot.keyClicks(edit, "20261103")
    assert filters.values()["received_from"] == date(2026, 11, 3)
    assert isinstance(edit.lineEdit(), QLineEdit)
