"""The audio editor: select with the mouse, trim, cut, fade, gain, undo, hear, save.

Preview playback goes to a private PulseAudio server's null sink (tests/pulse.py) and is
heard back from its monitor. Qt Multimedia binds to a sound server once per process, so
those scenarios run the editor in a child process (``python -m tests.ui.test_editor
SCENARIO FILE``) that clicks the buttons and reports what it saw as JSON.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from studio.audio import codec, edit
from studio.errors import StudioError
from studio.i18n import translate
from tests import pulse as pulse_server
from tests.audio.signals import sine
from tests.pulse import pulse  # noqa: F401 - the fixture

from studio.ui.editor import AudioEditor, clock
from studio.ui.tasks import InlineTaskRunner, TaskRunner

RATE = 48000
SECONDS = 4.0
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sound(tmp_path):
    """Four seconds of a 997 Hz tone at -20 dBFS peak, mono, as the recorder writes it."""
    return codec.write(tmp_path / "take.wav", sine(RATE, SECONDS, -20.0, 997.0, channels=1), RATE)


@pytest.fixture
def editor(qtbot, sound):
    e = AudioEditor(InlineTaskRunner())
    qtbot.addWidget(e)
    e.resize(900, 400)
    e.show()
    qtbot.waitExposed(e)
    e.load(sound)  # the inline runner opens it before load returns
    assert e.clip is not None and e.path == sound
    return e


def drag(qtbot, view, x0: int, x1: int) -> None:
    y = view.height() // 2
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
    qtbot.mouseMove(view, QPoint((x0 + x1) // 2, y))
    qtbot.mouseMove(view, QPoint(x1, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def lufs(editor) -> float:
    return editor.loudness.integrated_lufs


def test_a_loaded_sound_is_drawn_whole_and_measured(editor, sound):
    assert editor.view.first == 0 and editor.view.per_px == pytest.approx(
        SECONDS * RATE / editor.view.width()
    )
    assert "0:04.0" in editor.position_label.text()
    # a 997 Hz sine at -20 dBFS peak in one channel reads -23 LUFS
    assert lufs(editor) == pytest.approx(-23.0, abs=0.1)
    assert editor.loudness_label.text() == "Loudness -23.0 LUFS · true peak -20.0 dBTP"
    image = editor.view.grab().toImage()
    middle = image.pixelColor(editor.view.width() // 2, editor.view.height() // 2 - 5)
    assert middle.blue() > middle.red() + 50, "the waveform is drawn across the view"
    for button in (editor.trim_button, editor.cut_button, editor.fade_in_button):
        assert not button.isEnabled(), "nothing selected yet"


def test_drag_selects_and_trim_keeps_the_selection(editor, qtbot):
    view = editor.view
    before = editor.clip.samples
    drag(qtbot, view, view.width() // 4, view.width() // 2)
    a, b = view.selection
    assert a == pytest.approx(RATE * 1.0, abs=view.per_px)
    assert b == pytest.approx(RATE * 2.0, abs=view.per_px)
    assert editor.position_label.text().startswith("Selected 0:01.0 – 0:02.0 (1.0 s)")
    click(qtbot, editor.trim_button)
    assert np.array_equal(editor.clip.samples, before[a:b])
    assert view.selection is None and view.per_px == pytest.approx((b - a) / view.width())


def test_a_click_places_the_playhead_and_clears_the_selection(editor, qtbot):
    view = editor.view
    drag(qtbot, view, 100, 300)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 50))
    assert view.selection is None
    assert view.playhead == view.frame_at(450)


def test_cut_then_undo_and_redo_with_the_keyboard(editor, qtbot):
    view = editor.view
    before = editor.clip.samples
    drag(qtbot, view, 300, 600)
    a, b = view.selection
    click(qtbot, editor.cut_button)
    after = editor.clip.samples
    assert np.array_equal(after, np.concatenate([before[:a], before[b:]]))
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert np.array_equal(editor.clip.samples, before), "undo gives back the exact sound"
    assert editor.redo_button.isEnabled() and not editor.undo_button.isEnabled()
    qtbot.keyClick(
        view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert np.array_equal(editor.clip.samples, after)
    click(qtbot, editor.undo_button)
    assert np.array_equal(editor.clip.samples, before)
    click(qtbot, editor.redo_button)
    assert np.array_equal(editor.clip.samples, after)


@pytest.mark.parametrize("fade_in", [True, False])
def test_fade_buttons_fade_the_selection(editor, qtbot, fade_in):
    view = editor.view
    before = editor.clip.samples
    drag(qtbot, view, 0, view.width() // 4)
    a, b = view.selection
    click(qtbot, editor.fade_in_button if fade_in else editor.fade_out_button)
    y = editor.clip.samples
    gains = edit.fade_curve(b - a, fade_in=fade_in)
    assert np.array_equal(y[a:b], before[a:b] * gains[:, None])
    assert np.array_equal(y[b:], before[b:])
    first_second = np.abs(y[a : a + RATE // 10]).max()
    last_second = np.abs(y[b - RATE // 10 : b]).max()
    assert (first_second < last_second) == fade_in


def test_gain_changes_the_level_and_the_loudness_shown(editor, qtbot):
    shown = editor.loudness_label.text()
    editor.gain_spin.setValue(6.0)
    click(qtbot, editor.gain_button)  # nothing selected: the whole sound
    assert lufs(editor) == pytest.approx(-17.0, abs=0.1)
    assert editor.loudness_label.text() != shown
    assert editor.loudness_label.text().startswith("Loudness -17.0 LUFS")
    editor.gain_spin.setValue(20.0)
    click(qtbot, editor.gain_button)
    assert "too loud" in editor.loudness_label.text(), "above 0 dBTP: a warning"


def test_gain_over_a_selection_only(editor, qtbot):
    view = editor.view
    before = editor.clip.samples
    drag(qtbot, view, view.width() // 2, view.width())
    a, b = view.selection
    editor.gain_spin.setValue(-6.0)
    click(qtbot, editor.gain_button)
    g = np.float32(edit.db_to_gain(-6.0))
    assert np.array_equal(editor.clip.samples[a:b], before[a:b] * g)
    assert np.array_equal(editor.clip.samples[:a], before[:a])


def test_loudness_is_measured_off_the_ui_thread(qtbot, sound):
    """With the real background runner: the editor answers at once, and of several quick
    edits only the last one's measurement is shown."""
    tasks = TaskRunner()
    e = AudioEditor(tasks)
    qtbot.addWidget(e)
    shown = []
    e.loaded.connect(lambda _path: shown.append(e.loudness_label.text()))
    with qtbot.waitSignal(e.loaded, timeout=20000):
        e.load(sound)
    assert shown == ["Measuring loudness…"]
    e.gain_spin.setValue(6.0)
    e.apply_gain()
    e.apply_gain()
    assert e.loudness is None
    with qtbot.waitSignal(e.measured, timeout=20000) as shown:
        pass
    assert shown.args[0].integrated_lufs == pytest.approx(-11.0, abs=0.1)
    tasks.wait(20000)
    qtbot.wait(50)  # any stale result delivered meanwhile is ignored
    assert e.loudness_label.text().startswith("Loudness -11.0 LUFS")


