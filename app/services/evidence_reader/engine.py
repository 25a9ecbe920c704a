"""The OCR engine: RapidOCR with the PP-OCR Chinese models its wheel carries, on ONNX Runtime's CPU.

Importing this module loads nothing; the models are loaded by the first :func:`recognise` (or by
:func:`warm_up`, which the GUI calls on a background thread when the first image is added), once per
process, behind a lock. Nothing is downloaded: the packaged models are used.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DomainError

# Detection on the long side scaled to 960 px: a phone screenshot's text is still 15-20 px high there, and
# detection costs half of what it does at full size. Recognition reads the crops at full resolution.
# No angle classifier: screenshots and photos of them are upright or tilted by a few degrees only.
ENGINE_PARAMS: dict[str, Any] = {
    "Global.log_level": "error",
    "Global.use_cls": False,
    "Det.limit_type": "max",
    "Det.limit_side_len": 960,
    "EngineConfig.onnxruntime.intra_op_num_threads": 2,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}

_lock = threading.Lock()
_reading = threading.Lock()
_engine: Any = None


class ReaderUnavailable(DomainError):
    """The OCR engine cannot be loaded on this PC (a broken installation)."""


@dataclass(frozen=True)
class TextBox:
    """One piece of text the engine found: its corners (x, y) clockwise from top left, and its score."""

    text: str
    score: float
    corners: tuple[tuple[float, float], ...]

    @property
    def left(self) -> float:
        return min(x for x, _ in self.corners)

    @property
    def right(self) -> float:
        return max(x for x, _ in self.corners)

    @property
    def top(self) -> float:
        return min(y for _, y in self.corners)

    @property
    def height(self) -> float:
        (x0, y0), _tr, _br, (x3, y3) = self.corners[:4]
        return float(((x3 - x0) ** 2 + (y3 - y0) ** 2) ** 0.5)

    @property
    def centre(self) -> tuple[float, float]:
        return sum(x for x, _ in self.corners) / 4, sum(y for _, y in self.corners) / 4

    @property
    def slope(self) -> float:
        """dy/dx of the box's top edge: how much the text is tilted."""
        (x0, y0), (x1, y1) = self.corners[:2]
        return (y1 - y0) / (x1 - x0) if x1 != x0 else 0.0


def _load() -> Any:
    global _engine
    with _lock:
        if _engine is None:
            try:
                from rapidocr import RapidOCR
            except ImportError as err:
                raise ReaderUnavailable("evidence.reader_missing", reason=err) from err
            _engine = RapidOCR(params=ENGINE_PARAMS)
        return _engine


def warm_up() -> None:
    """Load the models now (call from a background thread), so the first image is read sooner."""
    _load()


def is_loaded() -> bool:
    return _engine is not None


def recognise(image: Any) -> list[TextBox]:
    """The text boxes of ``image`` (an RGB/BGR numpy array), top to bottom as the engine returns them."""
    engine = _load()
    with _reading:  # one image at a time: the engine's Python side keeps state between its stages
        result = engine(image)
    if result.txts is None or result.boxes is None:
        return []
    return [
        TextBox(str(text), float(score), tuple((float(x), float(y)) for x, y in box))
        for text, score, box in zip(result.txts, result.scores, result.boxes, strict=True)
    ]
