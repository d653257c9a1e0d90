"""Speech already synthesized, kept on disk so reading the same text again is instant.

An entry is keyed by the SHA-256 of a canonical JSON of what decides the sound: engine,
voice, the engine's speed setting and the normalized text. It holds the engine's speech
as it came (16-bit FLAC, mono), before clean-up and loudness, so one entry serves every
target loudness and file type. Entries are written under a temporary name and renamed
(:class:`studio.audio.codec.Writer`), so a crash never leaves half an entry; an entry that
cannot be read is removed and synthesized again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from pathlib import Path

from studio import paths
from studio.audio import codec
from studio.audio.errors import AudioError
from studio.tts.speech import Speech

log = logging.getLogger(__name__)

#: bump when the entries' meaning changes, so old ones are no longer found
FORMAT = 1


def default_folder() -> Path:
    """``<user data>/cache/tts``."""
    return paths.data_dir() / "cache" / "tts"


def cache_key(engine: str, voice: str, speed: str | int | float, text: str) -> str:
    """Hex SHA-256 of the canonical JSON of what decides the sound."""
    canonical = json.dumps(
        {"engine": engine, "format": FORMAT, "speed": speed, "text": text, "voice": voice},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class SpeechCache:
    """Entries under ``folder`` (created on first write)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.flac"

    def get(self, key: str) -> Speech | None:
        path = self.path(key)
        if not path.is_file():
            return None
        try:
            samples, rate = codec.read(path, channels=1)
        except AudioError as exc:
            log.warning("dropping unreadable TTS cache entry %s: %s", path, exc)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        return Speech(samples, rate) if len(samples) else None

    def put(self, key: str, speech: Speech) -> None:
        """Keep ``speech``; a cache that cannot be written only costs time, so that is
        logged, not raised."""
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            codec.write(path, speech.samples, speech.sample_rate)
        except (OSError, AudioError) as exc:
            log.warning("cannot keep TTS speech in the cache %s: %s", path, exc)
