"""Locking the application after some minutes without input, until the user's password is typed again.

An event filter on the QApplication restarts a timer on every key, click, wheel or mouse move. When it
runs out, every open window of the application is covered by an opaque curtain (so no case data stays
on a shared office screen) and a small prompt asks for the password. While locked, input to anything
but the prompt is swallowed. Dialogs that were open stay open with what was typed in them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.admin import auth
from app.views.context import AppContext

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
    }
)


class Curtain(QWidget):
    """An opaque cover over one window while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("Curtain { background: #37474f; }")
        label = QLabel(self.tr("维权台已锁定"), self)
        label.setStyleSheet("color: white; font-size: 22px;")
        layout = QVBoxLayout(self)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.setGeometry(self.parentWidget().rect())
        return False


class LockPrompt(QWidget):
    """The password prompt shown while locked: the only thing that takes input."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            None,
            Qt.WindowType.Dialog
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint,
        )
        self.ctx = ctx
        self.setWindowTitle(self.tr("维权台已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.who = QLabel(self.tr("%1 已离开一段时间，请输入密码继续。").replace("%1", ctx.actor.name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button = QPushButton(self.tr("退出维权台"))
        quit_button.clicked.connect(QApplication.quit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        for widget in (self.who, self.password, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)

    def try_unlock(self) -> None:
        """Check the password with the same rules as signing in (wrong ones count and slow down)."""
        try:
            auth.sign_in(self.ctx.db, self.ctx.actor.login, self.password.text())
        except DomainError as err:
            self.message.setText(err.message)
            self.password.clear()
            return
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
        self.ctx.recheck_rights()  # an administrator may have changed this user's roles meanwhile


class IdleLock(QObject):
    """Watches the application's input and locks it after ``minutes`` without any."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, ctx: AppContext, minutes: int, interval_ms: int | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prompt: LockPrompt | None = None
        self.curtains: list[Curtain] = []
        self.timer = QTimer(self, singleShot=True, interval=interval_ms or minutes * 60_000)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.prompt is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT_EVENTS:
            return False
        if self.prompt is None:
            self.timer.start()
            return False
        if event.type() == QEvent.Type.Shortcut:
            return not (isinstance(watched, QWidget) and self._in_prompt(watched))
        return isinstance(watched, QWidget) and not self._in_prompt(watched)

    def _in_prompt(self, widget: QWidget) -> bool:
        return self.prompt is not None and (widget is self.prompt or self.prompt.isAncestorOf(widget))

    def lock(self) -> None:
        """Cover every window and ask for the password."""
        if self.prompt is not None:
            return
        self.timer.stop()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.curtains = [Curtain(w) for w in windows]
        self.prompt = LockPrompt(self.ctx)
        self.prompt.unlocked.connect(self.unlock)
        self.prompt.show()
        main = next((w for w in windows if w.isWindow() and w.parent() is None), None)
        if main is not None:
            self.prompt.move(main.geometry().center() - self.prompt.rect().center())
        self.prompt.activateWindow()
        self.prompt.password.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        """Remove the curtains and start counting idle time again."""
        for curtain in self.curtains:
            curtain.deleteLater()
        self.curtains = []
        if self.prompt is not None:
            self.prompt.close()
            self.prompt.deleteLater()
            self.prompt = None
        self.timer.start()
        self.unlocked.emit()

    def stop(self) -> None:
        """Stop watching (the application is closing)."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
