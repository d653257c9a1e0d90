"""DTMF codes for village receivers, read back with the Goertzel detector."""

from __future__ import annotations

import numpy as np
import pytest

from studio.push.fm import dtmf
from studio.push.fm.errors import FMError

TOLERANCE_S = 0.005
SETTINGS = dtmf.DtmfSettings(tone_ms=80, gap_ms=60, level_dbfs=-10, guard_ms=250)


def _noisy(x: np.ndarray, snr_db: float, seed: int = 7) -> np.ndarray:
    """``x`` with white noise ``snr_db`` below the tones' RMS level."""
    rms = float(np.sqrt(np.mean(x[np.abs(x) > 0] ** 2)))
    noise = np.random.default_rng(seed).normal(0, rms * 10 ** (-snr_db / 20), x.shape)
    return (x + noise).astype(np.float32)


def _assert_decodes(found, digits, settings):
    expected = dtmf.tone_times(digits, settings)
    assert dtmf.digits_of(found) == digits
    for (_, start, end), (_, want_start, want_end) in zip(found, expected, strict=True):
        assert start == pytest.approx(want_start, abs=TOLERANCE_S)
        assert end == pytest.approx(want_end, abs=TOLERANCE_S)


@pytest.mark.parametrize("rate", [8000, 44100, 48000])
@pytest.mark.parametrize("digits", ["*12#", "0123456789", "ABCD*#", "55"])
def test_generated_codes_decode_to_the_digits_at_their_times(rate, digits):
    x = dtmf.sequence(digits, rate, SETTINGS, channels=2)
    assert x.dtype == np.float32 and x.shape == (round(SETTINGS.duration_s(digits) * rate), 2)
    assert np.abs(x).max() <= 10 ** (-10 / 20) + 1e-6, "the pair peaks at the set level"
    _assert_decodes(dtmf.detect(x, rate), digits, SETTINGS)


@pytest.mark.parametrize("rate", [8000, 48000])
def test_codes_survive_noise_at_a_weak_village_link(rate):
    """15 dB SNR is a poor FM link at the edge of the commune."""
    settings = dtmf.DtmfSettings(tone_ms=60, gap_ms=50, level_dbfs=-12, guard_ms=200)
    x = _noisy(dtmf.sequence("*7#9", rate, settings), snr_db=15)
    _assert_decodes(dtmf.detect(x, rate), "*7#9", settings)


def test_noise_alone_and_speech_like_sound_are_not_codes():
    rate = 8000
    rng = np.random.default_rng(1)
    t = np.arange(rate * 2) / rate
    # a voiced sound: a 150 Hz fundamental with its harmonics, through DTMF's band
    voice = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 20)) * 0.1
    assert dtmf.detect(rng.normal(0, 0.1, rate * 2), rate) == []
    assert dtmf.detect(voice.astype(np.float32), rate) == []


@pytest.mark.parametrize("tone_s", [0.015, 0.025])
def test_a_tone_shorter_than_the_minimum_is_rejected(tone_s):
    rate = 8000
    x = np.zeros(rate, dtype=np.float32)
    n = round(tone_s * rate)
    t = np.arange(n) / rate
    low, high = dtmf.TONES["5"]
    x[3000 : 3000 + n] = 0.25 * (np.sin(2 * np.pi * low * t) + np.sin(2 * np.pi * high * t))
    assert dtmf.detect(x, rate) == []
    long_enough = dtmf.sequence("5", rate, dtmf.DtmfSettings(tone_ms=40, guard_ms=100))
    assert dtmf.digits_of(dtmf.detect(long_enough, rate)) == "5"


def test_zone_codes_and_bad_settings():
    settings = dtmf.DtmfSettings(zones={"thon-1": dtmf.ZoneCodes(on="*11#", off="#11*")})
    assert settings.codes("thon-1").on == "*11#"
    with pytest.raises(FMError, match="thon-9"):
        settings.codes("thon-9")
    with pytest.raises(FMError, match="DTMF code"):
        dtmf.DtmfSettings(zones={"x": dtmf.ZoneCodes(on="*1E#", off="1")})
    with pytest.raises(FMError):
        dtmf.DtmfSettings(tone_ms=20)
    with pytest.raises(FMError):
        dtmf.DtmfSettings(level_dbfs=3)
    assert dtmf.check_digits(" *1 2# ") == "*12#"
