"""The offline voice: eSpeak NG's Vietnamese (``vi``, northern) voice.

Two ways to reach eSpeak NG, both giving the same voice:

* **the library**, through ``ctypes``: ``libespeak-ng`` and its voice data (``vi_dict``,
  ``lang/aav/vi``) come inside the ``espeakng-loader`` wheel, for Windows (x64) as for
  Linux and macOS, so the installed application speaks offline with nothing installed on
  the PC. When that package is missing, a system ``libespeak-ng`` found by
  :func:`ctypes.util.find_library` is used with its own data. Speech comes back through a
  synthesis callback, in memory, with no temporary file and no console window.
* **the program** ``espeak-ng`` (Debian's ``espeak-ng`` package), as a fallback when no
  library loads: ``espeak-ng -v vi -s WPM -b 1 -w OUT.wav --stdin``.

:func:`find_backend` prefers the library. Windows' own SAPI5 voices are not used: the
Vietnamese one ("Microsoft An") is a OneCore voice that SAPI5 (and so ``pyttsx3``) does not
list without copying registry keys by hand, and many PCs do not have it at all.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import numpy as np

from studio.audio import codec
from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP
from studio.tts.errors import TTSError
from studio.tts.speech import Speech

#: eSpeak words (for Vietnamese: syllables) per minute at speed 1.0; eSpeak's own default
#: of 175 runs Vietnamese syllables together on small loudspeakers
NORMAL_WPM = 150
MIN_WPM, MAX_WPM = 80, 450
#: eSpeak's volume, percent: its default of 100 clips on some vowels; loudness is set later
VOLUME = 80
#: seconds the program may take per character before it is taken as hung
_SECONDS_PER_CHAR = 0.05
_MIN_TIMEOUT_S = 30.0

# speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_RATE, _VOLUME = 1, 2
_SYNTH_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)

#: the library is one global state per process: one synthesis at a time, loaded once
_LOCK = threading.Lock()
_LOADED: dict[str, tuple[ctypes.CDLL, int]] = {}


def wpm(speed: float) -> int:
    """eSpeak's rate (words per minute) for ``speed`` (1.0 = normal pace)."""
    return max(MIN_WPM, min(MAX_WPM, round(NORMAL_WPM * speed)))


def _failed(detail: str) -> TTSError:
    return TTSError(
        QT_TRANSLATE_NOOP("errors", "The offline voice (eSpeak NG) failed: {detail}"),
        detail=detail,
    )


class Library:
    """libespeak-ng in this process, initialized once, speaking one text at a time."""

    def __init__(self, library: str, data: str | None) -> None:
        self.library, self.data = library, data
        self._chunks: list[np.ndarray] = []
        # kept on the instance: ctypes must not free the callback while C holds it
        self._callback = _SYNTH_CALLBACK(self._collect)
        self._lib, self.sample_rate = self._load()

    def _load(self) -> tuple[ctypes.CDLL, int]:
        with _LOCK:
            if self.library in _LOADED:
                return _LOADED[self.library]
            if sys.platform == "win32":
                os.add_dll_directory(str(Path(self.library).parent))
            try:
                lib = ctypes.CDLL(self.library)
            except OSError as exc:
                raise _failed(str(exc)) from exc
            lib.espeak_Initialize.argtypes = [
                ctypes.c_int,
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_int,
            ]
            lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
            lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
            lib.espeak_SetSynthCallback.argtypes = [_SYNTH_CALLBACK]
            lib.espeak_SetSynthCallback.restype = None
            lib.espeak_Synth.argtypes = [
                ctypes.c_char_p,
                ctypes.c_size_t,
                ctypes.c_uint,
                ctypes.c_int,
                ctypes.c_uint,
                ctypes.c_uint,
                ctypes.c_void_p,
                ctypes.c_void_p,
            ]
            data = os.fsencode(self.data) if self.data else None
            rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data, _INITIALIZE_DONT_EXIT)
            if rate <= 0:
                raise _failed(f"espeak_Initialize({self.data}) = {rate}")
            _LOADED[self.library] = (lib, rate)
            return lib, rate

    def _collect(self, wav, count: int, _events) -> int:
        # Called from inside espeak_Synth, on this thread: copy and return at once.
        if wav and count > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, (count,)).copy())
        return 0  # go on

    def speak(self, text: str, voice: str, rate_wpm: int) -> Speech:
        lib = self._lib
        with _LOCK:
            self._chunks = []
            lib.espeak_SetSynthCallback(self._callback)
            if lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise _failed(f"no voice “{voice}”")
            lib.espeak_SetParameter(_RATE, rate_wpm, 0)
            lib.espeak_SetParameter(_VOLUME, VOLUME, 0)
            data = text.encode("utf-8")
            status = lib.espeak_Synth(
                data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None
            )
            chunks, self._chunks = self._chunks, []
        if status != 0:
            raise _failed(f"espeak_Synth = {status}")
        pcm = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
        return Speech((pcm.astype(np.float32) / 32768.0)[:, None], self.sample_rate)


