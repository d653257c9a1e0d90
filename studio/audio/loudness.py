"""Loudness per ITU-R BS.1770-4 and EBU R128 / Tech 3341 / Tech 3342.

The meter takes float32 (frames, channels) blocks of any length, K-weights them with the
filter state carried over, and keeps only the weighted mean-square energy of each 10 ms
sub-block (one float per 10 ms: 1.08 million, 8.6 MB, for three hours). Every quantity
comes from those:

* momentary loudness: 400 ms windows (40 sub-blocks), every 10 ms, so the maximum of a
  short burst is caught wherever it falls (EBU Tech 3341 cases 13 and 14; on a 100 ms
  grid a 0.4 s burst starting 50 ms off the grid reads 0.58 LU low);
* short-term loudness: 3 s windows (300 sub-blocks), every 10 ms;
* integrated loudness: the momentary windows every 100 ms are the gating blocks (75 %
  overlap), gated at −70 LUFS absolute and −10 LU below the loudness of the blocks that
  pass that;
* loudness range (Tech 3342): short-term values every 100 ms gated at −70 LUFS and −20 LU
  relative, the spread between their 10th and 95th percentiles;
* true peak (Annex 2, :mod:`studio.audio.truepeak`) and sample peak.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from studio.audio import filters
from studio.audio.truepeak import TruePeakMeter, to_db

#: the −0.691 dB of BS.1770: makes a 997 Hz sine at −23 dBFS in two channels read −23 LUFS
OFFSET_DB = -0.691
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
LRA_RELATIVE_GATE_LU = -20.0
#: sub-blocks per second (10 ms each)
SUBBLOCKS_PER_S = 100
MOMENTARY_SUBBLOCKS = 40
SHORT_TERM_SUBBLOCKS = 300
#: sub-blocks between gating blocks (100 ms), and between the values reported over time
GATE_STEP = 10


def channel_weights(channels: int) -> np.ndarray:
    """BS.1770 channel weights by layout: float64 (channels,).

    1: mono; 2: L R; 3: L R C; 4: L R Ls Rs; 5: L R C Ls Rs; 6: L R C LFE Ls Rs (WAV/SMPTE
    order). The LFE channel is left out and the surrounds weigh 1.41 (+1.5 dB). Other
    counts weigh every channel 1.0.
    """
    table = {
        4: [1.0, 1.0, 1.41, 1.41],
        5: [1.0, 1.0, 1.0, 1.41, 1.41],
        6: [1.0, 1.0, 1.0, 0.0, 1.41, 1.41],
    }
    return np.array(table.get(channels, [1.0] * channels))


def energy_to_lufs(energy: np.ndarray | float) -> np.ndarray | float:
    """Weighted mean-square energy -> LUFS (−inf for zero)."""
    with np.errstate(divide="ignore"):
        return OFFSET_DB + 10.0 * np.log10(energy)


def _windows(subblocks: np.ndarray, length: int) -> np.ndarray:
    """Mean energy of every run of ``length`` consecutive sub-blocks, float64."""
    if len(subblocks) < length:
        return np.empty(0)
    c = np.concatenate(([0.0], np.cumsum(subblocks)))
    return (c[length:] - c[:-length]) / length


def gated_loudness(energies: np.ndarray, relative_lu: float = RELATIVE_GATE_LU) -> float:
    """BS.1770 gated loudness of window energies (float64 (n,)) -> LUFS (−inf if none pass)."""
    lufs = energy_to_lufs(energies)
    passed = energies[lufs > ABSOLUTE_GATE_LUFS]
    if not len(passed):
        return -math.inf
    gate = energy_to_lufs(passed.mean()) + relative_lu
    passed = passed[energy_to_lufs(passed) > gate]
    return float(energy_to_lufs(passed.mean()))


def loudness_range(short_term: np.ndarray) -> float:
    """EBU Tech 3342 loudness range of short-term energies (float64 (n,)) -> LU."""
    lufs = energy_to_lufs(short_term)
    above = short_term[lufs > ABSOLUTE_GATE_LUFS]
    if not len(above):
        return 0.0
    gate = energy_to_lufs(above.mean()) + LRA_RELATIVE_GATE_LU
    values = energy_to_lufs(above)
    values = values[values > gate]
    low, high = np.percentile(values, [10.0, 95.0])
    return float(high - low)


@dataclass(frozen=True)
class Loudness:
    """What the meter found. Levels are −inf where there was nothing to measure."""

    integrated_lufs: float
    lra_lu: float
    momentary_max_lufs: float
    short_term_max_lufs: float
    true_peak_dbtp: float | None  # None when the meter ran without true peak
    sample_peak_dbfs: float
    duration_s: float
    sample_rate: int
    channels: int
    #: momentary and short-term loudness every 100 ms, LUFS (float64); the maxima above
    #: are taken every 10 ms
    momentary: np.ndarray = field(repr=False, compare=False)
    short_term: np.ndarray = field(repr=False, compare=False)

    @property
    def is_silent(self) -> bool:
        """Nothing rose above the absolute gate: no programme loudness to speak of."""
        return not math.isfinite(self.integrated_lufs)

    def as_dict(self) -> dict[str, float | int | None]:
        """Plain numbers for JSON; non-finite values become None."""

        def clean(v: float | None) -> float | None:
            return round(v, 2) if v is not None and math.isfinite(v) else None

        return {
            "integrated_lufs": clean(self.integrated_lufs),
            "lra_lu": clean(self.lra_lu),
            "true_peak_dbtp": clean(self.true_peak_dbtp),
            "sample_peak_dbfs": clean(self.sample_peak_dbfs),
            "momentary_max_lufs": clean(self.momentary_max_lufs),
            "short_term_max_lufs": clean(self.short_term_max_lufs),
            "duration_s": round(self.duration_s, 3),
            "sample_rate": self.sample_rate,
            "channels": self.channels,
        }


class LoudnessMeter:
    """Streaming BS.1770-4 meter: ``add`` blocks, then ``result``.

    ``add`` takes float32 (frames, channels) at ``sample_rate``; blocks of a few seconds
    keep the worker threads busy. Memory is one float per 10 ms of audio.
    """

    def __init__(self, sample_rate: int, channels: int, *, true_peak: bool = True) -> None:
        if not 8000 <= sample_rate <= 192000:
            raise ValueError(f"sample rate {sample_rate} Hz is outside 8–192 kHz")
        self.sample_rate = sample_rate
        self.channels = channels
        self.hop = round(sample_rate / SUBBLOCKS_PER_S)
        self.weights = channel_weights(channels)
        self._filter = filters.StreamingFilter(
            filters.kweighting_sos(sample_rate), sample_rate, channels
        )
        self._tp = TruePeakMeter(channels) if true_peak else None
        self._sample_peak = np.zeros(channels)
        self._frames = 0
        self._done = 0  # sub-blocks completed
        self._carry = np.zeros(channels)  # partial energy of sub-block `_done`
        self._subblocks: list[np.ndarray] = []

    def add(self, block: np.ndarray) -> None:
        """Measure the next ``block``: float32 (frames, channels), full scale ±1.0."""
        if block.ndim != 2 or block.shape[1] != self.channels:
            raise ValueError(f"expected (frames, {self.channels}) audio, got {block.shape}")
        frames = block.shape[0]
        if frames == 0:
            return
        hop, pos = self.hop, self._frames
        peak_jobs = []
        if self._tp is not None:
            pool = filters._pool()
            peak_jobs = [pool.submit(self._tp.channel, ch, block) for ch in range(self.channels)]

        def energies(ch: int, start: int, y: np.ndarray) -> tuple[int, int, np.ndarray]:
            g0 = pos + start
            first = (-g0) % hop
            cuts = np.arange(first, len(y), hop)
            if first or not len(cuts):
                cuts = np.concatenate(([0], cuts)).astype(np.intp)
            sums = np.add.reduceat(y * y, cuts)
            if self._tp is None:
                self._sample_peak[ch] = max(
                    self._sample_peak[ch], float(np.abs(block[start : start + len(y), ch]).max())
                )
            return ch, g0 // hop, sums

        parts = self._filter.map(block, energies)
        self._frames = pos + frames
        complete = self._frames // hop - self._done
        acc = np.zeros((self.channels, complete + 1))
        acc[:, 0] = self._carry
        for ch, first_sub, sums in parts:
            i = first_sub - self._done
            acc[ch, i : i + len(sums)] += sums
        if complete:
            self._subblocks.append(self.weights @ acc[:, :complete] / hop)
        self._carry = acc[:, complete]
        self._done += complete
        for job in peak_jobs:
            job.result()

    def subblocks(self) -> np.ndarray:
        """Weighted mean-square energy of each completed 10 ms sub-block, float64."""
        if len(self._subblocks) > 1:
            self._subblocks = [np.concatenate(self._subblocks)]
        return self._subblocks[0] if self._subblocks else np.empty(0)

    def result(self) -> Loudness:
        """The measurements so far (call once the stream has ended for the true peak)."""
        z = self.subblocks()
        momentary_fine = _windows(z, MOMENTARY_SUBBLOCKS)
        short_term_fine = _windows(z, SHORT_TERM_SUBBLOCKS)
        momentary = momentary_fine[::GATE_STEP]
        short_term = short_term_fine[::GATE_STEP]
        true_peak = None
        sample_peak = float(self._sample_peak.max()) if self.channels else 0.0
        if self._tp is not None:
            self._tp.flush()
            true_peak = to_db(self._tp.peak)
            sample_peak = float(self._tp.samples.max())
        return Loudness(
            integrated_lufs=gated_loudness(momentary),
            lra_lu=loudness_range(short_term),
            momentary_max_lufs=(
                float(energy_to_lufs(momentary_fine.max())) if len(momentary_fine) else -math.inf
            ),
            short_term_max_lufs=(
                float(energy_to_lufs(short_term_fine.max())) if len(short_term_fine) else -math.inf
            ),
            true_peak_dbtp=true_peak,
            sample_peak_dbfs=to_db(sample_peak),
            duration_s=self._frames / self.sample_rate,
            sample_rate=self.sample_rate,
            channels=self.channels,
            momentary=energy_to_lufs(momentary),
            short_term=energy_to_lufs(short_term),
        )


def measure(
    blocks: Iterable[np.ndarray], sample_rate: int, channels: int, *, true_peak: bool = True
) -> Loudness:
    """Measure a stream of float32 (frames, channels) blocks."""
    meter = LoudnessMeter(sample_rate, channels, true_peak=true_peak)
    for block in blocks:
        meter.add(block)
    return meter.result()


def measure_array(samples: np.ndarray, sample_rate: int, *, true_peak: bool = True) -> Loudness:
    """Measure ``samples``: float32 (frames, channels) or (frames,) for mono."""
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim == 1:
        samples = samples[:, None]
    step = 10 * sample_rate
    return measure(
        (samples[i : i + step] for i in range(0, len(samples), step)),
        sample_rate,
        samples.shape[1],
        true_peak=true_peak,
    )
