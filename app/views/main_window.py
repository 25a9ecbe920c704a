"""The main window: a navigation list on the left, the pages on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.domain.permissions import Permission
from app.views import settings
from app.views.case_page.case_windows import CaseWindows
from app.views.context import AppContext
from app.views.dialogs.import_wizard import ImportWizard
from app.views.i18n import LANGUAGES, install_language
from app.views.pages.admin_page import AdminPage
from app.views.pages.cases_page import CasesPage
from app.views.pages.dashboard_page import DashboardPage
from app.views.pages.due_page import DuePage
from app.views.pages.merchants_page import MerchantsPage
from app.views.pages.reports_page import ReportsPage
from app.views.screen_fit import fit_window, keep_on_screen
from app.views.theme import THEMES, apply_theme, current_theme

PAGE_CLASSES: list[tuple[str, type[QWidget]]] = [
    ("dashboard", DashboardPage),
    ("cases", CasesPage),
    ("due", DuePage),
    ("merchants", MerchantsPage),
    ("reports", ReportsPage),
    ("admin", AdminPage),
]


class MainWindow(QMainWindow):
    """Navigation between the pages, the menu, and the status bar."""

    language_switched = Signal(object)
    """The window was rebuilt in another language; carries the new MainWindow, which replaces this one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("维权台"))
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, cls in PAGE_CLASSES:
            page = cls(ctx)  # type: ignore[call-arg]
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self._page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.case_windows = CaseWindows(ctx, self)
        self._build_menu()
        self._build_view_menu()
        self.statusBar().addPermanentWidget(QLabel(f"{ctx.actor.name} · {ctx.db.describe()}"))
        ctx.hub.show_page.connect(self.show_page)
        ctx.hub.show_cases.connect(lambda _filters: self.show_page("cases"))
        fit_window(self)
        geometry = settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        self.show_page(str(settings.get("window/page") or "cases"))

    def _page_title(self, key: str) -> str:
        titles = {
            "dashboard": self.tr("仪表盘"),
            "cases": self.tr("案件"),
            "due": self.tr("待办"),
            "merchants": self.tr("经营者"),
            "reports": self.tr("统计报表"),
            "admin": self.tr("管理"),
        }
        return titles[key]

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new_case = file_menu.addAction(self.tr("新建案件(&N)"))
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.triggered.connect(lambda: self.case_windows.new_case())
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(new_case)
        import_ledger = file_menu.addAction(self.tr("导入台账(&I)…"))
        import_ledger.setEnabled(self.ctx.actor.can(Permission.IMPORT_LEDGER))
        import_ledger.triggered.connect(lambda: ImportWizard(self.ctx, self).open())
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("退出(&Q)"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))

    def _build_view_menu(self) -> None:
        """Theme (light, dark) and language (中文, English), each a group of exclusive choices."""
        app = QApplication.instance()
        theme_menu = self.view_menu.addMenu(self.tr("主题(&T)"))
        names = {"light": self.tr("浅色"), "dark": self.tr("深色")}
        self.theme_actions = self._choice_group(
            theme_menu, {k: names[k] for k in THEMES}, current_theme(app) if app else "light", self.switch_theme
        )
        language_menu = self.view_menu.addMenu(self.tr("语言(&L)") + " / Language")
        self.language_actions = self._choice_group(language_menu, LANGUAGES, self.ctx.lang, self.switch_language)

    def _choice_group(self, menu: Any, choices: dict[str, str], current: str, choose: Any) -> dict[str, Any]:
        group = QActionGroup(menu)
        actions = {}
        for key, text in choices.items():
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _checked=False, k=key: choose(k))
            group.addAction(action)
            actions[key] = action
        return actions

    def switch_theme(self, name: str) -> None:
        """Apply the light or dark theme now and keep the choice."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings.put("ui/theme", apply_theme(app, name))

    def switch_language(self, lang: str) -> MainWindow | None:
        """Install the language and replace this window by one built in it, on the same page and place."""
        app = QApplication.instance()
        if app is None or lang == self.ctx.lang:
            return None
        self.ctx.lang = install_language(app, lang)
        settings.put("ui/lang", self.ctx.lang)
        page = self.current_page_key()
        settings.put("window/page", page)
        settings.put("window/geometry", self.saveGeometry())
        replacement = MainWindow(self.ctx)
        replacement.show_page(page)
        self.language_switched.emit(replacement)
        replacement.show()
        self.close()
        self.deleteLater()
        return replacement

    def show_page(self, key: str) -> None:
        """Switch to the page with this navigation key."""
        keys = [k for k, _ in PAGE_CLASSES]
        self.nav.setCurrentRow(keys.index(key) if key in keys else keys.index("cases"))

    def current_page_key(self) -> str:
        return [k for k, _ in PAGE_CLASSES][self.stack.currentIndex()]

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put("window/page", self.current_page_key())
        settings.put("window/geometry", self.saveGeometry())
        self.case_windows.close_all()
        super().closeEvent(event)
