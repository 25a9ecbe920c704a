"""``selftest``: start the application offscreen on a temporary database and check that it works.

The steps are a plain list of named functions run in order; each gets the shared :class:`SelfTest`
state and returns a short detail for its line of output. The first failing step ends the run. To add a
step, write ``def my_step(st: SelfTest) -> str`` and put ``("what it checks", my_step)`` into ``STEPS``.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QRect,
    QTimer,
    QtMsgType,
    SignalInstance,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.devtools.demo import generate_demo
from app.devtools.screens import SCREENS
from app.domain import requirements as req
from app.domain.dates import now_local, today_local
from app.services.cases import workflow
from app.services.cases.drafts import CaseDraft, MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.sessions import OfferInput, SessionInput, log_session
from app.services.cases.view import case_document
from app.services.context import Actor
from app.services.report.check import check_monthly_export
from app.services.setup import Database, open_database
from app.views import settings
from app.views.context import AppContext
from app.views.i18n import install_language
from app.views.main_window import MainWindow
from app.views.screen_fit import fit_window, set_available_area
from app.views.theme import apply_theme

DEMO_CASES = 400
WAIT_MS = 10_000
SETTLE_MS = 300
LANGUAGE_SUFFIX = {"zh_CN": "zh", "en": "en"}
DEFAULT_SCREEN = (1920, 1080)
TASKBAR_HEIGHT = 40
"""Windows 10/11's taskbar at 100 % scaling, kept free at the bottom of the simulated screen."""
OFFSCREEN_NOISE = ("does not support propagateSizeHints", "does not support raise()")


@dataclass
class SelfTest:
    """What the steps share: the temporary folder and database, the acting user, the case and window."""

    workdir: Path
    screenshots: Path | None = None
    screen: tuple[int, int] = DEFAULT_SCREEN
    actor: Actor = field(default_factory=Actor.cli)
    db: Database | None = None
    case_no: str = ""
    window: MainWindow | None = None
    ctx: AppContext | None = None

    @property
    def database(self) -> Database:
        if self.db is None:
            raise RuntimeError("no database: the first step did not run")
        return self.db


def wait_for(signal: SignalInstance | None, timeout_ms: int = WAIT_MS) -> None:
    """Let Qt work until ``signal`` fires (or, without one, for a short moment); no busy loop."""
    loop = QEventLoop()
    if signal is not None:
        signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms if signal is not None else SETTLE_MS, loop.quit)
    loop.exec()


def open_temp_database(st: SelfTest) -> str:
    st.db = open_database(f"sqlite:///{(st.workdir / 'selftest.db').as_posix()}")
    return st.database.describe()


def fill_demo_data(st: SelfTest) -> str:
    generate_demo(st.database, DEMO_CASES, seed=7)
    return f"{DEMO_CASES} 件演示案件"


def case_to_closed(st: SelfTest) -> str:
    """Register, accept, assign, start, log a session, agree and close, as the case page does."""
    db, actor, today = st.database, st.actor, today_local()
    draft = CaseDraft(
        source="phone",
        received_on=today,
        consumer_name="自检消费者",
        consumer_phone="13800138000",
        merchant=MerchantDraft(name="自检小铺", wechat_id="selftest_shop"),
        channel="wechat_moments",
        payment="wechat_transfer",
        purchase_date=today - timedelta(days=5),
        amount_claimed="199.00",
        nature="quality",
        category="g_daily",
        requests=["refund"],
        facts="自检：商品有质量问题。",
        request_text="退款",
    )
    st.case_no = no = register_case(db, actor, draft, today=today)
    assessment = req.OperatorAssessment(
        sells_continuously=True, posts_regularly=True, buyers_known=3, conclusion="operator"
    )
    workflow.accept_case(db, actor, no, req.AcceptInput(assessment, today))
    workflow.assign_mediator(db, actor, no, "mediator1")
    workflow.start_mediation(db, actor, no, req.StartInput(True, True, today))
    log_session(
        db,
        actor,
        no,
        SessionInput(
            held_at=now_local(),
            mode="phone",
            participants="消费者、经营者",
            summary="自检调解",
            offers=(OfferInput("merchant", Decimal("199.00")),),
        ),
    )
    workflow.record_agreement(
        db, actor, no, req.AgreeInput("退款199元", today, today + timedelta(days=7), refund=Decimal("199.00"))
    )
    workflow.close_case(
        db,
        actor,
        no,
        req.CloseInput(
            "performed", today, received_amount=Decimal("199.00"), paid_by="merchant", performance_confirmed=True
        ),
    )
    state = case_document(db, no)["state"]
    if state != "closed":
        raise RuntimeError(f"案件 {no} 状态为 {state}，应为 closed")
    return f"{no} 已办结"


