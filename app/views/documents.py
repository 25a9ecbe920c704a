"""Turning a rendered document into paper or PDF with Qt, and the dialog that previews it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QShortcut,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services.cases.documents import KINDS, DocumentRequest, RenderedDocument, issue_document
from app.services.files import FileNotWritten, safe_write
from app.views.context import AppContext
from app.views.file_dialogs import save_file_name
from app.views.screen_fit import fit_window, room

A4_MARGINS_MM = QMarginsF(20, 20, 20, 20)


PAPER_STYLE = "QTextBrowser { background-color: #ffffff; color: #000000; }"
"""The preview looks like the paper: black on white, whatever the theme."""


def text_document(doc: RenderedDocument, page: QSizeF | None = None) -> QTextDocument:
    """The document as Qt lays it out, with its images (the seal); given the page size, a table that
    would cross a page break starts on the next page instead (Qt has no page-break-inside: avoid)."""
    document = QTextDocument()
    for name, data in doc.images.items():
        image = QImage()
        image.loadFromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(doc.html)
    if page is not None:
        document.setPageSize(page)
        keep_tables_whole(document)
    return document


def keep_tables_whole(document: QTextDocument) -> None:
    """Move each table that a page break would split (and that fits on a page) to the next page."""
    height = document.pageSize().height()
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        box = layout.frameBoundingRect(frame)
        first_page, last_page = int(box.top() // height), int((box.bottom() - 1) // height)
        if first_page != last_page and box.height() < height:
            form = frame.frameFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(form)


def _prepare(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            A4_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def save_pdf(doc: RenderedDocument, path: Path) -> Path:
    """Write the document as an A4 PDF, through the safe file write (the old file stays if anything fails)."""
    with safe_write(path) as partial:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setDocName(f"{doc.title} {doc.case_no}")
        _prepare(printer)
        text_document(doc, QSizeF(printer.pageRect(QPrinter.Unit.Point).size())).print_(printer)
        if partial.stat().st_size == 0:
            raise FileNotWritten(f"无法生成 PDF：{path.name}")
    return path


class DocumentDialog(QDialog):
    """Preview of one document on white paper, with Print and Save as PDF. Printing or saving issues it:
    the document gets its number (kept with the case) and the history notes it."""

    def __init__(
        self,
        ctx: AppContext,
        doc: RenderedDocument,
        parent: QWidget | None = None,
        request: DocumentRequest | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.request = request or DocumentRequest(doc.kind)
        kind = KINDS.get(doc.kind)
        title = kind.title_en if ctx.english and kind is not None else doc.title
        self.setWindowTitle(f"{title} · {doc.case_no}")
        self.preview = QTextBrowser()
        self.preview.setStyleSheet(PAPER_STYLE)
        self._show(doc)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("打印…"))
        self.pdf_button = QPushButton(self.tr("另存为 PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.ask_and_save_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        space = room(self)
        fit_window(self, height=1.0, wanted=QSize(min(space.width(), space.height() * 5 // 6), space.height()))

    def _show(self, doc: RenderedDocument) -> None:
        self.doc = doc
        self.preview.setDocument(text_document(doc))

    def issue(self, how: str) -> RenderedDocument | None:
        """The document with its number (given now if it had none); None when the service refuses."""
        try:
            issued = issue_document(self.ctx.db, self.ctx.actor, self.doc.case_no, self.request, how)
        except DomainError as err:
            QMessageBox.warning(self, self.windowTitle(), err.message)
            return None
        self._show(issued)
        self.ctx.hub.case_changed.emit(self.doc.case_no)
        return issued

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _prepare(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        issued = self.issue("打印")
        if issued is None:
            return False
        text_document(issued, QSizeF(printer.pageRect(QPrinter.Unit.Point).size())).print_(printer)
        return True

    def ask_and_save_pdf(self) -> Path | None:
        suggested = f"{self.doc.case_no}-{self.doc.title}.pdf"
        name = save_file_name(self, self.tr("另存为 PDF"), suggested, "PDF (*.pdf)")
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        issued = self.issue(f"保存为 {path.name}")
        if issued is None:
            return None
        try:
            save_pdf(issued, path)
        except FileNotWritten as err:
            QMessageBox.warning(self, self.windowTitle(), self.tr("无法保存：%1").replace("%1", err.message))
            return None
        return path
