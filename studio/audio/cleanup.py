"""Voice clean-up for recordings: high-pass, optional noise reduction, silence trim and report.

Two passes over the file, block by block. The first high-passes and listens: the level of
every 50 ms window (one float each) and, for noise reduction, the average spectrum of the
quietest frames (the noise print). The second high-passes again, gates the noise, trims
the silent head and tail, and writes. Long silences inside the recording are reported,
never removed: cutting a pause out of a bulletin is an editor's decision.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from studio.audio import codec, filters
from studio.audio.progress import ProgressFn, Tracker

#: level windows for silence detection, seconds
WINDOW_S = 0.05
#: resolution of the frame-level histogram that finds the quietest frames, dB
_HIST_DB = 0.5
_HIST_FLOOR_DB = -140.0
_HIST_TOP_DB = 20.0


@dataclass(frozen=True)
class CleanOptions:
    """What clean-up does. Levels in dB, times in seconds."""

    highpass_hz: float | None = 80.0
    denoise: bool = False
    #: how far noise is pushed down at most
    reduction_db: float = 12.0
    trim: bool = True
    #: silence kept before the first and after the last sound
    trim_pad_s: float = 0.3
    #: silence is this far below the recording's loud parts (95th percentile window level)
    silence_below_db: float = 35.0
    #: … and never above this absolute level
    silence_max_dbfs: float = -40.0
    #: inner silences at least this long are reported
    min_silence_s: float = 2.0


@dataclass(frozen=True)
class CleanReport:
    """What clean-up found and did; times in seconds of the source."""

    silences: list[tuple[float, float]] = field(default_factory=list)
    start_s: float = 0.0
    end_s: float = 0.0
    threshold_dbfs: float = -math.inf


def window_levels(block: np.ndarray, window: int) -> np.ndarray:
    """Mean-square level of each complete ``window`` of ``block`` (channels averaged)."""
    n = len(block) // window
    if n == 0:
        return np.empty(0)
    x = block[: n * window].astype(np.float64)
    return np.einsum("ijk,ijk->i", x.reshape(n, window, -1), x.reshape(n, window, -1)) / (
        window * block.shape[1]
    )


def silence_threshold(levels_db: np.ndarray, options: CleanOptions) -> float:
    """The level (dBFS) under which a window counts as silence."""
    if not len(levels_db):
        return options.silence_max_dbfs
    loud = float(np.percentile(levels_db, 95.0))
    return min(options.silence_max_dbfs, loud - options.silence_below_db)


def find_silences(
    levels_db: np.ndarray, threshold_db: float, window_s: float, min_s: float
) -> list[tuple[float, float]]:
    """Runs of windows under ``threshold_db`` lasting ``min_s`` or more: [(start_s, end_s)]."""
    quiet = np.concatenate(([False], levels_db < threshold_db, [False]))
    edges = np.flatnonzero(np.diff(quiet.astype(np.int8)))
    runs = edges.reshape(-1, 2)
    return [
        (round(float(a) * window_s, 3), round(float(b) * window_s, 3))
        for a, b in runs
        if (b - a) * window_s >= min_s - 1e-9
    ]


class _Stft:
    """Streaming short-time Fourier processing with 75 % overlap-add (Hann², sums to 1.5)."""

    def __init__(self, sample_rate: int, channels: int) -> None:
        self.size = 2 ** round(math.log2(0.02 * sample_rate))  # ~20 ms
        self.hop = self.size // 4
        self.window = np.hanning(self.size + 1)[:-1]
        self._in = np.zeros((self.size - self.hop, channels))
        self._out = np.zeros((self.size - self.hop, channels))
        self._skip = self.size - self.hop
        self.channels = channels

    def frames(self, block: np.ndarray) -> np.ndarray:
        """Spectra of the frames completed by ``block``: complex (channels, frames, bins)."""
        buf = np.concatenate([self._in, block.astype(np.float64)])
        count = (len(buf) - self.size) // self.hop + 1 if len(buf) >= self.size else 0
        self._in = buf[count * self.hop :]
        if count == 0:
            return np.empty((self.channels, 0, self.size // 2 + 1), dtype=complex)
        view = np.lib.stride_tricks.sliding_window_view(buf, self.size, axis=0)[:: self.hop]
        segs = view[:count].transpose(1, 0, 2) * self.window  # (channels, frames, size)
        return np.fft.rfft(segs, axis=-1)

    def overlap_add(self, spectra: np.ndarray) -> np.ndarray:
        """Output samples completed by these ``spectra``, float32 (n, channels)."""
        count = spectra.shape[1]
        if count == 0:
            return np.empty((0, self.channels), dtype=np.float32)
        segs = np.fft.irfft(spectra, n=self.size, axis=-1) * self.window / 1.5
        acc = np.zeros(((count - 1) * self.hop + self.size, self.channels))
        acc[: len(self._out)] += self._out
        for i in range(4):  # the four interleaved phases of the overlap never collide
            part = segs[:, i::4, :]
            if part.shape[1]:
                starts = np.arange(i, count, 4) * self.hop
                idx = starts[:, None] + np.arange(self.size)[None, :]
                acc[idx.ravel()] += part.transpose(1, 2, 0).reshape(-1, self.channels)
        done = count * self.hop
        self._out = acc[done:]
        out = acc[:done]
        if self._skip:
            drop = min(self._skip, len(out))
            self._skip -= drop
            out = out[drop:]
        return out.astype(np.float32)


class NoisePrint:
    """Average power spectrum of the quietest 10 % of frames, gathered in one pass."""

    def __init__(self, sample_rate: int, channels: int) -> None:
        self.stft = _Stft(sample_rate, channels)
        bins = self.stft.size // 2 + 1
        self._levels = int((_HIST_TOP_DB - _HIST_FLOOR_DB) / _HIST_DB) + 1
        self._count = np.zeros(self._levels)
        self._power = np.zeros((self._levels, bins))

    def add(self, block: np.ndarray) -> None:
        spec = self.stft.frames(block)
        if not spec.shape[1]:
            return
        power = (np.abs(spec) ** 2).mean(axis=0)  # (frames, bins)
        total = power.sum(axis=1)
        with np.errstate(divide="ignore"):
            # about dBFS: a full-scale frame's spectrum sums to ~size² · 0.1
            level = 10.0 * np.log10(np.maximum(total / self.stft.size**2, 1e-30))
        idx = np.clip(((level - _HIST_FLOOR_DB) / _HIST_DB).astype(int), 0, self._levels - 1)
        np.add.at(self._count, idx, 1.0)
        np.add.at(self._power, idx, power)

    def spectrum(self) -> np.ndarray:
        """Noise power per bin (float64 (bins,)); digital silence is left out."""
        count, power = self._count.copy(), self._power.copy()
        count[0], power[0] = 0.0, 0.0
        total = count.sum()
        if total == 0:
            return np.zeros(power.shape[1])
        upto = int(np.searchsorted(np.cumsum(count), 0.1 * total)) + 1
        return power[:upto].sum(axis=0) / max(1.0, count[:upto].sum())


class Denoiser:
    """Spectral gate: each bin is turned down where it is not well above the noise print."""

    def __init__(
        self, sample_rate: int, channels: int, noise: np.ndarray, reduction_db: float
    ) -> None:
        self.stft = _Stft(sample_rate, channels)
        self.noise = noise
        self.floor = 10.0 ** (-reduction_db / 20.0)
        self._last = np.ones((channels, len(noise)))
        self._in = self._out = 0

    def process(self, block: np.ndarray) -> np.ndarray:
        self._in += len(block)
        out = self._process(block)
        self._out += len(out)
        return out

    def _process(self, block: np.ndarray) -> np.ndarray:
        spec = self.stft.frames(block)
        if spec.shape[1]:
            power = np.abs(spec) ** 2
            # Wiener-like gain with 2× over-subtraction, floored, smoothed over 3 bins and
            # over time (half of the previous frame's gain) against "musical noise"
            gain = np.clip(1.0 - 2.0 * self.noise / np.maximum(power, 1e-30), self.floor, 1.0)
            gain = (np.roll(gain, 1, axis=-1) + gain + np.roll(gain, -1, axis=-1)) / 3.0
            for t in range(gain.shape[1]):
                gain[:, t] = 0.5 * (gain[:, t] + self._last)
                self._last = gain[:, t]
            spec = spec * gain
        return self.stft.overlap_add(spec)

    def flush(self) -> np.ndarray:
        """The output still held back once the input has ended (the same total length)."""
        pending = self._in - self._out
        out = self._process(np.zeros((self.stft.size, self.stft.channels), dtype=np.float32))
        self._out += pending
        return out[:pending]


def clean_file(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    options: CleanOptions = CleanOptions(),
    encoding: codec.Encoding | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    ffmpeg: str | None = None,
) -> CleanReport:
    """Clean ``source`` into ``target``; returns the silences found and the part kept."""
    info = codec.probe(source, ffmpeg=ffmpeg)
    tracker = Tracker(progress, cancel, passes=2)
    rate, chans = info.sample_rate, info.channels

    def filtered() -> Iterator[np.ndarray]:
        hp = (
            filters.StreamingFilter(filters.highpass_sos(options.highpass_hz, rate), rate, chans)
            if options.highpass_hz
            else None
        )
        with codec.Reader(source, ffmpeg=ffmpeg) as r:
            done = 0
            for block in r:
                done += len(block)
                tracker.step(done / max(1, info.frames))
                yield hp.process(block) if hp else block

    window = max(1, round(WINDOW_S * rate))
    levels, rest = [], np.zeros((0, chans), dtype=np.float32)
    noise = NoisePrint(rate, chans) if options.denoise else None
    frames = 0
    for block in filtered():
        frames += len(block)
        if noise:
            noise.add(block)
        joined = np.concatenate([rest, block])
        usable = len(joined) // window * window
        levels.append(window_levels(joined[:usable], window))
        rest = joined[usable:]
    with np.errstate(divide="ignore"):
        levels_db = 10.0 * np.log10(np.concatenate(levels)) if levels else np.empty(0)
    threshold = silence_threshold(levels_db, options)
    loud = np.flatnonzero(levels_db >= threshold)
    pad = round(options.trim_pad_s * rate)
    if options.trim and len(loud):
        start = max(0, int(loud[0]) * window - pad)
        end = min(frames, (int(loud[-1]) + 1) * window + pad)
    else:
        start, end = 0, frames
    silences = find_silences(levels_db, threshold, WINDOW_S, options.min_silence_s)
    inner = [(a, b) for a, b in silences if a * rate >= start and b * rate <= end]
    tracker.next_pass()

    fade = min(round(0.01 * rate), max(1, (end - start) // 2))
    denoiser = Denoiser(rate, chans, noise.spectrum(), options.reduction_db) if noise else None
    with codec.Writer(target, rate, chans, encoding, ffmpeg=ffmpeg) as writer:
        pos = 0

        def emit(out: np.ndarray) -> None:
            nonlocal pos
            a, b = max(start, pos), min(end, pos + len(out))
            if a < b:
                piece = out[a - pos : b - pos].copy()
                ramp_in = np.clip((np.arange(a, b) - start) / fade, 0.0, 1.0)
                ramp_out = np.clip((end - np.arange(a, b)) / fade, 0.0, 1.0)
                piece *= (ramp_in * ramp_out).astype(np.float32)[:, None]
                writer.write(piece)
            pos += len(out)

        for block in filtered():
            emit(denoiser.process(block) if denoiser else block)
        if denoiser:
            emit(denoiser.flush())
    tracker.finish()
    return CleanReport(inner, start / rate, end / rate, threshold)
