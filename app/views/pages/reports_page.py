"""The 统计报表 page (navigation key "reports"): choose a month, see its figures, export the workbook in
the background, and open the folder it was written to. The ledger import wizard starts here too."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import today_local
from app.domain.errors import DomainError
from app.domain.permissions import Permission
from app.services.report import ExportResult, MonthSummary, export_monthly_report, month_summary
from app.services.report.definitions import FIGURE_BY_KEY, SUMMARY_COLUMNS, SUMMARY_COLUMNS_EN
from app.services.report.months import add_months
from app.views.context import AppContext
from app.views.dialogs.import_wizard import ImportWizard
from app.views.file_dialogs import save_file_name
from app.views.i18n import month_label
from app.views.tasks import Task, TaskControl, TaskRunner

if TYPE_CHECKING:
    from app.views.dialogs.entrusted_export import EntrustedExportDialog


def format_value(value: int | Decimal | None, money: bool) -> str:
    """A figure as people read it: counts plain, yuan with grouping and two decimals, rates two decimals."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}" if money else f"{value:.2f}"


class ReportsPage(QWidget):
    """The monthly report: figures on screen first, then the workbook."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        self.summary: MonthSummary | None = None
        self.last_export: ExportResult | None = None
        self._task: Task | None = None
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        last_month = add_months(today_local(), -1)
        self.month.setDate(QDate(last_month.year, last_month.month, 1))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.unmasked = QCheckBox(self.tr("不脱敏（含完整个人信息，需主管权限，记入审计日志）"))
        self.unmasked.setEnabled(ctx.actor.can(Permission.EXPORT_UNMASKED))
        self.for_regulator = QCheckBox(
            self.tr(
                "报送监管部门版：“经营者”表列出经营者名称、店铺、统一社会信用代码和微信号全文（消费者仍脱敏，记入审计日志）"
            )
        )
        self.for_regulator.setEnabled(ctx.actor.can(Permission.EXPORT_UNMASKED))
        self.export_button = QPushButton(self.tr("导出月报…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(ctx.actor.can(Permission.EXPORT_REPORT))
        self.entrusted_button = QPushButton(self.tr("受委托调解结果…"))
        self.entrusted_button.setToolTip(self.tr("受市场监督管理部门委托调解的案件结果，报送委托单位"))
        self.entrusted_button.clicked.connect(lambda: self.open_entrusted_export())
        self.entrusted_button.setEnabled(ctx.actor.can(Permission.EXPORT_REPORT))
        self.import_button = QPushButton(self.tr("导入台账…"))
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setEnabled(ctx.actor.can(Permission.IMPORT_LEDGER))
        self.status = QLabel()
        self.table = self._make_table()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("统计月份")))
        for widget in (self.month, self.unmasked):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.entrusted_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("统计月报"))
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.for_regulator)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.refresh()

    def _make_table(self) -> QTableWidget:
        headers = SUMMARY_COLUMNS_EN if self.ctx.english else SUMMARY_COLUMNS
        table = QTableWidget(len(FIGURE_BY_KEY), len(headers) + 1)
        table.setHorizontalHeaderLabels([self.tr("项目"), *headers])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no header or figure cut short
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        return table

    def chosen_month(self) -> date:
        chosen = self.month.date()
        return date(chosen.year(), chosen.month(), 1)

    def refresh(self) -> None:
        """Compute the figures of the chosen month in the background."""
        if self._task is not None and not self._task.done:
            self._task.cancel()
        month = self.chosen_month()
        self.status.setText(self.tr("正在计算 %1 的统计数字…").replace("%1", month_label(month, self.ctx.lang)))
        self._task = self.runner.run(
            lambda _c: month_summary(self.ctx.db, month), on_done=self._show, on_error=self._failed
        )

    def _show(self, summary: MonthSummary) -> None:
        if summary.month != self.chosen_month():
            return
        self.summary = summary
        for row, line in enumerate(summary.rows()):
            figure = FIGURE_BY_KEY[line.key]
            label = figure.label_en if self.ctx.english else figure.label
            self.table.setItem(row, 0, QTableWidgetItem(label))
            for column, value in enumerate(line.values, 1):
                item = QTableWidgetItem(format_value(value, figure.money and column not in (3, 6)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.status.setText(
            self.tr("%1：以上数字即导出的“汇总”表；口径见导出文件的“说明”表。").replace(
                "%1", month_label(summary.month, self.ctx.lang)
            )
        )

    def _failed(self, err: BaseException) -> None:
        self.status.setText(self.tr("无法计算：%1").replace("%1", str(err)))

    def export(self) -> None:
        """Ask where to save, then write the workbook in the background with progress."""
        month = self.chosen_month()
        path = save_file_name(
            self, self.tr("导出月报"), f"统计月报-{month:%Y-%m}.xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        unmasked, regulator = self.unmasked.isChecked(), self.for_regulator.isChecked()
        self.export_button.setEnabled(False)

        def work(control: TaskControl) -> ExportResult:
            return export_monthly_report(
                self.ctx.db,
                self.ctx.actor,
                month,
                path,
                unmasked,
                lambda done, total: control.progress(done, total),
                for_regulator=regulator,
            )

        self.runner.run(
            work,
            on_done=self._exported,
            on_error=self._export_failed,
            label=self.tr("正在导出 %1 月报…").replace("%1", month_label(month, self.ctx.lang)),
            parent_widget=self,
        )

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("已导出：%1").replace("%1", str(result.path)) + "　" + "；".join(result.since.lines()[:2])
        )
        answer = QMessageBox.question(
            self,
            self.tr("导出完成"),
            self.tr("已导出 %1 月报（明细 %2 件）。\n是否打开所在文件夹？")
            .replace("%1", month_label(result.month, self.ctx.lang))
            .replace("%2", str(result.detail_rows)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    def _export_failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = err.message if isinstance(err, DomainError) else str(err)
        self.status.setText(self.tr("导出失败：%1").replace("%1", message))
        QMessageBox.warning(self, self.tr("导出失败"), message)

    def open_entrusted_export(self) -> EntrustedExportDialog:
        """The results of entrusted cases for the SAMR office that entrusted them (Order 20 Art. 17)."""
        from app.views.dialogs.entrusted_export import EntrustedExportDialog

        dialog = EntrustedExportDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._entrusted_exported(dialog))
        dialog.open()
        return dialog

    def _entrusted_exported(self, dialog: EntrustedExportDialog) -> None:
        count = str(dialog.count or 0)
        text = self.tr("已导出受委托调解结果 %1 件：%2")
        self.status.setText(text.replace("%1", count).replace("%2", dialog.path.text()))

    def open_import(self) -> None:
        ImportWizard(self.ctx, self).open()
