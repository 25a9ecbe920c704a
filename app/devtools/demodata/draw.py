"""Fast random draws from one seeded stream.

``random.Random``'s ``randint``, ``choice`` and ``choices`` cost microseconds each; a million cases make
tens of millions of draws, so the generator draws through ``random()`` directly. Same seed, same data.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class Draw:
    """Integers, choices and coin flips from one ``random.Random``."""

    __slots__ = ("random", "rng")

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.random = rng.random

    def below(self, n: int) -> int:
        """0 <= k < n."""
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """low <= k <= high."""
        return low + int(self.random() * (high - low + 1))

    def one(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def chance(self, p: float) -> bool:
        return self.random() < p

    def digits(self, count: int) -> str:
        """``count`` random decimal digits (in groups of 8, which a float draws evenly)."""
        groups = [f"{int(self.random() * 100_000_000):08d}" for _ in range(count // 8 + 1)]
        return "".join(groups)[:count]


class Weighted(Generic[T]):
    """A fixed choice with weights, drawn by bisection on the cumulative weights."""

    __slots__ = ("cumulative", "items", "total")

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]
        self.cumulative[-1] = float("inf")  # random() * total may round up to total

    @classmethod
    def of(cls, weighted: Mapping[T, float]) -> Weighted[T]:
        return cls(tuple(weighted), tuple(weighted.values()))

    def __call__(self, draw: Draw) -> T:
        return self.items[bisect_right(self.cumulative, draw.random() * self.total)]
