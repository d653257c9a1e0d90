"""Editing a clip: trim, cut, fades and gain, with undo and redo that cost little memory.

A clip is float32 (frames, channels) samples at one rate. Every edit is a small
:class:`Operation` (a few numbers) applied to the samples as they are, giving a new array;
an array once published is never written to again (it is marked read-only), so a
measurement running on another thread can keep reading it while the operator edits on.

History: the operations themselves are the history, and the loaded samples are kept once.
Any earlier state is the loaded samples with the first ``k`` operations replayed, exactly
(the operations are deterministic). To make undo quick, each operation also keeps the
samples it removed or changed, but only while all of those kept together fit in a budget
(the oldest are let go first, and a step bigger than the budget never keeps any); an
operation without them is undone by replaying. So a 10-minute 48 kHz mono recording
(115 MB) costs the loaded samples, the current ones and the budget, however many gains,
fades and cuts the operator makes, and undo still returns the exact samples.

The waveform overview reads a summary of 256-frame blocks (min and max per block, a
hundredth of the samples' memory) when a pixel column spans many blocks, and the samples
themselves when zoomed in, so drawing costs the same for ten seconds or an hour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.audio import codec, loudness

#: samples the undo cache may hold for quick undo (bytes)
UNDO_BUDGET = 64 * 1024 * 1024
#: frames per block of the waveform summary
SUMMARY_BLOCK = 256
#: a pixel column reads the block summary once it spans this many blocks; its edges then
#: snap to the block grid, off by at most 1/16 of a column
SUMMARY_MIN_BLOCKS = 16


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def fade_curve(frames: int, *, fade_in: bool) -> np.ndarray:
    """Gains of a linear fade over ``frames`` frames: float32 (frames,).

    A fade in starts at silence (gain 0 on its first frame) and rises by 1/frames a frame,
    so the frame after it plays at full level; a fade out is the same ramp reversed and
    ends in silence on its last frame.
    """
    ramp = np.arange(frames, dtype=np.float64) / max(frames, 1)
    return (ramp if fade_in else ramp[::-1]).astype(np.float32)


@dataclass(frozen=True)
class Operation:
    """One edit over frames ``start`` to ``end`` (end excluded) of the clip as it was then."""

    start: int
    end: int

    def apply(self, x: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """The samples after the edit, and the samples it removed or changed (for undo)."""
        raise NotImplementedError

    def undo(self, y: np.ndarray, kept: list[np.ndarray]) -> np.ndarray:
        """The samples before the edit, from those after it and what :meth:`apply` kept."""
        raise NotImplementedError


@dataclass(frozen=True)
class Trim(Operation):
    """Keep only the selection."""

    def apply(self, x):
        return x[self.start : self.end].copy(), [x[: self.start], x[self.end :]]

    def undo(self, y, kept):
        return np.concatenate([kept[0], y, kept[1]])


@dataclass(frozen=True)
class Cut(Operation):
    """Delete the selection; what follows moves up."""

    def apply(self, x):
        return np.concatenate([x[: self.start], x[self.end :]]), [x[self.start : self.end]]

    def undo(self, y, kept):
        return np.concatenate([y[: self.start], kept[0], y[self.start :]])


@dataclass(frozen=True)
class _InPlace(Operation):
    """An edit that changes the level of the selection and keeps the clip's length."""

    def gains(self, frames: int) -> np.ndarray | np.float32:
        raise NotImplementedError

    def apply(self, x):
        y = x.copy()
        part = y[self.start : self.end]
        gains = self.gains(len(part))
        part *= gains[:, None] if isinstance(gains, np.ndarray) else gains
        return y, [x[self.start : self.end]]

    def undo(self, y, kept):
        x = y.copy()
        x[self.start : self.end] = kept[0]
        return x


@dataclass(frozen=True)
class Fade(_InPlace):
    fade_in: bool = True

    def gains(self, frames):
        return fade_curve(frames, fade_in=self.fade_in)


@dataclass(frozen=True)
class Gain(_InPlace):
    db: float = 0.0

    def gains(self, frames):
        return np.float32(db_to_gain(self.db))


@dataclass
class _Step:
    op: Operation
    #: what the operation removed or changed, while the budget allows (None: replay)
    kept: list[np.ndarray] | None = None

    @property
    def kept_bytes(self) -> int:
        return sum(k.nbytes for k in self.kept) if self.kept is not None else 0