def monthly_export(st: SelfTest) -> str:
    """Write this month's report workbook and read its figures back."""
    return check_monthly_export(st.database, st.actor, st.workdir)


def open_main_window(st: SelfTest) -> str:
    st.window = _window(st, "zh_CN")
    cases = st.window.pages["cases"]
    if cases.model.rowCount() == 0:  # type: ignore[attr-defined]
        raise RuntimeError("案件列表为空")
    return cases.count_label.text()  # type: ignore[attr-defined]


def _window(st: SelfTest, lang: str) -> MainWindow:
    """A main window in ``lang`` showing the case list with its first rows read."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if st.ctx is None:
        st.ctx = AppContext(db=st.database, actor=st.actor)
    st.ctx.lang = install_language(app, lang)  # one context for both languages, as the View menu does
    window = MainWindow(st.ctx)
    fit_window(window)  # as on a fresh PC: not the place the previous window was left at
    window.show()
    cases = window.pages["cases"]
    if cases.model.rowCount() == 0:  # type: ignore[attr-defined]
        wait_for(cases.results_shown)  # type: ignore[attr-defined]
    return window


def save_screenshots(st: SelfTest) -> str:
    if st.screenshots is None:
        return "未要求（--screenshots DIR）"
    st.screenshots.mkdir(parents=True, exist_ok=True)
    saved = []
    for lang, suffix in LANGUAGE_SUFFIX.items():
        window = _window(st, lang)
        for key in list(window.pages):
            window.show_page(key)
            loaded = getattr(window.pages[key], "loaded", None)
            if loaded is not None and getattr(window.pages[key], "data", True) is None:
                wait_for(loaded)
            saved.append(_grab(window, st.screenshots / f"{key}_{suffix}.png"))
        for screen in SCREENS.values():
            widget = screen.factory(window.ctx)
            if not isinstance(widget, QDialog) and widget.parent() is None and not widget.isVisible():
                fit_window(widget)  # a page on its own, at the main window's size
            widget.show()
            saved.append(_grab(widget, st.screenshots / f"{screen.name}_{suffix}.png"))
            widget.hide()  # not close(): a dialog with entries would ask whether to discard them
            widget.deleteLater()
        window.ctx.extras.pop("screens_case_windows", None)
        window.close()
        window.deleteLater()
    return f"{len(saved)} 张，保存在 {st.screenshots}"


def _grab(widget: QWidget, path: Path) -> Path:
    wait_for(None)
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"无法保存 {path}")
    return path


Step = Callable[[SelfTest], str]
STEPS: list[tuple[str, Step]] = [
    ("临时数据库 / temporary database", open_temp_database),
    ("演示数据 / demo data", fill_demo_data),
    ("案件从登记到办结 / a case from registration to closed", case_to_closed),
    ("月报导出 / monthly export", monthly_export),
    ("主窗口与案件列表 / main window and case list", open_main_window),
    ("截图 / screenshots", save_screenshots),
]


def _qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if not any(noise in message for noise in OFFSCREEN_NOISE):
        print(message, file=sys.stderr)


def simulate_screen(width: int, height: int) -> None:
    """Size every window as on a ``width`` × ``height`` screen with the taskbar at its bottom."""
    set_available_area(QRect(0, 0, width, height - TASKBAR_HEIGHT))


def run_selftest(screenshots: Path | None, out: TextIO, screen: tuple[int, int] = DEFAULT_SCREEN) -> bool:
    """Run every step in order, one line each; True when all of them worked."""
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication([])
    simulate_screen(*screen)
    with tempfile.TemporaryDirectory(prefix="weiquan-selftest-") as tmp, settings.kept_in(Path(tmp)):
        apply_theme(app, "light")  # type: ignore[arg-type]
        st = SelfTest(workdir=Path(tmp), screenshots=screenshots, screen=screen)
        try:
            return _run_steps(st, out)
        finally:
            set_available_area(None)
            if st.db is not None:
                st.db.dispose()


def _run_steps(st: SelfTest, out: TextIO) -> bool:
    for name, step in STEPS:
        started = time.perf_counter()
        try:
            detail = step(st)
        except Exception as err:
            print(f"[失败 FAIL] {name}: {err}", file=out)
            traceback.print_exc(file=out)
            return False
        print(f"[通过 OK] {name}: {detail} ({time.perf_counter() - started:.1f} s)", file=out, flush=True)
    return True
