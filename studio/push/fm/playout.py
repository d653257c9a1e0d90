"""The FM playout engine: plays a zone's resolved day through an audio sink at slot times,
and switches the transmitter and the village receivers on and off around each slot.

Around a slot (or a run of slots too close together to switch off between them) it does::

    lead ─┬─ transmitter on, zone on (driver)
          │  DTMF on code (sink), ending exactly at the slot start
    start ┼─ the items, each at its start instant, cut at its end
    end   ┼─ DTMF off code (sink)
          └─ zone off, transmitter off (driver)

The engine sleeps until the next event on its clock (never polls), so a test injects a
:class:`FakeClock` and a :class:`WavSink` and gets the day as a sound file in no time.
Everything it did is reported as :class:`Played` records (for the as-run log).

Not here yet: resuming mid-slot after a restart (items already under way are reported as
missed), and emergency interruption.
"""

from __future__ import annotations

import enum
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

import numpy as np

from studio.audio import codec
from studio.push.fm import dtmf
from studio.push.fm.drivers import Driver
from studio.schedule.resolve import Block, DayPlaylist, Entry


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, aware UTC."""
        ...

    def sleep_until(self, instant: datetime, wake: threading.Event | None = None) -> bool:
        """Return at ``instant``, or earlier when ``wake`` is set (then True)."""
        ...


class SystemClock:
    """Wall-clock time. Sleeps the whole interval at once; the loop only corrects an
    early return of the OS timer."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep_until(self, instant: datetime, wake: threading.Event | None = None) -> bool:
        while (remaining := (instant - self.now()).total_seconds()) > 0:
            if wake is None:
                time.sleep(remaining)
            elif wake.wait(remaining):
                return True
        return bool(wake and wake.is_set())


class FakeClock:
    """A clock that jumps to whatever instant is slept until: a day plays in milliseconds."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def sleep_until(self, instant: datetime, wake: threading.Event | None = None) -> bool:
        if wake is not None and wake.is_set():
            return True
        self._now = max(self._now, instant)
        return False


class AudioSink(Protocol):
    """Where the engine's sound goes: float32 (frames, channels) at ``rate``."""

    rate: int
    channels: int

    def play(self, samples: np.ndarray) -> None:
        """Play ``samples`` now; return when they have been played."""
        ...


