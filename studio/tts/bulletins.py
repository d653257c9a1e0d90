"""Giving a bulletin its voice: its text read aloud, stored in the library, attached to it."""

from __future__ import annotations

import tempfile
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from studio import settings
from studio.audio import library, normalize
from studio.errors import QT_TRANSLATE_NOOP
from studio.store import Store, pronunciations
from studio.store import settings as stored
from studio.store.db import StoreError
from studio.store.models import AssetKind, Bulletin, BulletinSource
from studio.tts import synth
from studio.tts.errors import NOTHING_TO_READ, TTSError


def voice_bulletin(
    store: Store,
    bulletin_id: uuid.UUID,
    *,
    engine: str = "auto",
    speed: float = 1.0,
    cancel: threading.Event | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> synth.Synthesis:
    """Read the bulletin's text with ``engine`` at the station's loudness, keep the sound in
    the library and attach it to the bulletin (which becomes a text-to-speech bulletin).

    The operator's pronunciation dictionary applies. Nothing changes if it fails.
    """
    with store.session() as s:
        bulletin = s.get(Bulletin, bulletin_id)
        if bulletin is None or bulletin.deleted:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The bulletin no longer exists."))
        title, text = bulletin.title, bulletin.text
    if not text.strip():
        raise TTSError(NOTHING_TO_READ)
    target = normalize.Target(
        stored.get(store, settings.LOUDNESS_TARGET), stored.get(store, settings.TRUE_PEAK_CEILING)
    )
    if progress:
        progress(0.1, title)
    # a temporary folder beside the library: the same disk, and cleaned up whatever happens
    with tempfile.TemporaryDirectory(dir=store.files_dir, prefix=".voice-") as tmp:
        out = Path(tmp) / f"{title[:60] or 'bulletin'}.wav"
        made = synth.synthesize(
            text,
            out,
            engine=engine,
            speed=speed,
            target=target,
            dictionary=pronunciations.as_dict(store),
            cancel=cancel,
        )
        if progress:
            progress(0.8, title)
        taken = library.import_file(store, made.path, AssetKind.SPEECH)
    with store.session() as s:
        bulletin = s.get(Bulletin, bulletin_id)
        bulletin.asset_id = taken.asset.id
        bulletin.source = BulletinSource.TTS
    if progress:
        progress(1.0, title)
    return made
