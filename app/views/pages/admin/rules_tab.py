"""Rule sets: the limits and ground lists in force from each effective date; an administrator adds one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.codes import label
from app.domain.deadlines import ClockRule
from app.domain.display import show_date
from app.domain.permissions import Permission
from app.domain.rules import RuleSet
from app.services.admin.rule_sets import DAY_KIND_LABELS, list_rule_sets
from app.views.context import AppContext
from app.views.dialogs.ground_dialogs import RuleSetGroundsDialog
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
        self.grounds_button = QPushButton(self.tr("所选规则集的理由…"))
        self.grounds_button.clicked.connect(lambda: self.edit_grounds())
        self.grounds_button.setEnabled(ctx.actor.can(Permission.MANAGE_RULES))
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addWidget(self.grounds_button)
        note = QLabel(self.tr("规则集的期限不能修改：已登记的案件继续按原规则计算期限；可选的理由可以调整。"))
        note.setWordWrap(True)
        top.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.rule_sets = list_rule_sets(self.ctx.db)
        self.table.fill([self._cells(r) for r in self.rule_sets])

    def _clock(self, rule: ClockRule) -> str:
        return f"{rule.days} {label(DAY_KIND_LABELS, rule.day_kind, self.ctx.lang)}"

    def _cells(self, r: RuleSet) -> list[str]:
        note = f"{r.name}（{r.note}）" if r.note else r.name
        return [
            r.code,
            show_date(r.effective_from, self.ctx.lang),
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

    def edit_grounds(self) -> RuleSetGroundsDialog | None:
        """Choose the grounds the selected rule set offers (the latest when none is selected)."""
        if not self.rule_sets:
            return None
        row = self.table.current_row()
        rules = self.rule_sets[row] if row is not None and row < len(self.rule_sets) else self.rule_sets[-1]
        dialog = RuleSetGroundsDialog(self.ctx, rules, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
