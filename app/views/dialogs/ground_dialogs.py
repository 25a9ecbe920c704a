"""The catalogue of grounds as an administrator keeps it: add a ground or suspension reason, correct one's
labels, basis and clock (never its code), and choose which non-acceptance and termination grounds a rule
set offers (Order 20 Arts. 15 and 21; Order 121 Arts. 16 and 23 — docs/law/order-121.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.codes import label
from app.domain.rules import GROUND_KINDS, GROUND_NON_ACCEPTANCE, GROUND_TERMINATION, Ground, RuleSet
from app.services.admin.rule_sets import (
    CLOCK_LABELS,
    GroundInput,
    add_ground,
    edit_ground,
    grounds_of_kind,
    set_rule_set_grounds,
)
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog
from app.views.widgets.code_inputs import CheckList, code_combo, combo_code, set_combo_code


class GroundDialog(FormDialog):
    """新增理由 / 修改理由: kind, code, the labels in both languages, the clock it affects, its legal basis."""

    def __init__(self, ctx: AppContext, ground: Ground | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("修改理由") if ground else self.tr("新增理由"), parent)
        self.editing = ground
        self.kind = code_combo(GROUND_KINDS, ctx.lang, empty=ground is None)
        self.code = QLineEdit()
        self.code.setPlaceholderText("party_ceased")
        self.label_zh, self.label_en = QLineEdit(), QLineEdit()
        self.clock = QComboBox()
        self.clock.addItem(self.tr("（不影响期限）"), "")
        for code in CLOCK_LABELS:
            self.clock.addItem(label(CLOCK_LABELS, code, ctx.lang), code)
        self.basis = QPlainTextEdit()
        self.basis.setFixedHeight(50)
        self.basis.setPlaceholderText(self.tr("如：市场监管总局令第121号第二十三条"))
        for text, field, widget in (
            (self.tr("类别"), "类别", self.kind),
            (self.tr("代码"), "代码", self.code),
            (self.tr("中文名称"), "中文名称", self.label_zh),
            (self.tr("英文名称"), "英文名称", self.label_en),
            (self.tr("影响的期限"), "影响的期限", self.clock),
            (self.tr("依据"), "依据", self.basis),
        ):
            self.add_row(text, field, widget)
        if ground is not None:
            set_combo_code(self.kind, ground.kind)
            self.code.setText(ground.code)
            self.kind.setEnabled(False)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("代码记录在案件中，不能修改"))
            self.label_zh.setText(ground.zh)
            self.label_en.setText(ground.en)
            self.clock.setCurrentIndex(max(self.clock.findData(ground.clock), 0))
            self.basis.setPlainText(ground.basis)
        self.dirty = False

    def submit(self) -> None:
        data = GroundInput(
            kind=combo_code(self.kind),
            code=self.code.text(),
            label_zh=self.label_zh.text(),
            label_en=self.label_en.text(),
            clock=str(self.clock.currentData() or ""),
            basis=self.basis.toPlainText(),
        )
        if self.editing is None:
            add_ground(self.ctx.db, self.ctx.actor, data)
        else:
            edit_ground(self.ctx.db, self.ctx.actor, data)


class RuleSetGroundsDialog(FormDialog):
    """规则集的理由: which non-acceptance and termination grounds a rule set offers; its limits stay."""

    def __init__(self, ctx: AppContext, rules: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("规则集 %1 的理由").replace("%1", rules.code), parent)
        self.rules = rules
        hint = QLabel(self.tr("只改变可选的理由；期限不变，已登记案件的期限不受影响。"))
        hint.setWordWrap(True)
        self.add_row("", "说明", hint)
        self.non_acceptance = CheckList(grounds_of_kind(ctx.db, GROUND_NON_ACCEPTANCE), ctx.lang, columns=2)
        self.non_acceptance.set_codes(rules.non_acceptance_grounds)
        self.termination = CheckList(grounds_of_kind(ctx.db, GROUND_TERMINATION), ctx.lang, columns=2)
        self.termination.set_codes(rules.termination_grounds)
        self.add_row(self.tr("不予受理理由"), "不予受理理由", self.non_acceptance)
        self.add_row(self.tr("终止调解理由"), "终止调解理由", self.termination)
        self.dirty = False

    def submit(self) -> None:
        set_rule_set_grounds(
            self.ctx.db, self.ctx.actor, self.rules.code, self.non_acceptance.codes(), self.termination.codes()
        )
