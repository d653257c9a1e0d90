"""The online voice against a recorded exchange with Google's TTS endpoint.

gTTS posts each piece of text to translate.google.com's ``batchexecute`` RPC and reads
the MP3 back, base64 inside a JSON line. The ``responses`` library answers those posts
here in that exact format, with real MP3s made by the audio engine, so everything from
gTTS's request to the finished bulletin runs for real except Google itself.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import requests
import responses

from studio.audio import codec
from studio.audio.loudness import measure_array
from studio.tts import synth
from studio.tts.errors import OnlineVoiceError, TTSError
from studio.tts.google import MAX_CHARS, GoogleEngine

URL = "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"

NOTICE = (
    "Thực hiện Kế hoạch số 125/KH-UBND của UBND huyện về phòng, chống dịch sốt xuất huyết, "
    "UBND xã tổ chức chiến dịch diệt lăng quăng, bọ gậy từ ngày 02/5 đến ngày 06/5/2024. "
    "Đề nghị các hộ gia đình súc rửa dụng cụ chứa nước, thu gom vật phế thải quanh nhà. "
    "Mọi thắc mắc xin liên hệ trạm y tế xã, điện thoại 0209 3870 115."
)


def mp3(tmp: Path, seconds: float, freq: float) -> bytes:
    """A real MP3 (mono sine) as the service would send, made by the audio engine."""
    rate = 24000
    n = np.arange(round(rate * seconds))
    tone = (0.3 * np.sin(2 * np.pi * freq * n / rate)).astype(np.float32)
    path = codec.write(tmp / f"tone-{freq:.0f}.mp3", tone, rate)
    return path.read_bytes()


def batchexecute_body(audio: bytes) -> str:
    """Google's answer: the XSSI guard, then length-prefixed JSON chunks."""
    payload = json.dumps([base64.b64encode(audio).decode("ascii")])
    rpc = json.dumps(
        [["wrb.fr", "jQ1olc", payload, None, None, None, "generic"], ["di", 57]],
        separators=(",", ":"),
    )
    tail = json.dumps([["e", 4, None, None, len(rpc) + 40]], separators=(",", ":"))
    return f")]}}'\n\n{len(rpc)}\n{rpc}\n{len(tail)}\n{tail}\n"


def posted_text(request) -> tuple[str, str, bool]:
    """The text, language and slowness gTTS sent in one ``f.req`` form field."""
    form = urllib.parse.parse_qs(request.body)
    rpc = json.loads(form["f.req"][0])
    text, lang, slow, _ = json.loads(rpc[0][0][1])
    return text, lang, bool(slow)


@dataclass
class Google:
    """The stand-in service: answers in turn from ``script`` (an MP3 length in seconds, an
    HTTP status, or an exception), the last entry repeating; records what it was sent."""

    tmp: Path
    script: list = field(default_factory=lambda: [1.0])
    sent: list[tuple[str, str, bool]] = field(default_factory=list)

    def __call__(self, request):
        self.sent.append(posted_text(request))
        step = self.script[min(len(self.sent), len(self.script)) - 1]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, tuple):  # (status, headers)
            return step[0], step[1], "Too Many Requests"
        if isinstance(step, int):
            return step, {}, "error"
        freq = 300.0 * len(self.sent)
        body = batchexecute_body(mp3(self.tmp, step, freq))
        return 200, {"Content-Type": "application/json; charset=utf-8"}, body


@pytest.fixture
def google(tmp_path):
    service = Google(tmp_path / "service")
    service.tmp.mkdir()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.add_callback(responses.POST, URL, callback=service)
        yield service


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def engine(waits) -> GoogleEngine:
    return GoogleEngine(
        retries=3, backoff_s=0.5, max_backoff_s=4.0, interval_s=0.1, sleep=waits.append
    )


def files_left(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples[:, 0] * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[spectrum.argmax()])


def test_long_notice_is_sent_in_pieces_and_joined_in_order(tmp_path, google, engine, waits):
    google.script = [0.6, 0.8, 1.0, 1.2, 1.4, 1.6]
    out = tmp_path / "out" / "bulletin.wav"
    out.parent.mkdir()
    result = synth.synthesize(
        NOTICE, out, engine="gtts", online=engine, cache_dir=tmp_path / "cache"
    )

    assert result.engine == "gtts" and result.fallback is None
    pieces = [text for text, _, _ in google.sent]
    assert len(pieces) >= 3
    assert all(len(p) <= MAX_CHARS for p in pieces)
    assert all(lang == "vi" and not slow for _, lang, slow in google.sent)
    assert " ".join(pieces) == result.spoken_text, "nothing lost, nothing repeated"
    assert waits == [0.1] * (len(pieces) - 1), "requests are spaced, not sent in a burst"

    samples, rate = codec.read(out)
    lengths = google.script[: len(pieces)]
    assert len(samples) / rate == pytest.approx(sum(lengths), abs=0.1 * len(pieces))
    start = 0.0
    for i, length in enumerate(lengths):
        middle = samples[round((start + 0.2) * rate) : round((start + length - 0.2) * rate)]
        assert dominant_hz(middle, rate) == pytest.approx(300.0 * (i + 1), abs=15), i
        start += length
    loud = measure_array(samples, rate)
    assert loud.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert loud.true_peak_dbtp <= -1.0 + 0.1


