"""The administrator's database and backup settings, as a panel the admin page embeds:

- which database this PC opens (saved per PC, used at the next start unless --db or WEIQUAN_DB say
  otherwise), with a connection test that runs in the background;
- the folder for the office's automatic backups, and a backup made now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.backup.auto import auto_backup_settings, set_backup_folder
from app.services.backup.make import BackupResult, create_backup
from app.services.connection import ConnectionCheck, test_connection
from app.views import settings
from app.views.context import AppContext
from app.views.file_dialogs import existing_folder, save_file_name
from app.views.tasks import TaskControl, TaskRunner

OK_STYLE = "color: #1b7f3b;"
BAD_STYLE = "color: #b3261e;"


class DatabaseSettingsPanel(QWidget):
    """Database of this PC (with a connection test) and the office's backups."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._database_box())
        layout.addWidget(self._backup_box())
        layout.addStretch(1)

    def _database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("本机使用的数据库"))
        form = QFormLayout(box)
        form.addRow(self.tr("当前："), QLabel(self.ctx.db.describe()))
        self.url = QLineEdit(str(settings.get("db/url") or ""))
        self.url.setPlaceholderText("postgresql+psycopg://weiquan:密码@192.168.1.10/weiquan")
        self.url.textEdited.connect(lambda _t: self.use_button.setEnabled(False))
        form.addRow(self.tr("数据库地址："), self.url)
        self.test_button = QPushButton(self.tr("测试连接"))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("本机改用此数据库（下次启动生效）"))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow("", self.result)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("备份（全办公室共用的设置）"))
        form = QFormLayout(box)
        current = auto_backup_settings(self.ctx.db).folder
        self.folder = QLineEdit(str(current) if current else "")
        self.folder.setPlaceholderText(self.tr("留空则不自动备份"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("自动备份文件夹："), row)
        self.save_folder_button = QPushButton(self.tr("保存文件夹"))
        self.save_folder_button.clicked.connect(self.save_folder)
        self.backup_button = QPushButton(self.tr("立即备份…"))
        self.backup_button.clicked.connect(self.backup_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_folder_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", QLabel(self.tr("每天第一台关闭维权台的电脑写一份备份，保留最近 14 份。")))
        return box

    def test(self) -> None:
        url = self.url.text().strip()
        if not url:
            self._show(ConnectionCheck(False, self.tr("请填写数据库地址")))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("正在连接…"))
        self.runner.run(
            lambda _c: test_connection(url),
            on_done=self._show,
            on_error=lambda err: self._show(ConnectionCheck(False, str(err))),
        )

    def _show(self, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(check.message)
        self.result.setStyleSheet(OK_STYLE if check.ok else BAD_STYLE)
        self.use_button.setEnabled(check.ok)

    def use(self) -> None:
        settings.put("db/url", self.url.text().strip())
        self.result.setText(self.tr("已保存。下次启动维权台时本机将使用此数据库。"))

    def choose_folder(self) -> None:
        folder = existing_folder(self, self.tr("选择自动备份文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save_folder(self) -> None:
        try:
            set_backup_folder(self.ctx.db, self.ctx.actor, self.folder.text())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未能保存"), err.message)
            return
        QMessageBox.information(self, self.tr("已保存"), self.tr("自动备份文件夹已保存。"))

    def backup_now(self) -> None:
        target = save_file_name(self, self.tr("备份到"), "weiquan-backup.zip", self.tr("维权台备份 (*.zip)"))
        if not target:
            return
        self.backup_button.setEnabled(False)

        def work(control: TaskControl) -> BackupResult:
            return create_backup(
                self.ctx.db, self.ctx.actor, target, progress=lambda done, total: control.progress(done, total)
            )

        self.runner.run(
            work, on_done=self._backed_up, on_error=self._failed, label=self.tr("正在备份…"), parent_widget=self
        )

    def _backed_up(self, result: Any) -> None:
        self.backup_button.setEnabled(True)
        QMessageBox.information(
            self, self.tr("备份完成"), self.tr("已备份 {n} 件案件到 {path}").format(n=result.cases, path=result.path)
        )

    def _failed(self, err: BaseException) -> None:
        self.backup_button.setEnabled(True)
        message = err.message if isinstance(err, DomainError) else str(err)
        QMessageBox.warning(self, self.tr("备份未完成"), message)
