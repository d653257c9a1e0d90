"""True peak (ITU-R BS.1770-4 Annex 2): the peak of the signal between its samples.

Each channel is oversampled 4× by a polyphase windowed-sinc interpolator and the largest
absolute value is taken. The meter skips work it can prove useless: the interpolator's
output near a short stretch of samples is at most their peak times the largest phase's
absolute tap sum, so stretches that cannot beat the peak found so far (the meter) or reach
the ceiling (the limiter) are not interpolated.
"""

from __future__ import annotations

import functools
import math

import numpy as np

#: oversampling factor (the standard's minimum; at 48 kHz the worst under-read of a sine
#: below 20 kHz is a few tenths of a dB)
FACTOR = 4
#: taps per phase of the interpolator
TAPS = 16
#: outputs per stretch of the skip test: short stretches keep the bound close to the
#: signal (a loud syllable does not make a whole block count as loud)
STRETCH = 64
#: stretches interpolated together (keeps the temporaries in the processor's cache)
_BATCH = 256
#: the tap where phase 0 (the sample itself) has its 1
_CENTRE = TAPS // 2 - 1


def to_db(value: float) -> float:
    """Linear amplitude -> dB (−inf for silence)."""
    return 20.0 * math.log10(value) if value > 0 else -math.inf


@functools.cache
def interpolator(factor: int = FACTOR, taps: int = TAPS) -> np.ndarray:
    """Polyphase interpolation matrix, float32 (taps, factor).

    Row j, column p multiplies input sample ``n - (taps-1) + j`` for output phase p, so
    ``windows @ matrix`` gives the ``factor`` interpolated values of each window.
    A Kaiser-windowed sinc cut at the input's Nyquist frequency; each phase is scaled to
    unity gain at DC so a constant reads as itself.
    """
    # Output phase p of the window ending at sample n is the signal at n - taps/2 + p/factor:
    # offsets 0, 1/4, 1/2, 3/4 of a sample, phase 0 being the sample itself.
    j = np.arange(taps)[:, None]
    t = taps / 2 - 1 - j + np.arange(factor)[None, :] / factor
    beta = 7.0
    window = np.i0(beta * np.sqrt(np.clip(1.0 - (2.0 * t / taps) ** 2, 0.0, None))) / np.i0(beta)
    phases = np.sinc(t) * window
    phases /= phases.sum(axis=0, keepdims=True)
    # phase 0 is the sample itself: sinc is exactly 0 at the other integers, not ~1e-17
    phases[:, 0] = np.round(phases[:, 0])
    return np.ascontiguousarray(phases, dtype=np.float32)


@functools.cache
def _gain_bound() -> float:
    return float(np.abs(interpolator()).sum(axis=0).max())


def _interpolated(segs: np.ndarray) -> np.ndarray:
    """Peak envelope of each row of ``segs``: float32 (k, n + TAPS - 1) -> (k, n), the
    largest |value| of the ``FACTOR`` points of each output.

    Phase 0 falls on a sample (its taps are a unit impulse at :data:`_CENTRE`), so only the
    others are computed: 16 scaled, shifted adds each, in place. Far faster than a matrix
    product with a copied (n, 16) window array, which BLAS handles poorly at this shape.
    """
    n = segs.shape[1] - (TAPS - 1)
    h = interpolator()
    env = np.abs(segs[:, _CENTRE : _CENTRE + n])
    y = np.empty(env.shape, dtype=np.float32)
    tmp = np.empty(env.shape, dtype=np.float32)
    for p in range(1, FACTOR):
        np.multiply(segs[:, 0:n], h[0, p], out=y)
        for j in range(1, TAPS):
            np.multiply(segs[:, j : j + n], h[j, p], out=tmp)
            y += tmp
        np.abs(y, out=y)
        np.maximum(env, y, out=env)
    return env


def oversampled_peaks(x: np.ndarray) -> np.ndarray:
    """Per-output-sample peak of ``x``: float32 (frames + TAPS - 1, channels) in, the last
    ``frames`` samples' true-peak envelope out (float32 (frames,), the maximum over
    channels and over the ``FACTOR`` interpolated points ending at each sample)."""
    env = None
    for ch in range(x.shape[1]):
        col = np.ascontiguousarray(x[:, ch], dtype=np.float32)
        y = _interpolated(col[None, :])[0]
        env = y if env is None else np.maximum(env, y)
    return env


