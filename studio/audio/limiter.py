"""Look-ahead true-peak limiter: loud short syllables are turned down just enough, in time.

Per sample the limiter works out the gain that keeps the 4× oversampled signal (the true
peak) under the ceiling, then takes the minimum of that over the next ``lookahead``
samples and averages it over the last ``lookahead`` samples. Each average only mixes gains
no higher than what every sample of its window needs, so the peak is always covered, and
the gain glides down over the look-ahead time instead of jumping. It recovers at a fixed
rate in dB (``release_db_per_s``). Everything is vectorized over blocks; the audio comes
out delayed internally and is re-aligned, so output sample i is input sample i. Only the
stretches that could reach the ceiling are oversampled, and while nothing needs limiting
the gain is exactly 1 and is not worked out at all: most of a programme costs a copy.
"""

from __future__ import annotations

import numpy as np

from studio.audio import truepeak

#: the limiter aims this far under the ceiling: the gain changes between samples, and the
#: interpolated peaks of the result move by a few hundredths of a dB with it
MARGIN_DB = 0.15


def sliding_min(a: np.ndarray, width: int) -> np.ndarray:
    """Minimum of every ``width`` consecutive values of ``a``: (len(a) - width + 1,).

    Van Herk / Gil-Werman: prefix and suffix minima of ``width``-long pieces, O(n).
    """
    n = len(a) - width + 1
    if n <= 0:
        return np.empty(0, dtype=a.dtype)
    if width == 1:
        return a.copy()
    pieces = -(-len(a) // width)
    padded = np.full(pieces * width, np.inf, dtype=a.dtype)
    padded[: len(a)] = a
    grid = padded.reshape(pieces, width)
    prefix = np.minimum.accumulate(grid, axis=1).ravel()
    suffix = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[:n], prefix[width - 1 : width - 1 + n])


class Limiter:
    """Streaming limiter for float32 (frames, channels) blocks at ``sample_rate``.

    ``process`` returns as many frames as are ready (fewer at first), ``flush`` the rest;
    together they return exactly the input length, aligned with the input.
    """

    def __init__(
        self,
        sample_rate: int,
        channels: int,
        ceiling_dbtp: float = -1.0,
        *,
        lookahead_ms: float = 5.0,
        release_db_per_s: float = 40.0,
    ) -> None:
        self.channels = channels
        self.threshold = 10.0 ** ((ceiling_dbtp - MARGIN_DB) / 20.0)
        self.look = max(2, round(lookahead_ms * sample_rate / 1000.0))
        self.release = release_db_per_s / sample_rate  # dB per sample
        # the envelope of the window ending at sample i is about sample i - TAPS/2
        self.delay = truepeak.TAPS // 2 + self.look
        self._hist = np.zeros((truepeak.TAPS - 1, channels), dtype=np.float32)
        self._min_carry = np.ones(self.look, dtype=np.float32)  # window look+1
        self._box_carry = np.ones(self.look - 1)
        self._release_db = 0.0
        self._line = np.zeros((self.delay, channels), dtype=np.float32)
        self._skip = self.delay  # output frames that are only the initial delay
        self.reduction_db = 0.0  # deepest gain reduction so far

    def _required(self, block: np.ndarray) -> np.ndarray | None:
        """Per frame, the gain that keeps it under the ceiling; None if 1 throughout."""
        ctx = np.concatenate([self._hist, block])
        self._hist = ctx[len(ctx) - (truepeak.TAPS - 1) :]
        env = truepeak.envelope_over(ctx, self.threshold)
        if env is None:
            return None
        with np.errstate(divide="ignore"):
            return np.minimum(np.float32(1.0), np.float32(self.threshold) / env)

    def _at_rest(self) -> bool:
        """No gain reduction is under way or coming out of the look-ahead window."""
        return (
            self._release_db == 0.0
            and bool((self._min_carry == 1.0).all())
            and bool((self._box_carry == 1.0).all())
        )

    def _gain(self, required: np.ndarray | None, frames: int) -> np.ndarray | None:
        """The gain for ``frames`` frames needing ``required``; None when it is 1 throughout."""
        rest = self._at_rest()
        if required is None:
            if rest:
                return None
            required = np.ones(frames, dtype=np.float32)
        buf = np.concatenate([self._min_carry, required])
        self._min_carry = buf[len(buf) - self.look :]
        floor = sliding_min(buf, self.look + 1)
        # Most of a programme needs no limiting: at rest, the gain stays exactly 1 until the
        # first frame whose floor dips, so only the rest of the block is worked out.
        skip = 0
        if rest:
            dips = np.flatnonzero(floor < 1.0)
            if not len(dips):
                return None
            skip = int(dips[0])
        tail = self._smooth(floor[skip:].astype(np.float64))
        if not skip:
            return tail
        gain = np.ones(len(floor))
        gain[skip:] = tail
        return gain

    def _smooth(self, floor: np.ndarray) -> np.ndarray:
        """Release then box-average ``floor`` (float64), carrying the state on."""
        with np.errstate(divide="ignore"):
            floor_db = 20.0 * np.log10(np.maximum(floor, 1e-6))
        steps = np.arange(len(floor_db)) * self.release
        released = steps + np.minimum(
            self._release_db + self.release, np.minimum.accumulate(floor_db - steps)
        )
        released = np.minimum(released, 0.0)
        self._release_db = float(released[-1])
        if len(released):
            self.reduction_db = min(self.reduction_db, float(released.min()))
        lin = np.concatenate([self._box_carry, 10.0 ** (released / 20.0)])
        self._box_carry = lin[len(lin) - (self.look - 1) :]
        c = np.concatenate(([0.0], np.cumsum(lin)))
        return (c[self.look :] - c[: -self.look]) / self.look

    def process(self, block: np.ndarray) -> np.ndarray:
        """Limit ``block``; returns the frames that are ready, float32 (m, channels)."""
        if len(block) == 0:
            return block
        gain = self._gain(self._required(block), len(block))
        line = np.concatenate([self._line, block])
        out = line[: len(block)]
        if gain is not None:
            out = out * gain[:, None].astype(np.float32)
        self._line = line[len(block) :]
        if self._skip:
            drop = min(self._skip, len(out))
            self._skip -= drop
            out = out[drop:]
        return out

    def flush(self) -> np.ndarray:
        """The frames still held back, once the input has ended."""
        pending = self.delay - self._skip
        out = self.process(np.zeros((self.delay, self.channels), dtype=np.float32))
        return out[:pending] if pending < len(out) else out