def test_zoom_buttons_and_ctrl_wheel(editor, qtbot):
    view = editor.view
    fitted = view.per_px
    click(qtbot, editor.zoom_in_button)
    click(qtbot, editor.zoom_in_button)
    assert view.per_px == pytest.approx(fitted / 4)
    assert editor.scrollbar.isEnabled(), "zoomed in, the sound scrolls"
    editor.scrollbar.setValue(editor.scrollbar.maximum())
    assert view.first + view.visible_frames() == pytest.approx(editor.clip.frames, abs=view.per_px)
    click(qtbot, editor.zoom_out_button)
    assert view.per_px == pytest.approx(fitted / 2)
    x = 200.0
    under = view.first + x * view.per_px
    wheel = QWheelEvent(
        QPointF(x, 50),
        QPointF(view.mapToGlobal(QPoint(int(x), 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, wheel)
    assert view.per_px == pytest.approx(fitted / 4)
    assert view.first + x * view.per_px == pytest.approx(under, abs=1), "zoomed around the pointer"
    click(qtbot, editor.fit_button)
    assert view.per_px == pytest.approx(fitted) and view.first == 0


def test_save_writes_the_edited_sound(editor, qtbot, tmp_path):
    view = editor.view
    drag(qtbot, view, 0, view.width() // 8)
    click(qtbot, editor.cut_button)
    out = tmp_path / "edited.wav"
    assert editor.save(out)
    back, rate = codec.read(out)
    assert rate == RATE and back.shape == editor.clip.samples.shape
    assert np.abs(back - editor.clip.samples).max() <= 1 / 32768
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edited.wav", "take.wav"], "no leftovers"


def test_save_as_file_button(editor, qtbot, tmp_path, monkeypatch):
    offered = []

    def ask(parent, caption, start, filters):
        offered.append(Path(start).name)
        return str(tmp_path / "for the loudspeakers"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    editor.gain_spin.setValue(-6.0)
    click(qtbot, editor.gain_button)
    click(qtbot, editor.save_button)
    assert offered == ["take-edited.wav"]
    back, _ = codec.read(tmp_path / "for the loudspeakers.wav")
    assert np.abs(back - editor.clip.samples).max() <= 1 / 32768
    assert editor.message.text() == "Saved for the loudspeakers.wav."


def test_a_file_that_is_not_sound_is_refused_and_the_sound_kept(editor, tmp_path):
    junk = tmp_path / "notes.wav"
    junk.write_text("not a sound")
    frames = editor.clip.frames
    editor.load(junk)
    assert "notes.wav" in editor.message.text()
    assert editor.clip.frames == frames
    assert editor.gain_button.isEnabled(), "the sound there is still edited"


# --- opening files off the UI thread, with the real background runner

EDIT_CONTROLS = (
    "save_button",
    "zoom_in_button",
    "zoom_out_button",
    "fit_button",
    "play_button",
    "trim_button",
    "cut_button",
    "fade_in_button",
    "fade_out_button",
    "gain_button",
    "undo_button",
    "redo_button",
)
LONG_SECONDS = 600.0


@pytest.fixture(scope="module")
def long_sound(tmp_path_factory):
    """Ten minutes of tone, as a long recording of a meeting would be."""
    folder = tmp_path_factory.mktemp("long")
    return codec.write(folder / "meeting.wav", sine(RATE, LONG_SECONDS, -20.0, 440.0, 1), RATE)


@pytest.fixture
def threaded(qtbot):
    """An editor opening files on the real worker pool; waits for its work at the end."""
    tasks = TaskRunner()
    e = AudioEditor(tasks)
    qtbot.addWidget(e)
    e.resize(900, 400)
    e.show()
    qtbot.waitExposed(e)
    yield e
    tasks.cancel_all()
    assert tasks.wait(60000)


def enabled_controls(editor) -> list[str]:
    return [name for name in EDIT_CONTROLS if getattr(editor, name).isEnabled()]


def without_addresses(text: str) -> str:
    """ffmpeg's words name memory addresses that differ from run to run."""
    return re.sub(r"0x[0-9a-f]+", "0x…", text)


def not_sound_message(path: Path) -> str:
    """What the editor has always said of a file that is not sound."""
    with pytest.raises(StudioError) as refused:
        edit.Clip.open(path)
    return without_addresses(refused.value.text(translate))


def test_a_long_file_opens_while_the_window_keeps_answering(threaded, qtbot, long_sound):
    e = threaded
    ticks = []
    timer = QTimer(e)
    timer.timeout.connect(lambda: e.opening is not None and ticks.append(1))
    timer.start(0)  # runs whenever the UI thread is free
    with qtbot.waitSignal(e.loaded, timeout=60000) as done:
        e.load(long_sound)
        # load gave the UI thread back before the file was read: it says so meanwhile
        assert e.clip is None
        assert e.message.text() == "Opening meeting.wav…"
        assert e.view.empty_text == "Opening meeting.wav…", "the empty waveform says so too"
        assert enabled_controls(e) == [], "nothing to edit yet"
        assert e.open_button.isEnabled(), "another file can still be chosen"
    timer.stop()
    assert ticks, "the window answered while the file was read"
    assert done.args == [long_sound]
    assert e.message.text() == ""
    assert e.clip.frames == LONG_SECONDS * RATE
    assert e.position_label.text() == "0:00.0 of 10:00.0"
    assert e.view.per_px == pytest.approx(LONG_SECONDS * RATE / e.view.width())
    assert {"save_button", "zoom_in_button", "gain_button"} <= set(enabled_controls(e))
    image = e.view.grab().toImage()
    middle = image.pixelColor(e.view.width() // 2, e.view.height() // 2 - 5)
    assert middle.blue() > middle.red() + 50, "the waveform is drawn across the view"


def test_a_file_that_is_not_sound_leaves_the_sound_shown_before(threaded, qtbot, sound, tmp_path):
    e = threaded
    junk = tmp_path / "notes.wav"
    junk.write_text("not a sound")
    with qtbot.waitSignal(e.loaded, timeout=20000):
        e.load(sound)
    before = e.clip
    drag(qtbot, e.view, 100, 300)
    with qtbot.waitSignal(e.load_failed, timeout=20000) as failed:
        e.load(junk)
        assert e.message.text() == "Opening notes.wav…"
        assert e.clip is before and enabled_controls(e) == []
    assert failed.args == [junk]
    assert without_addresses(e.message.text()) == not_sound_message(junk)
    assert "notes.wav" in e.message.text()
    assert e.clip is before and e.path == sound, "the sound there before is kept"
    assert e.position_label.text().startswith("Selected"), "with its selection"
    assert {"save_button", "gain_button", "trim_button"} <= set(enabled_controls(e))
    assert not e.undo_button.isEnabled(), "and its history: nothing was done to it"


def test_a_file_that_is_not_sound_leaves_the_editor_empty(threaded, qtbot, tmp_path):
    e = threaded
    junk = tmp_path / "notes.mp3"
    junk.write_bytes(b"ID3" + bytes(range(256)) * 8)
    with qtbot.waitSignal(e.load_failed, timeout=20000):
        e.load(junk, "Morning jingle")  # a library sound goes by its title
        assert e.message.text() == "Opening Morning jingle…"
    assert e.clip is None and e.path is None
    assert without_addresses(e.message.text()) == not_sound_message(junk)
    assert e.view.empty_text == "Record or open a sound to edit it here."
    assert enabled_controls(e) == []


@pytest.mark.parametrize("long_first", [True, False])
def test_a_second_file_replaces_one_still_opening(threaded, qtbot, sound, long_sound, long_first):
    """Whichever of the two is read first, only the one asked for last is shown."""
    e = threaded
    first, second = (long_sound, sound) if long_first else (sound, long_sound)
    shown, loaded = [], []
    e.changed.connect(lambda: e.clip is not None and shown.append(e.clip.frames))
    e.loaded.connect(loaded.append)
    e.load(first)
    e.load(second)  # before the first one could be read
    assert e.message.text() == f"Opening {second.name}…"
    qtbot.waitUntil(lambda: bool(loaded), timeout=60000)
    assert e.tasks.wait(60000)  # the first file's reading has ended too
    qtbot.wait(100)  # and anything it sent back was delivered
    assert loaded == [second] and e.path == second
    seconds = SECONDS if long_first else LONG_SECONDS
    assert shown == [seconds * RATE], "the first file was never shown"
    assert e.position_label.text() == f"0:00.0 of {clock(seconds)}"
    assert e.message.text() == ""


def run_child(env: dict, scenario: str, sound: Path, timeout: float = 90.0) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_editor", scenario, str(sound)],
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr
    return json.loads(lines[-1])


def _child(scenario: str, sound: Path) -> None:  # pragma: no cover - runs in the child
    from PySide6.QtTest import QTest

    app = QApplication([])
    tasks = TaskRunner()
    e = AudioEditor(tasks)
    e.resize(900, 400)
    e.show()
    e.load(sound)
    deadline = time.monotonic() + 30.0
    while e.clip is None and time.monotonic() < deadline:
        QTest.qWait(20)
    assert e.clip is not None, e.message.text()
    report: dict = {
        "play": e.play_button.isEnabled(),
        "note": e.preview_note.text() if e.preview_note.isVisible() else "",
    }

    def press(button) -> None:
        assert button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def watch(seconds: float) -> tuple[list[str], list[int]]:
        states, heads = [], []
        deadline = time.monotonic() + seconds
        while e.preview.playing and time.monotonic() < deadline:
            states.append(e.preview.sink.state().name)
            heads.append(e.view.playhead)
            QTest.qWait(20)
        return sorted(set(states)), heads

    if scenario == "play":
        press(e.play_button)
        report["stop"] = e.stop_button.isEnabled() and not e.play_button.isEnabled()
        report["states"], report["heads"] = watch(30.0)
        report["finished"] = not e.preview.playing
        report["after"] = e.view.playhead
        # play again from the middle and stop after a moment
        e.view.set_playhead(e.clip.frames // 2)
        press(e.play_button)
        QTest.qWait(300)
        press(e.stop_button)
        report["stopped"] = not e.preview.playing and e.play_button.isEnabled()
        report["after_stop"] = e.view.playhead
        e.view.setFocus()
        QTest.keyClick(e.view, Qt.Key.Key_Space)
        report["space_plays"] = e.preview.playing
        QTest.qWait(100)
        QTest.keyClick(e.view, Qt.Key.Key_Space)
        report["space_stops"] = not e.preview.playing
    print(json.dumps(report), flush=True)
    e.close()
    tasks.wait(10000)
    app.quit()


def test_preview_plays_through_the_output_device(pulse, sound, tmp_path):  # noqa: F811
    """The tone is heard on the speakers' monitor while the playhead runs to the end."""
    heard = tmp_path / "heard.wav"
    recorder = subprocess.Popen(
        [
            "parecord",
            "--latency-msec=20",
            f"--device={pulse_server.SPEAKERS}.monitor",
            "--rate=48000",
            "--channels=1",
            "--file-format=wav",
            str(heard),
        ],
        env=pulse.env,
    )
    try:
        report = run_child(pulse.env, "play", sound)
        time.sleep(0.5)
    finally:
        recorder.send_signal(signal.SIGINT)  # parecord then finishes the file
        recorder.wait(10)
    assert report["play"] and report["note"] == "" and report["stop"]
    assert "ActiveState" in report["states"]
    heads = report["heads"]
    assert heads == sorted(heads) and heads[-1] > 0.8 * SECONDS * RATE, "the playhead runs"
    assert report["finished"] and report["after"] == 0, "back where playing started"
    assert report["stopped"] and report["after_stop"] == SECONDS * RATE // 2
    assert report["space_plays"] and report["space_stops"], "Space on the waveform plays, stops"
    samples, rate = codec.read(heard, channels=1)
    tens = len(samples) // (rate // 100)
    sounding = np.abs(samples[: tens * (rate // 100), 0]).reshape(tens, -1).max(axis=1) > 0.05
    runs = np.diff(np.flatnonzero(np.diff(np.concatenate([[0], sounding, [0]]))))[::2]
    assert runs.max() / 100 == pytest.approx(SECONDS, abs=0.1), (
        f"all of it went out, once: {runs / 100}"
    )
    tone = samples[: tens * (rate // 100)][sounding.repeat(rate // 100), 0]
    spectrum = np.abs(np.fft.rfft(tone))
    assert np.fft.rfftfreq(len(tone), 1 / rate)[spectrum.argmax()] == pytest.approx(997.0, abs=3)


def test_without_an_output_device_play_is_off_and_says_why(sound, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
    env["PULSE_SERVER"] = f"unix:{tmp_path / 'no-sound-server'}"
    report = run_child(env, "nodevice", sound)
    assert not report["play"]
    assert report["note"] == "No sound output device: connect speakers or headphones to listen."


def test_clock():
    assert clock(0) == "0:00.0"
    assert clock(5.24) == "0:05.2"
    assert clock(754.96) == "12:35.0"


if __name__ == "__main__":  # pragma: no cover - the child process of the tests above
    _child(sys.argv[1], Path(sys.argv[2]))