def _frozen(x: np.ndarray) -> np.ndarray:
    x.flags.writeable = False
    return x


@dataclass
class Overview:
    """A waveform's outline: per pixel column, the lowest and highest sample (float32
    (columns,), over all channels); columns past the end of the clip hold NaN."""

    mins: np.ndarray
    maxs: np.ndarray


class Clip:
    """Samples being edited, with their history. ``samples`` is float32 (frames,
    channels), read-only; every edit replaces it with a new array."""

    def __init__(
        self, samples: np.ndarray, sample_rate: int, *, undo_budget: int = UNDO_BUDGET
    ) -> None:
        samples = np.asarray(samples, dtype=np.float32)
        if samples.ndim == 1:
            samples = samples[:, None]
        self.sample_rate = sample_rate
        self.undo_budget = undo_budget
        self._base = _frozen(np.array(samples, dtype=np.float32, order="C"))
        self._samples = self._base
        self._steps: list[_Step] = []
        self._done = 0  # steps applied; those after it can be redone
        self._summary: tuple[np.ndarray, np.ndarray] | None = None
        #: changes with every edit, undo and redo: tells a stale measurement from a fresh one
        self.version = 0

    @classmethod
    def open(cls, path: str | Path, check: Callable[[], None] | None = None, **kw) -> Clip:
        """Decode a sound file into a clip (raises AudioError for a file that is not sound);
        ``check``: see codec.read (a cancelled open stops decoding)."""
        samples, rate = codec.read(path, check=check)
        return cls(samples, rate, **kw)

    def save(self, path: str | Path, encoding: codec.Encoding | None = None) -> Path:
        """Write the clip; the file appears under its name only once complete."""
        return codec.write(path, self._samples, self.sample_rate, encoding)

    # --- what the clip holds
    @property
    def samples(self) -> np.ndarray:
        return self._samples

    @property
    def frames(self) -> int:
        return self._samples.shape[0]

    @property
    def channels(self) -> int:
        return self._samples.shape[1]

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate

    def measure(self) -> loudness.Loudness:
        """Integrated loudness, true peak and the rest (BS.1770-4) of the clip as it is now."""
        return measure(self._samples, self.sample_rate)

    # --- edits
    def _range(self, start: int | None, end: int | None) -> tuple[int, int]:
        s = 0 if start is None else min(max(int(start), 0), self.frames)
        e = self.frames if end is None else min(max(int(end), 0), self.frames)
        if e <= s:
            raise ValueError(f"empty selection {start}..{end} of {self.frames} frames")
        return s, e

    def trim(self, start: int, end: int) -> None:
        """Keep frames ``start`` to ``end`` only."""
        self.apply(Trim(*self._range(start, end)))

    def cut(self, start: int, end: int) -> None:
        """Delete frames ``start`` to ``end``."""
        self.apply(Cut(*self._range(start, end)))

    def fade_in(self, start: int, end: int) -> None:
        self.apply(Fade(*self._range(start, end), fade_in=True))

    def fade_out(self, start: int, end: int) -> None:
        self.apply(Fade(*self._range(start, end), fade_in=False))

    def gain(self, db: float, start: int | None = None, end: int | None = None) -> None:
        """Change the level by ``db`` decibels over the frames given, or the whole clip."""
        self.apply(Gain(*self._range(start, end), db=float(db)))

    def apply(self, op: Operation) -> None:
        """Apply ``op`` as a new step; whatever could be redone is forgotten."""
        del self._steps[self._done :]
        step = _Step(op)
        self._steps.append(step)
        self._forward(step)

    def _forward(self, step: _Step) -> None:
        after, kept = step.op.apply(self._samples)
        size = sum(k.nbytes for k in kept)
        # copies, so a kept piece does not hold the whole array it came from
        step.kept = [k.copy() for k in kept] if size <= self.undo_budget else None
        self._set(after)
        self._done += 1
        self._fit_budget()

    def _fit_budget(self) -> None:
        total = sum(s.kept_bytes for s in self._steps)
        for s in self._steps:  # oldest first
            if total <= self.undo_budget:
                break
            total -= s.kept_bytes
            s.kept = None

    def _set(self, samples: np.ndarray) -> None:
        self._samples = _frozen(samples)
        self._summary = None
        self.version += 1

    # --- history
    @property
    def can_undo(self) -> bool:
        return self._done > 0

    @property
    def can_redo(self) -> bool:
        return self._done < len(self._steps)

    @property
    def history_bytes(self) -> int:
        """Memory the history holds beyond the loaded and the current samples."""
        return sum(s.kept_bytes for s in self._steps)

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        step = self._steps[self._done - 1]
        if step.kept is not None:
            before = step.op.undo(self._samples, step.kept)
        else:
            before = self._replay(self._done - 1)
        self._done -= 1
        self._set(before)
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        self._forward(self._steps[self._done])
        return True

    def _replay(self, count: int) -> np.ndarray:
        """The samples after the first ``count`` steps, from the loaded ones."""
        x = self._base
        for step in self._steps[:count]:
            x, _ = step.op.apply(x)
        return x

    # --- drawing
    def overview(self, start: float, frames_per_column: float, columns: int) -> Overview:
        """The outline of ``columns`` pixel columns, the first starting at frame ``start``,
        each ``frames_per_column`` frames wide (below 1 when zoomed in past the samples)."""
        return overview(self._samples, start, frames_per_column, columns, self._block_summary)

    def _block_summary(self) -> tuple[np.ndarray, np.ndarray]:
        if self._summary is None:
            self._summary = block_summary(self._samples)
        return self._summary


