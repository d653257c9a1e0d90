"""The editor's clip: each edit exact on a known signal, undo and redo exact, history small."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from studio.audio import edit
from studio.audio.edit import Clip
from tests.audio.signals import sine

RATE = 48000


def ramp(frames: int = 1000, channels: int = 2) -> np.ndarray:
    """Every frame different: frame i holds i/1000 in the left channel, -i/1000 in the right."""
    x = (np.arange(frames, dtype=np.float32) / np.float32(1000))[:, None]
    return np.hstack([x, -x][:channels]).astype(np.float32)


@pytest.fixture
def clip() -> Clip:
    return Clip(ramp(), RATE)


def test_trim_keeps_only_the_selection(clip):
    clip.trim(200, 300)
    assert np.array_equal(clip.samples, ramp()[200:300])
    assert clip.frames == 100 and clip.duration_s == pytest.approx(100 / RATE)


def test_cut_deletes_the_selection(clip):
    clip.cut(200, 300)
    x = ramp()
    assert np.array_equal(clip.samples, np.concatenate([x[:200], x[300:]]))


@pytest.mark.parametrize("fade_in", [True, False])
def test_fades_ramp_the_selection_and_leave_the_rest(clip, fade_in):
    (clip.fade_in if fade_in else clip.fade_out)(100, 200)
    x, y = ramp(), clip.samples
    assert np.array_equal(y[:100], x[:100]) and np.array_equal(y[200:], x[200:])
    gains = np.arange(100, dtype=np.float32) / np.float32(100)
    if not fade_in:
        gains = gains[::-1]
    assert np.array_equal(y[100:200], x[100:200] * gains[:, None])
    silent = 100 if fade_in else 199
    assert np.all(y[silent] == 0.0), "a fade starts (or ends) in silence"


def test_gain_over_a_selection_or_the_whole_clip(clip):
    clip.gain(-6.0, 100, 200)
    x, g = ramp(), np.float32(10 ** (-6 / 20))
    assert np.array_equal(clip.samples[100:200], x[100:200] * g)
    assert np.array_equal(clip.samples[:100], x[:100])
    clip.gain(6.0)
    expected = x.copy()
    expected[100:200] *= g
    expected *= np.float32(10 ** (6 / 20))
    assert np.array_equal(clip.samples, expected)


def test_selection_is_clamped_and_an_empty_one_refused(clip):
    clip.cut(-50, 10)
    assert clip.frames == 990
    with pytest.raises(ValueError):
        clip.trim(500, 500)
    assert clip.frames == 990 and clip.can_undo


def test_undo_and_redo_return_the_exact_samples(clip):
    states = [clip.samples]
    for do in (
        lambda: clip.gain(3.7, 10, 900),
        lambda: clip.fade_in(0, 300),
        lambda: clip.cut(400, 450),
        lambda: clip.fade_out(600, 950),
        lambda: clip.trim(50, 920),
        lambda: clip.gain(-11.3),
    ):
        do()
        states.append(clip.samples)
    for expected in reversed(states[:-1]):
        assert clip.undo()
        assert np.array_equal(clip.samples, expected)
    assert not clip.undo() and not clip.can_undo
    for expected in states[1:]:
        assert clip.redo()
        assert np.array_equal(clip.samples, expected)
    assert not clip.redo()


def test_an_edit_after_undo_forgets_the_redo(clip):
    clip.cut(0, 100)
    clip.undo()
    clip.gain(-3.0)
    assert not clip.can_redo and clip.frames == 1000


def test_published_samples_never_change(clip):
    before = clip.samples
    copy = before.copy()
    clip.gain(-20.0)
    clip.fade_in(0, 500)
    assert np.array_equal(before, copy), "a measurement reading them goes on undisturbed"
    with pytest.raises(ValueError):
        clip.samples[0, 0] = 1.0


def test_undo_without_kept_samples_replays_exactly():
    """A clip bigger than the undo budget: every step is undone by replaying, still exact."""
    clip = Clip(sine(RATE, 2.0, -12.0), RATE, undo_budget=1000)
    states = [clip.samples]
    clip.gain(-4.0)
    states.append(clip.samples)
    clip.fade_out(RATE, 2 * RATE)
    states.append(clip.samples)
    clip.cut(10, 20)  # small enough to keep
    states.append(clip.samples)
    assert clip.history_bytes == 10 * 2 * 4
    for expected in reversed(states[:-1]):
        clip.undo()
        assert np.array_equal(clip.samples, expected)


def test_history_memory_stays_bounded():
    """Thirty whole-clip gains and fades of a minute of 48 kHz sound: the history holds no
    more than its budget, and memory stays near two copies of the sound."""
    samples = sine(RATE, 60.0, -12.0, channels=1)  # 11.5 MB
    budget = 4 * 1024 * 1024
    tracemalloc.start()
    try:
        clip = Clip(samples, RATE, undo_budget=budget)
        for i in range(15):
            clip.gain(-1.0 if i % 2 else 1.0)
            clip.fade_in(0, RATE // 2)  # kept: 96 kB each
        current, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert clip.history_bytes <= budget
    assert current < 2 * samples.nbytes + budget + 1024 * 1024, "no copy per step"
    while clip.undo():
        pass
    assert np.array_equal(clip.samples, samples)


def square(frames: int = 4000) -> np.ndarray:
    """Frame i is +i/frames on even frames and -i/frames on odd ones, in one channel."""
    i = np.arange(frames, dtype=np.float32)
    return (np.where(i % 2 == 0, i, -i) / np.float32(frames))[:, None]


def test_overview_of_a_known_signal_column_by_column():
    x = square()
    view = edit.overview(x, 0, 100, 40)
    i = np.arange(40, dtype=np.float32)
    # column c covers frames 100c..100c+99: the highest is the last even one, the lowest
    # the last odd one
    assert np.array_equal(view.maxs, (100 * i + 98) / np.float32(4000))
    assert np.array_equal(view.mins, -(100 * i + 99) / np.float32(4000))


def test_overview_zoomed_in_past_the_samples_and_past_the_end():
    x = square(10)
    view = edit.overview(x, 6, 0.5, 12)
    assert np.array_equal(view.maxs[:8], x[[6, 6, 7, 7, 8, 8, 9, 9], 0])
    assert np.array_equal(view.mins[:8], view.maxs[:8])
    assert np.isnan(view.maxs[8:]).all(), "nothing is drawn after the end"


def test_overview_from_the_block_summary_matches_the_samples():
    """Zoomed out (whole clip on screen) the outline comes from the block summary and reads
    what the samples hold."""
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, size=(RATE * 30, 2)).astype(np.float32)
    x[RATE * 10, 1] = 1.5  # one peak in the right channel
    clip = Clip(x, RATE)
    columns = 300
    per = clip.frames / columns
    view = clip.overview(0, per, columns)
    assert per >= edit.SUMMARY_MIN_BLOCKS * edit.SUMMARY_BLOCK
    exact = edit.overview(x, 0, per, columns)  # no summary: the samples themselves
    assert np.abs(view.maxs - exact.maxs).max() < 0.01
    assert view.maxs[int(RATE * 10 / per)] == 1.5
    assert view.maxs.max() == 1.5 and view.mins.min() == x.min()


def test_measure_reads_loudness_and_true_peak():
    clip = Clip(sine(RATE, 5.0, -20.0, freq=997.0), RATE)
    before = clip.measure()
    # a 997 Hz sine at -20 dBFS peak in two channels reads -20 - 3.01 + 3.01 = -20 LUFS
    assert before.integrated_lufs == pytest.approx(-20.0, abs=0.1)
    assert before.true_peak_dbtp == pytest.approx(-20.0, abs=0.1)
    clip.gain(6.0)
    after = clip.measure()
    assert after.integrated_lufs - before.integrated_lufs == pytest.approx(6.0, abs=0.01)
    assert after.true_peak_dbtp == pytest.approx(-14.0, abs=0.1)


def test_open_and_save_round_trip(tmp_path):
    from studio.audio import codec

    path = codec.write(tmp_path / "in.wav", sine(RATE, 1.0, -6.0, channels=1), RATE)
    clip = Clip.open(path)
    clip.cut(0, RATE // 2)
    out = clip.save(tmp_path / "out.wav")
    back, rate = codec.read(out)
    assert rate == RATE and back.shape == (RATE // 2, 1)
    assert np.abs(back - clip.samples).max() < 1e-4
