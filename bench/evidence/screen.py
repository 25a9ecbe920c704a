"""A phone screen to draw on: sizes in points of a 375-point-wide phone scaled to the pixel width, the
Noto CJK font, a status bar, a title bar, label/value rows that wrap long numbers as WeChat does."""

from __future__ import annotations

import random
import subprocess
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

POINTS_WIDE = 375
PHONE_SIZES = ((1080, 2340), (1080, 2400), (750, 1334), (1170, 2532), (720, 1600), (828, 1792))
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)
SC_INDEX = 2  # Noto Sans CJK SC inside the collection
GRAY, BLACK, WHITE = (128, 128, 128), (25, 25, 25), (255, 255, 255)


class FontMissing(RuntimeError):
    """No Chinese font to draw with (install fonts-noto-cjk)."""


@cache
def font_file(bold: bool = False) -> tuple[str, int]:
    """The Noto Sans CJK file (regular or bold) and the index of its Simplified Chinese face."""
    for candidate in FONT_CANDIDATES:
        path = candidate.replace("Regular", "Bold") if bold else candidate
        if Path(path).is_file():
            return path, SC_INDEX if path.endswith("NotoSansCJK-Regular.ttc") or "Bold.ttc" in path else 0
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "Noto Sans CJK SC:bold" if bold else "Noto Sans CJK SC"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        found = ""
    if found and "CJK" in found:
        return found, SC_INDEX if found.endswith(".ttc") else 0
    raise FontMissing("no Noto Sans CJK font: apt-get install -y fonts-noto-cjk")


@cache
def _font(size_px: int, bold: bool) -> ImageFont.FreeTypeFont:
    path, index = font_file(bold)
    return ImageFont.truetype(path, size_px, index=index)


class Screen:
    """One screenshot being drawn; ``y`` is the pen's vertical position in points."""

    def __init__(self, size: tuple[int, int], background: tuple[int, int, int] = WHITE) -> None:
        self.width, self.height = size
        self.s = self.width / POINTS_WIDE
        self.image = Image.new("RGB", size, background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 0.0

    def px(self, points: float) -> int:
        return round(points * self.s)

    def font(self, size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        return _font(self.px(size), bold)

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        return self.draw.textlength(text, font=self.font(size, bold)) / self.s

    def text(
        self, x: float, y: float, text: str, size: float, fill: tuple[int, int, int] = BLACK, **kw: object
    ) -> None:
        """Text at (x, y) points; ``anchor`` as Pillow's ("la" left, "ra" right, "ma" centre)."""
        bold = bool(kw.pop("bold", False))
        anchor = str(kw.pop("anchor", "la"))
        self.draw.text((self.px(x), self.px(y)), text, fill=fill, font=self.font(size, bold), anchor=anchor)

    def centre(self, text: str, size: float, fill: tuple[int, int, int] = BLACK, bold: bool = False) -> None:
        self.text(POINTS_WIDE / 2, self.y, text, size, fill, anchor="ma", bold=bold)
        self.y += size * 1.6

    def box(self, x0: float, y0: float, x1: float, y1: float, fill: tuple[int, int, int], radius: float = 0) -> None:
        shape = (self.px(x0), self.px(y0), self.px(x1), self.px(y1))
        self.draw.rounded_rectangle(shape, radius=self.px(radius), fill=fill)

    def circle(self, cx: float, cy: float, r: float, fill: tuple[int, int, int]) -> None:
        self.draw.ellipse((self.px(cx - r), self.px(cy - r), self.px(cx + r), self.px(cy + r)), fill=fill)

    def status_bar(self, rng: random.Random, fill: tuple[int, int, int] = BLACK) -> None:
        """Clock, network and battery as phones show them."""
        clock = f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d}"
        self.text(24, 14, clock, 15, fill, bold=True)
        self.text(
            POINTS_WIDE - 16, 14, f"{rng.choice(('5G', '4G', 'WiFi'))}  {rng.randint(8, 100)}%", 13, fill, anchor="ra"
        )
        self.y = 44

    def title_bar(self, title: str, fill: tuple[int, int, int] = BLACK) -> None:
        top = self.y or 20
        self.text(16, top + 10, "<", 20, fill)
        if title:
            self.text(POINTS_WIDE / 2, top + 12, title, 17, fill, anchor="ma", bold=True)
        self.text(POINTS_WIDE - 16, top + 8, "···", 18, fill, anchor="ra")
        self.y = top + 44

    def wrapped(self, text: str, size: float, width: float) -> list[str]:
        """``text`` cut into lines no wider than ``width`` points, character by character."""
        lines, current = [], ""
        for ch in text:
            if current and self.text_width(current + ch, size) > width:
                lines.append(current)
                current = ""
            current += ch
        return [*lines, current] if current else lines

    def row(self, label: str, value: str, style: str, size: float = 15) -> None:
        """A label and its value: ``column`` (value at a fixed column), ``right`` (value right-aligned)
        or ``stacked`` (value under its label)."""
        if style == "stacked":
            self.text(16, self.y, label, size - 2, GRAY)
            self.y += size * 1.5
            for line in self.wrapped(value, size + 1, POINTS_WIDE - 32):
                self.text(16, self.y, line, size + 1)
                self.y += (size + 1) * 1.45
            self.y += size * 0.9
            return
        self.text(16, self.y, label, size, GRAY)
        left = 110 if style == "column" else 130
        for line in self.wrapped(value, size, POINTS_WIDE - 16 - left):
            if style == "right":
                self.text(POINTS_WIDE - 16, self.y, line, size, anchor="ra")
            else:
                self.text(left, self.y, line, size)
            self.y += size * 1.45
        self.y += size * 1.0

    def divider(self, colour: tuple[int, int, int] = (230, 230, 230)) -> None:
        self.box(16, self.y, POINTS_WIDE - 16, self.y + 0.8, colour)
        self.y += 18
