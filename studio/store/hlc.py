"""Hybrid logical clock for `updated_at` on every synced record.

A timestamp is one 64-bit integer: wall-clock milliseconds shifted left 16 bits, plus a
logical counter in the low 16 bits. It never goes backwards, even when the PC's clock does,
and after observing a remote timestamp every local one is later than it — what last-writer-
wins merging between stations needs. Integers sort and compare on every database.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(millis: int, counter: int = 0) -> int:
    return (millis << COUNTER_BITS) | counter


def to_datetime(hlc: int) -> datetime:
    """The wall-clock part of ``hlc`` as an aware UTC datetime (for display and logs)."""
    return datetime.fromtimestamp((hlc >> COUNTER_BITS) / 1000, UTC)


class HybridLogicalClock:
    """Thread-safe HLC; ``last`` seeds it from the newest timestamp already stored."""

    def __init__(self, last: int = 0, wall: Callable[[], int] = wall_ms) -> None:
        self._last = last
        self._wall = wall
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def now(self) -> int:
        """A timestamp later than every one this clock has issued or observed."""
        with self._lock:
            # counter overflow carries into the millisecond part: still strictly increasing
            self._last = max(pack(self._wall()), self._last + 1)
            return self._last

    def observe(self, remote: int) -> None:
        """Account for a timestamp received from another station."""
        with self._lock:
            self._last = max(self._last, remote)
