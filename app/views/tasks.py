"""The one helper for background work: runs a function on the thread pool, reports progress, can be
cancelled, and hands the result back on the GUI thread. A progress dialog appears only if the work lasts
longer than half a second. No processEvents loops."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside the work when the user cancelled it."""


class TaskControl:
    """Handed to the work: report progress, and find out whether to stop."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 100, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], signals: _TaskSignals, control: TaskControl) -> None:
        super().__init__()
        self.work, self.signals, self.control = work, signals, control

    def run(self) -> None:
        try:
            result = self.work(self.control)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as err:
            self.signals.failed.emit(err)
        else:
            if self.control.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class Task(QObject):
    """One piece of background work; keep a reference while it runs (the runner does)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[[TaskControl], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _TaskSignals()
        self.control = TaskControl(self._signals)
        self._runnable = _Runnable(work, self._signals, self.control)
        self._runnable.setAutoDelete(False)
        for name in ("progress", "finished", "failed", "cancelled"):
            getattr(self._signals, name).connect(getattr(self, name), Qt.ConnectionType.QueuedConnection)
        self.done = False
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._mark_done)

    def _mark_done(self, *_args: object) -> None:
        self.done = True

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def cancel(self) -> None:
        self.control.cancel()


class TaskRunner(QObject):
    """Starts tasks, keeps them alive until they end, and shows a delayed progress dialog."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        """``pool``: threads of one's own, so that quick work (the case list) never waits behind long work
        (reports) queued on the global pool; None uses the global pool."""
        super().__init__(parent)
        self._tasks: set[Task] = set()
        self._pool = pool

    def run(
        self,
        work: Callable[[TaskControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        parent_widget: QWidget | None = None,
    ) -> Task:
        """Run ``work(control)`` in the background; with a label, show progress after a short delay."""
        task = Task(work, self)
        self._tasks.add(task)
        if label is not None:  # first, so the progress dialog is gone before on_done shows its message
            self._attach_dialog(task, label, parent_widget)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_a, t=task: self._tasks.discard(t))
        task.start(self._pool)
        return task

    def _attach_dialog(self, task: Task, label: str, parent: QWidget | None) -> None:
        dialog = QProgressDialog(label, self.tr("取消"), 0, 100, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(task.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if text:
                dialog.setLabelText(text)

        task.progress.connect(on_progress)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_a: QTimer.singleShot(0, dialog.deleteLater))
            signal.connect(lambda *_a: dialog.hide())

    @property
    def running(self) -> int:
        return len(self._tasks)
