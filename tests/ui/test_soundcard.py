"""The sound-card sink plays on a real sound server: a private PulseAudio with a null sink,
whose monitor the test records. Qt Multimedia picks its server once per process, so the
sink runs in a child process pointed at the test's server."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from studio.push.fm import dtmf
from tests.helpers import need_tool
from tests.pulse import SPEAKERS, pulse  # noqa: F401 - the server fixture

RATE = 48000

#: plays 1 s of 440 Hz in 0.2 s pieces, waits 0.5 s with nothing queued (the sink keeps the
#: stream fed with silence), then 0.5 s of 880 Hz
TONES = textwrap.dedent(
    """
    import threading, time
    import numpy as np
    from PySide6.QtCore import QCoreApplication, QTimer
    from studio.ui.soundcard import SoundCardSink

    app = QCoreApplication([])
    sink = SoundCardSink(48000, 2)
    sink.start()

    def tone(hz, seconds):
        t = np.arange(round(seconds * 48000)) / 48000
        x = (0.25 * np.sin(2 * np.pi * hz * t)).astype(np.float32)
        return np.repeat(x[:, None], 2, axis=1)

    def worker():
        sink.play(np.zeros((24000, 2), dtype=np.float32))  # the recording is under way
        a = tone(440, 1.0)
        for i in range(0, len(a), 9600):
            sink.play(a[i : i + 9600])
        time.sleep(0.5)
        sink.play(tone(880, 0.5))
        time.sleep(0.6)
        done.set()

    done = threading.Event()
    threading.Thread(target=worker, daemon=True).start()
    watch = QTimer(interval=50, timeout=lambda: done.is_set() and app.quit())
    watch.start()
    app.exec()
    sink.stop()
    print(sink.error.name)
    """
)

#: the playout engine on the wall clock: one slot 1.5 s from now, DTMF codes around it
ENGINE = textwrap.dedent(
    """
    import threading, time
    from datetime import timedelta
    import numpy as np
    from PySide6.QtCore import QCoreApplication, QTimer
    from studio.push.fm import dtmf
    from studio.push.fm.drivers import ManualDriver
    from studio.push.fm.playout import PlayoutEngine, PlayoutSettings, SystemClock
    from studio.schedule.resolve import Block, DayPlaylist, Entry
    from studio.store.models import Priority
    from studio.ui.soundcard import SoundCardSink

    app = QCoreApplication([])
    sink = SoundCardSink(48000, 2)
    sink.start()
    clock = SystemClock()
    start = clock.now() + timedelta(seconds=1.5)
    end = start + timedelta(seconds=1.0)
    common = dict(priority=Priority.NORMAL, slot_id=None, exception_id=None)
    entry = Entry("item", 0, start, end, "Tin sáng", None, duration_s=1.0, **common)
    block = Block("slot", "Sáng", planned_start=start, planned_end=end, start=start,
                  end=end, entries=(entry,), **common)
    codes = dtmf.DtmfSettings(zones={"1": dtmf.ZoneCodes("*1#", "#1#")})

    def source(entry):
        t = np.arange(48000) / 48000
        x = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        return [np.repeat(x[:, None], 2, axis=1)]

    engine = PlayoutEngine(ManualDriver(), sink, source, clock,
                           PlayoutSettings(zone="1", dtmf=codes, lead_s=0.2))

    def worker():
        try:
            engine.run(DayPlaylist(start.date(), None, (block,)))
            time.sleep(0.6)
        finally:
            done.set()

    done = threading.Event()
    threading.Thread(target=worker, daemon=True).start()
    watch = QTimer(interval=50, timeout=lambda: done.is_set() and app.quit())
    watch.start()
    app.exec()
    sink.stop()
    print(" ".join(p.kind.value for p in engine.played))
    """
)


def record_while(server, script: str, folder) -> tuple[np.ndarray, str]:
    """Run ``script`` in a child process on the test's server; what the speakers played
    (mono float, 48 kHz) and what the child printed."""
    parec = need_tool("parec")
    args = [parec, f"--device={SPEAKERS}.monitor", "--raw", "--format=s16le"]
    args += [f"--rate={RATE}", "--channels=1", "--latency-msec=20"]
    recording = folder / "speakers.raw"
    # into a file: a pipe nobody reads while the child plays would fill and drop sound
    with recording.open("wb") as out:
        recorder = subprocess.Popen(args, env=server.env, stdout=out)
        try:
            time.sleep(0.3)  # the recorder is listening before anything plays
            child = subprocess.run(
                [sys.executable, "-c", script],
                env={**server.env, "QT_QPA_PLATFORM": "offscreen"},
                capture_output=True,
                text=True,
                timeout=60,
            )
            time.sleep(0.3)
        finally:
            recorder.terminate()
            recorder.wait(timeout=20)
    assert child.returncode == 0, child.stderr[-3000:]
    raw = recording.read_bytes()
    return np.frombuffer(raw[: len(raw) // 2 * 2], "<i2").astype(np.float64) / 32768, (
        child.stdout.strip()
    )


def loud_spans(x: np.ndarray, hz: float) -> list[tuple[float, float]]:
    """Where a ``hz`` tone is on, in seconds, from 10 ms windows."""
    n = RATE // 100
    windows = x[: len(x) // n * n].reshape(-1, n)
    t = np.arange(n) / RATE
    probe = np.exp(-2j * np.pi * hz * t)
    level = np.abs(windows @ probe) * 2 / n
    on = level > 0.05
    spans, i = [], 0
    while i < len(on):
        if on[i]:
            j = i
            while j + 1 < len(on) and on[j + 1]:
                j += 1
            spans.append((i * n / RATE, (j + 1) * n / RATE))
            i = j + 1
        else:
            i += 1
    return spans


def test_the_sink_plays_what_it_is_given_without_gaps(pulse, tmp_path):  # noqa: F811
    x, out = record_while(pulse, TONES, tmp_path)
    assert out == "NoError"
    low, high = loud_spans(x, 440), loud_spans(x, 880)
    assert len(low) == 1, "one unbroken second of 440 Hz, though it came in pieces"
    assert low[0][1] - low[0][0] == pytest.approx(1.0, abs=0.03)
    assert len(high) == 1 and high[0][1] - high[0][0] == pytest.approx(0.5, abs=0.03)
    # the wait began when play() returned, a device buffer before the sound was out
    assert 0.1 < high[0][0] - low[0][1] < 0.5
    assert float(np.abs(x).max()) == pytest.approx(0.25, abs=0.01)


def test_the_playout_engine_goes_out_through_the_sound_card(pulse, tmp_path):  # noqa: F811
    x, out = record_while(pulse, ENGINE, tmp_path)
    assert out.split() == ["switch_on", "code_on", "item", "code_off", "switch_off"]
    tones = dtmf.detect(x.astype(np.float32), RATE)
    assert dtmf.digits_of(tones) == "*1##1#"
    item = loud_spans(x, 440)
    assert len(item) == 1
    on_code_end, off_code_start = tones[2][2], tones[3][1]
    guard = dtmf.DtmfSettings().guard_ms / 1000
    # the code ends (guard included) as the item starts, the off code follows the item;
    # on a busy machine the engine may wake late for the item, which then still ends on
    # time, shorter (the engine's own timing is checked with an injected clock elsewhere)
    assert item[0][0] == pytest.approx(on_code_end + guard, abs=0.15)
    assert 0.5 <= item[0][1] - item[0][0] <= 1.03
    assert off_code_start == pytest.approx(item[0][1] + guard, abs=0.05)
