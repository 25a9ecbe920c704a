"""Opens each case in its own window (side by side with the list), one window per case number, and the
new-case form; the main window owns one ``CaseWindows``."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from app.domain.errors import DomainError
from app.views.case_page.case_page import CasePage
from app.views.context import AppContext
from app.views.dialogs.case_dialogs import NewCaseDialog
from app.views.screen_fit import fit_window
from app.views.widgets.input_guards import guard_inputs


class CaseWindow(QWidget):
    """A top-level window holding one case page; Esc or Ctrl+W closes it."""

    def __init__(self, ctx: AppContext, case_no: str, manager: CaseWindows) -> None:
        super().__init__(None)
        self.manager = manager
        self.page = CasePage(ctx, case_no, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page)
        self.setWindowTitle(self.page.windowTitle())
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        fit_window(self, width=0.95)
        guard_inputs(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.manager.forget(self.page.case_no)
        super().closeEvent(event)


class CaseWindows(QObject):
    """Keeps the open case windows; listens to ``hub.open_case``."""

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.ctx, self.parent_widget = ctx, parent_widget
        self.windows: dict[str, CaseWindow] = {}
        ctx.hub.open_case.connect(self.open_case)

    def open_case(self, case_no: str) -> CaseWindow | None:
        """Show the case's window (raising it if it is open already)."""
        window = self.windows.get(case_no)
        if window is None:
            try:
                window = CaseWindow(self.ctx, case_no, self)
            except DomainError as err:
                QMessageBox.warning(self.parent_widget, self.tr("打开案件"), err.message)
                return None
            self.windows[case_no] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def forget(self, case_no: str) -> None:
        self.windows.pop(case_no, None)

    def new_case(self) -> NewCaseDialog:
        """Open the intake form; a registered case opens on its page."""
        dialog = NewCaseDialog(self.ctx, self.parent_widget)
        dialog.accepted.connect(lambda: self.ctx.hub.open_case.emit(dialog.case_no) if dialog.case_no else None)
        dialog.open()
        return dialog

    def close_all(self) -> None:
        for window in list(self.windows.values()):
            window.close()
