"""The dialog shown when a case was changed by someone else while it was open in a form: for every field
that changed, what it was when the form opened, what the other person saved and what I typed; for each
the user keeps mine, takes theirs or combines the two, then saves.

Use from an edit form::

    report = save_edit(ctx.db, ctx.actor, base, draft)       # app.services.cases.conflicts
    if report is not None and ConflictDialog(ctx, report, self).exec() == QDialog.Accepted:
        ...the case is saved; close the form...

While the dialog saves, a dropped server connection is retried and, if it stays away, reported without
closing the dialog, so the user's choices stay on screen for another try. If yet another change
arrives meanwhile, the dialog shows the new comparison instead of overwriting it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.cases.conflicts import Choice, ConflictReport, FieldChange, resolve, save_resolved
from app.services.connection import ConnectionLost, with_reconnect
from app.views.context import AppContext
from app.views.i18n import DATA_PROPERTY
from app.views.screen_fit import fit_window

CONFLICT_STYLE = "background: #fdecea; border-radius: 4px;"


def _editor_for(change: FieldChange) -> QLineEdit | QPlainTextEdit:
    """Where the user writes a combined value, prefilled with both sides together."""
    start = change.show(change.combined())
    if change.spec.text:
        editor = QPlainTextEdit(start)
        editor.setFixedHeight(70)
        return editor
    return QLineEdit(start)


class _ChangeRow:
    """The widgets of one field: three values and the choice between them."""

    def __init__(self, dialog: ConflictDialog, change: FieldChange) -> None:
        self.change = change
        self.group = QButtonGroup(dialog)
        self.buttons: dict[Choice, QRadioButton] = {}
        self.editor: QLineEdit | QPlainTextEdit | None = None
        labels = {
            Choice.MINE: QCoreApplication.translate("ConflictDialog", "保留我的"),
            Choice.THEIRS: QCoreApplication.translate("ConflictDialog", "采用对方的"),
            Choice.COMBINED: QCoreApplication.translate("ConflictDialog", "合并"),
        }
        for choice in (Choice.MINE, Choice.THEIRS, Choice.COMBINED):
            if choice == Choice.COMBINED and not self.combinable:
                continue
            button = QRadioButton(labels[choice])
            self.group.addButton(button)
            self.buttons[choice] = button
            button.toggled.connect(self._sync_editor)
        if self.combinable and change.spec.name != "requests":
            self.editor = _editor_for(change)
        self.buttons[change.default_choice].setChecked(True)
        self._sync_editor()

    @property
    def combinable(self) -> bool:
        return self.change.conflict and (self.change.spec.code_list is None or self.change.spec.name == "requests")

    def _sync_editor(self) -> None:
        if self.editor is not None:
            self.editor.setEnabled(self.choice() == Choice.COMBINED)

    def choice(self) -> Choice:
        return next((c for c, b in self.buttons.items() if b.isChecked()), self.change.default_choice)

    def resolution(self) -> Choice | tuple[Choice, Any]:
        if self.choice() != Choice.COMBINED or self.editor is None:
            return self.choice()
        text = self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else self.editor.text()
        return Choice.COMBINED, text.strip()


class ConflictDialog(QDialog):
    """Field by field comparison after a concurrent edit; saving writes the merged case."""

    def __init__(self, ctx: AppContext, report: ConflictReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("案件已被他人修改"))
        fit_window(self, width=0.75, height=0.8)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("按所选保存"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.rows: dict[str, _ChangeRow] = {}
        self.saved = False
        self.show_report(report)

    def show_report(self, report: ConflictReport) -> None:
        """Show (or refresh with) a comparison; choices already made for a field are kept."""
        previous = {name: row.choice() for name, row in self.rows.items()}
        self.report = report
        when = f" {report.changed_at:%m-%d %H:%M}" if report.changed_at else ""
        who = report.changed_by or self.tr("他人")
        self.heading.setText(
            self.tr("案件 {no} 在您打开后已被 {who}{when} 修改。请逐项选择要保存的内容；标红的字段双方都改了。").format(
                no=report.case_no, who=who, when=when
            )
        )
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(12)
        titles = [self.tr("字段"), self.tr("打开时"), self.tr("对方保存的"), self.tr("我的修改"), self.tr("保存哪个")]
        for col, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, col)
        self.rows = {}
        ordered = sorted(report.changes, key=lambda c: not c.conflict)  # what needs a decision comes first
        for line, change in enumerate(ordered, 1):
            row = _ChangeRow(self, change)
            if change.spec.name in previous and previous[change.spec.name] in row.buttons:
                row.buttons[previous[change.spec.name]].setChecked(True)
            self._place(grid, line, row)
            self.rows[change.spec.name] = row
        grid.setRowStretch(len(report.changes) + 1, 1)
        grid.setColumnStretch(4, 1)
        self.scroll.setWidget(grid_host)

    def _place(self, grid: QGridLayout, line: int, row: _ChangeRow) -> None:
        change, lang = row.change, self.ctx.lang
        name = QLabel(change.spec.label_in(lang))
        if change.conflict:
            name.setStyleSheet(CONFLICT_STYLE + "font-weight: bold; padding: 2px;")
        grid.addWidget(name, line, 0, Qt.AlignmentFlag.AlignTop)
        for col, value in enumerate((change.base, change.theirs, change.mine), 1):
            cell = QLabel(change.show(value, lang) or self.tr("（空）"))
            cell.setProperty(DATA_PROPERTY, True)
            cell.setWordWrap(True)
            cell.setMaximumWidth(220)
            cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(cell, line, col, Qt.AlignmentFlag.AlignTop)
        choices = QFrame()
        box = QVBoxLayout(choices)
        box.setContentsMargins(0, 0, 0, 0)
        radios = QHBoxLayout()
        for button in row.buttons.values():
            radios.addWidget(button)
        radios.addStretch(1)
        box.addLayout(radios)
        if row.editor is not None:
            box.addWidget(row.editor)
        grid.addWidget(choices, line, 4, Qt.AlignmentFlag.AlignTop)

    def choose(self, field: str, choice: Choice, value: str | None = None) -> None:
        """Pick for one field, as a click would (and write the combined value, if given)."""
        row = self.rows[field]
        row.buttons[choice].setChecked(True)
        if value is not None and isinstance(row.editor, QPlainTextEdit):
            row.editor.setPlainText(value)
        elif value is not None and isinstance(row.editor, QLineEdit):
            row.editor.setText(value)

    def save(self) -> None:
        merged = resolve(self.report, {name: row.resolution() for name, row in self.rows.items()})
        try:
            again = with_reconnect(lambda: save_resolved(self.ctx.db, self.ctx.actor, self.report, merged))
        except ConnectionLost as err:
            QMessageBox.warning(self, self.tr("无法连接数据库"), err.message)
            return
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未能保存"), err.message)
            return
        if again is not None:
            self.show_report(again)
            QMessageBox.information(
                self, self.tr("又有新的修改"), self.tr("在您选择期间案件又被修改，请按最新内容再确认一次。")
            )
            return
        self.saved = True
        self.ctx.hub.case_changed.emit(self.report.case_no)
        self.accept()
