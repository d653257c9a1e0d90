"""Rendering a programme: lay the items on a timeline, mix block by block, normalize, write.

The timeline is worked out first from the files' lengths (:func:`layout`). Mixing then
walks it in blocks of a few seconds: each item or bed that overlaps the block is read from
its own streaming decoder (opened when it starts, closed when it ends), shaped by its gain
and equal-power fades, and summed; the bed is multiplied by its ducking curve. The mix is
made twice — once to measure, once to normalize and write — so memory stays at a few
blocks however long the programme is.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from studio.audio import codec, normalize
from studio.audio.errors import AudioError
from studio.audio.loudness import Loudness, LoudnessMeter
from studio.audio.progress import ProgressFn, Tracker
from studio.audio.spec import Item, Kind, Programme
from studio.errors import QT_TRANSLATE_NOOP

BLOCK_S = 4.0


@dataclass
class Placed:
    """An item on the timeline, in frames of the programme's rate."""

    item: Item
    start: int
    length: int
    fade_in: int
    fade_out: int
    loop: bool = False  # beds loop to fill their span


@dataclass
class Plan:
    """The laid-out programme: what plays when, and where speech ducks the bed."""

    sample_rate: int
    channels: int
    frames: int
    placed: list[Placed] = field(default_factory=list)
    #: (start, end) frames of every speech item
    speech: list[tuple[int, int]] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate


def layout(
    programme: Programme,
    channels: int | None = None,
    sample_rate: int | None = None,
    *,
    ffmpeg: str | None = None,
) -> Plan:
    """Place every item: where it starts, how long it plays, how it fades."""
    rate = sample_rate or programme.sample_rate
    plan = Plan(rate, channels or programme.channels, 0)

    def frames(seconds: float) -> int:
        return round(seconds * rate)

    cursor = 0
    previous: Placed | None = None
    beds: list[Placed] = []
    for item in programme.items:
        if item.kind is Kind.GAP:
            cursor += frames(item.gap_s)
            previous = None
            continue
        info = codec.probe(item.file, ffmpeg=ffmpeg)
        length = round(info.duration_s * rate)
        if length <= 0:
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "The file {file} contains no sound."),
                file=str(item.file),
            )
        start = cursor + frames(item.gap_s)
        if item.kind is Kind.BED:
            beds.append(
                Placed(item, start, length, frames(item.fade_in_s), frames(item.fade_out_s), True)
            )
            continue
        fade_in, fade_out = frames(item.fade_in_s), frames(item.fade_out_s)
        if item.crossfade_s > 0 and previous is not None and not item.gap_s:
            overlap = min(frames(item.crossfade_s), previous.length, length)
            start = max(previous.start, start - overlap)
            previous.fade_out = max(previous.fade_out, overlap)
            fade_in = max(fade_in, overlap)
        placed = Placed(item, start, length, fade_in, fade_out)
        plan.placed.append(placed)
        if item.kind is Kind.SPEECH:
            plan.speech.append((start, start + length))
        cursor = start + length
        previous = placed
    plan.frames = cursor
    for i, bed in enumerate(beds):
        end = beds[i + 1].start if i + 1 < len(beds) else plan.frames
        bed.length = max(0, end - bed.start)
        if bed.length:
            plan.placed.append(bed)
    return plan


def fade_curve(positions: np.ndarray, length: int, fade_in: int, fade_out: int) -> np.ndarray:
    """Equal-power fade gain (sin/cos quarter waves) at ``positions`` (frames into the item)."""
    g = np.ones(len(positions))
    if fade_in > 0:
        g *= np.sin(0.5 * np.pi * np.clip((positions + 0.5) / fade_in, 0.0, 1.0))
    if fade_out > 0:
        g *= np.sin(0.5 * np.pi * np.clip((length - positions - 0.5) / fade_out, 0.0, 1.0))
    return g