class WavSink:
    """Writes what would go on air to a WAV file whose first frame is ``origin``: the sound
    lands at the clock's instant, silence fills the time between. Use as a context manager;
    the file appears complete when it closes."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        rate: int,
        channels: int,
        clock: Clock,
        origin: datetime,
    ) -> None:
        self.rate, self.channels, self.clock, self.origin = rate, channels, clock, origin
        self.frames = 0
        self._writer = codec.Writer(path, rate, channels)

    def play(self, samples: np.ndarray) -> None:
        at = round((self.clock.now() - self.origin).total_seconds() * self.rate)
        step = int(codec.BLOCK_S * self.rate)
        while self.frames < at:
            n = min(step, at - self.frames)
            self._writer.write(np.zeros((n, self.channels), dtype=np.float32))
            self.frames += n
        self._writer.write(samples)
        self.frames += len(samples)
        # the end instant comes from the frame count, so rounding never accumulates
        self.clock.sleep_until(self.origin + timedelta(seconds=self.frames / self.rate))

    def __enter__(self) -> WavSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self._writer.__exit__(*exc)


#: the audio of an item: float32 (frames, channels) blocks at the sink's rate, or None
#: when it has none (the engine then leaves the item's time silent and says so)
Source = Callable[[Entry], Iterable[np.ndarray] | None]


class Kind(enum.StrEnum):
    SWITCH_ON = "switch_on"
    CODE_ON = "code_on"
    ITEM = "item"
    CODE_OFF = "code_off"
    SWITCH_OFF = "switch_off"
    #: an item whose time had passed when the engine got to it
    MISSED = "missed"
    #: an item without audio
    SILENT = "silent"


@dataclass(frozen=True)
class Played:
    """One thing the engine did, for the as-run log. ``key``: the entry or block key."""

    kind: Kind
    key: str
    title: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class PlayoutSettings:
    """``zone``: the zone's key in the DTMF settings (None: no DTMF codes are played).
    ``lead_s``: the transmitter comes on this long before the on code, so the carrier
    is up and the receivers have locked when the code plays."""

    zone: str | None = None
    dtmf: dtmf.DtmfSettings | None = None
    lead_s: float = 2.0


class PlayoutEngine:
    def __init__(
        self,
        driver: Driver,
        sink: AudioSink,
        source: Source,
        clock: Clock,
        settings: PlayoutSettings | None = None,
        on_played: Callable[[Played], None] | None = None,
    ) -> None:
        self.driver, self.sink, self.source, self.clock = driver, sink, source, clock
        self.settings = settings or PlayoutSettings()
        self.on_played = on_played or (lambda p: None)
        self.played: list[Played] = []
        self.stop = threading.Event()
        s = self.settings
        if s.dtmf is not None and s.zone is not None:
            codes = s.dtmf.codes(s.zone)
            self._on = dtmf.sequence(codes.on, sink.rate, s.dtmf, sink.channels)
            self._off = dtmf.sequence(codes.off, sink.rate, s.dtmf, sink.channels)
        else:
            empty = np.zeros((0, sink.channels), dtype=np.float32)
            self._on = self._off = empty

    def _seconds(self, samples: np.ndarray) -> timedelta:
        return timedelta(seconds=len(samples) / self.sink.rate)

    def sessions(self, playlist: DayPlaylist) -> list[list[Block]]:
        """The day's blocks grouped into on-air sessions: blocks closer together than the
        switch-off and switch-on would take stay on air in between."""
        turnaround = (
            self._seconds(self._off)
            + self._seconds(self._on)
            + timedelta(seconds=self.settings.lead_s)
        )
        out: list[list[Block]] = []
        for block in playlist.blocks:
            if not block.entries:
                continue
            if out and block.start - out[-1][-1].end < turnaround:
                out[-1].append(block)
            else:
                out.append([block])
        return out

    def run(self, playlist: DayPlaylist) -> list[Played]:
        """Play the day; returns when it is over or :attr:`stop` is set."""
        for session in self.sessions(playlist):
            if session[-1].end <= self.clock.now():
                continue
            if self._session(session):
                break
        return self.played

    def _record(self, kind: Kind, key: str, title: str, start: datetime) -> None:
        played = Played(kind, key, title, start, self.clock.now())
        self.played.append(played)
        self.on_played(played)

    def _play(self, samples: np.ndarray, kind: Kind, key: str, title: str) -> None:
        if len(samples):
            start = self.clock.now()
            self.sink.play(samples)
            self._record(kind, key, title, start)

    def _session(self, blocks: list[Block]) -> bool:
        """One on-air session; True when stopped."""
        first, last = blocks[0], blocks[-1]
        code_at = first.start - self._seconds(self._on)
        switch_at = code_at - timedelta(seconds=self.settings.lead_s)
        if self.clock.sleep_until(switch_at, self.stop):
            return True
        now = self.clock.now()
        self.driver.transmitter_on()
        if self.settings.zone is not None:
            self.driver.zone_on(self.settings.zone)
        self._record(Kind.SWITCH_ON, first.key, first.title, now)
        try:
            if self.clock.sleep_until(code_at, self.stop):
                return True
            self._play(self._on, Kind.CODE_ON, first.key, first.title)
            for block in blocks:
                for entry in block.entries:
                    if self._entry(entry):
                        return True
            if self.clock.sleep_until(last.end, self.stop):
                return True
            self._play(self._off, Kind.CODE_OFF, last.key, last.title)
        finally:
            # stopped or failed: the transmitter does not stay on unattended
            now = self.clock.now()
            if self.settings.zone is not None:
                self.driver.zone_off(self.settings.zone)
            self.driver.transmitter_off()
            self._record(Kind.SWITCH_OFF, last.key, last.title, now)
        return False

    def _entry(self, entry: Entry) -> bool:
        if self.clock.sleep_until(entry.start, self.stop):
            return True
        if self.clock.now() > entry.start + timedelta(seconds=0.5):
            self._record(Kind.MISSED, entry.key, entry.title, entry.start)
            return False
        blocks = self.source(entry)
        if blocks is None:
            self._record(Kind.SILENT, entry.key, entry.title, self.clock.now())
            return False
        start = self.clock.now()
        # a late start still ends on time: the next item's start does not move
        left = round((entry.end - start).total_seconds() * self.sink.rate)
        for block in blocks:
            if left <= 0 or self.stop.is_set():
                break
            block = block[:left]
            self.sink.play(block)
            left -= len(block)
        self._record(Kind.ITEM, entry.key, entry.title, start)
        return self.stop.is_set()
