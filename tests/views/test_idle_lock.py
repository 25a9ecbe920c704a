"""The window locks after idle time: covered, deaf to input, and back only with the right password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow

from app.domain.permissions import Permission
from app.services.admin.users import actor_for, add_user, deactivate_user, set_roles
from app.services.context import Actor
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.idle_lock import Curtain, IdleLock

PASSWORD = "Mediator-pass-1"


@pytest.fixture
def ctx(sqlite_db) -> AppContext:
    add_user(sqlite_db, Actor.cli(), "med1", "李调解", ["mediator"], password=PASSWORD)
    return AppContext(db=sqlite_db, actor=actor_for(sqlite_db, "med1"))


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.phone = QLineEdit("13812348000")
    win.setCentralWidget(win.phone)
    win.resize(800, 500)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def lock(ctx, window, qtbot):
    idle = IdleLock(ctx, minutes=15, interval_ms=30)
    qtbot.waitUntil(lambda: idle.is_locked)
    yield idle
    if idle.prompt is not None:
        idle.prompt.close()
    idle.stop()


def test_idle_window_is_covered_and_ignores_input(lock, window, qtbot):
    curtain = lock.curtains[0]
    assert curtain.isVisible() and curtain.geometry() == window.rect()
    shot = window.grab().toImage()
    assert shot.pixelColor(5, window.height() // 2).name() == "#37474f", "the phone number is covered"
    qtbot.keyClicks(window.phone, "999")
    qtbot.mouseClick(window.phone, Qt.MouseButton.LeftButton)
    assert window.phone.text() == "13812348000"
    assert lock.prompt.isVisible() and "李调解" in lock.prompt.who.text()


def test_wrong_password_keeps_it_locked(lock, qtbot):
    qtbot.keyClicks(lock.prompt.password, "not-the-password")
    qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and "不正确" in lock.prompt.message.text()
    assert lock.prompt.password.text() == ""


def test_right_password_unlocks_and_input_works_again(lock, window, qtbot):
    lock.timer.setInterval(60_000)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClicks(lock.prompt.password, PASSWORD)
        qtbot.keyClick(lock.prompt.password, Qt.Key.Key_Return)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: not window.findChildren(Curtain))
    qtbot.keyClicks(window.phone, "9")
    assert window.phone.text() == "138123480009"


def test_a_user_deactivated_meanwhile_cannot_unlock(lock, ctx, qtbot):
    deactivate_user(ctx.db, Actor.cli(), "med1")
    qtbot.keyClicks(lock.prompt.password, PASSWORD)
    qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and "已停用" in lock.prompt.message.text()


def test_lock_follows_the_sign_in_wait(lock, ctx, qtbot):
    for _ in range(3):
        qtbot.keyClicks(lock.prompt.password, "wrong-wrong")
        qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lock.prompt.password, PASSWORD)
    qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and "秒后再试" in lock.prompt.message.text()


def test_rights_checked_at_action_gui_rereads_rights_on_unlock(ctx, lock, qtbot):
    """An administrator gave the mediator the supervisor role while the screen was locked: unlocking
    re-reads the rights and tells the window to offer what they allow now."""

    set_roles(ctx.db, Actor.cli(), "med1", ["mediator", "supervisor"])
    assert not ctx.actor.can(Permission.ASSIGN_MEDIATOR)
    with qtbot.waitSignal(ctx.hub.rights_changed, timeout=2000):
        qtbot.keyClicks(lock.prompt.password, PASSWORD)
        qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and ctx.actor.can(Permission.ASSIGN_MEDIATOR)


def test_rights_checked_at_action_gui_rereads_rights_on_a_refusal(ctx, qtbot):
    """A dialog whose service call is refused for rights re-reads them, so the window stops offering the action."""

    class Refused(FormDialog):
        def submit(self) -> None:
            self.ctx.actor.require(Permission.MEDIATE)

    dialog = Refused(ctx, "x")
    qtbot.addWidget(dialog)
    set_roles(ctx.db, Actor.cli(), "med1", ["clerk"])
    with qtbot.waitSignal(ctx.hub.rights_changed, timeout=2000):
        dialog.save()
    assert not ctx.actor.can(Permission.MEDIATE) and "调解案件" in dialog.board.summary.text()