def measure(samples: np.ndarray, sample_rate: int) -> loudness.Loudness:
    """BS.1770-4 loudness and true peak of float32 (frames, channels) ``samples``."""
    return loudness.measure_array(samples, sample_rate, true_peak=True)


def block_summary(samples: np.ndarray, block: int = SUMMARY_BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """Min and max of every ``block`` frames over all channels: float32 (ceil(frames/block),)
    each; the last block may be shorter."""
    frames = samples.shape[0]
    if frames == 0:
        return np.empty(0, np.float32), np.empty(0, np.float32)
    starts = np.arange(0, frames, block)
    return (
        np.minimum.reduceat(samples.min(axis=1), starts),
        np.maximum.reduceat(samples.max(axis=1), starts),
    )


def overview(
    samples: np.ndarray,
    start: float,
    frames_per_column: float,
    columns: int,
    summary: Callable[[], tuple[np.ndarray, np.ndarray]] | None = None,
    block: int = SUMMARY_BLOCK,
) -> Overview:
    """Per pixel column, the min and max of the frames it covers (see :meth:`Clip.overview`).

    A column narrower than a frame shows the frame it falls on. ``summary``: a function
    returning :func:`block_summary` of ``samples``, read when a column spans at least
    :data:`SUMMARY_MIN_BLOCKS` blocks.
    """
    frames = samples.shape[0]
    mins = np.full(columns, np.nan, dtype=np.float32)
    maxs = np.full(columns, np.nan, dtype=np.float32)
    if columns <= 0 or frames == 0 or frames_per_column <= 0:
        return Overview(mins, maxs)
    edges = np.floor(start + frames_per_column * np.arange(columns + 1)).astype(np.int64)
    inside = np.flatnonzero((edges[:-1] >= 0) & (edges[:-1] < frames))
    if not len(inside):
        return Overview(mins, maxs)
    shown = slice(inside[0], inside[-1] + 1)
    lo = edges[shown]
    end = int(min(max(edges[inside[-1] + 1], lo[-1] + 1), frames))
    # reduceat runs each column to the next one's start (the last to the end of what it is
    # given); where starts repeat, zoomed in past the samples, it takes the one frame
    if summary is not None and frames_per_column >= SUMMARY_MIN_BLOCKS * block:
        bmin, bmax = summary()
        starts, stop = lo // block, -(-end // block)
        mins[shown] = np.minimum.reduceat(bmin[:stop], starts)
        maxs[shown] = np.maximum.reduceat(bmax[:stop], starts)
    else:
        part = samples[lo[0] : end]
        cuts = lo - lo[0]
        mins[shown] = np.minimum.reduceat(part.min(axis=1), cuts)
        maxs[shown] = np.maximum.reduceat(part.max(axis=1), cuts)
    return Overview(mins, maxs)
