"""Normalization, the limiter and voice clean-up, measured on what they write."""

from __future__ import annotations

import numpy as np
import pytest

from studio.audio import cleanup, codec, normalize
from studio.audio.errors import AudioError
from studio.audio.limiter import Limiter, sliding_min
from studio.audio.loudness import measure_array
from tests.audio.signals import sine, speechlike

RATE = 48000
pytestmark = pytest.mark.usefixtures("ffmpeg", "sndfile")

TARGETS = [
    pytest.param(normalize.DEFAULT, ".wav", id="default-16"),
    pytest.param(normalize.EBU_R128, ".wav", id="ebu-23"),
    pytest.param(normalize.Target(-12.0, -2.0), ".flac", id="loud-12-ceiling-2"),
]


@pytest.mark.parametrize(("target", "ext"), TARGETS)
def test_result_meets_target_and_never_passes_the_ceiling(tmp_path, target, ext):
    src = codec.write(tmp_path / "in.wav", speechlike(RATE, 40.0, channels=2) * 0.3, RATE)
    out = tmp_path / f"out{ext}"
    seen: list[float] = []
    normalize.normalize_file(
        src,
        out,
        target,
        codec.Encoding(subtype="FLOAT") if ext == ".wav" else None,
        progress=seen.append,
    )
    y, rate = codec.read(out)
    measured = measure_array(y, rate)
    assert measured.integrated_lufs == pytest.approx(target.lufs, abs=0.5)
    assert measured.true_peak_dbtp <= target.ceiling_dbtp
    assert len(y) == 40 * RATE
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_loud_speech_is_limited_not_clipped(tmp_path):
    x = speechlike(RATE, 20.0, channels=1)
    x[RATE * 5 : RATE * 5 + 300] = 0.99  # a shout
    src = codec.write(tmp_path / "in.wav", x, RATE)
    result = normalize.normalize_file(
        src, tmp_path / "out.wav", normalize.Target(-14.0, -1.0), codec.Encoding(subtype="FLOAT")
    )
    assert result.limited_db < -3.0
    y, _ = codec.read(tmp_path / "out.wav")
    assert measure_array(y, RATE).true_peak_dbtp <= -1.0


def test_stereo_to_mono_mp3_is_normalized_as_mono(tmp_path):
    src = codec.write(tmp_path / "in.wav", speechlike(RATE, 20.0, channels=2) * 0.3, RATE)
    result = normalize.normalize_file(src, tmp_path / "out.mp3")
    assert result.after.channels == 1
    assert result.after.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert codec.probe(tmp_path / "out.mp3").channels == 1


def test_silent_file_is_refused_and_nothing_written(tmp_path):
    src = codec.write(tmp_path / "silent.wav", np.zeros((RATE * 3, 2), np.float32), RATE)
    with pytest.raises(AudioError, match="silent"):
        normalize.normalize_file(src, tmp_path / "out.wav")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["silent.wav"]


def test_sliding_min_matches_brute_force():
    a = np.random.default_rng(1).random(5000).astype(np.float32)
    for width in (1, 2, 7, 240, 241):
        ref = np.lib.stride_tricks.sliding_window_view(a, width).min(axis=1)
        assert np.array_equal(sliding_min(a, width), ref)


def test_limiter_keeps_alignment_and_leaves_quiet_audio_alone():
    x = sine(RATE, 6.0, -30.0)
    x[RATE * 2 : RATE * 2 + 500] *= 40.0  # +32 dB burst, far over the ceiling
    lim = Limiter(RATE, 2, -1.0)
    y = np.concatenate(
        [lim.process(x[i : i + 7777]) for i in range(0, len(x), 7777)] + [lim.flush()]
    )
    assert len(y) == len(x)
    assert measure_array(y, RATE).true_peak_dbtp <= -1.0
    np.testing.assert_array_equal(y[RATE * 4 :], x[RATE * 4 :])  # recovered, untouched


def _recording(noise: float = 0.001) -> np.ndarray:
    """Speech-like tone bursts 2–5 s and 8–10 s in 12 s, over hiss and 40 Hz hum."""
    t = np.arange(RATE * 12) / RATE
    voice = 0.3 * np.sin(2 * np.pi * 300 * t) * (np.sin(2 * np.pi * 3 * t) > 0)
    voice[(t < 2) | ((t >= 5) & (t < 8)) | (t >= 10)] = 0
    rng = np.random.default_rng(0)
    x = voice + rng.standard_normal(len(t)) * noise + 0.02 * np.sin(2 * np.pi * 40 * t)
    return x.astype(np.float32)[:, None]


