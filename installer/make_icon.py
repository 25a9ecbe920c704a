"""Draw the application icon (a white shield with a check mark on a blue tile) with Qt.

Writes ``app/resources/icons/weiquan.png`` (256 px, for the window and the Linux bundle) and
``app/resources/icons/weiquan.ico`` (16 to 256 px, for the Windows executable and the installer).
Every size is painted from the vector shape, so the small ones stay sharp. Run it again after
changing the drawing: ``python installer/make_icon.py``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

ICON_DIR = Path(__file__).resolve().parent.parent / "app" / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TILE_TOP = QColor("#1e88e5")
TILE_BOTTOM = QColor("#0d47a1")
CHECK = QColor("#1565c0")


def shield_path(s: float) -> QPainterPath:
    """The shield outline on a canvas of side ``s``."""
    path = QPainterPath()
    path.moveTo(0.50 * s, 0.17 * s)
    path.cubicTo(0.60 * s, 0.24 * s, 0.70 * s, 0.26 * s, 0.78 * s, 0.26 * s)
    path.cubicTo(0.78 * s, 0.52 * s, 0.72 * s, 0.71 * s, 0.50 * s, 0.84 * s)
    path.cubicTo(0.28 * s, 0.71 * s, 0.22 * s, 0.52 * s, 0.22 * s, 0.26 * s)
    path.cubicTo(0.30 * s, 0.26 * s, 0.40 * s, 0.24 * s, 0.50 * s, 0.17 * s)
    path.closeSubpath()
    return path


def draw(size: int) -> QImage:
    """The icon painted at ``size`` × ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = float(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, s))
    gradient.setColorAt(0.0, TILE_TOP)
    gradient.setColorAt(1.0, TILE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    margin = max(0.5, s * 0.03)
    painter.drawRoundedRect(QRectF(margin, margin, s - 2 * margin, s - 2 * margin), s * 0.2, s * 0.2)
    painter.setBrush(QColor("white"))
    painter.drawPath(shield_path(s))
    pen = QPen(CHECK, max(1.5, s * 0.075))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(0.37 * s, 0.50 * s))
    check.lineTo(0.47 * s, 0.60 * s)
    check.lineTo(0.64 * s, 0.40 * s)
    painter.drawPath(check)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as ICO stores it: bottom-up rows, then an empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    mask_row = bytes(((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file: bitmaps for the small sizes (what older shell code expects), PNG for 256 px."""
    blobs = [png_bytes(img) if img.width() >= 256 else dib_bytes(img) for img in images]
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + entries + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICON_DIR / "weiquan.png"), "PNG")
    (ICON_DIR / "weiquan.ico").write_bytes(ico_bytes([draw(size) for size in ICO_SIZES]))
    print(f"wrote {ICON_DIR / 'weiquan.png'} and {ICON_DIR / 'weiquan.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