class Program:
    """The ``espeak-ng`` program, one run per text."""

    def __init__(self, program: str) -> None:
        self.program = program

    def speak(self, text: str, voice: str, rate_wpm: int) -> Speech:
        with tempfile.TemporaryDirectory(prefix="studio-espeak-") as tmp:
            out = Path(tmp) / "speech.wav"
            args = [self.program, "-v", voice, "-s", str(rate_wpm), "-a", str(VOLUME)]
            args += ["-b", "1", "-w", str(out), "--stdin"]
            try:
                done = subprocess.run(
                    args,
                    input=text.encode("utf-8"),
                    capture_output=True,
                    timeout=max(_MIN_TIMEOUT_S, _SECONDS_PER_CHAR * len(text)),
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise _failed(str(exc)) from exc
            if done.returncode != 0:
                tail = done.stderr.decode("utf-8", "replace").strip()[-500:]
                raise _failed(tail or f"exit code {done.returncode}")
            try:
                samples, rate = codec.read(out, channels=1)
            except AudioError as exc:
                raise _failed(exc.text()) from exc
        return Speech(samples, rate)


def _bundled_library() -> Library | None:
    try:
        import espeakng_loader
    except ImportError:
        return None
    return Library(espeakng_loader.get_library_path(), espeakng_loader.get_data_path())


def _system_library() -> Library | None:
    found = ctypes.util.find_library("espeak-ng")
    return Library(found, None) if found else None


def find_backend() -> Library | Program:
    """The library from the ``espeakng-loader`` wheel, else a system library, else the
    program; TTSError if none is there."""
    tried: list[str] = []
    for make in (_bundled_library, _system_library):
        try:
            backend = make()
        except TTSError as exc:
            tried.append(exc.text())
            continue
        if backend is not None:
            return backend
    program = shutil.which("espeak-ng")
    if program:
        return Program(program)
    raise TTSError(
        QT_TRANSLATE_NOOP(
            "errors", "No offline voice is installed (eSpeak NG was not found). {detail}"
        ),
        detail=" ".join(tried),
    )


class EspeakEngine:
    """eSpeak NG reading Vietnamese; ``backend`` is :func:`find_backend`'s by default,
    looked for when first needed (the online voice may do the reading)."""

    name = "offline"
    label = QT_TRANSLATE_NOOP("tts", "eSpeak NG voice (offline)")

    def __init__(self, backend: Library | Program | None = None, voice: str = "vi") -> None:
        self._backend = backend
        self.voice_name = voice
        self.voice = f"espeak-ng/{voice}"

    @property
    def backend(self) -> Library | Program:
        if self._backend is None:
            self._backend = find_backend()
        return self._backend

    def speed_setting(self, speed: float) -> int:
        return wpm(speed)

    def synthesize(self, text: str, speed: float) -> Speech:
        return self.backend.speak(text, self.voice_name, wpm(speed))