def _db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(np.square(x, dtype=np.float64))))


def test_cleanup_trims_ends_reports_inner_silence_and_cuts_hum(tmp_path):
    src = codec.write(tmp_path / "rec.wav", _recording(), RATE, codec.Encoding(subtype="FLOAT"))
    report = cleanup.clean_file(src, tmp_path / "clean.wav")
    assert report.start_s == pytest.approx(2.0 - 0.3, abs=0.06)
    assert report.end_s == pytest.approx(10.0 + 0.3, abs=0.2)
    assert len(report.silences) == 1
    start, end = report.silences[0]
    assert start == pytest.approx(4.85, abs=0.1) and end == pytest.approx(8.0, abs=0.06)
    y, _ = codec.read(tmp_path / "clean.wav")
    assert len(y) / RATE == pytest.approx(report.end_s - report.start_s, abs=0.01)

    def voice_over_hum(z: np.ndarray) -> float:
        spectrum = np.abs(np.fft.rfft(z[:, 0]))
        freqs = np.fft.rfftfreq(len(z), 1 / RATE)
        hum = spectrum[np.abs(freqs - 40) < 1].max()
        return 20 * np.log10(spectrum[np.abs(freqs - 300) < 1].max() / hum)

    kept = slice(round(report.start_s * RATE), round(report.end_s * RATE))
    # the 80 Hz high-pass takes the 40 Hz hum down by ~24 dB, the voice stays
    assert voice_over_hum(y) - voice_over_hum(_recording()[kept]) > 18


def test_noise_reduction_lowers_hiss_and_keeps_the_voice(tmp_path):
    x = _recording(noise=0.003)
    src = codec.write(tmp_path / "rec.wav", x, RATE, codec.Encoding(subtype="FLOAT"))
    plain = tmp_path / "plain.wav"
    cleaned = tmp_path / "denoised.wav"
    cleanup.clean_file(src, plain, cleanup.CleanOptions(trim=False))
    cleanup.clean_file(src, cleaned, cleanup.CleanOptions(trim=False, denoise=True))
    a, _ = codec.read(plain)
    b, _ = codec.read(cleaned)
    pause = slice(RATE * 6, RATE * 7)
    voice = slice(RATE * 3, RATE * 4)
    assert _db(a[pause]) - _db(b[pause]) > 6.0
    assert abs(_db(a[voice]) - _db(b[voice])) < 0.5


LOSSY = [".mp3", ".opus", ".m4a", ".ogg"]


@pytest.mark.parametrize("ext", LOSSY)
@pytest.mark.parametrize("plosives", [4.0, 14.0], ids=["voice", "harsh-voice"])
def test_lossy_file_decodes_at_the_target_under_the_ceiling(tmp_path, ext, plosives):
    # what the listener hears is the decoder's output: LAME alone takes 0.45 dB away at
    # 64 kbit/s, and encoders raise peaks the limiter had held under the ceiling
    x = speechlike(RATE, 20.0, seed=1, channels=2, plosives=plosives) * 0.3
    src = codec.write(tmp_path / "in.wav", x, RATE)
    out = tmp_path / f"out{ext}"
    result = normalize.normalize_file(src, out)
    decoded = measure_array(*codec.read(out))
    assert decoded.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert decoded.true_peak_dbtp <= -1.0
    assert result.after.integrated_lufs == pytest.approx(decoded.integrated_lufs, abs=0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in.wav", out.name])


def test_tone_through_mp3_keeps_its_loudness(tmp_path):
    # the probe that showed LAME's input scaling: a steady 1 kHz tone, EBU R128 level
    src = codec.write(tmp_path / "tone.wav", sine(RATE, 10.0, -20.0, channels=1), RATE)
    normalize.normalize_file(src, tmp_path / "tone.mp3", normalize.EBU_R128)
    decoded = measure_array(*codec.read(tmp_path / "tone.mp3"))
    assert decoded.integrated_lufs == pytest.approx(-23.0, abs=0.2)
