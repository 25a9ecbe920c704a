"""Rule sets: the limits and ground lists in force from each effective date; an administrator adds one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.codes import label
from app.domain.deadlines import ClockRule
from app.domain.permissions import Permission
from app.domain.rules import RuleSet
from app.services.admin.rule_sets import DAY_KIND_LABELS, list_rule_sets
from app.views.context import AppContext
from app.views.dialogs.rule_set_dialog import RuleSetDialog
from app.views.pages.admin.table import ListTable


class RulesTab(QWidget):
    """Every rule set, oldest first; a case uses the one in force on its receipt date."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = ListTable(
            [
                self.tr("代码"),
                self.tr("生效日期"),
                self.tr("受理"),
                self.tr("调解"),
                self.tr("终止告知"),
                self.tr("可延长"),
                self.tr("地区"),
                self.tr("名称与说明"),
            ]
        )
        self.add_button = QPushButton(self.tr("新增规则集…"))
        self.add_button.clicked.connect(self.add_rule_set)
        self.add_button.setEnabled(ctx.actor.can(Permission.MANAGE_RULES))
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(QLabel(self.tr("已有的规则集不能修改：已登记的案件继续按原规则计算期限。")))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.table.fill([self._cells(r) for r in list_rule_sets(self.ctx.db)])

    def _clock(self, rule: ClockRule) -> str:
        return f"{rule.days} {label(DAY_KIND_LABELS, rule.day_kind, self.ctx.lang)}"

    def _cells(self, r: RuleSet) -> list[str]:
        note = f"{r.name}（{r.note}）" if r.note else r.name
        return [
            r.code,
            r.effective_from.isoformat(),
            self._clock(r.acceptance),
            self._clock(r.mediation),
            self._clock(r.notice),
            str(r.extension_days),
            r.region or self.tr("全国"),
            note,
        ]

    def add_rule_set(self) -> None:
        if RuleSetDialog(self.ctx, self).exec():
            self.refresh()
