"""Naming a further respondent (the platform, the producer, the supplier or brand owner; CRPL Arts. 40,
43, 44, E-Commerce Law Art. 38) and recording advance compensation (先行赔付: who paid, how much, when)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.domain import requirements as req
from app.domain.codes import ADVANCE_PAYERS, MERCHANT_KINDS, RESPONDENT_ROLES
from app.domain.money import ZERO
from app.services.cases import respondents
from app.services.cases.detail import CaseDetail
from app.views.context import AppContext
from app.views.dialogs.acceptance import CaseActionDialog
from app.views.widgets.code_inputs import code_combo, combo_code, set_combo_code
from app.views.widgets.validated_fields import amount_field, date_edit, date_of, phone_field, uscc_field

ROLE_KIND = {"platform": "platform", "producer": "enterprise", "supplier": "enterprise", "venue": "enterprise"}
"""The merchant kind a role suggests (the clerk may change it)."""


def _note(height: int = 50) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class RespondentDialog(CaseActionDialog):
    """添加被投诉人: a further respondent beside the merchant who sold, with its role on the case."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("添加被投诉人"), parent)
        self.role = code_combo(RESPONDENT_ROLES, ctx.lang)
        self.add_row(self.tr("被投诉人身份"), "被投诉人身份", self.role)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：某电商平台、品牌方公司名称"))
        self.add_row(self.tr("名称"), "被投诉人名称", self.name)
        self.kind = code_combo(MERCHANT_KINDS, ctx.lang, False)
        set_combo_code(self.kind, "enterprise")
        self.add_row(self.tr("类型"), "经营者类型", self.kind)
        self.uscc = uscc_field()
        self.add_row(self.tr("统一社会信用代码"), "统一社会信用代码", self.uscc)
        self.phone = phone_field()
        self.add_row(self.tr("电话"), "电话", self.phone)
        self.address = QLineEdit()
        self.add_row(self.tr("地址"), "地址", self.address)
        self.note = _note()
        self.note.setPlaceholderText(self.tr("如：平台不能提供销售者的真实名称、地址和有效联系方式"))
        self.add_row(self.tr("说明"), "说明", self.note)
        self.role.currentIndexChanged.connect(self._suggest_kind)

    def _suggest_kind(self) -> None:
        kind = ROLE_KIND.get(combo_code(self.role))
        if kind is not None:
            set_combo_code(self.kind, kind)

    def submit(self) -> None:
        data = req.RespondentInput(
            role=combo_code(self.role),
            name=self.name.text(),
            kind=combo_code(self.kind),
            uscc=self.uscc.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            note=self.note.toPlainText(),
        )
        respondents.add_respondent(self.ctx.db, self.ctx.actor, self.case_no, data)
        self.done_ok()


class AdvancePaymentDialog(CaseActionDialog):
    """先行赔付: who paid the consumer in advance for the merchant, how much, and when."""

    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, self.tr("记录先行赔付"), parent)
        self.payer_kind = code_combo(ADVANCE_PAYERS, ctx.lang)
        self.add_row(self.tr("赔付方类型"), "先行赔付方类型", self.payer_kind)
        self.payer_name = QLineEdit()
        platform = next((r for r in detail.respondents if r.role == "platform"), None)
        if platform is not None:
            self.payer_name.setText(platform.name)
            set_combo_code(self.payer_kind, "platform")
        self.add_row(self.tr("赔付方"), "先行赔付方", self.payer_name)
        self.amount = amount_field(required=True)
        self.add_row(self.tr("金额(元)"), "先行赔付金额", self.amount)
        self.paid_on = date_edit()
        self.add_row(self.tr("赔付日期"), "赔付日期", self.paid_on)
        self.note = _note()
        self.add_row(self.tr("说明"), "说明", self.note)

    def submit(self) -> None:
        data = req.AdvancePaymentInput(
            payer_kind=combo_code(self.payer_kind),
            payer_name=self.payer_name.text(),
            amount=self.amount.value() or ZERO,
            paid_on=date_of(self.paid_on),
            note=self.note.toPlainText(),
        )
        respondents.record_advance_payment(self.ctx.db, self.ctx.actor, self.case_no, data)
        self.done_ok()
