"""Recording through the real panel from a real (virtual) microphone.

A private PulseAudio server plays a known tone into a null sink whose copy is the only
microphone. Qt Multimedia binds to a sound server once per process, at first use, and
other tests in this process may already have used it, so each scenario runs the panel in
a child process started with ``PULSE_SERVER`` set (``python -m tests.ui.test_recorder
SCENARIO``); the child clicks the buttons with QTest, as a person would, and reports what
it saw as JSON; the test checks the files it left.
"""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from studio.audio import codec, wavwriter
from tests import pulse as pulse_server
from tests.pulse import pulse  # noqa: F401 - the fixture

from studio.ui import recorder

ROOT = Path(__file__).resolve().parents[2]
TONE_HZ = 1000.0
OTHER_HZ = 3000.0
TONE_DBFS = 20 * math.log10(0.25)


# -- measurements ----------------------------------------------------------------------


def band_level_db(samples: np.ndarray, rate: int, frequency: float, width: float = 50.0) -> float:
    """RMS level (dBFS) of ``samples`` (mono) within ``width`` Hz of ``frequency``."""
    window = np.hanning(len(samples))
    spectrum = np.fft.rfft(samples * window)
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = np.abs(spectrum[np.abs(freqs - frequency) < width]) ** 2
    mean_square = 2 * band.sum() / (len(samples) * np.sum(window**2))  # Parseval, one-sided
    return 10 * math.log10(max(mean_square, 1e-20))


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def mono(path: Path) -> tuple[np.ndarray, int]:
    samples, rate = codec.read(path, channels=1)
    return samples[:, 0].astype(np.float64), rate


# -- the child process -----------------------------------------------------------------


