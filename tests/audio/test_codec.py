"""Decoding and encoding with the real libsndfile and ffmpeg, fixtures made by code."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from studio.audio import _ffmpeg, codec
from studio.audio.errors import AudioError
from studio.audio.loudness import measure_array
from studio.errors import Cancelled
from tests.audio.signals import sine, speechlike

RATE = 48000

pytestmark = pytest.mark.usefixtures("ffmpeg", "sndfile")


def tone(seconds: float = 3.0, channels: int = 2) -> np.ndarray:
    """A fade-in/out chord, so lossy codecs have something musical and bounded to code."""
    x = sine(RATE, seconds, -12.0, 440.0, channels) + sine(RATE, seconds, -18.0, 660.0, channels)
    n = np.arange(len(x))
    fade = np.minimum(1.0, np.minimum(n, n[::-1]) / (0.05 * RATE)).astype(np.float32)
    return x * fade[:, None]


# extension, encoding, loudness tolerance (LU) after the round trip
ROUND_TRIPS = [
    (".wav", None, 0.01),
    (".flac", None, 0.01),
    (".ogg", None, 0.5),
    (".mp3", codec.Encoding(channels=2, bitrate_kbps=128), 0.5),
    (".opus", None, 0.5),
    (".m4a", None, 0.5),
    (".wma", None, 0.5),
]


@pytest.mark.parametrize(("ext", "encoding", "tol"), ROUND_TRIPS, ids=[r[0] for r in ROUND_TRIPS])
def test_round_trip_keeps_length_and_loudness(tmp_path, ext, encoding, tol):
    x = tone() + speechlike(RATE, 3.0, channels=2)
    path = codec.write(tmp_path / f"x{ext}", x, RATE, encoding)
    info = codec.probe(path)
    y, rate = codec.read(path)
    assert (rate, y.shape[1]) == (RATE, 2)
    assert info.duration_s == pytest.approx(3.0, abs=0.06)
    assert len(y) / rate == pytest.approx(3.0, abs=0.06)
    before = measure_array(x, RATE).integrated_lufs
    assert measure_array(y, rate).integrated_lufs == pytest.approx(before, abs=tol)
    assert [p.name for p in tmp_path.iterdir()] == [f"x{ext}"]  # no temporary left


def test_mp3_for_loudspeakers_is_mono_44_1_or_48_khz(tmp_path):
    path = codec.write(tmp_path / "x.mp3", sine(22050, 2.0, -10.0), 22050)
    info = codec.probe(path)
    assert info.channels == 1 and info.sample_rate in codec.MP3_RATES


@pytest.mark.parametrize("ext", [".ogg", ".opus", ".mp3"])
def test_low_rate_mono_speech_encodes_to_every_lossy_format(tmp_path, ext):
    # the offline voice speaks at 22.05 kHz mono; every output format must take it
    path = codec.write(tmp_path / f"x{ext}", speechlike(22050, 2.0), 22050)
    y, rate = codec.read(path)
    assert len(y) / rate == pytest.approx(2.0, abs=0.06)


def test_reader_resamples_and_downmixes_in_blocks(tmp_path):
    path = codec.write(tmp_path / "x.flac", tone(10.0), RATE)
    with codec.Reader(path, sample_rate=16000, channels=1, block_s=1.0) as r:
        blocks = list(r)
    assert {b.shape[1] for b in blocks} == {1}
    assert max(len(b) for b in blocks) <= 16000
    assert sum(len(b) for b in blocks) == pytest.approx(160000, abs=32)


def test_long_file_is_read_in_bounded_blocks(tmp_path):
    # 10 minutes of stereo at 48 kHz: never more than one block in memory at a time
    path = tmp_path / "long.wav"
    with codec.Writer(path, RATE, 2) as w:
        for _ in range(150):
            w.write(tone(4.0))
    with codec.Reader(path) as r:
        sizes = [len(b) for b in r]
    assert sum(sizes) == 600 * RATE
    assert max(sizes) <= codec.BLOCK_S * RATE


@pytest.mark.parametrize("ext", [".wav", ".mp3"])
def test_a_read_stops_at_the_block_its_check_refuses(tmp_path, ext):
    """A cancelled open of a long recording stops decoding at once, not at the end."""
    path = codec.write(tmp_path / f"long{ext}", tone(60.0), RATE)
    calls = []

    def check() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        codec.read(path, check=check)
    assert len(calls) == 2, "nothing more was decoded after the refusal"
    assert len(codec.read(path)[0]) > 2 * codec.BLOCK_S * RATE, "the file has many blocks"


def _corrupt(path: Path) -> None:
    # fixed bytes: some random draws look to ffmpeg's probe like a lyrics (.lrc) file
    path.write_bytes(np.random.default_rng(20000).bytes(20000))


def _truncate(path: Path) -> None:
    codec.write(path, tone(4.0), RATE)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("this is a shopping list, not a sound\n" * 100)


BAD_INPUTS = [
    ("corrupt.mp3", _corrupt, "ffmpeg"),
    ("corrupt.m4a", _corrupt, "ffmpeg"),
    ("truncated.wav", _truncate, "truncated"),
    ("truncated.flac", _truncate, ""),
    ("truncated.m4a", _truncate, "ffmpeg"),
    ("empty.wav", _empty, "empty"),
    ("empty.mp3", _empty, "empty"),
    ("notes.txt", _text, "ffmpeg"),
    ("missing.wav", None, "does not exist"),
]


@pytest.mark.parametrize(("name", "make", "says"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_an_audio_error_and_leaves_no_output(tmp_path, name, make, says):
    src = tmp_path / name
    if make:
        make(src)
    out = tmp_path / "out.mp3"
    with pytest.raises(AudioError) as caught:
        codec.convert(src, out)
    assert says.lower() in str(caught.value).lower()
    assert str(src) in str(caught.value)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if make else [])


def test_ffmpeg_error_carries_its_stderr_tail(tmp_path):
    src = tmp_path / "corrupt.m4a"
    _corrupt(src)
    with pytest.raises(AudioError) as caught:
        codec.read(src)
    assert "Invalid data" in str(caught.value) or "moov" in str(caught.value)


def test_video_without_sound_is_refused(tmp_path, ffmpeg):
    video = tmp_path / "clip.mp4"
    _ffmpeg.run(
        ["-f", "lavfi", "-i", "color=c=black:s=32x32:d=1", "-c:v", "mpeg4", str(video)],
        what=video,
    )
    with pytest.raises(AudioError):
        codec.read(video)


def test_an_encoder_failure_leaves_no_file_and_says_why(tmp_path):
    # an ffmpeg that dies half-way, as a full disk or a broken build would make it
    tool = tmp_path / "bin" / "ffmpeg"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\nhead -c 1000 >/dev/null\necho 'encoder exploded' >&2\nexit 1\n")
    tool.chmod(0o755)
    out = tmp_path / "x.mp3"
    with (
        pytest.raises(AudioError, match="encoder exploded"),
        codec.Writer(out, RATE, 2, ffmpeg=str(tool)) as w,
    ):
        for _ in range(5):
            w.write(tone(1.0))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin"]


def test_an_exception_while_writing_leaves_no_file(tmp_path):
    out = tmp_path / "x.wav"
    with pytest.raises(RuntimeError), codec.Writer(out, RATE, 2) as w:
        w.write(tone(1.0))
        raise RuntimeError("the operator pulled the plug")
    assert list(tmp_path.iterdir()) == []


def test_unknown_output_type_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(AudioError, match="choose one of"):
        codec.write(tmp_path / "x.xyz", tone(0.5), RATE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_ffmpeg_path_can_be_overridden(tmp_path, monkeypatch, how):
    src = tmp_path / "x.m4a"
    codec.write(src, tone(1.0), RATE)
    bogus = str(tmp_path / "no-ffmpeg-here")
    if how == "environment":
        monkeypatch.setenv(_ffmpeg.ENV_VAR, bogus)
        with pytest.raises(AudioError, match="not found"):
            codec.read(src)
    else:
        with pytest.raises(AudioError, match="not found"):
            codec.read(src, ffmpeg=bogus)
    monkeypatch.delenv(_ffmpeg.ENV_VAR, raising=False)
    real = _ffmpeg.locate()
    frames, channels = codec.read(src, ffmpeg=real)[0].shape
    # ffmpeg 7 leaves the AAC encoder's tail padding in (at most one 1024-frame packet)
    assert channels == 2 and RATE <= frames <= RATE + 1024
