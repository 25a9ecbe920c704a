"""协会信息: the association's details as they appear on documents and the report; an administrator
changes them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.permissions import Permission
from app.services.admin.office import office_info
from app.views.context import AppContext
from app.views.dialogs.office_dialog import OfficeDialog, seal_pixmap


class OfficeTab(QWidget):
    """The details in force, and a button to change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("name", self.tr("协会名称")),
            ("address", self.tr("地址")),
            ("phone", self.tr("电话")),
            ("samr_office", self.tr("上报的市场监督管理部门")),
            ("seal_text", self.tr("印章文字")),
            ("number_pattern", self.tr("文书编号格式")),
            ("region", self.tr("所在地区")),
        ):
            self.values[key] = QLabel()
            form.addRow(text, self.values[key])
        self.seal = QLabel()
        form.addRow(self.tr("印章图片"), self.seal)
        self.edit_button = QPushButton(self.tr("修改协会信息…"))
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setEnabled(ctx.actor.can(Permission.MANAGE_RULES))
        top = QHBoxLayout()
        top.addWidget(self.edit_button)
        top.addWidget(QLabel(self.tr("这些信息印在每一份文书和统计月报的标题上。")))
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        info = office_info(self.ctx.db)
        for key, label in self.values.items():
            label.setText(getattr(info, key) or self.tr("（未填写）"))
        pixmap = seal_pixmap(info)
        self.seal.setPixmap(pixmap)
        if pixmap.isNull():
            self.seal.setText(self.tr("未设置"))

    def edit(self) -> None:
        if OfficeDialog(self.ctx, self).exec():
            self.refresh()
