"""The one way the UI runs blocking work: a plain function on a worker thread.

``TaskRunner.run(fn, …)`` calls ``fn(ctx, *args)`` on Qt's thread pool; result, progress,
errors and cancellation come back as signals on the UI thread. ``fn`` knows nothing of
Qt: it gets a :class:`TaskContext` to report progress and to notice cancellation.
Tests use :class:`InlineTaskRunner`, which runs the function at once on the calling thread
and delivers the same callbacks, so they stay deterministic.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from studio.errors import Cancelled

ProgressFn = Callable[[float, str], None]


class TaskContext:
    """Handed to the background function: progress reporting and the cancel flag."""

    def __init__(self, report: ProgressFn) -> None:
        self.cancel_event = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def progress(self, fraction: float, message: str = "") -> None:
        """Report progress (0…1); raises Cancelled if the person cancelled meanwhile."""
        self.check_cancelled()
        self._report(min(max(fraction, 0.0), 1.0), message)

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled


class TaskHandle(QObject):
    """One running task; lives on the UI thread, so its public signals arrive there.

    The worker emits the private relay signals; queued connections to this object's slots
    carry them over to the UI thread (direct ones when the task runs inline).
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three outcomes

    _relay_progress = Signal(float, str)
    _relay_outcome = Signal(str, object)

    def __init__(self, parent: QObject | None = None, *, queued: bool = True) -> None:
        super().__init__(parent)
        kind = Qt.ConnectionType.QueuedConnection if queued else Qt.ConnectionType.DirectConnection
        self._relay_progress.connect(self._on_progress, kind)
        self._relay_outcome.connect(self._on_outcome, kind)
        self.context = TaskContext(self._relay_progress.emit)
        self.finished = False

    def cancel(self) -> None:
        self.context.cancel_event.set()

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if not self.finished:
            self.progressed.emit(fraction, message)

    @Slot(str, object)
    def _on_outcome(self, outcome: str, value: object) -> None:
        self.finished = True
        if outcome == "result":
            self.succeeded.emit(value)
        elif outcome == "error":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.done.emit()

    def _execute(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        """Runs on the worker thread."""
        try:
            result = fn(self.context, *args)
        except Cancelled:
            self._relay_outcome.emit("cancelled", None)
        except Exception as exc:  # delivered to the UI, never lost in a thread
            self._relay_outcome.emit("error", exc)
        else:
            outcome = "cancelled" if self.context.cancelled else "result"
            self._relay_outcome.emit(outcome, result)


class _Job(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]):
        super().__init__()
        self.handle, self.fn, self.args = handle, fn, args

    def run(self) -> None:
        self.handle._execute(self.fn, self.args)


class TaskRunner(QObject):
    """Runs plain functions off the UI thread, on a pool of its own by default."""

    _threaded = True
    #: most jobs wait on the disk, the network or the clock (FM playout holds a thread for
    #: hours), so the pool is not sized by CPU cores: a 2-core PC still runs a render
    #: beside a playout and a broker connection
    MIN_THREADS = 6

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(
                max(self.MIN_THREADS, QThreadPool.globalInstance().maxThreadCount())
            )
        self._pool = pool
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: ProgressFn | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(self, queued=self._threaded)
        for signal, slot in (
            (handle.succeeded, on_result),
            (handle.failed, on_error),
            (handle.progressed, on_progress),
            (handle.cancelled, on_cancelled),
        ):
            if slot is not None:
                signal.connect(slot)
        self._running.add(handle)
        handle.done.connect(lambda: self._running.discard(handle))
        self._start(handle, fn, args)
        return handle

    def _start(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._pool.start(_Job(handle, fn, args))

    @property
    def running(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (used when the window closes)."""
        return self._pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs the function at once on the calling thread: for deterministic tests."""

    _threaded = False

    def _start(self, handle: TaskHandle, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        handle._execute(fn, args)
