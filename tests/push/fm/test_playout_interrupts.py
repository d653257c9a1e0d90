"""Emergencies, a restart in the middle of an item, and the as-run log — each played with
an injected clock into a WAV file and checked there."""

from __future__ import annotations

import threading
from datetime import timedelta

import numpy as np
import pytest

from studio.audio import codec
from studio.push.fm import dtmf
from studio.push.fm.asrun import AsRunWriter
from studio.push.fm.errors import FMError
from studio.push.fm.playout import (
    FakeClock,
    Kind,
    PlayoutEngine,
    PlayoutSettings,
    SavedState,
    WavSink,
)
from studio.schedule.resolve import DayPlaylist, Entry
from studio.store import asrun, stations
from studio.store.models import PlayResult, PlaySource, Priority, ZoneKind
from studio.store.stations import StationProfile
from tests.push.fm.test_playout import ORIGIN, RATE, RecordingDriver, _at, _block

CODES = dtmf.DtmfSettings(
    tone_ms=60,
    gap_ms=60,
    level_dbfs=-10,
    guard_ms=150,
    zones={
        "thon-1": dtmf.ZoneCodes(on="*1#", off="#1#"),
        "thon-2": dtmf.ZoneCodes(on="*2#", off="#2#"),
    },
)
CODE_S = CODES.duration_s("*1#")  # 0.6 s, every code here has three digits
SETTINGS = PlayoutSettings(zone="thon-1", dtmf=CODES, lead_s=1.0)
EMERGENCY_HZ = 1000.0


def position_signal(entry: Entry, *, crash_after_s: float | None = None):
    """DC whose level tells the offset into the item: 0.01 × (1 + seconds). Raises Crash
    after ``crash_after_s`` seconds, as a process killed mid-item would stop."""
    n = round(entry.length_s * RATE)
    level = (0.01 * (1 + np.arange(n) / RATE)).astype(np.float32)[:, None]
    step = RATE // 10
    for i in range(0, n, step):
        if crash_after_s is not None and i >= crash_after_s * RATE:
            raise Crash
        yield level[i : i + step]


class Crash(BaseException):
    pass


def siren(seconds: float) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.2 * np.sin(2 * np.pi * EMERGENCY_HZ * t)).astype(np.float32)[:, None]


def offset_at(samples: np.ndarray, t: float) -> float:
    """The item offset the position signal carries at ``t`` seconds into the WAV."""
    return float(samples[round(t * RATE), 0]) / 0.01 - 1


def is_siren(samples: np.ndarray, a: float, b: float) -> bool:
    x = samples[round(a * RATE) : round(b * RATE), 0]
    spectrum = np.abs(np.fft.rfft(x))
    peak_hz = np.fft.rfftfreq(len(x), 1 / RATE)[spectrum.argmax()]
    return abs(peak_hz - EMERGENCY_HZ) < 5 and abs(float(x.mean())) < 0.01


def play(tmp_path, day, source, *, start=ORIGIN, name="day.wav", driver=None, **kw):
    clock = FakeClock(start)
    driver = driver or RecordingDriver(clock)
    with WavSink(tmp_path / name, RATE, 1, clock, ORIGIN) as sink:
        engine = PlayoutEngine(driver, sink, source, clock, SETTINGS, **kw)
        played = engine.run(day)
    samples, _ = codec.read(tmp_path / name)
    return engine, driver, played, samples


@pytest.fixture
def operator_emergency(tmp_path):
    """One slot 5–9 s of a 4 s item then another 4 s item; at 1 s into the first item
    the operator sends a 1 s emergency."""
    day = DayPlaylist(ORIGIN.date(), None, (_block("morning", 5.0, [4.0, 4.0]),))
    engine, sent = None, []

    def source(entry):
        for i, block in enumerate(position_signal(entry)):
            if entry.key == "morning/0" and i == 10 and not sent:  # 1.0 s in
                engine.emergency_now("Báo bão khẩn cấp", [siren(1.0)], key="bao-bao")
                sent.append(True)
            yield block

    clock = FakeClock(ORIGIN)
    driver = RecordingDriver(clock)
    with WavSink(tmp_path / "day.wav", RATE, 1, clock, ORIGIN) as sink:
        engine = PlayoutEngine(driver, sink, source, clock, SETTINGS)
        played = engine.run(day)
    samples, _ = codec.read(tmp_path / "day.wav")
    return driver.calls, played, samples


def test_an_emergency_cuts_in_and_switches_every_zone_on(operator_emergency):
    calls, _, samples = operator_emergency
    # the item stops at 6.0 s; thon-2's on code at once (the carrier is up), then the siren
    assert [c for c, _ in calls] == [
        "tx on",
        "zone thon-1 on",
        "zone thon-2 on",
        "zone thon-2 off",
        "zone thon-1 off",
        "tx off",
    ]
    assert dict((c, t) for c, t in calls)["zone thon-2 on"] == pytest.approx(6.0, abs=0.001)
    tones = dtmf.detect(samples, RATE)
    assert dtmf.digits_of(tones) == "*1#" + "*2#" + "#2#" + "#1#"
    second_on = next(t for t in tones if t[0] == "2")
    assert second_on[1] == pytest.approx(6.0 + 0.15 + 0.12, abs=0.005)
    assert is_siren(samples, 6.0 + CODE_S + 0.02, 7.0 + CODE_S - 0.02)
    assert offset_at(samples, 5.95) == pytest.approx(0.95, abs=0.002), "on time before it"


