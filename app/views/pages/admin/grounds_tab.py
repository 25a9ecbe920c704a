"""理由与原因: the catalogue of non-acceptance grounds, termination grounds and suspension reasons, which
rule sets offer each; an administrator adds one or corrects one (a rule set's choice: the rules tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.codes import label
from app.domain.permissions import Permission
from app.domain.rules import GROUND_KINDS, GROUND_NON_ACCEPTANCE, GROUND_SUSPENSION, GROUND_TERMINATION, Ground
from app.services.admin.rule_sets import CLOCK_LABELS, list_grounds, list_rule_sets
from app.views.context import AppContext
from app.views.dialogs.ground_dialogs import GroundDialog
from app.views.pages.admin.table import ListTable


class GroundsTab(QWidget):
    """Every ground and reason of the catalogue with the rule sets that offer it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grounds: list[Ground] = []
        self.table = ListTable(
            [
                self.tr("类别"),
                self.tr("代码"),
                self.tr("名称"),
                self.tr("影响的期限"),
                self.tr("所在规则集"),
                self.tr("依据"),
            ]
        )
        allowed = ctx.actor.can(Permission.MANAGE_RULES)
        self.add_button = QPushButton(self.tr("新增理由…"))
        self.add_button.clicked.connect(lambda: self.add_ground())
        self.edit_button = QPushButton(self.tr("修改所选…"))
        self.edit_button.clicked.connect(lambda: self.edit_ground())
        for button in (self.add_button, self.edit_button):
            button.setEnabled(allowed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_ground())
        top = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            top.addWidget(button)
        hint = QLabel(self.tr("新增的理由须在“规则集”页加入规则集后才可在案件中选用；代码不能修改。"))
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.grounds = list_grounds(self.ctx.db)
        self.rule_sets = list_rule_sets(self.ctx.db)
        self.table.fill([self._cells(g) for g in self.grounds])

    def _used_by(self, g: Ground) -> str:
        lists = {
            GROUND_NON_ACCEPTANCE: lambda r: r.non_acceptance_grounds,
            GROUND_TERMINATION: lambda r: r.termination_grounds,
            GROUND_SUSPENSION: lambda r: r.suspension_reasons,
        }
        pick = lists.get(g.kind)
        return ", ".join(r.code for r in self.rule_sets if pick is not None and g.code in pick(r))

    def _cells(self, g: Ground) -> list[str]:
        name = g.en if self.ctx.english else g.zh
        return [
            label(GROUND_KINDS, g.kind, self.ctx.lang),
            g.code,
            name,
            label(CLOCK_LABELS, g.clock, self.ctx.lang) if g.clock else "",
            self._used_by(g) or self.tr("（未使用）"),
            g.basis,
        ]

    def selected(self) -> Ground | None:
        row = self.table.current_row()
        return self.grounds[row] if row is not None and row < len(self.grounds) else None

    def add_ground(self) -> GroundDialog:
        dialog = GroundDialog(self.ctx, None, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def edit_ground(self) -> GroundDialog | None:
        ground = self.selected()
        if ground is None or not self.ctx.actor.can(Permission.MANAGE_RULES):
            return None
        dialog = GroundDialog(self.ctx, ground, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
