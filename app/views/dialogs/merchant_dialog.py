"""A merchant's profile: identifiers and every name seen, the counts of its record, money recovered,
every case (Enter opens it), similar merchants with the similarity explained, the blacklist and merges.
Blacklist and merge buttons are offered to supervisors only; the services check again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.display import show_date
from app.domain.errors import DomainError
from app.domain.money import format_yuan
from app.domain.periods import RECENT_DAYS
from app.domain.permissions import Permission
from app.domain.workflow import OUTCOMES, STATES
from app.services.merchants.admin import merge_merchants, merge_preview, set_blacklisted, undo_merge
from app.services.merchants.identity import SIMILAR_NAME_CUTOFF
from app.services.merchants.profile import MerchantProfile, merchant_profile, similar_to
from app.views.context import AppContext
from app.views.dialogs.reason_dialog import ReasonDialog
from app.views.i18n import DATA_PROPERTY, punctuation
from app.views.screen_fit import fit_window


class MerchantDialog(QDialog):
    """The merchant page as a dialog; ``changed`` tells the list to reload."""

    changed = Signal()

    def __init__(self, ctx: AppContext, merchant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.merchant_id = merchant_id
        fit_window(self, width=0.8, height=0.95)
        self.header = QLabel()
        self.header.setProperty(DATA_PROPERTY, True)  # the merchant's name, identifiers and reason
        self.header.setWordWrap(True)
        self.figures = QFormLayout()
        self.seen = QLabel()
        self.seen.setProperty(DATA_PROPERTY, True)
        self.seen.setWordWrap(True)
        self.cases = QTableWidget(0, 6)
        self.cases.setHorizontalHeaderLabels(
            [
                self.tr("案件编号"),
                self.tr("登记日期"),
                self.tr("状态"),
                self.tr("消费者"),
                self.tr("投诉金额"),
                self.tr("结果"),
            ]
        )
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.verticalHeader().setVisible(False)
        self.cases.activated.connect(self._open_case)
        self.cases.doubleClicked.connect(self._open_case)
        self.similar = QListWidget()
        self.similar.setFixedHeight(72)
        self.merges = QListWidget()
        self.merges.setFixedHeight(56)
        self._build_layout()
        self.reload()

    def _build_layout(self) -> None:
        supervisor = self.ctx.actor.can(Permission.MANAGE_BLACKLIST)
        self.blacklist_button = QPushButton()
        self.blacklist_button.clicked.connect(self.toggle_blacklist)
        self.merge_button = QPushButton(self.tr("将选中的相似经营者合并到本经营者…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button = QPushButton(self.tr("撤销选中的合并"))
        self.undo_button.clicked.connect(self.undo_selected)
        for button in (self.blacklist_button, self.merge_button, self.undo_button):
            button.setVisible(supervisor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        explain = QLabel(
            self.tr(
                "相似度（0-100）说明两个名称有多像：不计空格、标点和大小写，100 为相同；"
                "达到 %1 的才列出。仅供参考，不会自动合并；确认是同一经营者后由主管合并，可撤销。"
            ).replace("%1", str(SIMILAR_NAME_CUTOFF))
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(self.figures)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.seen)
        layout.addWidget(self.cases, 1)
        layout.addWidget(QLabel(self.tr("名称相似的其他经营者")))
        layout.addWidget(self.similar)
        layout.addWidget(explain)
        layout.addWidget(QLabel(self.tr("合并记录")))
        layout.addWidget(self.merges)
        row = QHBoxLayout()
        for widget in (self.blacklist_button, self.merge_button, self.undo_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

    def reload(self) -> None:
        """Read the profile again and fill every part of the dialog."""
        self.profile = merchant_profile(self.ctx.db, self.ctx.actor, self.merchant_id)
        p = self.profile
        self.setWindowTitle(self.tr("经营者：%1").replace("%1", p.name))
        self.setProperty(DATA_PROPERTY, True)  # the title names the merchant
        self._fill_header(p)
        self._fill_figures(p)
        kinds = {
            "name": self.tr("名称"),
            "shop": self.tr("店铺"),
            "payee": self.tr("收款人"),
            "wechat_id": self.tr("微信号"),
            "phone": self.tr("电话"),
            "uscc": self.tr("信用代码"),
        }
        _colon, _sep, semicolon = punctuation(self.ctx.lang)
        self.seen.setText(self.tr("曾用名称与标识：") + semicolon.join(f"{kinds.get(k, k)} {v}" for k, v in p.seen))
        self._fill_cases(p)
        self._fill_similar(p)
        self.merges.clear()
        for m in p.merges:
            state = self.tr("（已撤销）") if m.undone else ""
            item = QListWidgetItem(
                self.tr("第 %1 号：“%2”并入本经营者，%3 %4")
                .replace("%1", str(m.id))
                .replace("%2", m.merged_name)
                .replace("%3", m.by)
                .replace("%4", show_date(m.at.date(), self.ctx.lang))
                + state
            )
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.merges.addItem(item)
        self.blacklist_button.setText(self.tr("移出黑名单…") if p.blacklisted else self.tr("加入黑名单…"))

    def _fill_header(self, p: MerchantProfile) -> None:
        colon = punctuation(self.ctx.lang)[0]
        space = "  " if self.ctx.english else "　"
        kind = codes.label(codes.MERCHANT_KINDS, p.kind, self.ctx.lang)
        lines = [f"<b style='font-size:16px'>{p.name}</b>{space}{kind}"]
        for caption, value in (
            (self.tr("微信号"), p.wechat_id),
            (self.tr("电话"), p.phone),
            (self.tr("统一社会信用代码"), p.uscc),
            (self.tr("收款人"), p.payee),
            (self.tr("店铺"), p.shop_name),
            (self.tr("地址"), p.address),
        ):
            if value:
                lines.append(f"{caption}{colon}{value}")
        if p.blacklisted:
            lines.append(
                "<span style='color:#c62828'><b>"
                + self.tr("黑名单")
                + "</b>"
                + colon
                + (p.blacklist_reason or "")
                + "</span>"
            )
        self.header.setText("<br>".join(lines))

    def _fill_figures(self, p: MerchantProfile) -> None:
        while self.figures.rowCount():
            self.figures.removeRow(0)
        s = p.stats
        first = show_date(s.first_received, self.ctx.lang) or "—"
        last = show_date(s.last_received, self.ctx.lang) or "—"
        for caption, value in (
            (self.tr("投诉总数"), str(s.case_count)),
            (self.tr("在办"), str(s.open_count)),
            (self.tr("近%1天").replace("%1", str(RECENT_DAYS)), str(s.recent_count)),
            (self.tr("拒绝调解"), str(s.refusals)),
            (self.tr("协议未履行"), str(s.not_performed)),
            (self.tr("挽回经济损失(元)"), format_yuan(p.recovered)),
            (self.tr("首次投诉"), first),
            (self.tr("最近投诉"), last),
        ):
            self.figures.addRow(caption + punctuation(self.ctx.lang)[0].rstrip(), QLabel(value))

    def _fill_cases(self, p: MerchantProfile) -> None:
        self.cases.setRowCount(len(p.cases))
        for row, c in enumerate(p.cases):
            values = [
                c.case_no,
                show_date(c.received_on, self.ctx.lang),
                codes.label(STATES, c.state, self.ctx.lang),
                c.consumer_name,
                format_yuan(c.amount_claimed),
                codes.label(OUTCOMES, c.outcome, self.ctx.lang),
            ]
            for column, value in enumerate(values):
                self.cases.setItem(row, column, QTableWidgetItem(value))
        self.cases.resizeColumnsToContents()
        self.cases.horizontalHeader().setStretchLastSection(True)

    def _fill_similar(self, p: MerchantProfile) -> None:
        self.similar.clear()
        for s in similar_to(self.ctx.db, self.ctx.actor, p.id):
            ident = " / ".join(v for v in (s.wechat_id, s.phone) if v)
            item = QListWidgetItem(
                self.tr("%1（相似度 %2）%3").replace("%1", s.name).replace("%2", str(s.similarity)).replace("%3", ident)
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.similar.addItem(item)

    def _open_case(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.hub.open_case.emit(self.profile.cases[index.row()].case_no)

    def _run(self, action: object) -> None:
        """Run a service call; show its refusal as worded, reload on success."""
        try:
            action()  # type: ignore[operator]
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未完成"), err.message)
            return
        self.reload()
        self.changed.emit()

    def toggle_blacklist(self) -> None:
        listed = not self.profile.blacklisted
        title = self.tr("加入黑名单") if listed else self.tr("移出黑名单")
        self._ask_reason(
            title,
            self.tr("理由（必填）"),
            lambda reason: set_blacklisted(self.ctx.db, self.ctx.actor, self.merchant_id, listed, reason),
        )

    def _ask_reason(self, title: str, prompt: str, act: Callable[[str], None]) -> ReasonDialog:
        """Ask for the reason in a dialog that does the step; reload once it is done."""
        self.reason_dialog = dialog = ReasonDialog(self.ctx, title, prompt, act, self)
        dialog.accepted.connect(self._done)
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def merge_selected(self) -> None:
        item = self.similar.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("合并经营者"), self.tr("请先在“名称相似的其他经营者”中选中一个"))
            return
        other = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            preview = merge_preview(self.ctx.db, self.merchant_id, other)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未完成"), err.message)
            return
        question = (
            self.tr("将“%1”并入“%2”：%3 件案件将转到“%2”名下。合并可以撤销。确定是同一经营者吗？")
            .replace("%1", preview.merged_name)
            .replace("%2", preview.kept_name)
            .replace("%3", str(preview.cases_moving))
        )
        if QMessageBox.question(self, self.tr("合并经营者"), question) != QMessageBox.StandardButton.Yes:
            return
        self._ask_reason(
            self.tr("合并经营者"),
            self.tr("依据（必填）"),
            lambda reason: merge_merchants(self.ctx.db, self.ctx.actor, self.merchant_id, other, reason),
        )

    def undo_selected(self) -> None:
        item = self.merges.currentItem()
        if item is None:
            return
        merge_id = int(item.data(Qt.ItemDataRole.UserRole))
        if (
            QMessageBox.question(self, self.tr("撤销合并"), self.tr("撤销第 %1 号合并？").replace("%1", str(merge_id)))
            == QMessageBox.StandardButton.Yes
        ):
            self._run(lambda: undo_merge(self.ctx.db, self.ctx.actor, merge_id))
