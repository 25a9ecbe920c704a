"""The administration page: users and roles, rule sets, the holiday calendar, driven through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services.admin import auth
from app.services.admin.users import actor_for, add_user
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.rule_set_dialog import RuleSetDialog
from app.views.dialogs.user_dialogs import AddUserDialog
from app.views.pages.admin.holidays_tab import HolidaysTab
from app.views.pages.admin.rules_tab import RulesTab
from app.views.pages.admin.users_tab import UsersTab
from app.views.pages.admin_page import AdminPage


@pytest.fixture
def ctx(sqlite_db) -> AppContext:
    root = auth.create_first_admin(sqlite_db, "root", "钱管理", "Admin-pass-2026")
    add_user(sqlite_db, root, "wang", "王登记", ["clerk"], password="Clerk-pass-2026")
    return AppContext(db=sqlite_db, actor=root)


@pytest.fixture
def page(qtbot, ctx) -> AdminPage:
    widget = AdminPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _tab(page: AdminPage, cls):
    return next(page.tabs.widget(i) for i in range(page.tabs.count()) if isinstance(page.tabs.widget(i), cls))


def test_added_user_appears_and_must_choose_a_password(page, ctx, monkeypatch):
    def fill(dialog: AddUserDialog) -> int:
        dialog.login.setText("zhao")
        dialog.name.setText("赵主管")
        dialog.roles.set_codes(["supervisor", "mediator"])
        dialog.password.setText("Zhao-first-1")
        dialog.confirm.setText("Zhao-first-1")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AddUserDialog, "exec", fill)
    users_tab = _tab(page, UsersTab)
    users_tab.add_button.click()
    logins = [users_tab.table.item(r, 0).text() for r in range(users_tab.table.rowCount())]
    assert "zhao" in logins
    row = logins.index("zhao")
    assert users_tab.table.item(row, 2).text() == "调解员、主管"
    assert auth.must_change_password(ctx.db, auth.sign_in(ctx.db, "zhao", "Zhao-first-1"))


def test_add_user_dialog_names_the_missing_role(qtbot, ctx):
    dialog = AddUserDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.login.setText("x")
    dialog.name.setText("某人")
    dialog.password.setText("Some-pass-123")
    dialog.confirm.setText("Some-pass-123")
    dialog.save()
    assert dialog.board.boxes["角色"].problem()


def test_deactivating_asks_first_and_greys_the_user(page, ctx, monkeypatch):
    users_tab = _tab(page, UsersTab)
    row = [u.login for u in users_tab.rows].index("wang")
    users_tab.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    users_tab.deactivate_button.click()
    assert users_tab.rows[row].active
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    users_tab.table.selectRow(row)
    users_tab.deactivate_button.click()
    assert users_tab.table.item(row, 3).text() == "已停用"
    with pytest.raises(auth.SignInFailed, match="已停用"):
        auth.sign_in(ctx.db, "wang", "Clerk-pass-2026")


def test_new_rule_set_is_listed(page, ctx, monkeypatch):
    def fill(dialog: RuleSetDialog) -> int:
        dialog.code.setText("SH-2027")
        dialog.name.setText("上海市地方规则")
        dialog.mediation.days.setValue(60)
        dialog.mediation.kind.setCurrentIndex(dialog.mediation.kind.findData("calendar"))
        dialog.region.setText("上海市")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RuleSetDialog, "exec", fill)
    rules_tab = _tab(page, RulesTab)
    before = rules_tab.table.rowCount()
    rules_tab.add_button.click()
    assert rules_tab.table.rowCount() == before + 1
    codes = [rules_tab.table.item(r, 0).text() for r in range(rules_tab.table.rowCount())]
    assert "SH-2027" in codes
    row = codes.index("SH-2027")
    assert rules_tab.table.item(row, 3).text() == "60 自然日" and rules_tab.table.item(row, 2).text() == "7 工作日"


def test_a_year_loads_from_a_file_and_bad_rows_are_listed(page, tmp_path, monkeypatch):
    holidays = _tab(page, HolidaysTab)
    holidays.year.setValue(2027)
    assert "尚未确认" in holidays.status.text() and holidays.table.rowCount() == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-30,放假,春节\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    holidays.load_button.click()
    assert "第3行" in holidays.message.text() and holidays.table.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-14,上班,春节调休\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))
    holidays.load_button.click()
    assert holidays.table.rowCount() == 2 and "已确认" in holidays.status.text()
    assert holidays.table.item(1, 2).text() == "调休上班"


def test_a_supervisor_sees_only_the_rule_sets(qtbot, ctx):
    add_user(ctx.db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    page = AdminPage(AppContext(db=ctx.db, actor=actor_for(ctx.db, "boss")))
    qtbot.addWidget(page)
    assert page.tabs.count() == 1 and isinstance(page.tabs.widget(0), RulesTab)
    assert not page.tabs.widget(0).add_button.isEnabled()


def test_office_details_are_changed_on_the_admin_page(page, ctx, monkeypatch, tmp_path):
    from app.services.admin.office import office_info
    from app.views.dialogs.office_dialog import OfficeDialog
    from app.views.pages.admin.office_tab import OfficeTab
    from tests.services.test_office import png_bytes

    seal = tmp_path / "seal.png"
    seal.write_bytes(png_bytes())

    def fill(dialog: OfficeDialog) -> int:
        dialog.edits["name"].setText("龙岗区消费者委员会")
        dialog.edits["samr_office"].setText("龙岗监管局")
        dialog.edits["number_pattern"].setText("无编号")
        dialog.load_seal(str(seal))
        dialog.save()
        assert dialog.result() == 0, "a pattern without {n} is refused"
        assert "{n}" in dialog.summary.text()
        dialog.edits["number_pattern"].setText("龙消调〔{year}〕第{n}号")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(OfficeDialog, "exec", fill)
    tab = _tab(page, OfficeTab)
    tab.edit_button.click()
    info = office_info(ctx.db)
    assert info.name == "龙岗区消费者委员会" and info.seal_image
    assert tab.values["samr_office"].text() == "龙岗监管局"
    assert not tab.seal.pixmap().isNull()
