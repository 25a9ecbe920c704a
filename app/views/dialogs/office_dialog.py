"""Changing the association's details: name, address, phone, the supervision office it reports to, the
seal (text and image) and the pattern of document numbers."""

from __future__ import annotations

import base64
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.errors import InvalidInput
from app.services.admin.office import LABELS, OfficeInfo, office_info, seal_from_file, update_office
from app.services.admin.rule_sets import list_rule_sets
from app.views.context import AppContext
from app.views.dialogs.base import FormDialog

SEAL_PREVIEW_PX = 96


def seal_pixmap(info: OfficeInfo) -> QPixmap:
    """The seal image scaled for a preview; a null pixmap when there is none."""
    pixmap = QPixmap()
    if info.seal_image:
        pixmap.loadFromData(base64.b64decode(info.seal_image))
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(
        SEAL_PREVIEW_PX, SEAL_PREVIEW_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class OfficeDialog(FormDialog):
    """The details printed on every document and on the monthly report's title."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("协会信息"), parent)
        self.info = office_info(ctx.db)
        self.edits: dict[str, QLineEdit] = {}
        for key, text in (
            ("name", self.tr("协会名称")),
            ("address", self.tr("地址")),
            ("phone", self.tr("电话")),
            ("samr_office", self.tr("上报的市场监督管理部门")),
            ("seal_text", self.tr("印章文字（无印章图片时打印）")),
            ("number_pattern", self.tr("文书编号格式")),
        ):
            edit = QLineEdit(getattr(self.info, key))
            self.edits[key] = edit
            self.add_row(text, LABELS[key], edit)
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItem("")
        for region in sorted({r.region for r in list_rule_sets(ctx.db) if r.region}):
            self.region.addItem(region)
        self.region.setCurrentText(self.info.region)
        self.region.lineEdit().setPlaceholderText(self.tr("留空为只用全国规则；如：上海市"))
        self.region.setToolTip(self.tr("与某规则集的适用地区相同时，新登记的案件先按该地方规则计算期限"))
        self.add_row(self.tr("所在地区"), LABELS["region"], self.region)
        self.edits["number_pattern"].setToolTip(self.tr("{year} 为年份，{n} 为当年流水号，例如 X消调〔{year}〕第{n}号"))
        self.seal_image = self.info.seal_image
        self.seal_preview = QLabel()
        self.seal_preview.setFixedSize(SEAL_PREVIEW_PX, SEAL_PREVIEW_PX)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_seal = QPushButton(self.tr("选择图片…"))
        self.choose_seal.clicked.connect(self.ask_seal)
        self.remove_seal = QPushButton(self.tr("移除"))
        self.remove_seal.clicked.connect(lambda: self.set_seal(""))
        seal = QWidget()
        row = QHBoxLayout(seal)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.seal_preview)
        row.addWidget(self.choose_seal)
        row.addWidget(self.remove_seal)
        row.addStretch(1)
        self.add_row(self.tr("印章图片"), LABELS["seal_image"], seal)
        self._show_seal()
        self.dirty = False

    def _show_seal(self) -> None:
        pixmap = seal_pixmap(replace(self.info, seal_image=self.seal_image))
        self.seal_preview.setPixmap(pixmap)
        if pixmap.isNull():
            self.seal_preview.setText(self.tr("无"))
        self.remove_seal.setEnabled(bool(self.seal_image))

    def set_seal(self, image: str) -> None:
        self.seal_image = image
        self.mark_dirty()
        self._show_seal()

    def ask_seal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择印章图片"), "", self.tr("图片 (*.png *.jpg *.jpeg)"))
        if name:
            self.load_seal(name)

    def load_seal(self, path: str) -> None:
        try:
            self.set_seal(seal_from_file(path))
        except InvalidInput as err:
            self.board.show(err.problems, self.tr("未能使用该图片："))

    def submit(self) -> None:
        values = {key: edit.text() for key, edit in self.edits.items()}
        info = OfficeInfo(**values, seal_image=self.seal_image, region=self.region.currentText())
        update_office(self.ctx.db, self.ctx.actor, info)
