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

Emergencies (the national rules' highest level) come from two places: a block of emergency
priority in the day's schedule, and :meth:`PlayoutEngine.emergency_now` (the operator's
button). Either one interrupts at once whatever is on air — the item under way stops
where it is — then every zone is switched on (driver and DTMF codes), and the emergency
plays whole, from its beginning, never cut. A scheduled emergency is pre-rolled so that it
starts at its slot time exactly.

Afterwards the engine rejoins the timetable where it stands at that moment, the way the
schedule resolver lays the day out (a higher priority takes the time; the other slots keep
their own windows and never run past them, so nothing later is pushed back):

* zones that were only switched on for the emergency are switched off again (off codes);
  when no slot is due, everything is;
* the interrupted item resumes at the offset the clock gives it, if its time is not over
  (its as-run shows the interrupted part and the resumed part); otherwise it stays
  interrupted;
* items whose whole time passed during the emergency are missed; later items play at their
  own times.

When the schedule changes during the day, :meth:`PlayoutEngine.update` hands the engine
the new version: an emergency in it counts at once (and interrupts as above); everything
else is taken up at the next pause between items.

After a restart the engine reads its state file (what it was playing, from when, up to
which offset) and, when that slot is still on air, does the same: switches on again,
re-sends the switch-on codes, and resumes the item under way at its offset by the clock.
Without a state file an engine started mid-slot leaves the items already under way
(missed) and begins with the next one: nothing was on air to continue.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import numpy as np

from studio.audio import codec
from studio.files import write_atomic
from studio.push.fm import dtmf
from studio.push.fm.drivers import Driver
from studio.push.fm.errors import FMError
from studio.schedule.resolve import Block, DayPlaylist, Entry
from studio.store.models import PlayResult, Priority

log = logging.getLogger(__name__)


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


class FastClock:
    """Time running ``speed`` times faster than the wall clock from ``start``: a demo or a
    UI test watches a day go by in seconds, with real sleeps in between."""

    def __init__(self, start: datetime, speed: float) -> None:
        self.start, self.speed = start, speed
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self._t0) * self.speed)

    def sleep_until(self, instant: datetime, wake: threading.Event | None = None) -> bool:
        while (remaining := (instant - self.now()).total_seconds()) > 0:
            if wake is None:
                time.sleep(remaining / self.speed)
            elif wake.wait(remaining / self.speed):
                return True
        return bool(wake and wake.is_set())


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


#: the audio of an item: float32 (frames, channels) blocks at the sink's rate, or None
#: when it has none (the engine then leaves the item's time silent and says so)
Source = Callable[[Entry], Iterable[np.ndarray] | None]

#: how late an item may start and still count as on time (the issue's ±0.5 s)
TOLERANCE = timedelta(seconds=0.5)
#: the sink gets sound in pieces this long, so an emergency or a stop cuts in at once
SLICE_S = 0.2
#: while an item plays, the state file is rewritten this often (seconds on the clock)
STATE_EVERY_S = 1.0


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
    #: an emergency bulletin (scheduled, or the operator's)
    EMERGENCY = "emergency"
    #: the transmitter or a zone could not be switched (``detail`` says why)
    SWITCH_FAILED = "switch_failed"


#: what goes into the as-run log: items and emergencies, and failed switching
AS_RUN_KINDS = frozenset({Kind.ITEM, Kind.MISSED, Kind.SILENT, Kind.EMERGENCY, Kind.SWITCH_FAILED})


@dataclass(frozen=True)
class Played:
    """One thing the engine did, for the as-run log. ``key``: the entry or block key.

    ``result``: played, partial (joined or resumed late: ``offset_s`` into the item),
    interrupted (cut by an emergency, a stop or a crash), missed, or failed. ``entry``: the
    schedule's item, when there is one (not for switching or the operator's emergency)."""

    kind: Kind
    key: str
    title: str
    start: datetime
    end: datetime
    result: PlayResult = PlayResult.PLAYED
    detail: str = ""
    entry: Entry | None = None
    offset_s: float = 0.0
    #: why switching failed, to be shown translated (``detail`` has it in English)
    error: FMError | None = None


