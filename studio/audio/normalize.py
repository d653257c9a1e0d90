"""Loudness normalization: a gain to the target integrated loudness, then the limiter.

Two passes over the file, block by block: measure, then apply gain + look-ahead true-peak
limiter while writing (and measuring what is written). Heavy limiting lowers the loudness
a little; when the result misses the target by more than :data:`RETRY_LU` the gain is
corrected and the second pass runs once more, so the result lands within ±0.5 LU. A lossy
output (MP3, Opus, AAC, Vorbis) is decoded and measured after encoding, and encoded again
with a corrected gain when the encoder moved its loudness or true peak (:func:`apply`).
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from studio import settings
from studio.audio import codec
from studio.audio.errors import AudioError
from studio.audio.limiter import Limiter
from studio.audio.loudness import Loudness, LoudnessMeter
from studio.audio.progress import ProgressFn, Tracker
from studio.errors import QT_TRANSLATE_NOOP

#: a second try is made when the first misses the target by more than this
RETRY_LU = 0.3
#: a lossy file is encoded again when its decoded loudness misses by more than this...
CODEC_RETRY_LU = 0.15
#: ... or its decoded true peak is over the ceiling, up to this many encodes in all
CODEC_TRIES = 4
#: the limiter is lowered this much more than the encoder's peak overshoot
CODEC_PEAK_MARGIN_DB = 0.2
#: the least loudness a dB of gain is assumed to add when correcting a miss
MIN_SLOPE = 0.3
#: piece length of the peak envelopes compared before and after encoding, seconds
ENVELOPE_S = 0.02


@dataclass(frozen=True)
class Target:
    """Integrated loudness (LUFS) and true-peak ceiling (dBTP) to reach."""

    lufs: float = -16.0
    ceiling_dbtp: float = -1.0


#: Studio's default for loudspeakers and the web
DEFAULT = Target(settings.LOUDNESS_TARGET.default, settings.TRUE_PEAK_CEILING.default)
#: EBU R128 broadcast programme level
EBU_R128 = Target(-23.0, -1.0)


@dataclass(frozen=True)
class Result:
    """What normalization did: the loudness before and after, and the gain used (dB)."""

    before: Loudness
    after: Loudness
    gain_db: float
    limited_db: float  # deepest limiter gain reduction (≤ 0)


def require_sound(loudness: Loudness, what: str | os.PathLike[str]) -> None:
    """AudioError if ``loudness`` has nothing to normalize (empty, too short, silent)."""
    if loudness.duration_s == 0:
        raise AudioError(
            QT_TRANSLATE_NOOP("errors", "The file {file} contains no sound."), file=str(what)
        )
    if loudness.is_silent:
        raise AudioError(
            QT_TRANSLATE_NOOP(
                "errors", "The file {file} is silent (or shorter than 0.4 s): nothing to measure."
            ),
            file=str(what),
        )


class Normalizer:
    """Gain then limiter, streaming: ``process`` blocks, then ``flush``."""

    def __init__(self, sample_rate: int, channels: int, gain_db: float, ceiling_dbtp: float):
        self.gain = np.float32(10.0 ** (gain_db / 20.0))
        self.limiter = Limiter(sample_rate, channels, ceiling_dbtp)

    def process(self, block: np.ndarray) -> np.ndarray:
        return self.limiter.process(block * self.gain)

    def flush(self) -> np.ndarray:
        return self.limiter.flush()


class PeakEnvelope:
    """Sample peak of every :data:`ENVELOPE_S` of a stream: one float per 20 ms, so a
    three-hour programme costs about 2 MB. Lets a decoded file be compared, place by place,
    with what was given to its encoder."""

    def __init__(self, sample_rate: int) -> None:
        self.hop = max(1, round(sample_rate * ENVELOPE_S))
        self._carry = np.zeros(0, dtype=np.float32)
        self._peaks: list[np.ndarray] = []

    def add(self, block: np.ndarray) -> None:
        """Fold in float32 (frames, channels) ``block``."""
        mag = np.concatenate([self._carry, np.abs(block).max(axis=1, initial=0.0)])
        whole = len(mag) - len(mag) % self.hop
        if whole:
            self._peaks.append(mag[:whole].reshape(-1, self.hop).max(axis=1))
        self._carry = mag[whole:]

    def result(self) -> np.ndarray:
        """Peaks so far (the last partial piece included), float32 (n,)."""
        tail = [np.array([self._carry.max()], dtype=np.float32)] if len(self._carry) else []
        parts = [*self._peaks, *tail]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def measure_file(path: str | os.PathLike[str], *, ffmpeg: str | None = None) -> Loudness:
    """Loudness and true peak of the file at ``path`` as a player decodes it, streaming."""
    return _measure_decoded(path, ffmpeg)[0]


def _measure_decoded(
    path: str | os.PathLike[str], ffmpeg: str | None
) -> tuple[Loudness, np.ndarray]:
    with codec.Reader(path, ffmpeg=ffmpeg) as r:
        meter = LoudnessMeter(r.sample_rate, r.channels)
        env = PeakEnvelope(r.sample_rate)
        for block in r:
            meter.add(block)
            env.add(block)
    return meter.result(), env.result()


def codec_overshoot_db(given: np.ndarray, decoded: np.ndarray, ceiling: float) -> float:
    """How far (dB) the encoder raised the peaks that ended up over ``ceiling`` (linear).

    ``given``/``decoded``: :class:`PeakEnvelope` results of the encoder's input and of the
    decoded file. Each piece is compared with the loudest of its neighbours in ``given``,
    so a few milliseconds of codec delay do not matter. 0 when nothing is over.
    """
    n = min(len(given), len(decoded))
    if n == 0:
        return 0.0
    g = given[:n].astype(np.float64)
    near = np.maximum(g, np.maximum(np.r_[g[1:], 0.0], np.r_[0.0, g[:-1]]))
    over = decoded[:n] > ceiling
    if not over.any():
        return 0.0
    with np.errstate(divide="ignore"):
        ratio = decoded[:n][over] / np.maximum(near[over], 1e-9)
    return max(0.0, float(20.0 * np.log10(ratio.max())))


def apply(
    blocks: Callable[[], Iterator[np.ndarray]],
    sample_rate: int,
    channels: int,
    before: Loudness,
    target: Target,
    sink: Callable[[], codec.Writer],
    tracker: Tracker,
    total_frames: int,
) -> Result:
    """The normalizing pass(es) over ``blocks()`` given the measured ``before``.

    ``sink()`` opens a fresh :class:`~studio.audio.codec.Writer` for each try; only the
    best try's file is committed (under the ceiling first, then nearest the target). A
    lossy file is judged by what its decoder gives back: encoders move the level (LAME
    scales its input by 0.95–0.98 at CBR bitrates, −0.45 dB at 64 kbit/s; low-pass filters
    take high-frequency energy away) and raise peaks, so each try is decoded and measured,
    and the next one corrects the gain by the loudness missed and lowers the limiter by the
    overshoot the encoder added where the decoded peaks went over the ceiling.
    ``Result.after`` is that decoded measurement. Used by files and rendered programmes
    alike.
    """
    gain_db = target.lufs - before.integrated_lufs
    limit_dbtp = target.ceiling_dbtp
    ceiling = 10.0 ** (target.ceiling_dbtp / 20.0)
    previous: tuple[float, float] | None = None  # gain and loudness of the last try
    best: tuple[tuple[bool, float, float], codec.Writer, Result] | None = None
    attempt = 0
    try:
        while True:
            attempt += 1
            meter = LoudnessMeter(sample_rate, channels)
            norm = Normalizer(sample_rate, channels, gain_db, limit_dbtp)
            writer = sink()
            given = PeakEnvelope(sample_rate) if writer.lossy else None
            # a lossy file usually takes two encodes: give each half of the pass
            span = 2 if writer.lossy else 1
            try:
                done = 0
                for block in blocks():
                    out = norm.process(block)
                    meter.add(out)
                    if given is not None:
                        given.add(out)
                    writer.write(out)
                    done += len(block)
                    tracker.step((attempt - 1 + done / max(1, total_frames)) / span)
                tail = norm.flush()
                meter.add(tail)
                if given is not None:
                    given.add(tail)
                writer.write(tail)
                written = writer.finish()
                after, decoded = meter.result(), None
                if writer.lossy:
                    after, decoded = _measure_decoded(written, writer.ffmpeg)
            except BaseException:
                writer.discard()
                raise
            miss = target.lufs - after.integrated_lufs
            peak = after.true_peak_dbtp if after.true_peak_dbtp is not None else -math.inf
            over = peak - target.ceiling_dbtp
            # keep the best try so far: under the ceiling first, then nearest the target
            key = (over > 0, max(over, 0.0), abs(miss) if math.isfinite(miss) else math.inf)
            if best is None or key < best[0]:
                if best is not None:
                    best[1].discard()
                best = (key, writer, Result(before, after, gain_db, norm.limiter.reduction_db))
            else:
                writer.discard()
            tries, tolerance = (CODEC_TRIES, CODEC_RETRY_LU) if writer.lossy else (2, RETRY_LU)
            if (
                attempt >= tries
                or not math.isfinite(miss)
                or (abs(miss) <= tolerance and over <= 0)
            ):
                break
            # Under heavy limiting a dB of gain buys less than a dB of loudness: step by the
            # slope seen between the last two tries.
            slope = 1.0
            if previous is not None and abs(gain_db - previous[0]) > 0.2:
                seen = (after.integrated_lufs - previous[1]) / (gain_db - previous[0])
                slope = min(1.0, max(MIN_SLOPE, seen))
            previous = (gain_db, after.integrated_lufs)
            gain_db += miss / slope
            if over > 0 and given is not None and decoded is not None:
                added = codec_overshoot_db(given.result(), decoded, ceiling)
                limit_dbtp = (
                    min(limit_dbtp - over, target.ceiling_dbtp - added) - CODEC_PEAK_MARGIN_DB
                )
        best[1].commit()
        return best[2]
    except BaseException:
        if best is not None:
            best[1].discard()
        raise


def normalize_file(
    source: str | os.PathLike[str],
    target_path: str | os.PathLike[str],
    target: Target = DEFAULT,
    encoding: codec.Encoding | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    ffmpeg: str | None = None,
) -> Result:
    """Normalize ``source`` into ``target_path`` (format from its extension).

    Loudness is measured and set in the output's own sample rate and channel count (a
    stereo file made into a mono MP3 is normalized as mono, as the loudspeaker plays it).
    """
    info = codec.probe(source, ffmpeg=ffmpeg)
    enc = codec.resolve_encoding(target_path, info.sample_rate, info.channels, encoding)
    tracker = Tracker(progress, cancel, passes=2)

    def blocks() -> Iterator[np.ndarray]:
        with codec.Reader(
            source, sample_rate=enc.sample_rate, channels=enc.channels, ffmpeg=ffmpeg
        ) as r:
            yield from r

    rate, chans = enc.sample_rate or info.sample_rate, enc.channels or info.channels
    total = max(1, round(info.duration_s * rate))
    meter = LoudnessMeter(rate, chans)
    done = 0
    for block in blocks():
        meter.add(block)
        done += len(block)
        tracker.step(done / total)
    before = meter.result()
    require_sound(before, source)
    total = max(1, round(before.duration_s * rate))
    tracker.next_pass()
    result = apply(
        blocks,
        rate,
        chans,
        before,
        target,
        lambda: codec.Writer(target_path, rate, chans, enc, ffmpeg=ffmpeg),
        tracker,
        total,
    )
    tracker.finish()
    return result
