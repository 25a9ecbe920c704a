"""The image set: each layout drawn at a phone size with or without a status bar, and a photographed copy
of each (the phone held up to a camera: tilted, in perspective, on a desk, unevenly lit, blurred, noisy,
saved as JPEG). Same seed, same images."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from bench.evidence.layouts import DARK, HELD_OUT, LAYOUTS
from bench.evidence.records import Truth, make_payment
from bench.evidence.screen import PHONE_SIZES, Screen


@dataclass(frozen=True)
class Sample:
    """One image of the set, the truth about it, and the date its file would carry (for red envelopes)."""

    name: str
    layout: str
    held_out: bool
    photographed: bool
    data: bytes
    suffix: str
    truth: Truth
    file_date: date

    def save(self, folder: Path) -> Path:
        path = folder / f"{self.name}{self.suffix}"
        path.write_bytes(self.data)
        return path


def draw(layout: str, rng: random.Random) -> tuple[Image.Image, Truth]:
    """One screenshot of ``layout`` with a made-up record."""
    dark = layout in DARK
    screen = Screen(
        rng.choice(PHONE_SIZES), (17, 17, 17) if dark else (237, 237, 237) if "chat" in layout else (255, 255, 255)
    )
    if rng.random() < 0.8:
        screen.status_bar(rng, (220, 220, 220) if dark else (25, 25, 25))
    truth = LAYOUTS[layout](screen, make_payment(rng), rng)
    return screen.image, truth


@dataclass(frozen=True)
class Camera:
    """How bad the photo is: ranges of scale, corner jitter (share of width), rotation (degrees), blur
    (sigma px), noise (std), JPEG quality, and the chance of a glare spot on the screen."""

    scale: tuple[float, float] = (0.55, 0.85)
    jitter: float = 0.035
    angle: float = 5
    blur: tuple[float, float] = (0.5, 1.2)
    noise: tuple[float, float] = (2, 6)
    quality: tuple[int, int] = (50, 80)
    glare: float = 0.0


ORDINARY = Camera()
HARSH = Camera(scale=(0.38, 0.6), jitter=0.06, angle=9, blur=(0.9, 1.8), noise=(4, 10), quality=(30, 60), glare=0.6)


def _glare(photo: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = photo.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.15, 0.35) * w
    spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[:, :, None]
    return photo + spot * rng.uniform(50, 110)


def photograph(image: Image.Image, rng: random.Random, camera: Camera = ORDINARY) -> bytes:
    """The screenshot as a photo of the phone's screen, JPEG-compressed."""
    src = np.asarray(image.convert("RGB"))
    h, w = src.shape[:2]
    scale = rng.uniform(*camera.scale)
    margin = int(0.08 * w * scale)
    out_w, out_h = int(w * scale) + 2 * margin, int(h * scale) + 2 * margin
    jitter = camera.jitter * w * scale
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    placed = np.float32(
        [
            [margin + x * scale + rng.uniform(-jitter, jitter), margin + y * scale + rng.uniform(-jitter, jitter)]
            for x, y in corners
        ]
    )
    angle = rng.uniform(-camera.angle, camera.angle)
    rotation = cv2.getRotationMatrix2D((out_w / 2, out_h / 2), angle, 1.0)
    placed = cv2.transform(placed[None], rotation)[0].astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, placed)
    desk = tuple(int(c) for c in rng.choice(((90, 70, 50), (60, 60, 65), (150, 140, 120))))
    photo = cv2.warpPerspective(src, matrix, (out_w, out_h), borderValue=desk, flags=cv2.INTER_AREA)
    light = np.linspace(rng.uniform(0.72, 0.9), rng.uniform(0.95, 1.08), out_w)[None, :, None]
    photo = np.clip(photo.astype(np.float32) * light, 0, 255)
    if rng.random() < camera.glare:
        photo = _glare(photo, rng)
    photo = cv2.GaussianBlur(photo, (0, 0), rng.uniform(*camera.blur))
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(*camera.noise), photo.shape)
    photo = np.clip(photo + noise, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(photo).save(buffer, "JPEG", quality=rng.randint(*camera.quality))
    return buffer.getvalue()


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, compress_level=1)
    return buffer.getvalue()


def samples(
    per_layout: int,
    seed: int = 1,
    layouts: list[str] | None = None,
    photos: bool = True,
    camera: Camera = ORDINARY,
) -> Iterator[Sample]:
    """``per_layout`` screenshots of each layout and (with ``photos``) a photographed copy of each."""
    rng = random.Random(seed)
    for layout in layouts or list(LAYOUTS):
        for i in range(per_layout):
            image, truth = draw(layout, rng)
            paid = truth.paid_at.date() if truth.paid_at else date(2026, 6, 1)
            file_date = paid + timedelta(days=rng.randint(0, 20))
            held = layout in HELD_OUT
            yield Sample(f"{layout}-{i:02d}", layout, held, False, _png(image), ".png", truth, file_date)
            yield Sample(
                f"{layout}-{i:02d}-photo", layout, held, True, photograph(image, rng, camera), ".jpg", truth, file_date
            )
