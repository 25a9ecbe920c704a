"""Sign-in dialogs: the first administrator, wrong passwords, the wait, the forced password change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.admin import auth
from app.services.admin.users import add_user
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.sign_in import ChangePasswordDialog, FirstAdminDialog, SignInDialog
from app.views.security import sign_in_flow

PASSWORD = "Clerk-pass-2026"


@pytest.fixture
def clerk_db(sqlite_db):
    add_user(sqlite_db, Actor.cli(), "wang", "王登记", ["clerk"], password=PASSWORD)
    return sqlite_db


def _sign(qtbot, dialog: SignInDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_wrong_password_says_so_and_keeps_the_dialog_open(qtbot, clerk_db):
    dialog = SignInDialog(clerk_db, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    _sign(qtbot, dialog, "wrong-password")
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert "不正确" in dialog.summary.text() and dialog.password.text() == ""


def test_right_password_gives_the_actor(qtbot, clerk_db):
    dialog = SignInDialog(clerk_db, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    _sign(qtbot, dialog, PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.roles == frozenset({"clerk"})


def test_repeated_wrong_passwords_disable_the_button_for_the_wait(qtbot, clerk_db):
    dialog = SignInDialog(clerk_db, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(auth.FREE_TRIES):
        _sign(qtbot, dialog, "wrong-password")
    assert not dialog.save_button.isEnabled() and "请等待" in dialog.save_button.text()
    assert "秒后再试" in dialog.summary.text()


def test_first_admin_dialog_names_bad_fields_then_creates_the_admin(qtbot, sqlite_db):
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login, "root")
    qtbot.keyClicks(dialog.password, "short")
    dialog.save()
    assert dialog.board.boxes["姓名"].problem() and dialog.board.boxes["密码"].problem()
    assert auth.needs_first_admin(sqlite_db)
    dialog.name.setText("钱管理")
    dialog.password.setText("Admin-pass-2026")
    dialog.confirm.setText("Admin-pass-2026")
    dialog.save()
    assert dialog.actor is not None and not auth.needs_first_admin(sqlite_db)


def test_change_password_dialog_checks_the_old_password(qtbot, clerk_db):
    me = auth.sign_in(clerk_db, "wang", PASSWORD)
    dialog = ChangePasswordDialog(AppContext(db=clerk_db, actor=me), required=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("not-it-at-all")
    dialog.new.setText("Brand-new-pass-1")
    dialog.confirm.setText("Brand-new-pass-1")
    dialog.save()
    assert dialog.board.boxes["原密码"].problem()
    dialog.old.setText(PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auth.sign_in(clerk_db, "wang", "Brand-new-pass-1").login == "wang"


def test_sign_in_flow_asks_for_a_new_password_after_a_reset(qtbot, clerk_db, monkeypatch):
    add_user(clerk_db, Actor.cli(), "root", "钱管理", ["admin"], password="Admin-pass-2026")
    auth.set_password(clerk_db, Actor.cli(), "wang", "Temporary-77")
    shown = []

    def fake_sign_in_exec(self):
        self.login.setText("wang")
        self.password.setText("Temporary-77")
        self.save()
        return self.result()

    def fake_change_exec(self):
        shown.append(type(self).__name__)
        self.old.setText("Temporary-77")
        self.new.setText("Own-choice-2026")
        self.confirm.setText("Own-choice-2026")
        self.save()
        return self.result()

    monkeypatch.setattr(SignInDialog, "exec", fake_sign_in_exec)
    monkeypatch.setattr(ChangePasswordDialog, "exec", fake_change_exec)
    monkeypatch.setattr("app.views.settings.put", lambda *_a: None)
    actor = sign_in_flow(clerk_db)
    assert actor is not None and actor.login == "wang" and shown == ["ChangePasswordDialog"]
    assert not auth.must_change_password(clerk_db, actor)


def test_the_first_administrator_of_a_one_person_office_holds_every_role(qtbot, sqlite_db):
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.login
    assert set(dialog.roles.codes()) == {"clerk", "mediator", "supervisor", "admin"}  # offered ticked
    dialog.roles.boxes["mediator"].setChecked(False)
    for field, text in ((dialog.login, "root"), (dialog.name, "钱管理")):
        field.setText(text)
    dialog.password.setText("Admin-pass-2026")
    dialog.confirm.setText("Admin-pass-2026")
    dialog.save()
    assert dialog.actor is not None and dialog.actor.roles == {"admin", "clerk", "supervisor"}


def test_a_problem_makes_room_instead_of_squashing_the_fields(qtbot, sqlite_db):
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login.setText("root")
    dialog.save()
    assert dialog.board.boxes["姓名"].problem()
    assert dialog.login.height() >= dialog.login.sizeHint().height()
    assert dialog.height() >= dialog.sizeHint().height()
