"""Making demo rows in a forked child process while this process writes them: on two cores the Python
that makes rows and the SQLite that stores them run side by side (threads cannot: the GIL).

The child is a fork of this process at the moment the rows start, so it continues the very same random
stream and produces exactly the rows this process would have made: the data does not depend on
whether a child was used. It never touches the database; it only sends batches through a pipe and
leaves with ``os._exit`` (multiprocessing's fork start), so no inherited connection is closed or used.
Forking is used only where it is safe: POSIX, no other thread running in this process and no GUI
toolkit loaded; everywhere else (Windows, the GUI) the rows are made in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

PROCESS_MIN_CASES = 20_000  # below this the fork and the pipe cost more than they save
_QT_CORE = "PySide6.QtCore"


def can_fork(cases: int) -> bool:
    """Whether to make the rows of ``cases`` cases in a forked child: a big run, on POSIX, with no other
    thread in this process and no Qt loaded (Qt's own threads are not visible to ``threading``)."""
    return (
        cases >= PROCESS_MIN_CASES
        and os.name == "posix"
        and threading.active_count() == 1
        and _QT_CORE not in sys.modules
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _produce(make: Callable[[], Iterator[Any]], finish: Callable[[], Any], send: Connection) -> None:
    try:
        for item in make():
            send.send(("item", item))
        send.send(("done", finish()))
    except BaseException as error:  # handed to the parent, which raises it
        try:
            send.send(("error", error))
        except Exception:  # not picklable: send what it says
            send.send(("error", RuntimeError(repr(error))))
    finally:
        send.close()


def in_child(
    make: Callable[[], Iterator[Any]], finish: Callable[[], Any], finished: Callable[[Any], None]
) -> Iterator[Any]:
    """Yield what ``make()`` yields, computed in a forked child; when it is exhausted, the child's
    ``finish()`` is handed to ``finished`` here (state the child built that this process needs)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_produce, args=(make, finish, send), name="demo-rows", daemon=True)
    child.start()
    send.close()
    try:
        while True:
            try:
                kind, payload = receive.recv()
            except EOFError:
                raise RuntimeError("生成演示数据的子进程意外退出") from None
            if kind == "item":
                yield payload
            elif kind == "done":
                finished(payload)
                return
            else:
                raise payload
    finally:
        receive.close()
        if child.is_alive():
            child.terminate()
        child.join()
