"""A notice read aloud into a finished bulletin file: the text-to-speech job, end to end.

1. The text is normalized (:func:`studio.tts.normalize.normalize`) with the operator's
   pronunciation dictionary: the engines get words, never digits or abbreviations.
2. An engine speaks it, unless the cache already holds that speech
   (:mod:`studio.tts.cache`). ``gtts`` is Google's online voice, ``offline`` eSpeak NG's;
   ``auto`` tries Google first and, when it cannot be used (no connection, too many
   requests, no answer in time, a broken answer), lets the offline voice read instead and
   says why in :attr:`Synthesis.fallback`.
3. The speech is cleaned like a recording (high-pass, head and tail silence trimmed,
   :mod:`studio.audio.cleanup`) and normalized to the target loudness and true-peak ceiling
   (:mod:`studio.audio.normalize`) into the output file, whose type follows its extension
   (WAV, MP3 …). The file appears only when complete.
"""

from __future__ import annotations

import math
import os
import tempfile
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.audio import cleanup, codec, normalize
from studio.audio.errors import Cancelled
from studio.audio.loudness import Loudness
from studio.errors import QT_TRANSLATE_NOOP
from studio.tts.cache import SpeechCache, cache_key, default_folder
from studio.tts.errors import NOTHING_TO_READ, TTSError
from studio.tts.espeak import EspeakEngine
from studio.tts.google import GoogleEngine
from studio.tts.normalize import normalize as normalize_text
from studio.tts.speech import Engine, Speech

ENGINES = ("auto", "gtts", "offline")
#: speeds accepted, as a ratio of the engine's normal pace
MIN_SPEED, MAX_SPEED = 0.5, 2.0
#: rate of the written file, Hz (Studio's programmes are made at 48 kHz)
SAMPLE_RATE = 48000
#: speech whose peak stays under this (about −80 dBFS) has nothing in it
_SILENT_PEAK = 1e-4
#: clean-up for synthesized speech: no noise to reduce, a short breath kept at the ends
CLEAN = cleanup.CleanOptions(highpass_hz=80.0, denoise=False, trim=True, trim_pad_s=0.25)

#: loudness passes at most, and how close (LU) to the target is close enough
_LEVEL_TRIES = 3
_CLOSE_LU = 0.2

FELL_BACK = QT_TRANSLATE_NOOP("errors", "{reason} The offline voice read the text instead.")
NO_VOICE = QT_TRANSLATE_NOOP("errors", "Neither voice could read the text. {online} {offline}")


@dataclass(frozen=True)
class Synthesis:
    """What was made: ``engine`` says who spoke (``gtts`` or ``offline``), ``label`` names it
    for the operator (context ``tts``); ``fallback`` is why ``auto`` did not use the
    online voice; ``loudness`` is the written file's."""

    path: Path
    engine: str
    label: str
    spoken_text: str
    cached: bool
    loudness: Loudness
    fallback: TTSError | None = None

    def notice(self, translate: Callable[[str, str], str] | None = None) -> str | None:
        """The fallback explained to the operator, or None."""
        if self.fallback is None:
            return None
        return TTSError(FELL_BACK, reason=self.fallback).text(translate)


def check_output(path: Path) -> None:
    """TTSError (or AudioError for an unknown file type) before any work is done."""
    if path.is_dir():
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder; give a file name to save to."),
            file=str(path),
        )
    codec.output_format(path)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "Cannot save {file}: the folder {folder} does not exist."),
            file=str(path),
            folder=str(folder),
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "Cannot save {file}: the folder {folder} is read-only."),
            file=str(path),
            folder=str(folder),
        )


def _check_settings(speed: float, target: normalize.Target) -> None:
    if not (math.isfinite(speed) and MIN_SPEED <= speed <= MAX_SPEED):
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "The speed must be between {low} and {high}."),
            low=MIN_SPEED,
            high=MAX_SPEED,
        )
    if not (math.isfinite(target.lufs) and math.isfinite(target.ceiling_dbtp)):
        raise TTSError(QT_TRANSLATE_NOOP("errors", "The loudness target must be a number."))
    if target.ceiling_dbtp > 0:
        raise TTSError(QT_TRANSLATE_NOOP("errors", "The true-peak ceiling cannot be above 0 dBTP."))


