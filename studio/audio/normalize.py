"""Loudness normalization: a gain to the target integrated loudness, then the limiter.

Two passes over the file, block by block: measure, then apply gain + look-ahead true-peak
limiter while writing (and measuring what is written). Heavy limiting lowers the loudness
a little; when the result misses the target by more than :data:`RETRY_LU` the gain is
corrected and the second pass runs once more, so the result lands within ±0.5 LU.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from studio.audio import codec
from studio.audio.errors import AudioError
from studio.audio.limiter import Limiter
from studio.audio.loudness import Loudness, LoudnessMeter
from studio.audio.progress import ProgressFn, Tracker
from studio.errors import QT_TRANSLATE_NOOP

#: a second try is made when the first misses the target by more than this
RETRY_LU = 0.3


@dataclass(frozen=True)
class Target:
    """Integrated loudness (LUFS) and true-peak ceiling (dBTP) to reach."""

    lufs: float = -16.0
    ceiling_dbtp: float = -1.0


#: Studio's default for loudspeakers and the web
DEFAULT = Target(-16.0, -1.0)
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


def apply(
    blocks: Callable[[], Iterator[np.ndarray]],
    sample_rate: int,
    channels: int,
    before: Loudness,
    target: Target,
    sink: Callable[[], object],
    tracker: Tracker,
    total_frames: int,
) -> Result:
    """The normalizing pass(es) over ``blocks()`` given the measured ``before``.

    ``sink()`` opens a fresh :class:`~studio.audio.codec.Writer`-like context for each try;
    the last try's is committed. Used by files and rendered programmes alike.
    """
    gain_db = target.lufs - before.integrated_lufs
    for attempt in range(2):
        meter = LoudnessMeter(sample_rate, channels)
        norm = Normalizer(sample_rate, channels, gain_db, target.ceiling_dbtp)
        done = 0
        with sink() as writer:
            for block in blocks():
                out = norm.process(block)
                meter.add(out)
                writer.write(out)
                done += len(block)
                tracker.step(done / max(1, total_frames))
            tail = norm.flush()
            meter.add(tail)
            writer.write(tail)
            after = meter.result()
            miss = target.lufs - after.integrated_lufs
            if attempt == 0 and abs(miss) > RETRY_LU and math.isfinite(miss):
                writer.discard()
                gain_db += miss
                continue
        return Result(before, after, gain_db, norm.limiter.reduction_db)
    raise AssertionError("unreachable")


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
