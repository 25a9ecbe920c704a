"""Logging one mediation session: when, how, who took part, what happened, the offers and counter-offers
(who offered what amount), and the result."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import SESSION_MODES
from app.domain.dates import LOCAL_TZ, now_local
from app.domain.money import ZERO
from app.services.cases.detail import CaseDetail
from app.services.cases.sessions import OFFER_PARTIES, OfferInput, SessionInput, log_session
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.dialogs.base import watch
from app.views.widgets.code_inputs import code_combo, combo_code
from app.views.widgets.validated_fields import FieldBox, ProblemBoard, amount_field


class OfferRow(QWidget):
    """One offer: who made it, the amount, and what it was."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = code_combo(OFFER_PARTIES, lang)
        self.amount = amount_field(required=True)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("内容，如：退款并补偿运费"))
        self.remove = QPushButton(self.tr("删除"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.party)
        layout.addWidget(self.amount)
        layout.addWidget(self.description, 1)
        layout.addWidget(self.remove)

    def offer(self) -> OfferInput:
        return OfferInput(combo_code(self.party), self.amount.value() or ZERO, self.description.text().strip())


class OffersEditor(QWidget):
    """Any number of offers, added and removed with buttons."""

    def __init__(self, lang: str, board: ProblemBoard, on_change: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang, self.board, self.on_change = lang, board, on_change
        self.rows: list[OfferRow] = []
        self.list = QVBoxLayout()
        self.add_button = QPushButton(self.tr("添加报价"))
        self.add_button.clicked.connect(self.add_offer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        layout.addWidget(self.add_button)

    def add_offer(self) -> OfferRow:
        row = OfferRow(self.lang)
        row.remove.clicked.connect(lambda: self.remove_offer(row))
        for widget in (row.party, row.amount, row.description):
            watch(widget, self.on_change)
        self.rows.append(row)
        self.list.addWidget(row)
        self._renumber()
        return row

    def remove_offer(self, row: OfferRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for field in [f for f in self.board.boxes if f.startswith("第") and f.endswith("项方案")]:
            del self.board.boxes[field]
        for i, row in enumerate(self.rows, start=1):
            self.board.add(f"第{i}项方案", row.amount)

    def offers(self) -> tuple[OfferInput, ...]:
        return tuple(row.offer() for row in self.rows)


class SessionDialog(CaseActionDialog):
    """调解记录: one session of a case in mediation."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("记录调解"), parent)
        self.held_at = QDateTimeEdit(QDateTime(now_local().replace(second=0, microsecond=0, tzinfo=None)))
        self.held_at.setCalendarPopup(True)
        self.held_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.add_row(self.tr("调解时间"), "调解时间", self.held_at)
        self.mode = code_combo(SESSION_MODES, ctx.lang)
        self.add_row(self.tr("调解方式"), "调解方式", self.mode)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("如：消费者张三、经营者李四、调解员"))
        self.add_row(self.tr("参加人员"), "参加人员", self.participants)
        self.summary_text = QPlainTextEdit()
        self.summary_text.setFixedHeight(90)
        self.add_row(self.tr("调解经过"), "调解经过", self.summary_text)
        self.offers = OffersEditor(ctx.lang, self.board, self.mark_dirty)
        self.form.addRow(self.tr("报价与还价"), FieldBox(self.offers))
        self.result_text = QLineEdit()
        self.add_row(self.tr("结果"), "结果", self.result_text)
        self.setMinimumWidth(720)

    def held_at_value(self) -> datetime:
        value = self.held_at.dateTime().toPython()
        return value.replace(tzinfo=LOCAL_TZ)

    def submit(self) -> None:
        data = SessionInput(
            held_at=self.held_at_value(),
            mode=combo_code(self.mode),
            participants=self.participants.text(),
            summary=self.summary_text.toPlainText(),
            result=self.result_text.text().strip(),
            offers=self.offers.offers(),
        )
        log_session(self.ctx.db, self.ctx.actor, self.case_no, data)
        self.done_ok()