def duck_curve(
    times: np.ndarray, speech: list[tuple[int, int]], attack: int, release: int
) -> np.ndarray:
    """How deep the bed is ducked (0 … 1) at ``times`` (frames).

    The dip starts ``attack`` frames before speech so the first word is already clear (the
    timeline is known in advance), holds while it plays, and lifts over ``release``.
    """
    depth = np.zeros(len(times))
    if not len(times):
        return depth
    t0, t1 = times[0], times[-1]
    for start, end in speech:
        if end + release < t0 or start - attack > t1:
            continue
        rise = np.clip((times - (start - attack)) / attack, 0, 1) if attack else (times >= start)
        fall = np.clip(((end + release) - times) / release, 0, 1) if release else (times < end)
        depth = np.maximum(depth, np.minimum(rise, fall))
    return depth


def _transitions(speech: list[tuple[int, int]], attack: int, release: int) -> list[tuple[int, int]]:
    """Frame ranges where the duck depth is changing: before and after each speech item."""
    return [(start - attack, start) for start, _ in speech] + [
        (end, end + release) for _, end in speech
    ]


def _changing(a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo < b and a < hi for lo, hi in ranges)


class _Source:
    """An item's audio as exactly ``length`` frames, read forward in pieces.

    Pieces keep the file's own channels when it is mono (the mix spreads it over every
    channel for free); other layouts are converted to the programme's.
    """

    def __init__(self, placed: Placed, rate: int, channels: int, ffmpeg: str | None):
        self.placed, self.rate, self.channels, self.ffmpeg = placed, rate, channels, ffmpeg
        self._reader: codec.Reader | None = None
        self._blocks: Iterator[np.ndarray] | None = None
        self._buf = np.zeros((0, channels), dtype=np.float32)
        self._ended = False

    def _open(self) -> None:
        self._reader = codec.Reader(
            self.placed.item.file, sample_rate=self.rate, block_s=BLOCK_S, ffmpeg=self.ffmpeg
        )
        self._blocks = iter(self._reader)

    def _converted(self, block: np.ndarray) -> np.ndarray:
        if block.shape[1] in (1, self.channels):
            return block
        return codec.remix(block, self.channels)

    def take(self, n: int) -> np.ndarray:
        """The next ``n`` frames: float32 (n, 1 or channels)."""
        parts, have = [], 0
        while have < n:
            if not len(self._buf):
                if self._ended:
                    parts.append(np.zeros((n - have, 1), dtype=np.float32))
                    break
                if self._blocks is None:
                    self._open()
                block = next(self._blocks, None)
                if block is None:
                    self.close()
                    if self.placed.loop:
                        continue  # reopen and play again
                    self._ended = True
                    continue
                self._buf = self._converted(block)
            piece = self._buf[: n - have]
            self._buf = self._buf[len(piece) :]
            parts.append(piece)
            have += len(piece)
        if len(parts) == 1:
            return parts[0]
        if len({p.shape[1] for p in parts}) > 1:
            parts = [np.broadcast_to(p, (len(p), self.channels)) for p in parts]
        return np.concatenate(parts)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        self._reader = self._blocks = None


def _gain(
    p: Placed, a: int, b: int, plan: Plan, ducking: list[tuple[int, int]] | None
) -> float | np.ndarray:
    """Linear gain of ``p`` over timeline frames ``a … b``: one number where it is steady
    (most of the time), float32 (b - a,) over fades and duck transitions."""
    level = 10.0 ** (p.item.gain_db / 20.0)
    lo, hi = a - p.start, b - p.start  # frames into the item
    fading = lo < p.fade_in or hi > p.length - p.fade_out
    bed = p.item.kind is Kind.BED and bool(plan.speech)
    if bed and ducking is not None and not _changing(a, b, ducking):
        # steady: fully down (inside a speech item) or fully up
        depth = float(duck_curve(np.array([a]), plan.speech, 0, 0)[0])
        level *= 10.0 ** (p.item.duck_db * depth / 20.0)
        bed = False
    if not fading and not bed:
        return level
    gain = np.full(b - a, level)
    if fading:
        gain *= fade_curve(np.arange(lo, hi), p.length, p.fade_in, p.fade_out)
    if bed:
        rate = plan.sample_rate
        depth = duck_curve(
            np.arange(a, b),
            plan.speech,
            round(p.item.attack_ms * rate / 1000.0),
            round(p.item.release_ms * rate / 1000.0),
        )
        gain *= 10.0 ** (p.item.duck_db * depth / 20.0)
    return gain.astype(np.float32)