def run_child(server, scenario: str, folder: Path, timeout: float = 90.0) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_recorder", scenario, str(folder)],
        cwd=ROOT,
        env={**server.env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    return json.loads(lines[-1])


def _child(scenario: str, folder: Path) -> None:  # pragma: no cover - runs in the child
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.ui.tasks import TaskRunner

    app = QApplication([])
    server = pulse_server.PulseServer.client()
    tones = {
        f: pulse_server.tone_file(folder.parent / f"tone-{int(f)}.wav", f)
        for f in (TONE_HZ, OTHER_HZ)
    }
    loud = pulse_server.tone_file(folder.parent / "loud.wav", TONE_HZ, amplitude=1.0)
    tasks = TaskRunner()
    panel = recorder.RecorderPanel(tasks, folder)
    panel.resize(700, 400)
    panel.show()
    report: dict = {"levels": [], "clip_seen": False}
    panel.recorded.connect(lambda path: report.update(recorded=str(path)))

    def wait_until(condition, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            assert time.monotonic() < deadline, f"timed out: {report}"
            QTest.qWait(20)
            watch()

    def watch() -> None:
        report["clip_seen"] |= panel.clip_label.isVisible()
        text = panel.level_label.text()
        if text and text[0] in "-0123456789":
            report["levels"].append(float(text.split()[0]))

    def recorded_s() -> float:
        return panel.writer.duration_s if panel.writer else 0.0

    def click(button) -> None:
        assert button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def finish() -> None:
        wait_until(lambda: "recorded" in report, 60)
        report["message_end"] = panel.message.text()
        report["raw"] = [
            str(p)
            for p in sorted(folder.glob("recording-*.wav"))
            if not p.stem.endswith(recorder.CLEAN_SUFFIX)
        ]

    def hearing() -> bool:
        return panel.level_label.text()[0] in "-0123456789"

    if scenario == "stall":
        report["buttons"] = [b.isEnabled() for b in (panel.record_button, panel.stop_button)]
        report["message"] = panel.message.text()
        server.add_microphone("usb_mic", "UsbMicrophone")
        wait_until(lambda: panel.devices.count() > 0)
        report["plugged"] = {
            "devices": [panel.devices.itemText(i) for i in range(panel.devices.count())],
            "record": panel.record_button.isEnabled(),
            "message": panel.message.text(),
        }
        player = server.play(loud)  # the operator shouts into the microphone
        wait_until(panel.clip_label.isVisible)
        report["clip_level"] = panel.level_label.text()
        pulse_server.stop_player(player)
        player = server.play(tones[TONE_HZ])
        wait_until(hearing)
        click(panel.record_button)
        wait_until(lambda: recorded_s() >= 1.5)
        server.pactl("suspend-source", "usb_mic", "1")  # as a failing USB microphone does
        wait_until(lambda: not panel.is_recording())
        finish()
        pulse_server.stop_player(player)
    elif scenario == "crash":  # the parent plays the tone, and kills us mid-recording
        wait_until(hearing)
        click(panel.record_button)
        while True:
            QTest.qWait(100)
            line = {"recorded_s": recorded_s(), "path": str(panel.writer.path)}
            print(json.dumps(line), flush=True)
    else:
        wait_until(lambda: panel.devices.count() > 0)
        report["devices"] = [panel.devices.itemText(i) for i in range(panel.devices.count())]
        player = server.play(tones[TONE_HZ])
        wait_until(hearing)
        if scenario == "tone":
            click(panel.record_button)
            wait_until(lambda: recorded_s() >= 2.0)
            report["elapsed"] = panel.elapsed.text()
            click(panel.stop_button)
            finish()
        elif scenario == "pause":
            started = time.monotonic()
            click(panel.record_button)
            wait_until(lambda: recorded_s() >= 1.0)
            click(panel.pause_button)
            report["pause_text"] = panel.pause_button.text()
            at_pause = panel.elapsed.text()
            pulse_server.stop_player(player)
            player = server.play(tones[OTHER_HZ])  # said during the pause: must not be kept
            QTest.qWait(1500)
            report["elapsed_still"] = panel.elapsed.text() == at_pause
            report["level_while_paused"] = panel.level_label.text()
            pulse_server.stop_player(player)
            player = server.play(tones[TONE_HZ])
            QTest.qWait(500)
            click(panel.pause_button)
            wait_until(lambda: recorded_s() >= 2.0)
            click(panel.stop_button)
            report["wall_s"] = time.monotonic() - started
            finish()
        pulse_server.stop_player(player)
    print(json.dumps(report), flush=True)
    panel.close()
    tasks.wait(10000)
    app.quit()


# -- tests -----------------------------------------------------------------------------


def test_records_the_tone_from_the_microphone_and_hands_the_cleaned_file_on(pulse, tmp_path):  # noqa: F811
    folder = tmp_path / "recordings"
    report = run_child(pulse, "tone", folder)
    assert pulse_server.MICROPHONE_NAME in report["devices"]
    raw = Path(report["raw"][0])
    cleaned = Path(report["recorded"])
    assert cleaned == recorder.cleaned_path(raw) and cleaned.exists()
    assert report["elapsed"] == "00:02"
    # the meter showed the tone's level while recording; no clipping at −12 dBFS
    assert max(report["levels"]) == pytest.approx(TONE_DBFS, abs=0.5)
    assert not report["clip_seen"]

    info = codec.probe(raw)
    assert (info.sample_rate, info.channels) == (48000, 1)
    assert 2.0 <= info.duration_s < 2.3
    clean_info = codec.probe(cleaned)
    assert clean_info.sample_rate == 48000
    assert 1.6 <= clean_info.duration_s <= info.duration_s + 0.01

    samples, rate = mono(cleaned)
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4]
    assert dominant_hz(middle, rate) == pytest.approx(TONE_HZ, abs=2)
    peak_db = 20 * math.log10(np.abs(middle).max())
    assert peak_db == pytest.approx(TONE_DBFS, abs=0.5)
    # nothing but the tone: everything outside its band is 40 dB down
    total = 10 * math.log10(np.mean(middle**2))
    assert band_level_db(middle, rate, TONE_HZ) == pytest.approx(total, abs=0.5)


def test_pause_leaves_what_was_said_meanwhile_out(pulse, tmp_path):  # noqa: F811
    folder = tmp_path / "recordings"
    report = run_child(pulse, "pause", folder)
    assert report["pause_text"] == "Resume"
    assert report["elapsed_still"], "the clock ran on while paused"
    # the meter still listens
    assert float(report["level_while_paused"].split()[0]) == pytest.approx(TONE_DBFS, abs=0.3)
    raw = Path(report["raw"][0])
    info = codec.probe(raw)
    # two seconds kept of a recording that took over three and a half
    assert 2.0 <= info.duration_s < 2.3
    assert report["wall_s"] > info.duration_s + 1.5
    samples, rate = mono(raw)
    tone = band_level_db(samples, rate, TONE_HZ)
    assert tone == pytest.approx(TONE_DBFS - 3, abs=1.5)  # RMS of a sine is 3 dB under peak
    assert band_level_db(samples, rate, OTHER_HZ) < tone - 40


def test_a_recording_cut_off_by_a_crash_keeps_all_but_the_last_second(pulse, tmp_path):  # noqa: F811
    folder = tmp_path / "recordings"
    player = pulse.play(pulse_server.tone_file(tmp_path / "tone.wav", TONE_HZ))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.test_recorder", "crash", str(folder)],
        cwd=ROOT,
        env={**pulse.env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    last: dict = {}
    try:
        deadline = time.monotonic() + 60
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("{"):
                last = json.loads(line)
                if last["recorded_s"] >= 3.3:
                    break
            assert time.monotonic() < deadline
    finally:
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=30)
        pulse_server.stop_player(player)
    assert last.get("recorded_s", 0) >= 3.3, err
    path = Path(last["path"])

    # the file as the crash left it is a valid WAV holding all but the last second
    info = codec.probe(path)
    assert info.duration_s >= last["recorded_s"] - 1.05
    samples, rate = mono(path)
    assert len(samples) == info.frames
    assert dominant_hz(samples[rate // 2 :], rate) == pytest.approx(TONE_HZ, abs=2)

    # the next time the panel opens, it recovers the rest that reached the disk
    assert recorder.recover_interrupted(folder) == [path]
    assert codec.probe(path).duration_s >= last["recorded_s"]
    assert not wavwriter.repair(path)


def test_no_microphone_then_one_plugged_in_that_fails_mid_recording(tmp_path_factory, tmp_path):
    runtime = pulse_server.short_dir(tmp_path_factory, "nomic")
    with pulse_server.running(runtime, microphone=False) as server:
        report = run_child(server, "stall", tmp_path / "recordings")
    # no microphone: said plainly, nothing to press
    assert report["buttons"] == [False, False]
    assert "No microphone found" in report["message"]
    # one plugged in: it appears by itself, ready to record
    assert report["plugged"] == {"devices": ["UsbMicrophone"], "record": True, "message": ""}
    # the level check before recording warns of a voice too loud
    assert float(report["clip_level"].split()[0]) >= recorder.CLIP_DBFS
    # it stops sending sound while recording: the operator is told, and what was
    # recorded is kept and cleaned up
    assert "What was recorded until then is kept." in report["message_end"]
    raw = Path(report["raw"][0])
    assert codec.probe(raw).duration_s >= 1.5
    samples, rate = mono(Path(report["recorded"]))
    assert len(samples) >= 1.2 * rate
    assert dominant_hz(samples, rate) == pytest.approx(TONE_HZ, abs=2)


@pytest.mark.parametrize(
    ("data", "fmt", "expected"),
    [
        (np.array([0, 16384, -8192], "<i2").tobytes(), "int16", -6.02),
        (np.array([0, -32768], "<i2").tobytes(), "int16", 0.0),
        (np.array([0.1, -0.5], "<f4").tobytes(), "float32", -6.02),
        (np.zeros(4, "<i2").tobytes(), "int16", -math.inf),
    ],
)
def test_peak_level(data, fmt, expected):
    assert recorder.peak_dbfs(data, fmt) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(("seconds", "text"), [(0, "00:00"), (61.9, "01:01"), (3725, "1:02:05")])
def test_elapsed_time_format(seconds, text):
    assert recorder.format_elapsed(seconds) == text


if __name__ == "__main__":  # pragma: no cover - the child process of the tests above
    _child(sys.argv[1], Path(sys.argv[2]))
