"""Running a generator on a worker thread a few items ahead of its consumer.

The demo generator makes rows in Python while SQLite writes the previous batch; SQLite releases the
GIL while it works, so on two cores the two overlap. Only the worker touches the generator; the caller
keeps the database to itself. An error in the worker is raised in the caller.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def ahead(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """Yield what ``items`` yields, computed on a worker thread up to ``depth`` items ahead."""
    pending: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand_over(item: object) -> bool:
        while not stop.is_set():
            try:
                pending.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not hand_over(item):
                    return
            hand_over(_DONE)
        except BaseException as error:  # handed to the caller, which raises it
            hand_over(_Failed(error))

    worker = threading.Thread(target=work, name="demo-rows", daemon=True)
    worker.start()
    try:
        while (item := pending.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join()