def mix(plan: Plan, *, ffmpeg: str | None = None, block_s: float = BLOCK_S) -> Iterator[np.ndarray]:
    """The programme's mix, float32 (frames, channels) blocks, ``plan.frames`` in all."""
    rate, chans = plan.sample_rate, plan.channels
    step = max(1, round(block_s * rate))
    sources: dict[int, _Source] = {}
    ducking = {
        i: _transitions(
            plan.speech,
            round(p.item.attack_ms * rate / 1000.0),
            round(p.item.release_ms * rate / 1000.0),
        )
        for i, p in enumerate(plan.placed)
        if p.item.kind is Kind.BED
    }
    try:
        for t0 in range(0, plan.frames, step):
            t1 = min(plan.frames, t0 + step)
            out = np.zeros((t1 - t0, chans), dtype=np.float32)
            for i, p in enumerate(plan.placed):
                a, b = max(t0, p.start), min(t1, p.start + p.length)
                if a >= b:
                    continue
                src = sources.get(i)
                if src is None:
                    src = sources[i] = _Source(p, rate, chans, ffmpeg)
                audio = src.take(b - a)
                gain = _gain(p, a, b, plan, ducking.get(i))
                dest = out[a - t0 : b - t0]
                if isinstance(gain, np.ndarray):
                    dest += audio * gain[:, None]
                elif gain == 1.0:
                    dest += audio
                else:
                    dest += audio * np.float32(gain)
                if b == p.start + p.length:
                    src.close()
                    sources.pop(i, None)
            yield out
    finally:
        for src in sources.values():
            src.close()


@dataclass(frozen=True)
class RenderResult:
    path: Path
    duration_s: float
    before: Loudness  # the raw mix
    after: Loudness  # what was written, as decoded from a lossy file
    gain_db: float


def render(
    programme: Programme,
    target: str | os.PathLike[str],
    encoding: codec.Encoding | None = None,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    ffmpeg: str | None = None,
) -> RenderResult:
    """Render ``programme`` into ``target`` (format from its extension), normalized.

    ``progress(fraction)`` rises to 1.0 over the two passes; a set ``cancel`` raises
    :class:`~studio.audio.errors.Cancelled` and leaves no file behind.
    """
    enc = codec.resolve_encoding(target, programme.sample_rate, programme.channels, encoding)
    # mix in the output's channels: a mono MP3 is normalized as the loudspeaker plays it
    rate, chans = programme.sample_rate, enc.channels or programme.channels
    plan = layout(programme, chans, rate, ffmpeg=ffmpeg)
    tracker = Tracker(progress, cancel, passes=2)
    tracker.check()
    meter = LoudnessMeter(rate, chans)
    done = 0
    for block in mix(plan, ffmpeg=ffmpeg):
        meter.add(block)
        done += len(block)
        tracker.step(done / max(1, plan.frames))
    before = meter.result()
    normalize.require_sound(before, programme.title or str(target))
    tracker.next_pass()
    if programme.target_lufs is None or not math.isfinite(programme.target_lufs):
        goal = normalize.Target(before.integrated_lufs, programme.ceiling_dbtp)
    else:
        goal = normalize.Target(programme.target_lufs, programme.ceiling_dbtp)
    result = normalize.apply(
        lambda: mix(plan, ffmpeg=ffmpeg),
        rate,
        chans,
        before,
        goal,
        lambda: codec.Writer(target, rate, chans, enc, ffmpeg=ffmpeg),
        tracker,
        plan.frames,
    )
    tracker.finish()
    return RenderResult(Path(target), plan.duration_s, before, result.after, result.gain_db)
