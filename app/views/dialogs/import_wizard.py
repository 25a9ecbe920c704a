"""The ledger import wizard: choose a file, check it, see every problem (row, column, value, reason),
and import only when there is none. Checking and importing run in the background with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, InvalidInput, Problem
from app.domain.messages import field_label
from app.services.ledger import HEADERS, REQUIRED, ImportReport, import_ledger
from app.views.context import AppContext
from app.views.file_dialogs import open_file_name
from app.views.i18n import DATA_PROPERTY
from app.views.screen_fit import fit_window
from app.views.tasks import TaskControl, TaskRunner


class ImportWizard(QDialog):
    """Check a ledger, list its problems, import it all or nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.checked: tuple[str, bool] | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("导入台账"))
        fit_window(self, width=0.7, height=0.75)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("选择台账文件（.xlsx）"))
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose_file)
        self.skip_existing = QCheckBox(self.tr("跳过数据库中已有的案件编号"))
        self.skip_existing.toggled.connect(lambda _on: self._forget_check())
        self.summary = QLabel(self._columns_help())
        self.summary.setProperty(DATA_PROPERTY, True)  # the column names as the workbook must hold them, in Chinese
        self.summary.setWordWrap(True)
        self.problems = self._make_table()
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("检查"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        cancel.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.skip_existing)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _columns_help(self) -> str:
        columns = "、".join(f"{h}*" if h in REQUIRED else h for h in HEADERS)
        return self.tr("台账第1行为列名（顺序不限，*为必填）：%1。有任何问题时不导入任何案件。").replace("%1", columns)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("值"), self.tr("原因")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return table

    def choose_file(self) -> None:
        path = open_file_name(self, self.tr("选择台账"), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.path.setText(path)
        self.check_button.setEnabled(True)
        self.check_button.setDefault(True)
        self._forget_check()

    def _forget_check(self) -> None:
        self.checked = None
        self.import_button.setEnabled(False)

    def _options(self) -> tuple[str, bool]:
        return self.path.text(), self.skip_existing.isChecked()

    def _run(self, dry_run: bool, label: str) -> None:
        path, skip = self._options()
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)

        def work(control: TaskControl) -> ImportReport:
            return import_ledger(
                self.ctx.db,
                self.ctx.actor,
                Path(path),
                dry_run,
                skip,
                lambda done, total: control.progress(done, total),
            )

        self.runner.run(
            work,
            on_done=self._checked if dry_run else self._imported,
            on_error=self._failed,
            label=label,
            parent_widget=self,
        )

    def check(self) -> None:
        """Read and check the whole ledger; write nothing."""
        self._run(True, self.tr("正在检查台账…"))

    def run_import(self) -> None:
        """Import the checked ledger, all or nothing."""
        if self.checked != self._options():
            return
        self._run(False, self.tr("正在导入台账…"))

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        self.show_problems([])
        self.checked = self._options()
        text = self.tr("检查通过：%1 行，可导入 %2 件").replace("%1", str(report.rows))
        text = text.replace("%2", str(report.imported))
        self.summary.setText(text + self._notes(report))
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(report.imported > 0)
        self.import_button.setDefault(True)

    def _notes(self, report: ImportReport) -> str:
        notes = ""
        if report.skipped:
            notes += self.tr("；跳过已有案件 %1 件").replace("%1", str(len(report.skipped)))
        if report.unknown_columns:
            notes += self.tr("；未识别的列（将忽略）：%1").replace("%1", "、".join(report.unknown_columns))
        if report.unknown_mediators:
            names = "、".join(report.unknown_mediators)
            notes += self.tr("；不是本系统用户的调解员（不指派）：%1").replace("%1", names)
        return notes

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.ctx.hub.case_changed.emit("")
        QMessageBox.information(
            self,
            self.tr("导入完成"),
            self.tr("已导入 %1 件案件。").replace("%1", str(report.imported)) + self._notes(report),
        )
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self.check_button.setEnabled(True)
        if isinstance(err, InvalidInput):
            self.show_problems(err.problems)
            self.summary.setText(
                self.tr("发现 %1 处问题，未导入任何案件。请在台账中改正后重新检查。").replace(
                    "%1", str(len(err.problems))
                )
            )
            self.summary.setStyleSheet("color: #d32f2f;")
            return
        message = err.message if isinstance(err, DomainError) else str(err)
        self.summary.setText(message)
        QMessageBox.warning(self, self.tr("无法导入"), message)

    def show_problems(self, problems: list[Problem]) -> None:
        """One line per problem: row, column, value, reason."""
        self.summary.setStyleSheet("")
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            values = (str(problem.row or ""), field_label(problem.field), problem.value or "", problem.reason())
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(row, column, item)
        self.problems.resizeColumnsToContents()
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