def test_after_the_emergency_the_item_rejoins_the_timetable(operator_emergency):
    _, played, samples = operator_emergency
    rejoin = 7.0 + 2 * CODE_S  # siren, then thon-2's off code
    assert offset_at(samples, rejoin + 0.5) == pytest.approx(rejoin + 0.5 - 5.0, abs=0.002)
    assert offset_at(samples, 9.5) == pytest.approx(0.5, abs=0.002), "the next item on time"
    items = [(p.kind, p.key, p.result) for p in played if p.kind in (Kind.ITEM, Kind.EMERGENCY)]
    assert items == [
        (Kind.ITEM, "morning/0", PlayResult.INTERRUPTED),
        (Kind.EMERGENCY, "bao-bao", PlayResult.PLAYED),
        (Kind.ITEM, "morning/0", PlayResult.PARTIAL),
        (Kind.ITEM, "morning/1", PlayResult.PLAYED),
    ]
    resumed = next(p for p in played if p.result is PlayResult.PARTIAL)
    assert resumed.offset_s == pytest.approx(rejoin - 5.0, abs=0.001)


def test_a_scheduled_emergency_is_prerolled_on_every_zone(tmp_path):
    emergency = _block("bao-lu", 10.0, [1.0])
    emergency = type(emergency)(**{**emergency.__dict__, "priority": Priority.EMERGENCY})
    day = DayPlaylist(
        ORIGIN.date(), None, (_block("morning", 5.0, [2.0]), emergency, _block("noon", 14.0, [1]))
    )

    def source(entry):
        return [siren(entry.length_s)] if entry.key.startswith("bao-lu") else position_signal(entry)

    _, driver, played, samples = play(tmp_path, day, source)
    assert dtmf.digits_of(dtmf.detect(samples, RATE)) == ("*1##1#" + "*1#*2#" + "#1##2#" + "*1##1#")
    # every zone's code ends as the emergency begins, on the dot
    assert is_siren(samples, 10.0, 11.0)
    assert float(np.abs(samples[round(9.99 * RATE) : round(10.0 * RATE)]).max()) < 0.01
    switching = [c for c, t in driver.calls if 7.7 < t < 12.3]
    assert switching == [
        "tx on",
        "zone thon-1 on",
        "zone thon-2 on",
        "zone thon-1 off",
        "zone thon-2 off",
        "tx off",
    ]
    assert [p.result for p in played if p.kind is Kind.EMERGENCY] == [PlayResult.PLAYED]


def test_a_restart_mid_item_resumes_at_the_right_offset(tmp_path):
    day = DayPlaylist(ORIGIN.date(), None, (_block("morning", 5.0, [6.0, 2.0]),))
    state = tmp_path / "playout-state.json"

    def crashing(entry):
        return position_signal(entry, crash_after_s=2.5)

    with pytest.raises(Crash):
        play(tmp_path, day, crashing, name="before.wav", state_path=state)
    saved = SavedState.load(state)
    assert saved is not None and saved.entry == "morning/0"
    assert saved.offset_s == pytest.approx(2.0, abs=0.11)

    # the app is back half a second later
    _, driver, played, samples = play(
        tmp_path, day, position_signal, start=_at(8.0), name="after.wav", state_path=state
    )
    assert [c for c, _ in driver.calls] == ["tx on", "zone thon-1 on", "zone thon-1 off", "tx off"]
    assert driver.calls[0][1] == pytest.approx(8.0)
    tones = dtmf.detect(samples, RATE)
    assert dtmf.digits_of(tones) == "*1##1#"
    assert tones[0][1] == pytest.approx(9.0 + 0.15, abs=0.005), "re-sent after the lead"
    back = 9.0 + CODE_S
    assert float(np.abs(samples[: round(9.0 * RATE)]).max()) == 0, "silent until the code"
    for t in (back + 0.05, 10.0, 10.9):
        assert offset_at(samples, t) == pytest.approx(t - 5.0, abs=0.002)
    assert offset_at(samples, 11.5) == pytest.approx(0.5, abs=0.002)
    items = [(p.key, p.result) for p in played if p.kind is Kind.ITEM]
    assert items == [
        ("morning/0", PlayResult.INTERRUPTED),
        ("morning/0", PlayResult.PARTIAL),
        ("morning/1", PlayResult.PLAYED),
    ]
    assert not state.exists(), "a day played to its end leaves no restart point"


class RefusingDriver(RecordingDriver):
    def zone_on(self, zone):
        super().zone_on(zone)
        raise FMError("The controller refused “{command}”: {reply}", command="Z", reply="ERR")