def _speak(engine: Engine, text: str, speed: float, cache: SpeechCache) -> tuple[Speech, bool]:
    """The engine's speech for ``text``, from the cache when it is there."""
    key = cache_key(engine.name, engine.voice, engine.speed_setting(speed), text)
    speech = cache.get(key)
    if speech is not None:
        return speech, True
    speech = engine.synthesize(text, speed)
    if speech.peak < _SILENT_PEAK:
        raise TTSError(QT_TRANSLATE_NOOP("errors", "The voice produced no sound for this text."))
    cache.put(key, speech)
    return speech, False


def _finish(
    speech: Speech,
    output: Path,
    target: normalize.Target,
    cancel: threading.Event | None,
) -> normalize.Result:
    """Clean ``speech`` and write it to ``output`` at ``target`` loudness.

    Synthetic speech is peaky (eSpeak's runs 20 dB above its loudness), so the limiter
    that keeps the ceiling takes loudness away; the normalizer's own second try does not
    always make up for it. The aim is moved by what was missed and the pass run again
    (at most :data:`_LEVEL_TRIES` times) until the result is within :data:`_CLOSE_LU`.
    """
    with tempfile.TemporaryDirectory(prefix="studio-tts-") as tmp:
        raw, cleaned = Path(tmp) / "speech.wav", Path(tmp) / "cleaned.wav"
        leveled = Path(tmp) / "leveled.wav"
        exact = codec.Encoding(subtype="FLOAT")
        codec.write(raw, speech.samples, speech.sample_rate, exact)
        cleanup.clean_file(raw, cleaned, CLEAN, exact, cancel=cancel)
        aim = target.lufs
        for _ in range(_LEVEL_TRIES):
            result = normalize.normalize_file(
                cleaned,
                leveled,
                normalize.Target(aim, target.ceiling_dbtp),
                codec.Encoding(sample_rate=SAMPLE_RATE, channels=1, subtype="FLOAT"),
                cancel=cancel,
            )
            miss = target.lufs - result.after.integrated_lufs
            if not math.isfinite(miss) or abs(miss) <= _CLOSE_LU:
                break
            aim += miss
        # the last pass writes the real file: a lossy one is measured again after encoding
        return normalize.normalize_file(
            leveled, output, target, codec.Encoding(channels=1), cancel=cancel
        )


def synthesize(
    text: str,
    output: str | os.PathLike[str],
    *,
    engine: str = "auto",
    speed: float = 1.0,
    target: normalize.Target = normalize.DEFAULT,
    dictionary: Mapping[str, str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    online: Engine | None = None,
    offline: Engine | None = None,
    cancel: threading.Event | None = None,
) -> Synthesis:
    """Read ``text`` aloud into ``output`` (type from its extension).

    ``engine``: ``auto``, ``gtts`` or ``offline``; ``speed``: ratio of the normal pace
    (0.5–2.0); ``target``: integrated loudness (LUFS) and true-peak ceiling (dBTP);
    ``dictionary``: the operator's pronunciations (written → spoken); ``cache_dir``:
    default ``<user data>/cache/tts``. ``online``/``offline`` replace the default engines
    (:class:`~studio.tts.google.GoogleEngine`, :class:`~studio.tts.espeak.EspeakEngine`).
    TTSError/AudioError when it cannot be done; then ``output`` is left as it was.
    """
    if engine not in ENGINES:
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "Unknown voice engine “{engine}”: use {choices}."),
            engine=engine,
            choices=", ".join(ENGINES),
        )
    _check_settings(speed, target)
    output = Path(output)
    spoken = normalize_text(text, dictionary)
    if not any(c.isalnum() for c in spoken):
        raise TTSError(NOTHING_TO_READ)
    check_output(output)
    cache = SpeechCache(cache_dir if cache_dir is not None else default_folder())

    fallback: TTSError | None = None
    plan: list[Engine] = []
    if engine in ("auto", "gtts"):
        plan.append(online or GoogleEngine())
    if engine in ("auto", "offline"):
        plan.append(offline or EspeakEngine())
    for i, voice in enumerate(plan):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        try:
            speech, cached = _speak(voice, spoken, speed, cache)
            break
        except TTSError as exc:
            if i + 1 == len(plan):
                if fallback is not None:
                    raise TTSError(NO_VOICE, online=fallback, offline=exc) from exc
                raise
            fallback = exc
    result = _finish(speech, output, target, cancel)
    return Synthesis(
        path=output,
        engine=voice.name,
        label=voice.label,
        spoken_text=spoken,
        cached=cached,
        loudness=result.after,
        fallback=fallback,
    )
