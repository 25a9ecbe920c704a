"""``python -m bench evidence_read [--per-layout N] [--seed S] [--keep DIR]``: draw the image set, read every
image with the application's reader, print the share of images with each field right per set (clean,
photographed, held-out clean, held-out photographed) and the time per image. Reports; never fails on
accuracy or slowness."""

from __future__ import annotations

import argparse
import difflib
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.services.evidence_reader import engine
from app.services.evidence_reader.fields import FIELDS, Reading
from app.services.evidence_reader.reading import read_image_bytes
from bench.evidence.records import Truth
from bench.evidence.samples import HARSH, ORDINARY, Sample, samples

SETS = ("clean", "photographed", "held-out clean", "held-out photo")


def set_of(sample: Sample) -> str:
    return ("held-out " if sample.held_out else "") + (
        ("photo" if sample.held_out else "photographed") if sample.photographed else "clean"
    )


def field_right(name: str, reading: Reading, truth: Truth) -> bool:
    """Whether the reader got ``name`` right; a field the record lacks must be read as absent."""
    if name == "paid_at":
        return reading.paid_at == truth.paid_at and (truth.paid_at is None or reading.year_shown == truth.year_shown)
    return getattr(reading, name) == getattr(truth, name)


def text_recall(reading: Reading, truth: Truth) -> float:
    """Share of a chat's message characters found, in order, in the text read."""
    wanted = "".join("".join(truth.messages).split())
    got = "".join(reading.text.split())
    matcher = difflib.SequenceMatcher(None, wanted, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(wanted), 1)


@dataclass
class Tally:
    """Counts for one set."""

    images: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    chat_recall: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def score(sample: Sample, tally: Tally) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    reading = read_image_bytes(sample.data, sample.name, file_date=sample.file_date)
    tally.wall.append(time.perf_counter() - started)
    tally.cpu.append(time.process_time() - cpu)
    tally.images += 1
    for name in FIELDS:
        if field_right(name, reading, sample.truth):
            tally.right[name] += 1
        else:
            tally.misses.append(
                f"{sample.name}: {name} read {getattr(reading, name)!r}, is {getattr(sample.truth, name)!r}"
            )
    if sample.truth.kind == "chat":
        tally.chat_recall.append(text_recall(reading, sample.truth))


def report(tallies: dict[str, Tally], load_s: float) -> str:
    head = f"{'field':<16}" + "".join(f"{name:>17}" for name in SETS)
    lines = [head, "-" * len(head)]
    for name in FIELDS:
        cells = [f"{100 * t.right[name] / t.images:>16.1f}%" if t.images else f"{'-':>17}" for t in tallies.values()]
        lines.append(f"{name:<16}" + "".join(cells))
    recall = [
        f"{100 * statistics.mean(t.chat_recall):>16.1f}%" if t.chat_recall else f"{'-':>17}" for t in tallies.values()
    ]
    lines.append(f"{'chat text':<16}" + "".join(recall))
    lines.append(f"{'images':<16}" + "".join(f"{t.images:>17}" for t in tallies.values()))
    for label, attr in (("wall s/image", "wall"), ("cpu s/image", "cpu")):
        cells = [
            f"{statistics.median(getattr(t, attr)):>17.2f}" if t.images else f"{'-':>17}" for t in tallies.values()
        ]
        lines.append(f"{label + ' (med)':<16}" + "".join(cells))
    lines.append(f"engine load: {load_s:.2f} s (once per process, in the background in the app)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench evidence_read", description=__doc__)
    parser.add_argument("--per-layout", type=int, default=6, metavar="N", help="screenshots per layout (default 6)")
    parser.add_argument("--seed", type=int, default=1, metavar="S")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="also save the images there")
    parser.add_argument("--misses", action="store_true", help="list every field read wrong (tuning sets only)")
    parser.add_argument("--harsh", action="store_true", help="worse photos: smaller, blurrier, glare, JPEG 30-60")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    engine.warm_up()
    load_s = time.perf_counter() - started
    tallies = {name: Tally() for name in SETS}
    for sample in samples(args.per_layout, args.seed, camera=HARSH if args.harsh else ORDINARY):
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            sample.save(args.keep)
        score(sample, tallies[set_of(sample)])
    print(report(tallies, load_s))
    if args.misses:
        for name in SETS[:2]:
            print("\n".join(tallies[name].misses))
    if args.json:
        out = {n: {"images": t.images, "right": t.right, "wall_s": t.wall, "cpu_s": t.cpu} for n, t in tallies.items()}
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
