"""Recording the agreement (terms, amounts, performance date) and closing the case (outcome, money
received, confirmation of performance or the notice date)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from app.domain import requirements as req
from app.domain.codes import PAYERS
from app.domain.money import ZERO
from app.domain.workflow import OUTCOMES, OUTCOMES_AFTER_AGREEMENT, OUTCOMES_AFTER_TERMINATION, State
from app.services.cases import workflow
from app.services.cases.detail import CaseDetail
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.widgets.code_inputs import code_combo, combo_code
from app.views.widgets.validated_fields import ValidatedLineEdit, amount_field, date_edit, date_of


def _amount(field: ValidatedLineEdit) -> Decimal:
    return field.value() or ZERO


class AgreeDialog(CaseActionDialog):
    """达成协议: the terms, refund, compensation and punitive compensation, and the performance date."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("达成协议"), parent)
        self.terms = QPlainTextEdit()
        self.terms.setFixedHeight(90)
        self.add_row(self.tr("协议内容"), "协议内容", self.terms)
        self.refund, self.compensation, self.punitive = amount_field(), amount_field(), amount_field()
        self.add_row(self.tr("退款(元)"), "退款", self.refund)
        self.add_row(self.tr("赔偿(元)"), "赔偿", self.compensation)
        self.add_row(self.tr("惩罚性赔偿(元)"), "惩罚性赔偿", self.punitive)
        self.on = date_edit()
        self.add_row(self.tr("协议日期"), "协议日期", self.on)
        self.due = date_edit()
        self.add_row(self.tr("履行期限"), "履行期限", self.due)
        self.add_row(self.tr("调解记录"), "调解记录", self._sessions_label(detail))

    def _sessions_label(self, detail: CaseDetail) -> QWidget:
        return QLabel(self.tr("已记录 %1 次调解").replace("%1", str(len(detail.sessions))))

    def submit(self) -> None:
        data = req.AgreeInput(
            self.terms.toPlainText(),
            date_of(self.on),
            date_of(self.due),
            refund=_amount(self.refund),
            compensation=_amount(self.compensation),
            punitive=_amount(self.punitive),
        )
        workflow.record_agreement(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()


class CloseDialog(CaseActionDialog):
    """办结: the outcome; after an agreement, performance confirmed on follow-up; after termination,
    the day both parties were told; and what the consumer actually received, from whom."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("办结"), parent)
        agreed = detail.state == State.AGREED
        allowed = OUTCOMES_AFTER_AGREEMENT if agreed else OUTCOMES_AFTER_TERMINATION
        self.outcome = code_combo({c: OUTCOMES[c] for c in OUTCOMES if c in allowed}, ctx.lang)
        self.add_row(self.tr("办结结果"), "办结结果", self.outcome)
        self.confirmed = self.add_check(self.tr("已回访确认协议已履行"), "履行情况")
        self.board.boxes["履行情况"].setVisible(agreed)
        self.advised = self.add_check(self.tr("协议未履行：已告知消费者可依法向人民法院起诉或申请仲裁"), "告知救济途径")
        self.board.boxes["告知救济途径"].setVisible(agreed)
        self.notice_on = date_edit()
        notice_box = self.add_row(self.tr("告知双方日期"), "告知日期", self.notice_on)
        notice_box.setVisible(not agreed)
        self.form.labelForField(notice_box).setVisible(not agreed)
        self.received, self.received_punitive = amount_field(), amount_field()
        if detail.agreement is not None:
            a = detail.agreement
            self.received.setText(str(a.refund + a.compensation + a.punitive))
            self.received_punitive.setText(str(a.punitive))
        self.add_row(self.tr("实际到账(元)"), "实际到账金额", self.received)
        self.add_row(self.tr("其中惩罚性赔偿(元)"), "其中惩罚性赔偿", self.received_punitive)
        self.paid_by = code_combo(PAYERS, ctx.lang)
        self.add_row(self.tr("付款方"), "付款方", self.paid_by)
        self.on = date_edit()
        self.add_row(self.tr("办结日期"), "办结日期", self.on)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)
        self.add_row(self.tr("说明"), "说明", self.note)
        self.dirty = False

    def submit(self) -> None:
        agreed = self.detail.state == State.AGREED
        data = req.CloseInput(
            outcome=combo_code(self.outcome),
            on=date_of(self.on),
            note=self.note.toPlainText().strip(),
            received_amount=_amount(self.received),
            received_punitive=_amount(self.received_punitive),
            paid_by=combo_code(self.paid_by) or None,
            notice_on=None if agreed else date_of(self.notice_on),
            performance_confirmed=agreed and self.confirmed.isChecked(),
            advised_court_or_arbitration=agreed and self.advised.isChecked(),
        )
        workflow.close_case(self.ctx.db, self.ctx.actor, self.case_no, data, expected_state=self.detail.state)
        self.done_ok()
