"""Reading one evidence image: decode it (any orientation a phone's camera recorded), run the OCR engine,
group the text into rows and take the fields out. A file that is not a readable image is refused with one
clear line."""

from __future__ import annotations

import io
import warnings
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput, Problem
from app.services.evidence_reader import engine
from app.services.evidence_reader.fields import Reading, extract
from app.services.evidence_reader.rows import group_rows

MAX_PIXELS = 40_000_000
MAX_BYTES = 50 * 1024 * 1024


def _refuse(name: str, message: str) -> InvalidInput:
    return InvalidInput([Problem("图片", message, name)])


def decode(data: bytes, name: str = "") -> Any:
    """The image as a BGR numpy array, turned upright by its EXIF orientation."""
    import numpy as np
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise _refuse(name, "图片超过 50 MB")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                if opened.width * opened.height > MAX_PIXELS:
                    raise _refuse(name, "图片像素过多（超过 4000 万），请截取后再识别")
                upright = ImageOps.exif_transpose(opened).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombWarning) as err:
        raise _refuse(name, "不是可识别的图片文件（支持 PNG、JPEG、BMP、GIF、WebP）") from err
    return np.ascontiguousarray(np.asarray(upright)[:, :, ::-1])


def read_image_bytes(
    data: bytes, name: str = "", purchase_date: date | None = None, file_date: date | None = None
) -> Reading:
    """The fields and text of one image; ``purchase_date`` / ``file_date`` supply a year the record omits."""
    image = decode(data, name)
    rows = group_rows(engine.recognise(image))
    return extract(rows, float(image.shape[1]), purchase_date, file_date)


def read_image_file(path: Path, purchase_date: date | None = None) -> Reading:
    """Read an image file; its modification date stands in for a year the record does not show."""
    if not path.is_file():
        raise _refuse(str(path), "文件不存在或不是普通文件")
    file_date = datetime.fromtimestamp(path.stat().st_mtime).date()
    return read_image_bytes(path.read_bytes(), str(path), purchase_date, file_date)


def reading_record(reading: Reading, file: str) -> dict[str, object]:
    """The reading as the command line prints it: amount with two decimals, time ISO 8601 to the minute,
    None where the record shows nothing."""
    return {
        "file": file,
        "kind": reading.kind,
        "amount": f"{reading.amount:.2f}" if reading.amount is not None else None,
        "paid_at": reading.paid_at.strftime("%Y-%m-%dT%H:%M") if reading.paid_at else None,
        "year_shown": reading.year_shown,
        "payee": reading.payee,
        "transaction_no": reading.transaction_no,
        "order_no": reading.order_no,
        "card_tail": reading.card_tail,
        "text": reading.text,
        "confidence": dict(reading.confidence),
    }
