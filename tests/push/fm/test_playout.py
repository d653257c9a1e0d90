"""A day of three slots played with an injected clock into a WAV file, checked by ear —
the Goertzel detector's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from studio.audio import codec
from studio.push.fm import dtmf
from studio.push.fm.drivers import Driver
from studio.push.fm.playout import (
    FakeClock,
    Kind,
    PlayoutEngine,
    PlayoutSettings,
    WavSink,
)
from studio.schedule.resolve import Block, DayPlaylist, Entry
from studio.store.models import Priority

RATE = 8000
ORIGIN = datetime(2026, 5, 4, 23, 0, tzinfo=UTC)  # 06:00 in Hà Nội
CODES = dtmf.DtmfSettings(
    tone_ms=60,
    gap_ms=60,
    level_dbfs=-10,
    guard_ms=150,
    zones={"thon-1": dtmf.ZoneCodes(on="*12#", off="#12*")},
)
TOLERANCE_S = 0.005


def _at(seconds: float) -> datetime:
    return ORIGIN + timedelta(seconds=seconds)


def _block(name: str, start: float, items: list[float]) -> Block:
    """A slot starting ``start`` s after the origin, its items lasting ``items`` seconds."""
    common = {"priority": Priority.NORMAL, "slot_id": None, "exception_id": None}
    entries, t = [], start
    for i, length in enumerate(items):
        entries.append(
            Entry(
                key=f"{name}/{i}",
                position=i,
                start=_at(t),
                end=_at(t + length),
                title=f"{name} {i}",
                content=None,
                duration_s=length,
                **common,
            )
        )
        t += length
    window = {
        "planned_start": _at(start),
        "planned_end": _at(t),
        "start": _at(start),
        "end": _at(t),
    }
    return Block(key=name, title=name, entries=tuple(entries), **window, **common)


DAY = DayPlaylist(
    day=ORIGIN.date(),
    zone_id=None,
    blocks=(
        _block("morning", 5.0, [1.5, 1.0]),
        _block("noon", 12.0, [2.0]),
        _block("evening", 20.0, [1.0, 0.5, 1.0]),
    ),
)


class RecordingDriver(Driver):
    """What the engine asked of the control line, and when (on the engine's clock)."""

    def __init__(self, clock):
        super().__init__()
        self.clock = clock
        self.calls: list[tuple[str, float]] = []

    def _note(self, what):
        self.calls.append((what, (self.clock.now() - ORIGIN).total_seconds()))

    def transmitter_on(self):
        self._note("tx on")

    def transmitter_off(self):
        self._note("tx off")

    def zone_on(self, zone):
        self._note(f"zone {zone} on")

    def zone_off(self, zone):
        self._note(f"zone {zone} off")


def programme(entry: Entry):
    """A quiet 300 Hz tone for each item's whole length, in half-second blocks."""
    n = round(entry.length_s * RATE)
    t = np.arange(n) / RATE
    x = (0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)[:, None]
    return (x[i : i + RATE // 2] for i in range(0, n, RATE // 2))


@pytest.fixture
def played_day(tmp_path):
    clock = FakeClock(ORIGIN)
    driver = RecordingDriver(clock)
    path = tmp_path / "day.wav"
    settings = PlayoutSettings(zone="thon-1", dtmf=CODES, lead_s=1.0)
    with WavSink(path, RATE, 1, clock, ORIGIN) as sink:
        engine = PlayoutEngine(driver, sink, programme, clock, settings)
        played = engine.run(DAY)
    samples, rate = codec.read(path)
    return samples, rate, driver.calls, played


def test_codes_sit_right_before_and_after_each_slot(played_day):
    samples, rate, _, _ = played_day
    found = dtmf.detect(samples, rate)
    expected = []
    for block in DAY.blocks:
        on_len = CODES.duration_s("*12#")
        start = (block.start - ORIGIN).total_seconds()
        end = (block.end - ORIGIN).total_seconds()
        expected += [
            (d, s + start - on_len, e + start - on_len)
            for d, s, e in dtmf.tone_times("*12#", CODES)
        ]
        expected += [(d, s + end, e + end) for d, s, e in dtmf.tone_times("#12*", CODES)]
    assert dtmf.digits_of(found) == "*12##12*" * 3
    for (digit, start, end), (want, want_start, want_end) in zip(found, expected, strict=True):
        assert digit == want
        assert start == pytest.approx(want_start, abs=TOLERANCE_S)
        assert end == pytest.approx(want_end, abs=TOLERANCE_S)


def test_the_programme_plays_between_the_codes(played_day):
    samples, rate, _, _ = played_day
    level = lambda a, b: float(np.abs(samples[round(a * rate) : round(b * rate)]).max())  # noqa: E731
    assert level(5.05, 7.45) == pytest.approx(0.1, abs=0.01), "morning's two items"
    assert level(8.25, 11.4) == 0, "silence between the off code and the next on code"
    assert level(0, 2.0) == 0, "nothing before the first pre-roll"
    assert len(samples) / rate == pytest.approx(22.5 + CODES.duration_s("#12*"), abs=0.01)


def test_the_transmitter_is_switched_around_each_slot(played_day):
    _, _, calls, _ = played_day
    on_len, off_len = CODES.duration_s("*12#"), CODES.duration_s("#12*")
    expected = []
    for block in DAY.blocks:
        start = (block.start - ORIGIN).total_seconds()
        end = (block.end - ORIGIN).total_seconds()
        expected += [("tx on", start - on_len - 1.0), ("zone thon-1 on", start - on_len - 1.0)]
        expected += [("zone thon-1 off", end + off_len), ("tx off", end + off_len)]
    assert [c for c, _ in calls] == [c for c, _ in expected]
    for (_, t), (_, want) in zip(calls, expected, strict=True):
        assert t == pytest.approx(want, abs=0.001)


def test_every_item_is_reported_for_the_as_run_log(played_day):
    *_, played = played_day
    items = [p for p in played if p.kind is Kind.ITEM]
    assert [p.key for p in items] == [e.key for e in DAY.entries]
    for p, e in zip(items, DAY.entries, strict=True):
        assert p.start == e.start
        assert p.end == e.end
    assert [p.kind for p in played].count(Kind.CODE_ON) == 3


def test_slots_back_to_back_stay_on_air_and_passed_items_are_missed(tmp_path):
    day = DayPlaylist(ORIGIN.date(), None, (_block("a", 5.0, [1.0, 1.0]), _block("b", 7.5, [1.0])))
    # the app started late in the pre-roll: after the carrier's lead and the on code the
    # first item is well under way, and without a saved state nothing is resumed
    clock = FakeClock(_at(4.5))
    driver = RecordingDriver(clock)
    settings = PlayoutSettings(zone="thon-1", dtmf=CODES, lead_s=1.0)
    with WavSink(tmp_path / "d.wav", RATE, 1, clock, ORIGIN) as sink:
        played = PlayoutEngine(driver, sink, programme, clock, settings).run(day)
    assert [c for c, _ in driver.calls] == ["tx on", "zone thon-1 on", "zone thon-1 off", "tx off"]
    assert [(p.kind, p.key) for p in played if p.kind in (Kind.ITEM, Kind.MISSED)] == [
        (Kind.MISSED, "a/0"),
        (Kind.ITEM, "a/1"),
        (Kind.ITEM, "b/0"),
    ]
    samples, rate = codec.read(tmp_path / "d.wav")
    assert dtmf.digits_of(dtmf.detect(samples, rate)) == "*12##12*"
