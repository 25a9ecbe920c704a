"""从截图识别: the fields the evidence reader found in a screenshot, one row each with accept and ignore.
A field the form or case already holds is shown with what is there and cannot be accepted over it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.cases.evidence_reading import FieldOffer

HINT_STYLE = "color: #b26a00;"
WARNING_STYLE = "color: #c62828; font-weight: bold;"


def field_name(field: str) -> str:
    names = {
        "amount": QCoreApplication.translate("EvidenceOffers", "金额"),
        "purchase_date": QCoreApplication.translate("EvidenceOffers", "交易日期"),
        "payment": QCoreApplication.translate("EvidenceOffers", "支付方式"),
        "order_no": QCoreApplication.translate("EvidenceOffers", "订单号"),
        "payee": QCoreApplication.translate("EvidenceOffers", "收款方"),
    }
    return names.get(field, field)


class EvidenceOffers(QGroupBox):
    """The offers of one reading; ``decided(field, accepted)`` when the clerk clicks."""

    decided = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("从截图识别"), parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.summary, self.warning):
            layout.addWidget(widget)
        layout.addLayout(self.grid)
        self.offers: dict[str, FieldOffer] = {}
        self.buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.setVisible(False)

    def reading(self, name: str) -> None:
        """Say that ``name`` is being read."""
        self._clear()
        self.status.setText(self.tr("正在识别“%1”……").replace("%1", name))
        self.summary.clear()
        self.warning.clear()
        self.setVisible(True)

    def failed(self, message: str) -> None:
        self._clear()
        self.status.setText(self.tr("未能识别截图：%1").replace("%1", message))
        self.setVisible(True)

    def show_offers(self, offers: list[FieldOffer], warnings: list[str], kind_text: str) -> None:
        """The fields found (those still empty can be accepted), and warnings such as a duplicate."""
        self._clear()
        self.offers = {o.field: o for o in offers}
        if not offers:
            self.status.setText(self.tr("已识别为%1，文字已保存，可在案件列表中搜索").replace("%1", kind_text))
        else:
            self.status.setText(self.tr("已识别为%1").replace("%1", kind_text))
            parts = [f"{field_name(o.field)} {o.shown}" for o in offers]
            self.summary.setText(self.tr("从截图识别：") + " · ".join(parts))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        for row, offer in enumerate(offers):
            self._add_row(row, offer)
        self.setVisible(True)
        # Inside the intake form's scroll area the rows would be squeezed: claim the height they need.
        self.layout().activate()
        self.setMinimumHeight(self.sizeHint().height())

    def show_pending(self, offers: list[FieldOffer], kind_text: str, name: str) -> None:
        """Offers of an earlier reading still waiting for a decision, when the case is opened again."""
        self.show_offers(offers, [], kind_text)
        self.status.setText(
            self.tr("“%1”已识别为%2，以下各项尚未采用或忽略").replace("%1", name).replace("%2", kind_text)
        )

    def _add_row(self, row: int, offer: FieldOffer) -> None:
        label = QLabel(f"{field_name(offer.field)}：{offer.shown}")
        label.setToolTip(f"{self.tr('把握')} {offer.confidence:.0%}")
        accept, ignore = QPushButton(self.tr("采用")), QPushButton(self.tr("忽略"))
        if not offer.offered:
            accept.setEnabled(False)
            label.setToolTip(self.tr("已填写“%1”，不替换").replace("%1", offer.current))
            label.setText(label.text() + "　" + self.tr("（已填写，不替换）"))
            label.setStyleSheet(HINT_STYLE)
        accept.clicked.connect(lambda _c=False, f=offer.field: self._decide(f, True))
        ignore.clicked.connect(lambda _c=False, f=offer.field: self._decide(f, False))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(accept, row, 1)
        self.grid.addWidget(ignore, row, 2)
        self.buttons[offer.field] = (accept, ignore)

    def _decide(self, field: str, accepted: bool) -> None:
        accept, ignore = self.buttons[field]
        accept.setEnabled(False)
        ignore.setEnabled(False)
        accept.setText(self.tr("已采用") if accepted else self.tr("采用"))
        ignore.setText(self.tr("已忽略") if not accepted else self.tr("忽略"))
        self.decided.emit(field, accepted)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.offers, self.buttons = {}, {}
