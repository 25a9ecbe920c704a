"""The due desk, the merchant list and a merchant's profile, driven through their widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.merchant_table import MERCHANT_ID_ROLE
from app.services.cases.drafts import MerchantDraft
from app.services.cases.intake import register_case
from app.services.cases.view import case_document
from app.services.merchants.profile import merchant_profile
from app.views.context import AppContext
from app.views.dialogs.merchant_dialog import MerchantDialog
from app.views.pages.due_page import DuePage
from app.views.pages.merchants_page import MerchantsPage
from tests.support.builders import to_mediating, wechat_draft


@pytest.fixture
def sqlite_ctx(sqlite_db):
    from app.services.admin.users import actor_for, add_user
    from app.services.context import Actor

    add_user(sqlite_db, Actor.cli(), "boss", "赵主管", ["supervisor"])
    add_user(sqlite_db, Actor.cli(), "med1", "李调解", ["mediator"])
    return AppContext(sqlite_db, actor_for(sqlite_db, "boss")), actor_for(sqlite_db, "med1")


def test_desk_shows_the_mediators_cases_and_enter_opens_one(qtbot, sqlite_ctx):
    ctx, mediator = sqlite_ctx
    received = date.today() - timedelta(days=90)
    mine = to_mediating(ctx.db, ctx.actor, received, mediator_login="med1")
    to_mediating(ctx.db, ctx.actor, received)
    page = DuePage(AppContext(ctx.db, mediator))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == mine
    assert page.table.item(0, 1).text().startswith("超期")
    assert page.table.item(0, 5).text() == "调解：达成协议或终止调解"
    page.table.setFocus()
    with qtbot.waitSignal(page.ctx.hub.open_case) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [mine]


def _seller_cases(ctx: AppContext) -> tuple[int, int]:
    today = date.today()
    a = register_case(ctx.db, ctx.actor, wechat_draft(today), today=today)
    b = register_case(
        ctx.db,
        ctx.actor,
        wechat_draft(today, consumer_phone="13700000000", merchant=MerchantDraft(name="美妆小店", wechat_id="mzxd")),
        today=today,
    )
    return case_document(ctx.db, a)["merchant"]["id"], case_document(ctx.db, b)["merchant"]["id"]


def test_merchant_list_searches_and_opens_the_profile(qtbot, sqlite_ctx):
    ctx, _ = sqlite_ctx
    kept, _other = _seller_cases(ctx)
    page = MerchantsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.search.setText("meizhuang")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "美妆小铺"
    page._open(page.table.model().index(0, 0))
    dialog = page.findChild(MerchantDialog)
    qtbot.addWidget(dialog)
    assert dialog.merchant_id == kept
    assert dialog.cases.rowCount() == 1
    assert "美妆小店" in dialog.similar.item(0).text() and "相似度" in dialog.similar.item(0).text()


def test_profile_blacklists_merges_and_undoes(qtbot, sqlite_ctx, monkeypatch):
    ctx, _ = sqlite_ctx
    kept, other = _seller_cases(ctx)
    dialog = MerchantDialog(ctx, kept)
    qtbot.addWidget(dialog)
    dialog.blacklist_button.click()
    reason = dialog.reason_dialog
    reason.save()  # no reason: said in the reason dialog, which stays open
    assert reason.isVisible() and "请填写理由" in reason.board.boxes["理由"].problem()
    assert not merchant_profile(ctx.db, ctx.actor, kept).blacklisted
    reason.reason.setPlainText("多次拒绝调解")
    reason.save()
    assert not reason.isVisible()
    assert merchant_profile(ctx.db, ctx.actor, kept).blacklisted and "黑名单" in dialog.header.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.similar.setCurrentRow(0)
    dialog.merge_button.click()
    dialog.reason_dialog.reason.setPlainText("同一微信号")
    dialog.reason_dialog.save()
    assert dialog.cases.rowCount() == 2
    assert merchant_profile(ctx.db, ctx.actor, other).merged_into_id == kept
    dialog.merges.setCurrentRow(0)
    dialog.undo_button.click()
    assert dialog.cases.rowCount() == 1
    assert merchant_profile(ctx.db, ctx.actor, other).merged_into_id is None
    assert "已撤销" in dialog.merges.item(0).text()


def test_a_mediator_is_not_offered_blacklist_or_merge(qtbot, sqlite_ctx):
    ctx, mediator = sqlite_ctx
    kept, _ = _seller_cases(ctx)
    dialog = MerchantDialog(AppContext(ctx.db, mediator), kept)
    qtbot.addWidget(dialog)
    assert dialog.blacklist_button.isHidden() and dialog.merge_button.isHidden()


def test_a_double_click_opens_one_window_per_merchant(qtbot, sqlite_ctx):
    ctx, _ = sqlite_ctx
    _seller_cases(ctx)
    page = MerchantsPage(ctx)
    qtbot.addWidget(page)
    index = page.table.model().index(0, 0)
    page._open(index)  # a double-click reports both "activated" and "doubleClicked"
    page._open(index)
    assert len(page.findChildren(MerchantDialog)) == 1


def test_the_merchant_list_pages_through_every_merchant_and_says_how_many(qtbot, sqlite_db):
    from sqlalchemy import func, select

    from app.devtools.demo import generate_demo
    from app.services.context import Actor
    from app.store.merchants import Merchant
    from app.views.pages import merchants_page

    generate_demo(sqlite_db, 2000, seed=5)
    with sqlite_db.read() as session:
        everyone = session.scalar(select(func.count()).where(Merchant.merged_into_id.is_(None)))
    assert everyone > merchants_page.PAGE_SIZE  # more merchants than one page holds
    page = MerchantsPage(AppContext(sqlite_db, Actor.cli()))
    qtbot.addWidget(page)
    assert page.total == everyone and f"{everyone:,}" in page.count.text()
    assert page.model.rowCount() == merchants_page.PAGE_SIZE and page.model.canFetchMore()
    page.show()
    while page.model.canFetchMore():  # what scrolling to the end of the list does
        page.table.scrollToBottom()
        qtbot.wait(1)
        if page.model.canFetchMore():
            page.model.fetchMore()
    seen = [page.model.index(r, 0).data(MERCHANT_ID_ROLE) for r in range(page.model.rowCount())]
    assert len(seen) == len(set(seen)) == everyone
    assert page.count.text() == f"共 {everyone:,} 个经营者"


def test_the_merchant_list_is_a_model_and_its_headers_order_it(qtbot, sqlite_ctx):
    from PySide6.QtCore import QAbstractTableModel

    ctx, _ = sqlite_ctx
    _seller_cases(ctx)
    page = MerchantsPage(ctx)
    qtbot.addWidget(page)
    assert isinstance(page.table.model(), QAbstractTableModel) and page.table.model() is page.model
    assert page.sort.currentData() == "recent"
    page.table.horizontalHeader().sectionClicked.emit(5)  # 投诉总数
    assert page.sort.currentData() == "total" and page.model.order == "total"
    assert page.model.index(0, 5).data() == "1" and page.model.index(0, 0).data(MERCHANT_ID_ROLE) is not None


def test_the_due_desk_writes_overdue_dates_in_red(qtbot, sqlite_ctx):
    from PySide6.QtGui import QColor

    from app.views.pages.due_page import OVERDUE_TEXT
    from app.views.widgets.due_delegate import DueColourDelegate

    ctx, _ = sqlite_ctx
    to_mediating(ctx.db, ctx.actor, date.today() - timedelta(days=120))
    page = DuePage(ctx)
    qtbot.addWidget(page)
    assert page.items[0].overdue
    colour = page.table.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour == OVERDUE_TEXT
    assert isinstance(page.table.itemDelegateForColumn(0), DueColourDelegate)
