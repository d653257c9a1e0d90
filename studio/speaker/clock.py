"""The agent's clock: the real one, or a faster one for tests and demonstrations."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def real_seconds(self, seconds: float) -> float:
        """Real time to wait for ``seconds`` of this clock."""
        return max(0.0, seconds)


@dataclass
class ScaledClock:
    """Starts at ``start`` and runs ``rate`` times faster than real time."""

    start: datetime
    rate: float = 1.0
    _t0: float = field(default_factory=time.monotonic)

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self._t0) * self.rate)

    def real_seconds(self, seconds: float) -> float:
        return max(0.0, seconds / self.rate)