def test_every_item_and_switching_failure_goes_into_the_as_run_log(tmp_path, store):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    zone = stations.add_zone(store, "Thôn Nà Lạ", ZoneKind.FM)
    day = DayPlaylist(ORIGIN.date(), None, (_block("morning", 5.0, [4.0, 4.0]),))
    engine, sent = None, []

    def source(entry):
        for i, block in enumerate(position_signal(entry)):
            if entry.key == "morning/1" and i == 5 and not sent:
                engine.emergency_now("Báo bão", [siren(5.0)], key="bao")
                sent.append(True)
            yield block

    clock = FakeClock(_at(6.0))  # the first item is missed
    driver = RefusingDriver(clock)
    with WavSink(tmp_path / "d.wav", RATE, 1, clock, ORIGIN) as sink:
        engine = PlayoutEngine(
            driver, sink, source, clock, SETTINGS, on_played=AsRunWriter(store, zone.id)
        )
        engine.run(day)
    rows = sorted(asrun.entries_since(store, ORIGIN), key=lambda r: (r.started_at, r.title))
    got = [(r.title, r.result, (r.started_at - ORIGIN).total_seconds()) for r in rows]
    assert got == [
        ("morning 0", PlayResult.MISSED, 5.0),
        ("morning", PlayResult.FAILED, 6.0),  # thon-1 would not switch on
        ("morning 1", PlayResult.INTERRUPTED, 9.0),
        ("Báo bão", PlayResult.FAILED, 9.5),  # nor thon-2 for the emergency
        ("Báo bão", PlayResult.PLAYED, 9.5 + CODE_S),
    ]
    assert all(r.source is PlaySource.PC_PLAYOUT for r in rows)
    assert "refused" in rows[1].detail
    assert rows[2].zone_id == zone.id and rows[4].zone_id is None
    assert rows[2].ended_at == ORIGIN + timedelta(seconds=9.5)


def test_an_emergency_from_another_thread_wakes_a_sleeping_engine(tmp_path):
    """Off air, waiting for the evening: the button still cuts in at once."""
    from studio.push.fm.playout import SystemClock

    day = DayPlaylist(ORIGIN.date(), None, ())
    clock = SystemClock()
    driver = RecordingDriver(clock)
    with WavSink(tmp_path / "e.wav", RATE, 1, clock, clock.now()) as sink:
        engine = PlayoutEngine(
            driver, sink, lambda e: None, clock, PlayoutSettings(zone="thon-1", lead_s=0.0)
        )
        until = clock.now() + timedelta(seconds=30)
        worker = threading.Thread(target=engine.run, args=(day, until))
        worker.start()
        engine.emergency_now("Khẩn", [siren(0.3)])
        threading.Timer(0.5, engine.halt).start()
        worker.join(timeout=10)
        assert not worker.is_alive()
    assert [p.kind for p in engine.played if p.kind is Kind.EMERGENCY] == [Kind.EMERGENCY]
    assert [c for c, _ in driver.calls] == ["tx on", "zone thon-1 on", "zone thon-1 off", "tx off"]


def test_an_emergency_added_to_the_schedule_while_playing_cuts_in_on_time(tmp_path):
    """The operator adds an emergency slot for 8 s while a long item plays: the new day
    reaches the engine, which switches thon-2 on so that the emergency starts at 8 s."""
    day = DayPlaylist(ORIGIN.date(), None, (_block("morning", 5.0, [8.0]),))
    emergency = _block("bao-lu", 8.0, [1.0])
    emergency = type(emergency)(**{**emergency.__dict__, "priority": Priority.EMERGENCY})
    changed = DayPlaylist(ORIGIN.date(), None, (*day.blocks, emergency))
    engine = None

    def source(entry):
        if entry.key.startswith("bao-lu"):
            return [siren(entry.length_s)]

        def blocks():
            for i, block in enumerate(position_signal(entry)):
                if i == 10 and engine.played[-1].kind is not Kind.EMERGENCY:
                    engine.update(changed)
                yield block

        return blocks()

    clock = FakeClock(ORIGIN)
    driver = RecordingDriver(clock)
    with WavSink(tmp_path / "day.wav", RATE, 1, clock, ORIGIN) as sink:
        engine = PlayoutEngine(driver, sink, source, clock, SETTINGS)
        played = engine.run(day)
    samples, _ = codec.read(tmp_path / "day.wav")
    assert dtmf.digits_of(dtmf.detect(samples, RATE)) == "*1#*2##2##1#"
    assert dict(driver.calls)["zone thon-2 on"] == pytest.approx(8.0 - CODE_S, abs=0.001)
    assert is_siren(samples, 8.0, 9.0)
    assert offset_at(samples, 9.0 + CODE_S + 0.5) == pytest.approx(4.0 + CODE_S + 0.5, abs=0.002)
    assert [(p.key, p.result) for p in played if p.kind in (Kind.ITEM, Kind.EMERGENCY)] == [
        ("morning/0", PlayResult.INTERRUPTED),
        ("bao-lu/0", PlayResult.PLAYED),
        ("morning/0", PlayResult.PARTIAL),
    ]
