"""The merchant field of the intake form: searches existing merchants as the clerk types (name, WeChat ID,
phone or USCC) and lets them pick one; without a pick, the typed details create a new merchant."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.services.context import Actor
from app.services.merchants.search import MerchantHit, search_merchants
from app.services.setup import Database

SEARCH_DELAY_MS = 250
WARNING_STYLE = "color: #b26a00;"


class MerchantPicker(QWidget):
    """A search line, the hits underneath, and the chosen merchant with a way to undo the choice."""

    chosen_changed = Signal()

    def __init__(self, db: Database, actor: Actor, lang: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.lang = db, actor, lang
        self.chosen: MerchantHit | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找已有经营者：名称、微信号、电话或统一社会信用代码"))
        self.search.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(110)
        self.hits.hide()
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.unpick = QPushButton(self.tr("改为新经营者"))
        self.unpick.clicked.connect(self.clear_choice)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.unpick)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.hits):
            layout.addWidget(widget)
        layout.addLayout(chosen_row)
        layout.addWidget(self.warning)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.hits.itemActivated.connect(self._pick_item)
        self.hits.itemClicked.connect(self._pick_item)
        self._show_choice()

    @property
    def merchant_id(self) -> int | None:
        return self.chosen.id if self.chosen else None

    def run_search(self) -> None:
        """Search now for what is typed (the timer calls this after a short pause)."""
        self.hits.clear()
        found = search_merchants(self.db, self.actor, self.search.text(), limit=8)
        for hit in found:
            item = QListWidgetItem(self.describe(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)
        self.hits.setVisible(bool(found))

    def describe(self, hit: MerchantHit) -> str:
        parts = [hit.name, codes.label(codes.MERCHANT_KINDS, hit.kind, self.lang)]
        if hit.wechat_id:
            parts.append(self.tr("微信 %1").replace("%1", hit.wechat_id))
        if hit.phone:
            parts.append(hit.phone)
        if hit.uscc:
            parts.append(hit.uscc)
        counts = self.tr("%1 件投诉，%2 件在办").replace("%1", str(hit.case_count)).replace("%2", str(hit.open_count))
        text = " · ".join(parts) + f"（{counts}）"
        return text + self.tr(" [黑名单]") if hit.blacklisted else text

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.pick(item.data(Qt.ItemDataRole.UserRole))

    def pick(self, hit: MerchantHit) -> None:
        """Use this existing merchant for the case."""
        self.chosen = hit
        self.hits.hide()
        self._show_choice()
        self.chosen_changed.emit()

    def clear_choice(self) -> None:
        self.chosen = None
        self._show_choice()
        self.chosen_changed.emit()

    def _show_choice(self) -> None:
        hit = self.chosen
        self.chosen_label.setText(
            self.tr("已选择：%1").replace("%1", self.describe(hit))
            if hit
            else self.tr("未选择已有经营者：按下面填写的信息登记（已有相同微信号、电话或信用代码的会自动归并）")
        )
        self.unpick.setVisible(hit is not None)
        warnings = []
        if hit and hit.blacklisted:
            warnings.append(self.tr("该经营者在黑名单上。"))
        if hit and hit.open_count:
            warnings.append(self.tr("该经营者还有 %1 件在办投诉。").replace("%1", str(hit.open_count)))
        self.warning.setText("".join(warnings))
        self.warning.setVisible(bool(warnings))
