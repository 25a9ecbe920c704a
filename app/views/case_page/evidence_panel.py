"""The evidence section of the case page: thumbnails for images, the kind, name, size, SHA-256 and who
added it; files are added by button or by dropping them here, and open in the system viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import EVIDENCE_KINDS, label
from app.domain.display import show_datetime
from app.domain.errors import DomainError
from app.services.cases.evidence import EvidenceItem, evidence_path
from app.services.setup import Database
from app.views.case_page.timeline import person_text

THUMB = QSize(72, 72)
HINT_STYLE = "color: #b26a00; font-weight: bold;"


def thumbnail(path: Path) -> QPixmap | None:
    """A small picture of an image file, read at reduced size; None if it is not a readable image."""
    reader = QImageReader(str(path))
    if not reader.canRead():
        return None
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class EvidencePanel(QGroupBox):
    """证据: the list, the add button, the missing-key-evidence hint; accepts dropped files."""

    add_requested = Signal(list)
    """Paths to add (empty: let the user choose a file)."""

    def __init__(
        self, db: Database, items: list[EvidenceItem], missing: list[str], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("证据（%1 份）").replace("%1", str(len(items))), parent)
        self.db, self.lang = db, lang
        self.setAcceptDrops(True)
        self.hint = QLabel(self.tr("缺少关键证据：微信交易尚无付款记录（转账记录、红包记录、订单页面或收据）"))
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.hint.setVisible("payment_record" in missing)
        self.list = QListWidget()
        self.list.setIconSize(THUMB)
        self.list.setMinimumHeight(120)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemDoubleClicked.connect(self._open_item)
        for item in items:
            self.list.addItem(self._row(item))
        self.add_button = add = QPushButton(self.tr("添加证据…"))
        add.clicked.connect(lambda: self.add_requested.emit([]))
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("可把文件拖到这里")), 1)
        buttons.addWidget(open_button)
        buttons.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _row(self, item: EvidenceItem) -> QListWidgetItem:
        added = show_datetime(item.added_at, self.lang)
        text = (
            f"{label(EVIDENCE_KINDS, item.kind, self.lang)} · {item.filename} · {_size_text(item.size)}\n"
            f"SHA-256 {item.sha256[:16]}… · {person_text(item.added_by, item.added_by)} {added}"
        )
        row = QListWidgetItem(text)
        row.setData(Qt.ItemDataRole.UserRole, item.id)
        row.setToolTip(f"SHA-256 {item.sha256}\n{item.note}".strip())
        row.setIcon(self._icon(item))
        return row

    def _icon(self, item: EvidenceItem) -> QIcon:
        if item.is_image:
            try:
                picture = thumbnail(evidence_path(self.db, item.id))
            except DomainError:
                picture = None
            if picture is not None:
                return QIcon(picture)
        return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def _open_item(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        try:
            path = evidence_path(self.db, int(row.data(Qt.ItemDataRole.UserRole)))
        except DomainError as err:
            QMessageBox.warning(self, self.tr("打开证据"), err.message)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_requested.emit(paths)