def test_google_speech_is_cached(tmp_path, google, engine):
    cache = tmp_path / "cache"
    synth.synthesize("Xin chào bà con.", tmp_path / "a.mp3", online=engine, cache_dir=cache)
    again = synth.synthesize("Xin chào bà con.", tmp_path / "b.mp3", online=engine, cache_dir=cache)
    assert len(google.sent) == 1 and again.cached and again.engine == "gtts"


def test_slow_speed_asks_for_the_slow_voice(tmp_path, google, engine):
    synth.synthesize(
        "Xin chào bà con.",
        tmp_path / "a.wav",
        engine="gtts",
        online=engine,
        speed=0.7,
        cache_dir=tmp_path / "cache",
    )
    assert google.sent[0][2] is True


def test_too_many_requests_falls_back_to_the_offline_voice(tmp_path, google, engine, waits):
    google.script = [429]
    out = tmp_path / "out" / "bulletin.mp3"
    out.parent.mkdir()
    result = synth.synthesize(NOTICE, out, online=engine, cache_dir=tmp_path / "cache")

    assert result.engine == "offline"
    assert isinstance(result.fallback, OnlineVoiceError)
    assert result.fallback.kind == "rate-limited"
    assert result.notice() == (
        "Google's voice service is refusing requests for now (too many requests). "
        "The offline voice read the text instead."
    )
    assert len(google.sent) == 1 + engine.retries
    assert waits == [0.5, 1.0, 2.0], "exponential back-off between tries"
    assert codec.probe(out).frames > 0
    assert not [p for p in files_left(tmp_path) if p.stat().st_size == 0]


def test_a_passing_429_is_retried_and_google_reads(tmp_path, google, engine, waits):
    google.script = [429, 429, 1.0]
    result = synth.synthesize(
        "Xin chào bà con.", tmp_path / "a.wav", online=engine, cache_dir=tmp_path / "cache"
    )
    assert result.engine == "gtts" and result.fallback is None
    assert waits == [0.5, 1.0]


def test_retry_after_longer_than_an_operator_waits_gives_up_at_once(
    tmp_path, google, engine, waits
):
    google.script = [(429, {"Retry-After": "3600"})]
    result = synth.synthesize(
        "Xin chào.", tmp_path / "a.wav", online=engine, cache_dir=tmp_path / "cache"
    )
    assert result.engine == "offline" and len(google.sent) == 1 and waits == []


@pytest.mark.parametrize(
    "failure, kind, says",
    [
        (requests.ConnectionError("Name or service not known"), "offline", "no Internet"),
        (requests.ConnectTimeout("timed out"), "timeout", "did not answer in time"),
        (503, "server", "having trouble (error 503)"),
        (403, "refused", "refused the request (error 403)"),
    ],
)
def test_network_failures_fall_back_with_a_plain_reason(
    tmp_path, google, engine, failure, kind, says
):
    google.script = [failure]
    result = synth.synthesize(
        "Xin chào bà con.", tmp_path / "a.wav", online=engine, cache_dir=tmp_path / "cache"
    )
    assert result.engine == "offline" and result.fallback.kind == kind
    assert says in result.notice()
    tries = {"offline": 2, "timeout": 2, "server": 1 + engine.retries, "refused": 1}[kind]
    assert len(google.sent) == tries


@pytest.mark.parametrize(
    "answer",
    [
        lambda tmp: "",  # no audio line at all
        lambda tmp: ')]}\'\n\n30\n[["wrb.fr","jQ1olc",null]]\n',  # audio missing
        lambda tmp: batchexecute_body(b"ID3 this is no mp3"),  # undecodable
        lambda tmp: batchexecute_body(b""),  # empty audio
    ],
)
def test_an_answer_without_sound_never_becomes_a_file(tmp_path, answer):
    body = answer(tmp_path)
    out = tmp_path / "out" / "a.wav"
    out.parent.mkdir()
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, URL, body=body, status=200)
        with pytest.raises(OnlineVoiceError) as caught:
            synth.synthesize(
                "Xin chào bà con.",
                out,
                engine="gtts",
                online=GoogleEngine(sleep=lambda s: None),
                cache_dir=tmp_path / "cache",
            )
    assert caught.value.kind == "no-sound"
    assert files_left(tmp_path / "out") == []
    assert not (tmp_path / "cache").exists() or files_left(tmp_path / "cache") == []


def test_gtts_only_reports_the_failure_and_writes_nothing(tmp_path, google, engine):
    google.script = [429]
    out = tmp_path / "out" / "a.mp3"
    out.parent.mkdir()
    out.write_bytes(b"yesterday's bulletin")
    with pytest.raises(TTSError) as caught:
        synth.synthesize(
            "Xin chào bà con.", out, engine="gtts", online=engine, cache_dir=tmp_path / "cache"
        )
    assert "too many requests" in str(caught.value)
    assert out.read_bytes() == b"yesterday's bulletin", "the old file is untouched"
    assert [p.name for p in files_left(tmp_path / "out")] == ["a.mp3"]