@dataclass(frozen=True)
class PlayoutSettings:
    """``zone``: the key of the zone whose day plays, for the driver and the DTMF codes
    (None: the transmitter only, no zone). ``lead_s``: the transmitter comes on this long
    before the on code, so the carrier is up and the receivers have locked when the code
    plays. ``all_zones``: the zones an emergency switches on (empty: every zone with DTMF
    codes, and ``zone``)."""

    zone: str | None = None
    dtmf: dtmf.DtmfSettings | None = None
    lead_s: float = 2.0
    all_zones: tuple[str, ...] = ()

    @property
    def everywhere(self) -> tuple[str, ...]:
        if self.all_zones:
            return self.all_zones
        zones = list(self.dtmf.zones) if self.dtmf is not None else []
        if self.zone is not None and self.zone not in zones:
            zones.insert(0, self.zone)
        return tuple(zones)


@dataclass(frozen=True)
class Emergency:
    """An emergency to play at once: the operator's bulletin (``blocks``), or a scheduled
    emergency block (``entries``, played through the engine's source)."""

    key: str
    title: str
    blocks: Iterable[np.ndarray] | None = None
    entries: tuple[Entry, ...] = ()
    #: a scheduled emergency waits for this instant before its sound starts
    start: datetime | None = None


def _end(block: Block) -> datetime:
    """When a block's sound ends: its last item's end (a slot with less content than its
    window does not keep the transmitter on, silent, to the window's end)."""
    return block.entries[-1].end if block.entries else block.end


class Outcome(enum.Enum):
    STOPPED = "stopped"
    EMERGENCY = "emergency"
    #: a new version of the day arrived (:meth:`PlayoutEngine.update`)
    RELOAD = "reload"


