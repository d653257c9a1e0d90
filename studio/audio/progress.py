"""Progress and cancellation for long audio jobs.

Jobs take ``progress(fraction: float)`` (called with a non-decreasing fraction that ends at
1.0) and ``cancel: threading.Event | None``; a set event makes the job raise
:class:`~studio.audio.errors.Cancelled` at its next block, leaving no output behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from studio.audio.errors import Cancelled

ProgressFn = Callable[[float], None]


class Tracker:
    """Maps the work done in successive passes onto one 0 … 1 progress scale."""

    def __init__(
        self,
        progress: ProgressFn | None,
        cancel: threading.Event | None,
        passes: int = 1,
    ) -> None:
        self.progress = progress
        self.cancel = cancel
        self.passes = passes
        self.done = 0
        self._last = 0.0

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def step(self, fraction_of_pass: float) -> None:
        """Report ``fraction_of_pass`` (0 … 1) of the current pass, and check for cancel."""
        self.check()
        value = (self.done + min(1.0, max(0.0, fraction_of_pass))) / self.passes
        if self.progress is not None and value > self._last:
            self._last = min(value, 1.0)
            self.progress(self._last)

    def next_pass(self) -> None:
        self.done = min(self.passes, self.done + 1)
        self.step(0.0)

    def finish(self) -> None:
        if self.progress is not None and self._last < 1.0:
            self._last = 1.0
            self.progress(1.0)
