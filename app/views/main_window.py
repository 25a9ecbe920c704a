"""The main window: a navigation list on the left, the pages on the right — only the pages of the user's
areas of work (app.domain.permissions.AREA_PERMISSIONS), and only the menu commands they may use.

A page is built (and its module imported) when it is first shown, so that starting the application
builds only the first page: the window holds an empty placeholder in each other page's place.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
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
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.domain.permissions import Permission, permissions_of, sees_area
from app.services.version import app_version
from app.views import settings
from app.views.case_page.case_windows import CaseWindows
from app.views.case_page.timeline import person_text
from app.views.context import AppContext
from app.views.i18n import DATA_PROPERTY, LANGUAGES, install_language
from app.views.refusals import offer_permission
from app.views.screen_fit import fit_window, keep_on_screen
from app.views.theme import THEMES, apply_theme, current_theme
from app.views.widgets.input_guards import guard_inputs

PAGE_CLASSES: list[tuple[str, str]] = [
    ("dashboard", "app.views.pages.dashboard_page:DashboardPage"),
    ("cases", "app.views.pages.cases_page:CasesPage"),
    ("due", "app.views.pages.due_page:DuePage"),
    ("merchants", "app.views.pages.merchants_page:MerchantsPage"),
    ("reports", "app.views.pages.reports_page:ReportsPage"),
    ("admin", "app.views.pages.admin_page:AdminPage"),
]
"""Navigation key and "module:class" of each page, in navigation order (imported when first shown)."""


def page_class(key: str) -> type[QWidget]:
    """The class of the page with this navigation key (importing its module)."""
    module, name = dict(PAGE_CLASSES)[key].split(":")
    cls: type[QWidget] = getattr(importlib.import_module(module), name)
    return cls


class Pages(Mapping[str, QWidget]):
    """The window's pages by navigation key (the user's areas only, in navigation order), each built when
    first asked for and put in its placeholder's place in the stack."""

    def __init__(self, ctx: AppContext, stack: QStackedWidget, keys: list[str]) -> None:
        self.ctx, self.stack, self.keys = ctx, stack, keys
        self.built: dict[str, QWidget] = {}
        for _key in keys:
            stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> QWidget:
        page = self.built.get(key)
        if page is None:
            index = self.keys.index(key)
            page = self.built[key] = page_class(key)(self.ctx)  # type: ignore[call-arg]
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


class MainWindow(QMainWindow):
    """Navigation between the pages, the menu, and the status bar."""

    language_switched = Signal(object)
    """The window was rebuilt (in another language, or for another user); carries the new MainWindow,
    which replaces this one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("维权台"))
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        granted = permissions_of(ctx.actor.roles)
        self.pages = Pages(ctx, self.stack, [key for key, _path in PAGE_CLASSES if sees_area(granted, key)])
        for key in self.pages:
            item = QListWidgetItem(self._page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.case_windows = CaseWindows(ctx, self)
        self._build_menu()
        self._build_view_menu()
        self._build_help_menu()
        who = QLabel(f"{person_text(ctx.actor.login, ctx.actor.name)} · {ctx.db.describe()}")
        who.setProperty(DATA_PROPERTY, True)  # the user's name and the database
        self.statusBar().addPermanentWidget(who)
        ctx.hub.show_page.connect(self.show_page)
        ctx.hub.show_cases.connect(lambda _filters: self.show_page("cases"))
        fit_window(self)
        geometry = settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
            keep_on_screen(self)
        self.show_page(str(settings.get("window/page") or "cases"))
        guard_inputs(self)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.pages[self.pages.keys[row]]  # built on first showing
            self.stack.setCurrentIndex(row)

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
        lang = self.ctx.lang
        offer_permission(new_case, self.ctx.actor.can(Permission.REGISTER), Permission.REGISTER, lang)
        self.new_case_action = new_case
        if new_case.isEnabled():
            toolbar = self.addToolBar(self.tr("工具栏"))
            toolbar.setObjectName("main_toolbar")
            toolbar.addAction(new_case)
        enquiries = file_menu.addAction(self.tr("咨询登记(&E)…"))
        offer_permission(enquiries, self.ctx.actor.can(Permission.REGISTER), Permission.REGISTER, lang)
        enquiries.triggered.connect(self._enquiries)
        self.enquiries_action = enquiries
        import_ledger = file_menu.addAction(self.tr("导入台账(&I)…"))
        file_menu.setToolTipsVisible(True)
        offer_permission(import_ledger, self.ctx.actor.can(Permission.IMPORT_LEDGER), Permission.IMPORT_LEDGER, lang)
        self.import_action = import_ledger
        import_ledger.triggered.connect(self._import_ledger)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("退出(&Q)"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.view_menu = self.menuBar().addMenu(self.tr("视图(&V)"))

    def _enquiries(self) -> None:
        from app.views.dialogs.enquiries_dialog import EnquiriesDialog  # imports the report: not at start

        EnquiriesDialog(self.ctx, self).open()

    def _import_ledger(self) -> None:
        from app.views.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).open()

    def _build_view_menu(self) -> None:
        """Theme (light, dark) and language (中文, English), each a group of exclusive choices."""
        app = QApplication.instance()
        theme_menu = self.view_menu.addMenu(self.tr("主题(&T)"))
        names = {"light": self.tr("浅色"), "dark": self.tr("深色")}
        self.theme_actions = self._choice_group(
            theme_menu, {k: names[k] for k in THEMES}, current_theme(app) if app else "light", self.switch_theme
        )
        language = self.tr("语言(&L)")
        language_menu = self.view_menu.addMenu(language if self.ctx.english else f"{language} / Language")
        self.language_actions = self._choice_group(language_menu, LANGUAGES, self.ctx.lang, self.switch_language)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.tr("关于维权台(&A)…")).triggered.connect(self.show_about)

    def about_text(self) -> str:
        """The version, the database in use and where the log is written."""
        number = app_version()
        lines = [
            self.tr("维权台 %1").replace("%1", number),
            self.tr("数据库：%1").replace("%1", self.ctx.db.describe()),
            self.tr("当前用户：%1").replace("%1", person_text(self.ctx.actor.login, self.ctx.actor.name)),
        ]
        log = self.ctx.extras.get("log_path")
        if log:
            lines.append(self.tr("日志文件：%1").replace("%1", str(log)))
        return "\n".join(lines)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于维权台"), self.about_text())

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
        return self.rebuild()

    def rebuild(self) -> MainWindow:
        """Replace this window by a new one on the same page and place (new language, or new rights)."""
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
        """Switch to the page with this navigation key (the first page when the user has no such page)."""
        keys = list(self.pages)
        fallback = "cases" if "cases" in keys else keys[0]
        self.nav.setCurrentRow(keys.index(key) if key in keys else keys.index(fallback))

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def switch_user(self, ctx: AppContext) -> MainWindow:
        """Replace this window by one for another signed-in user (same language, same place)."""
        settings.put("window/geometry", self.saveGeometry())
        replacement = MainWindow(ctx)
        self.language_switched.emit(replacement)
        replacement.show()
        self.close()
        self.deleteLater()
        return replacement

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put("window/page", self.current_page_key())
        settings.put("window/geometry", self.saveGeometry())
        self.case_windows.close_all()
        super().closeEvent(event)
