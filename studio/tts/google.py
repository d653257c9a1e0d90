"""The online voice: Google Translate's text-to-speech through gTTS, Vietnamese.

The text is cut at sentence and phrase ends (:func:`studio.tts.sentences.split_sentences`)
into pieces gTTS sends as one request each (at most :data:`MAX_CHARS`), so the cuts fall
where a reader pauses rather than where gTTS would choose. Requests are spaced by
``interval_s`` so a long notice does not look like a burst; a refused (HTTP 429) or
failing (5xx) request is tried again after an exponentially growing wait, honouring the
service's ``Retry-After``; no connection or no answer in time is tried once more only,
because the operator is waiting and the offline voice can take over.

Every answer is decoded before it is used, in memory: gTTS's own ``save()`` leaves an
empty file behind when it cannot connect, so it is never called.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import requests
from gtts import gTTS, gTTSError

from studio.audio import codec
from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP
from studio.tts.errors import NOTHING_TO_READ, OnlineVoiceError, TTSError
from studio.tts.sentences import split_sentences
from studio.tts.speech import Speech

#: characters gTTS sends in one request (``gTTS.GOOGLE_TTS_MAX_CHARS``)
MAX_CHARS = gTTS.GOOGLE_TTS_MAX_CHARS
#: below this speed Google's slow voice is used (it has only normal and slow)
SLOW_BELOW = 0.85
#: failures worth more than one retry: they pass when the service catches its breath
_RETRY_OFTEN = ("rate-limited", "server")
#: failures worth one retry: a second try rarely helps and the operator is waiting
_RETRY_ONCE = ("offline", "timeout")

NO_CONNECTION = QT_TRANSLATE_NOOP(
    "errors", "Cannot reach Google's voice service: there is no Internet connection."
)


def _failure(exc: gTTSError) -> OnlineVoiceError:
    """What went wrong with one request, in the operator's words."""
    response = exc.rsp
    if response is None:
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, requests.Timeout):
            return OnlineVoiceError(
                QT_TRANSLATE_NOOP("errors", "Google's voice service did not answer in time."),
                kind="timeout",
            )
        return OnlineVoiceError(NO_CONNECTION, kind="offline")
    status = response.status_code
    if status == 429:
        return OnlineVoiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Google's voice service is refusing requests for now (too many requests).",
            ),
            kind="rate-limited",
            retry_after_s=_retry_after(response),
        )
    if status >= 500:
        return OnlineVoiceError(
            QT_TRANSLATE_NOOP(
                "errors", "Google's voice service is having trouble (error {status})."
            ),
            kind="server",
            status=status,
        )
    if status == 200:
        return _no_sound()
    return OnlineVoiceError(
        QT_TRANSLATE_NOOP("errors", "Google's voice service refused the request (error {status})."),
        kind="refused",
        status=status,
    )


def _no_sound() -> OnlineVoiceError:
    return OnlineVoiceError(
        QT_TRANSLATE_NOOP("errors", "Google's voice service sent no usable sound for this text."),
        kind="no-sound",
    )


def _retry_after(response: requests.Response) -> float | None:
    """The wait the service asks for, seconds (only the delta-seconds form is read)."""
    value = response.headers.get("Retry-After", "").strip()
    return float(value) if value.isdecimal() else None


def _decode(mp3: bytes, folder: Path, index: int, sample_rate: int | None) -> Speech:
    """One answer's MP3 as float32 mono, resampled to ``sample_rate`` if given."""
    if not mp3:
        raise _no_sound()
    path = folder / f"piece-{index}.mp3"
    path.write_bytes(mp3)
    try:
        samples, rate = codec.read(path, sample_rate=sample_rate, channels=1)
    except AudioError as exc:
        raise _no_sound() from exc
    if not len(samples):
        raise _no_sound()
    return Speech(samples, rate)


class GoogleEngine:
    """Google's Vietnamese voice. Times in seconds; ``sleep`` is how waits are made."""

    name = "gtts"
    label = QT_TRANSLATE_NOOP("tts", "Google voice (online)")

    def __init__(
        self,
        *,
        lang: str = "vi",
        tld: str = "com",
        timeout_s: float = 10.0,
        retries: int = 3,
        backoff_s: float = 1.0,
        max_backoff_s: float = 8.0,
        interval_s: float = 0.3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.lang, self.tld = lang, tld
        self.voice = f"google/{lang}/{tld}"
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s, self.max_backoff_s = backoff_s, max_backoff_s
        self.interval_s = interval_s
        self.sleep = sleep

    def speed_setting(self, speed: float) -> str:
        return "slow" if speed < SLOW_BELOW else "normal"

    def synthesize(self, text: str, speed: float) -> Speech:
        pieces = [c for c in split_sentences(text, MAX_CHARS) if any(ch.isalnum() for ch in c)]
        if not pieces:
            raise TTSError(NOTHING_TO_READ)
        slow = self.speed_setting(speed) == "slow"
        decoded: list[Speech] = []
        with tempfile.TemporaryDirectory(prefix="studio-gtts-") as tmp:
            for i, piece in enumerate(pieces):
                if i and self.interval_s > 0:
                    self.sleep(self.interval_s)
                mp3 = self._fetch_with_retries(piece, slow)
                rate = decoded[0].sample_rate if decoded else None
                decoded.append(_decode(mp3, Path(tmp), i, rate))
        return Speech(np.concatenate([d.samples for d in decoded]), decoded[0].sample_rate)

    def _fetch_with_retries(self, piece: str, slow: bool) -> bytes:
        attempt = 0
        while True:
            try:
                return self._fetch(piece, slow)
            except OnlineVoiceError as exc:
                if attempt >= self._retries_for(exc.kind):
                    raise
                wait = min(self.backoff_s * 2**attempt, self.max_backoff_s)
                if exc.retry_after_s is not None:
                    if exc.retry_after_s > self.max_backoff_s:
                        raise  # longer than an operator should wait: give up now
                    wait = max(wait, exc.retry_after_s)
                attempt += 1
                self.sleep(wait)

    def _retries_for(self, kind: str) -> int:
        if kind in _RETRY_OFTEN:
            return self.retries
        if kind in _RETRY_ONCE:
            return min(1, self.retries)
        return 0

    def _fetch(self, piece: str, slow: bool) -> bytes:
        """One request: the MP3 Google sent for ``piece``."""
        tts = gTTS(
            piece,
            lang=self.lang,
            tld=self.tld,
            slow=slow,
            lang_check=False,  # the language list is fetched from the web otherwise
            pre_processor_funcs=[],  # the text is normalized already
            timeout=self.timeout_s,
        )
        try:
            return b"".join(tts.stream())
        except gTTSError as exc:
            raise _failure(exc) from exc
        except requests.RequestException as exc:  # the answer broke off while being read
            raise OnlineVoiceError(NO_CONNECTION, kind="offline") from exc