@dataclass
class SavedState:
    """What the state file holds: the item on air, since when, and how far it had got."""

    day: str
    session: str
    entry: str
    title: str
    started_at: datetime
    offset_s: float
    saved_at: datetime

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "day": self.day,
                "session": self.session,
                "entry": self.entry,
                "title": self.title,
                "started_at": self.started_at.isoformat(),
                "offset_s": round(self.offset_s, 3),
                "saved_at": self.saved_at.isoformat(),
            }
        )

    @classmethod
    def load(cls, path: Path) -> SavedState | None:
        """The saved state, or None when there is none or it cannot be read (logged)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                day=str(raw["day"]),
                session=str(raw["session"]),
                entry=str(raw["entry"]),
                title=str(raw.get("title", "")),
                started_at=datetime.fromisoformat(raw["started_at"]),
                offset_s=float(raw["offset_s"]),
                saved_at=datetime.fromisoformat(raw["saved_at"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring the playout state file %s: %s", path, exc)
            return None


@dataclass
class _Context:
    """Where in the day the engine is (for the state file)."""

    day: str = ""
    session: str = ""
    current: SavedState | None = None
    last_saved: datetime | None = None
    done: set[str] = field(default_factory=set)
    interrupted: set[str] = field(default_factory=set)
    #: scheduled emergency blocks already played
    emergencies: set[str] = field(default_factory=set)


class PlayoutEngine:
    """Plays one zone's day; see the module docstring for what happens when.

    ``state_path``: where the engine keeps its position for a restart (None: nowhere).
    ``on_played`` is called on the engine's thread for every :class:`Played`;
    ``on_playing`` with the title of an item or emergency as its sound starts, and with ""
    when it is over (for a "now playing" display)."""

    def __init__(
        self,
        driver: Driver,
        sink: AudioSink,
        source: Source,
        clock: Clock,
        settings: PlayoutSettings | None = None,
        on_played: Callable[[Played], None] | None = None,
        state_path: Path | None = None,
        on_playing: Callable[[str], None] | None = None,
    ) -> None:
        self.driver, self.sink, self.source, self.clock = driver, sink, source, clock
        self.settings = settings or PlayoutSettings()
        self.on_played = on_played or (lambda p: None)
        self.on_playing = on_playing or (lambda title: None)
        self.state_path = state_path
        self.played: list[Played] = []
        self.stop = threading.Event()
        #: set by stop and emergency requests, so a sleep ends at once
        self._wake = threading.Event()
        self._manual: deque[Emergency] = deque()
        #: guards the scheduled emergencies and the pending playlist, which update() sets
        self._lock = threading.Lock()
        self._scheduled: list[Emergency] = []
        self._pending: DayPlaylist | None = None
        self._tx = False
        self._zones_on: set[str] = set()
        self._joining = False
        self._ctx = _Context()
        s = self.settings
        self._codes: dict[tuple[str, str], np.ndarray] = {}
        if s.dtmf is not None:
            for zone in s.everywhere:
                codes = s.dtmf.codes(zone)
                self._codes[zone, "on"] = dtmf.sequence(codes.on, sink.rate, s.dtmf, sink.channels)
                self._codes[zone, "off"] = dtmf.sequence(
                    codes.off, sink.rate, s.dtmf, sink.channels
                )

    # --- requests from other threads

    def halt(self) -> None:
        """Stop playing: the item on air is cut, and everything is switched off."""
        self.stop.set()
        self._wake.set()

    def emergency_now(self, title: str, blocks: Iterable[np.ndarray], key: str = "") -> None:
        """Interrupt whatever is on air with ``blocks`` (float32 (frames, channels) at the
        sink's rate), on every zone. Safe to call from any thread while :meth:`run` runs."""
        key = key or f"emergency:{datetime.now(UTC):%Y%m%dT%H%M%S}"
        self._manual.append(Emergency(key, title, blocks=blocks))
        self._wake.set()

    def update(self, playlist: DayPlaylist) -> None:
        """A new version of the day (the schedule changed), from any thread. An emergency
        in it counts at once; the rest is taken up at the next pause between items, so
        what plays is not cut for it. A playlist of another day is ignored."""
        if playlist.day.isoformat() != self._ctx.day:
            return
        with self._lock:
            self._pending = playlist
            self._scheduled = self._upcoming_emergencies(playlist)
        self._wake.set()

    @property
    def on_air(self) -> bool:
        return self._tx

    # --- planning

    def _seconds(self, samples: np.ndarray) -> timedelta:
        return timedelta(seconds=len(samples) / self.sink.rate)

    def _code(self, zones: Iterable[str], which: str) -> np.ndarray:
        parts = [self._codes[z, which] for z in zones if (z, which) in self._codes]
        if not parts:
            return np.zeros((0, self.sink.channels), dtype=np.float32)
        return np.concatenate(parts)

    def _zones(self) -> list[str]:
        return [self.settings.zone] if self.settings.zone is not None else []

    def _preroll(self, zones: Sequence[str]) -> timedelta:
        return self._seconds(self._code(zones, "on")) + timedelta(seconds=self.settings.lead_s)

    def sessions(self, playlist: DayPlaylist) -> list[list[Block]]:
        """The day's blocks grouped into on-air sessions: blocks closer together than the
        switch-off and switch-on would take stay on air in between. Emergency blocks are
        not in any session: they interrupt."""
        turnaround = self._seconds(self._code(self._zones(), "off")) + self._preroll(self._zones())
        out: list[list[Block]] = []
        for block in playlist.blocks:
            if not block.entries or block.priority == Priority.EMERGENCY:
                continue
            if out and block.start - _end(out[-1][-1]) < turnaround:
                out[-1].append(block)
            else:
                out.append([block])
        return out

    def _upcoming_emergencies(self, playlist: DayPlaylist) -> list[Emergency]:
        """The day's emergency blocks not played yet and not over."""
        now = self.clock.now()
        return [
            Emergency(b.key, b.title, entries=b.entries, start=b.start)
            for b in playlist.blocks
            if b.entries
            and b.priority == Priority.EMERGENCY
            and b.key not in self._ctx.emergencies
            and b.entries[-1].end > now
        ]

    def _fire_at(self) -> datetime | None:
        """When the next scheduled emergency must interrupt, to switch on in time the zones
        that are off (and the transmitter, with its lead, if it is off)."""
        with self._lock:
            if not self._scheduled:
                return None
            first = self._scheduled[0]
        assert first.start is not None
        newly = [z for z in self.settings.everywhere if z not in self._zones_on]
        lead = timedelta(seconds=0 if self._tx else self.settings.lead_s)
        return first.start - self._seconds(self._code(newly, "on")) - lead

    # --- the day

    def run(self, playlist: DayPlaylist, until: datetime | None = None) -> list[Played]:
        """Play the day; returns when it is over (and ``until`` has come, when given; an
        emergency may still interrupt until then) or :meth:`halt` was called."""
        self._ctx = _Context(day=playlist.day.isoformat())
        self.played, self._joining = [], False
        with self._lock:
            self._scheduled = self._upcoming_emergencies(playlist)
            self._pending = None
        sessions = self.sessions(playlist)
        self._restore(sessions)
        try:
            while not self.stop.is_set():
                outcome = None
                for session in sessions:
                    if _end(session[-1]) <= self.clock.now():
                        continue
                    outcome = self._session(session)
                    if outcome is not None:
                        break
                if outcome is None:
                    end = max(until or self.clock.now(), self.clock.now())
                    outcome = self._wait(end) if self._scheduled or until else None
                if outcome is Outcome.EMERGENCY:
                    if self._emergencies(sessions) is Outcome.STOPPED:
                        break
                    continue
                if outcome is Outcome.RELOAD:
                    with self._lock:
                        playlist, self._pending = self._pending or playlist, None
                    sessions = self.sessions(playlist)
                    self._settle(sessions, self._zones_on)
                    continue
                break
        except BaseException:
            # a failure: switch off, but keep the state file so a new run resumes
            self._shut_down(keep_state=True)
            raise
        self._shut_down(keep_state=False)
        return self.played

    def _restore(self, sessions: list[list[Block]]) -> None:
        """Pick up after a restart from the state file (see the module docstring)."""
        if self.state_path is None:
            return
        state = SavedState.load(self.state_path)
        if state is None or state.day != self._ctx.day:
            return
        for session in sessions:
            entries = [e for b in session for e in b.entries]
            entry = next((e for e in entries if e.key == state.entry), None)
            if entry is None:
                continue
            self._record(
                Kind.ITEM,
                entry.key,
                entry.title,
                state.started_at,
                end=state.saved_at,
                result=PlayResult.INTERRUPTED,
                detail="playout stopped unexpectedly",
                entry=entry,
                offset_s=state.offset_s,
            )
            self._ctx.interrupted.add(entry.key)
            # what came before it went out then, and is in the as-run already
            self._ctx.done.update(e.key for e in entries if e.end <= entry.start)
            self._joining = self.clock.now() < _end(session[-1])
            return

    def _session(self, blocks: list[Block]) -> Outcome | None:
        first, last = blocks[0], blocks[-1]
        zones = self._zones()
        code_at = first.start - self._seconds(self._code(zones, "on"))
        if outcome := self._wait(code_at - timedelta(seconds=self.settings.lead_s)):
            return outcome
        self._ctx.session = first.key
        if outcome := self._bring_up(zones, first.key, first.title, code_at):
            return outcome
        for block in blocks:
            for entry in block.entries:
                if outcome := self._entry(entry):
                    return outcome
        if outcome := self._wait(_end(last)):
            return outcome
        self._bring_down(zones, last.key, last.title, keep_transmitter=False)
        self._clear_state()
        return None

    def _emergencies(self, sessions: list[list[Block]]) -> Outcome | None:
        """Play every emergency waiting, then rejoin the timetable."""
        everywhere = self.settings.everywhere
        while emergency := self._next_emergency():
            outcome = self._bring_up(everywhere, emergency.key, emergency.title, None, False)
            if outcome is None and emergency.start is not None:
                outcome = self._wait(emergency.start, interruptible=False)
            if outcome is None:
                outcome = self._play_emergency(emergency)
            if emergency.start is not None:
                self._ctx.emergencies.add(emergency.key)
            if outcome is not None:
                return outcome
        self._settle(sessions, everywhere)
        self._joining = True
        return None

    def _settle(self, sessions: list[list[Block]], zones: Iterable[str]) -> None:
        """Switch off what the timetable does not need now: of ``zones``, all but the due
        session's, and the transmitter too when no session is due."""
        now = self.clock.now()
        due = next(
            (s for s in sessions if s[0].start - self._preroll(self._zones()) <= now < _end(s[-1])),
            None,
        )
        keep = set(self._zones()) if due else set()
        others = [z for z in zones if z not in keep]
        if others or (self._tx and due is None):
            self._bring_down(others, "settle", "", keep_transmitter=due is not None)

    def _next_emergency(self) -> Emergency | None:
        if self._manual:
            return self._manual.popleft()
        fire = self._fire_at()
        if fire is not None and self.clock.now() >= fire:
            with self._lock:
                if self._scheduled:
                    return self._scheduled.pop(0)
        self._wake.clear()
        if self._manual:  # one arrived while the flag was cleared
            self._wake.set()
        return None

    def _play_emergency(self, emergency: Emergency) -> Outcome | None:
        if emergency.blocks is not None:
            start = self.clock.now()
            self.on_playing(emergency.title)
            outcome = self._stream(emergency.blocks, 0, None, interruptible=False)
            self.on_playing("")
            self._record(
                Kind.EMERGENCY,
                emergency.key,
                emergency.title,
                start,
                result=PlayResult.INTERRUPTED if outcome else PlayResult.PLAYED,
            )
            return outcome
        for entry in emergency.entries:
            blocks = self.source(entry)
            if blocks is None:
                self._record(
                    Kind.SILENT,
                    entry.key,
                    entry.title,
                    self.clock.now(),
                    result=PlayResult.FAILED,
                    detail="no audio",
                    entry=entry,
                )
                continue
            start = self.clock.now()
            # whole, from the beginning: a late emergency is never cut
            self.on_playing(entry.title)
            outcome = self._stream(blocks, 0, None, interruptible=False)
            self.on_playing("")
            self._record(
                Kind.EMERGENCY,
                entry.key,
                entry.title,
                start,
                result=PlayResult.INTERRUPTED if outcome else PlayResult.PLAYED,
                entry=entry,
            )
            if outcome:
                return outcome
        return None

    def _entry(self, entry: Entry) -> Outcome | None:
        ctx = self._ctx
        if entry.key in ctx.done:
            return None
        if outcome := self._wait(entry.start):
            return outcome
        now = self.clock.now()
        late = now > entry.start + TOLERANCE
        if now >= entry.end or (late and not self._joining):
            ctx.done.add(entry.key)
            if entry.key not in ctx.interrupted:
                self._record(
                    Kind.MISSED,
                    entry.key,
                    entry.title,
                    entry.start,
                    end=entry.end,
                    result=PlayResult.MISSED,
                    entry=entry,
                )
            return None
        blocks = self.source(entry)
        if blocks is None:
            ctx.done.add(entry.key)
            self._record(
                Kind.SILENT,
                entry.key,
                entry.title,
                now,
                result=PlayResult.FAILED,
                detail="no audio",
                entry=entry,
            )
            return None
        self._joining = False
        # joined late: from where the clock says; a little late: from the start, still
        # ending on time so the next item's start does not move
        offset = (now - entry.start).total_seconds() if late else 0.0
        ctx.current = SavedState(ctx.day, ctx.session, entry.key, entry.title, now, offset, now)
        self._save_state()
        left = round((entry.end - now).total_seconds() * self.sink.rate)
        self.on_playing(entry.title)
        outcome = self._stream(blocks, round(offset * self.sink.rate), left)
        self.on_playing("")
        ctx.current = None
        if outcome is None:
            ctx.done.add(entry.key)
            result = PlayResult.PARTIAL if late else PlayResult.PLAYED
            detail = f"resumed at {offset:.1f} s" if late else ""
        else:
            ctx.interrupted.add(entry.key)
            result = PlayResult.INTERRUPTED
            detail = "emergency" if outcome is Outcome.EMERGENCY else "playout stopped"
        self._record(
            Kind.ITEM,
            entry.key,
            entry.title,
            now,
            result=result,
            detail=detail,
            entry=entry,
            offset_s=offset,
        )
        return outcome

    # --- sound

    def _stream(
        self,
        blocks: Iterable[np.ndarray],
        skip: int,
        left: int | None,
        *,
        interruptible: bool = True,
    ) -> Outcome | None:
        """Play ``blocks`` after skipping ``skip`` frames, at most ``left`` frames (None:
        all), in short pieces; stops early for a stop or (``interruptible``) an emergency,
        exactly at a scheduled emergency's instant."""
        piece_n = max(1, round(SLICE_S * self.sink.rate))
        try:
            for block in blocks:
                if skip:
                    cut = min(skip, len(block))
                    block, skip = block[cut:], skip - cut
                while len(block) and (left is None or left > 0):
                    if outcome := self._interruption(interruptible):
                        return outcome
                    n = min(piece_n, len(block)) if left is None else min(piece_n, len(block), left)
                    fire = self._fire_at() if interruptible else None
                    if fire is not None:
                        until = round((fire - self.clock.now()).total_seconds() * self.sink.rate)
                        n = max(1, min(n, until))
                    self.sink.play(block[:n])
                    block = block[n:]
                    if left is not None:
                        left -= n
                    self._progress(n)
                if left is not None and left <= 0:
                    break
            return self._interruption(interruptible) if left is None else None
        finally:
            close = getattr(blocks, "close", None)
            if close is not None:
                close()

    def _interruption(self, emergencies: bool) -> Outcome | None:
        if self.stop.is_set():
            return Outcome.STOPPED
        if emergencies:
            fire = self._fire_at()
            if self._manual or (fire is not None and self.clock.now() >= fire):
                return Outcome.EMERGENCY
        return None

    def _wait(
        self, instant: datetime, *, interruptible: bool = True, reload: bool | None = None
    ) -> Outcome | None:
        """Sleep until ``instant``; the reason when something cuts the sleep short: a stop,
        (``interruptible``) an emergency, or (``reload``, by default when interruptible) a
        new version of the day."""
        reload = interruptible if reload is None else reload
        while True:
            if outcome := self._interruption(interruptible):
                return outcome
            if reload and self._pending is not None:
                return Outcome.RELOAD
            target = instant
            fire = self._fire_at() if interruptible else None
            if fire is not None and fire < target:
                target = fire
            if self.clock.now() >= instant:
                return None
            woken = self.clock.sleep_until(target, self._wake)
            waiting = (interruptible and self._manual) or (reload and self._pending is not None)
            if woken and not self.stop.is_set() and not waiting:
                self._wake.clear()  # news that waits for its turn

    def _play(self, samples: np.ndarray, kind: Kind, key: str, title: str) -> None:
        if len(samples):
            start = self.clock.now()
            self.sink.play(samples)
            self._record(kind, key, title, start)

    # --- switching

    def _drive(self, key: str, title: str, action: Callable[..., None], *args: str) -> bool:
        """One driver call; a refusal is recorded (and the sound goes on regardless: the
        operator may switch by hand)."""
        try:
            action(*args)
        except FMError as exc:
            self._record(
                Kind.SWITCH_FAILED,
                key,
                title,
                self.clock.now(),
                result=PlayResult.FAILED,
                detail=str(exc),
                error=exc,
            )
            return False
        return True

    def _bring_up(
        self,
        zones: Sequence[str],
        key: str,
        title: str,
        code_at: datetime | None,
        interruptible: bool = True,
    ) -> Outcome | None:
        """Transmitter and ``zones`` on, then their on codes at ``code_at`` (or, late or
        None, as soon as the carrier has had its lead)."""
        now = self.clock.now()
        newly = [z for z in zones if z not in self._zones_on]
        was_off = not self._tx
        if was_off or newly:
            if was_off:
                self._drive(key, title, self.driver.transmitter_on)
                self._tx = True
            for zone in newly:
                self._drive(key, title, self.driver.zone_on, zone)
                self._zones_on.add(zone)
            self._record(Kind.SWITCH_ON, key, title, now)
        code = self._code(newly, "on")
        if not len(code):
            return None
        if code_at is None or now > code_at:
            code_at = now + timedelta(seconds=self.settings.lead_s if was_off else 0)
        # the zones count as on from here: a new day plan must not come between
        if outcome := self._wait(code_at, interruptible=interruptible, reload=False):
            return outcome
        self._play(code, Kind.CODE_ON, key, title)
        return None

    def _bring_down(
        self, zones: Sequence[str], key: str, title: str, *, keep_transmitter: bool
    ) -> None:
        """Off codes and zone off for those of ``zones`` that are on; the transmitter off
        too unless ``keep_transmitter`` or another zone is still on."""
        on = [z for z in zones if z in self._zones_on]
        self._play(self._code(on, "off"), Kind.CODE_OFF, key, title)
        now = self.clock.now()
        for zone in on:
            self._drive(key, title, self.driver.zone_off, zone)
            self._zones_on.discard(zone)
        off = self._tx and not keep_transmitter and not self._zones_on
        if off:
            self._drive(key, title, self.driver.transmitter_off)
            self._tx = False
        if on or off:
            self._record(Kind.SWITCH_OFF, key, title, now)

    def _shut_down(self, *, keep_state: bool) -> None:
        """Stopped, finished or failed: the transmitter does not stay on unattended."""
        if not keep_state:
            self._clear_state()
        if not (self._tx or self._zones_on):
            return
        zones = sorted(self._zones_on)
        try:
            self._play(self._code(zones, "off"), Kind.CODE_OFF, "stop", "")
        except Exception:  # the sink failed: the driver must still switch off
            log.exception("could not play the off codes")
        now = self.clock.now()
        for zone in zones:
            self._drive("stop", "", self.driver.zone_off, zone)
        self._zones_on.clear()
        if self._tx:
            self._drive("stop", "", self.driver.transmitter_off)
            self._tx = False
        self._record(Kind.SWITCH_OFF, "stop", "", now)

    # --- records and state

    def _record(
        self,
        kind: Kind,
        key: str,
        title: str,
        start: datetime,
        *,
        end: datetime | None = None,
        result: PlayResult = PlayResult.PLAYED,
        detail: str = "",
        entry: Entry | None = None,
        offset_s: float = 0.0,
        error: FMError | None = None,
    ) -> None:
        played = Played(
            kind,
            key,
            title,
            start,
            end or self.clock.now(),
            result,
            detail,
            entry,
            offset_s,
            error,
        )
        self.played.append(played)
        try:
            self.on_played(played)
        except Exception:  # a failing listener must not take the transmitter down
            log.exception("on_played failed for %s", played)

    def _progress(self, frames: int) -> None:
        current = self._ctx.current
        if current is None:
            return
        current.offset_s += frames / self.sink.rate
        now = self.clock.now()
        last = self._ctx.last_saved
        if last is None or (now - last).total_seconds() >= STATE_EVERY_S:
            self._save_state()

    def _save_state(self) -> None:
        current = self._ctx.current
        if self.state_path is None or current is None:
            return
        now = self.clock.now()
        current.saved_at = now
        self._ctx.last_saved = now
        try:
            write_atomic(self.state_path, current.to_json())
        except OSError as exc:  # the broadcast matters more than the restart point
            log.warning("cannot save the playout state to %s: %s", self.state_path, exc)

    def _clear_state(self) -> None:
        if self.state_path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.state_path.unlink()
