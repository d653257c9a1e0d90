"""The offline voice for real: eSpeak NG reads Vietnamese into a finished bulletin."""

from __future__ import annotations

import numpy as np
import pytest

from studio.audio import codec
from studio.audio.loudness import measure_array
from studio.audio.normalize import Target
from studio.tts import espeak, synth
from studio.tts.errors import TTSError
from studio.tts.speech import Speech
from tests.helpers import need_tool

NOTICE = (
    "UBND xã thông báo: từ 17h30 ngày 20/10, bão số 6 gây mưa lớn 100-150 mm. "
    "Đề nghị bà con không ra khơi, gia cố nhà cửa."
)

SHORT = "Đề nghị bà con không ra khơi, gia cố nhà cửa."


class Counting:
    """The real offline engine, counting how often it is asked to speak."""

    def __init__(self, engine: espeak.EspeakEngine) -> None:
        self.engine = engine
        self.name, self.label, self.voice = engine.name, engine.label, engine.voice
        self.calls = 0

    def speed_setting(self, speed: float) -> int:
        return self.engine.speed_setting(speed)

    def synthesize(self, text: str, speed: float) -> Speech:
        self.calls += 1
        return self.engine.synthesize(text, speed)


def window_levels_db(samples: np.ndarray, rate: int, window_s: float = 0.05) -> np.ndarray:
    """RMS level of each ``window_s`` window, dBFS."""
    n = round(window_s * rate)
    x = samples[: len(samples) // n * n, 0].reshape(-1, n)
    return 10 * np.log10(np.mean(x.astype(np.float64) ** 2, axis=1) + 1e-12)


def syllables(text: str) -> int:
    return len(text.split())


def plausible_duration(seconds: float, spoken: str, speed: float = 1.0) -> bool:
    """Vietnamese is read at 2–6 syllables a second (pauses included)."""
    n = syllables(spoken)
    return n / (6.0 * speed) <= seconds <= n / (2.0 * speed)


@pytest.mark.parametrize("target", [Target(-16.0, -1.0), Target(-23.0, -1.0), Target(-18, -3.0)])
def test_offline_voice_reads_a_notice_at_the_target_loudness(tmp_path, target):
    out = tmp_path / "bulletin.wav"
    result = synth.synthesize(
        NOTICE, out, engine="offline", target=target, cache_dir=tmp_path / "cache"
    )
    assert result.engine == "offline" and result.fallback is None and not result.cached
    assert "mười bảy giờ ba mươi phút" in result.spoken_text, "digits are read as words"
    samples, rate = codec.read(out)
    assert rate == synth.SAMPLE_RATE and samples.shape[1] == 1
    measured = measure_array(samples, rate)
    assert plausible_duration(measured.duration_s, result.spoken_text)
    assert measured.integrated_lufs == pytest.approx(target.lufs, abs=0.5)
    assert measured.true_peak_dbtp <= target.ceiling_dbtp + 0.1
    # speech, not a tone or noise: the level moves between syllables and pauses
    levels = window_levels_db(samples, rate)
    assert np.percentile(levels, 90) - np.percentile(levels, 10) > 15.0


def test_mp3_bulletin_for_the_loudspeakers(tmp_path):
    out = tmp_path / "bulletin.mp3"
    result = synth.synthesize(NOTICE, out, engine="offline", cache_dir=tmp_path / "cache")
    info = codec.probe(out)
    assert info.codec == "MPEG_LAYER_III" and info.sample_rate == 48000 and info.channels == 1
    measured = measure_array(*codec.read(out))
    assert measured.duration_s == pytest.approx(result.loudness.duration_s, abs=0.1)
    # measured as the loudspeaker will decode it, not as the PCM it was made from
    assert measured.true_peak_dbtp <= -1.0 + 0.05
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert result.loudness.integrated_lufs == pytest.approx(measured.integrated_lufs, abs=0.05)


def test_second_reading_comes_from_the_cache(tmp_path):
    engine = Counting(espeak.EspeakEngine())
    cache = tmp_path / "cache"
    first = synth.synthesize(
        SHORT, tmp_path / "a.wav", offline=engine, engine="offline", cache_dir=cache
    )
    entries = list(cache.rglob("*.flac"))
    assert len(entries) == 1 and entries[0].stat().st_size > 0
    mtime = entries[0].stat().st_mtime_ns

    second = synth.synthesize(
        SHORT,
        tmp_path / "b.mp3",
        offline=engine,
        engine="offline",
        cache_dir=cache,
        target=Target(-23.0, -1.0),
    )
    assert engine.calls == 1, "the engine was not asked again"
    assert (first.cached, second.cached) == (False, True)
    assert entries[0].stat().st_mtime_ns == mtime
    assert second.loudness.integrated_lufs == pytest.approx(-23.0, abs=0.5)

    synth.synthesize(
        SHORT, tmp_path / "c.wav", offline=engine, engine="offline", cache_dir=cache, speed=1.3
    )
    assert engine.calls == 2, "another speed is another entry"
    synth.synthesize(
        SHORT + " Xin cảm ơn.",
        tmp_path / "d.wav",
        offline=engine,
        engine="offline",
        cache_dir=cache,
    )
    assert engine.calls == 3, "another text is another entry"


def test_the_pronunciation_dictionary_changes_what_is_read(tmp_path):
    result = synth.synthesize(
        "Thôn Pác Nặm có 12 hộ.",
        tmp_path / "a.wav",
        engine="offline",
        dictionary={"Pác Nặm": "Pác Nậm"},
        cache_dir=tmp_path / "cache",
    )
    assert result.spoken_text == "Thôn Pác Nậm có mười hai hộ."


def test_a_damaged_cache_entry_is_synthesized_again(tmp_path):
    engine = Counting(espeak.EspeakEngine())
    cache = tmp_path / "cache"
    synth.synthesize(
        "Xin chào bà con.", tmp_path / "a.wav", offline=engine, engine="offline", cache_dir=cache
    )
    (entry,) = cache.rglob("*.flac")
    entry.write_bytes(b"not sound")
    result = synth.synthesize(
        "Xin chào bà con.", tmp_path / "b.wav", offline=engine, engine="offline", cache_dir=cache
    )
    assert engine.calls == 2 and not result.cached
    assert codec.probe(entry).frames > 0


def test_slower_speed_reads_longer():
    engine = espeak.EspeakEngine()
    normal, slow = (engine.synthesize(SHORT, speed) for speed in (1.0, 0.7))
    assert slow.duration_s > 1.25 * normal.duration_s


def test_library_and_program_speak_alike():
    """The library from the wheel (what Windows uses) and Debian's espeak-ng program."""
    program = espeak.Program(need_tool("espeak-ng"))
    library = espeak.find_backend()
    assert isinstance(library, espeak.Library), "the espeakng-loader wheel is installed"
    text = "Ủy ban nhân dân xã thông báo lịch tiêm chủng."
    spoken = [b.speak(text, "vi", espeak.wpm(1.0)) for b in (library, program)]
    for speech in spoken:
        assert speech.peak > 0.1
        assert plausible_duration(speech.duration_s, text)
    assert spoken[0].duration_s == pytest.approx(spoken[1].duration_s, rel=0.15)


@pytest.mark.parametrize(
    "text, output, says",
    [
        ("", "a.wav", "no text to read"),
        ("  … — !!", "a.wav", "no text to read"),
        ("Xin chào", "missing/a.wav", "does not exist"),
        ("Xin chào", ".", "is a folder"),
        ("Xin chào", "a.xyz", "choose one of these file types"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(tmp_path, text, output, says):
    engine = Counting(espeak.EspeakEngine())
    with pytest.raises(Exception) as caught:
        synth.synthesize(
            text, tmp_path / output, offline=engine, engine="offline", cache_dir=tmp_path / "cache"
        )
    assert says in str(caught.value)
    assert caught.value.exit_code == 2
    assert engine.calls == 0
    assert not (tmp_path / "cache").exists()
    assert [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.parametrize("speed", [0.2, 3.0, float("nan")])
def test_speed_out_of_range(tmp_path, speed):
    with pytest.raises(TTSError, match="speed"):
        synth.synthesize(
            "Xin chào",
            tmp_path / "a.wav",
            engine="offline",
            speed=speed,
            cache_dir=tmp_path / "cache",
        )


def test_espeak_rate_follows_speed():
    assert espeak.wpm(1.0) == espeak.NORMAL_WPM
    assert espeak.wpm(0.1) == espeak.MIN_WPM and espeak.wpm(9) == espeak.MAX_WPM
    assert np.diff([espeak.wpm(s) for s in (0.5, 0.8, 1.0, 1.5, 2.0)]).min() > 0