def stretch_bounds(mag: np.ndarray, outputs: int) -> np.ndarray:
    """Upper bound of the interpolated peak of each :data:`STRETCH` of outputs.

    ``mag``: float32 (outputs + TAPS - 1,) absolute samples (history first); output i reads
    ``mag[i : i + TAPS]``. Returns float32 (ceil(outputs / STRETCH),).
    """
    count = -(-outputs // STRETCH)
    padded = np.zeros((count + 1) * STRETCH, dtype=np.float32)
    padded[: len(mag)] = mag
    local = padded.reshape(-1, STRETCH).max(axis=1)
    # stretch s reads mag[s*S : s*S + S + TAPS - 1]: its own piece and the start of the next
    return np.maximum(local[:-1], local[1:]) * np.float32(_gain_bound())


def stretch_peaks(col: np.ndarray, stretches: np.ndarray) -> np.ndarray:
    """Interpolated peak envelope of the given stretches of outputs of ``col``.

    ``col``: float32 (outputs + TAPS - 1,) samples (history first); ``stretches``: indices
    into the stretches of :data:`STRETCH` outputs. Returns float32 (len(stretches),
    STRETCH); outputs past the end of ``col`` read zeros.
    """
    count = int(stretches.max()) + 1 if len(stretches) else 0
    need = count * STRETCH + TAPS - 1
    if len(col) < need:
        col = np.concatenate([col, np.zeros(need - len(col), dtype=np.float32)])
    span = np.arange(STRETCH + TAPS - 1)
    out = np.empty((len(stretches), STRETCH), dtype=np.float32)
    for i in range(0, len(stretches), _BATCH):
        part = stretches[i : i + _BATCH]
        out[i : i + len(part)] = _interpolated(col[part[:, None] * STRETCH + span])
    return out


def envelope_over(x: np.ndarray, threshold: float) -> np.ndarray | None:
    """The true-peak envelope of ``x`` where it may exceed ``threshold``.

    ``x``: float32 (frames + TAPS - 1, channels), history first. Returns float32
    (frames,): the exact envelope (as :func:`oversampled_peaks`) wherever it is above
    ``threshold``, elsewhere some value no higher than ``threshold``; or None when no
    sample can come near it. Only the stretches whose bound exceeds it are interpolated.
    """
    outputs = max(0, len(x) - (TAPS - 1))
    grid = None
    for ch in range(x.shape[1]):
        col = np.ascontiguousarray(x[:, ch], dtype=np.float32)
        hot = np.flatnonzero(stretch_bounds(np.abs(col), outputs) > threshold)
        if len(hot):
            if grid is None:
                grid = np.zeros((-(-outputs // STRETCH), STRETCH), dtype=np.float32)
            grid[hot] = np.maximum(grid[hot], stretch_peaks(col, hot))
    return None if grid is None else grid.ravel()[:outputs]


class TruePeakMeter:
    """Running true peak of a stream of (frames, channels) float32 blocks."""

    def __init__(self, channels: int) -> None:
        self.channels = channels
        self.history = np.zeros((TAPS - 1, channels), dtype=np.float32)
        self.peaks = np.zeros(channels)
        self.samples = np.zeros(channels)  # sample peaks

    def channel(self, ch: int, block: np.ndarray) -> float:
        """Fold ``block[:, ch]`` into channel ``ch``'s peak; returns the new peak (linear).

        Thread-safe across different channels.
        """
        col = np.empty(TAPS - 1 + block.shape[0], dtype=np.float32)
        col[: TAPS - 1] = self.history[:, ch]
        col[TAPS - 1 :] = block[:, ch]
        self.history[:, ch] = col[len(col) - (TAPS - 1) :]
        if block.shape[0]:
            self.samples[ch] = max(self.samples[ch], float(np.abs(block[:, ch]).max()))
        self.peaks[ch] = _peak(col, self.peaks[ch])
        return self.peaks[ch]

    def add(self, block: np.ndarray) -> None:
        for ch in range(self.channels):
            self.channel(ch, block)

    def flush(self) -> None:
        """Account for the interpolation past the last sample (the stream has ended)."""
        self.add(np.zeros((TAPS - 1, self.channels), dtype=np.float32))

    @property
    def peak(self) -> float:
        return float(self.peaks.max()) if self.channels else 0.0


def _peak(col: np.ndarray, current: float) -> float:
    """Largest interpolated |value| of contiguous ``col`` (history + new samples), or
    ``current`` if nothing beats it."""
    outputs = len(col) - (TAPS - 1)
    if outputs <= 0:
        return current
    mag = np.abs(col)
    current = max(current, float(mag[TAPS - 1 :].max()))
    bound = stretch_bounds(mag, outputs)
    # the most promising stretches first: once a high peak is known, most others drop out
    candidates = np.flatnonzero(bound > current)
    candidates = candidates[np.argsort(bound[candidates])[::-1]]
    size = 8  # a few first: they usually settle the peak
    while len(candidates):
        batch, candidates = candidates[:size], candidates[size:]
        current = max(current, float(stretch_peaks(col, batch).max()))
        candidates = candidates[bound[candidates] > current]
        size = min(_BATCH, 2 * size)
    return current
