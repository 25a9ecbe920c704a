"""Text boxes grouped into rows as a person reads the screen: a label and its value side by side are one
row even when the photo is tilted (the boxes' common slope is taken out before grouping)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from app.services.evidence_reader.engine import TextBox

SAME_ROW = 0.55  # centres closer than this share of the smaller box height are on one row


@dataclass(frozen=True)
class Row:
    """Boxes on one line, left to right; ``text`` joins them with a space, ``compact`` without spaces."""

    boxes: tuple[TextBox, ...]

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.boxes)

    @property
    def compact(self) -> str:
        return "".join(self.text.split())

    @property
    def score(self) -> float:
        return min(b.score for b in self.boxes)

    @property
    def left(self) -> float:
        return self.boxes[0].left

    @property
    def right(self) -> float:
        return self.boxes[-1].right

    @property
    def height(self) -> float:
        return max(b.height for b in self.boxes)


def tilt(boxes: list[TextBox]) -> float:
    """The common slope of the wide boxes (0 for an upright screenshot)."""
    slopes = [b.slope for b in boxes if (b.right - b.left) > 2 * b.height]
    return statistics.median(slopes) if slopes else 0.0


def group_rows(boxes: list[TextBox]) -> list[Row]:
    """The boxes as rows, top to bottom."""
    slope = tilt(boxes)

    def level(box: TextBox) -> float:
        x, y = box.centre
        return y - slope * x

    rows: list[list[TextBox]] = []
    levels: list[float] = []
    for box in sorted(boxes, key=level):
        y = level(box)
        if rows and abs(y - levels[-1]) < SAME_ROW * min(box.height, max(b.height for b in rows[-1])):
            rows[-1].append(box)
            levels[-1] = statistics.mean(level(b) for b in rows[-1])
        else:
            rows.append([box])
            levels.append(y)
    return [Row(tuple(sorted(r, key=lambda b: b.centre[0] + slope * b.centre[1]))) for r in rows]
