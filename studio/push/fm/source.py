"""Where the engine's sound comes from in a station: the rendered programme or the
bulletin's audio in the library, decoded at the sound card's rate and channel count."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator

import numpy as np
from sqlalchemy import select

from studio.audio import codec
from studio.audio.library import library
from studio.errors import StudioError
from studio.push.fm.playout import Source
from studio.schedule.resolve import Entry
from studio.store.db import Store
from studio.store.models import AudioAsset, Bulletin, Programme, SlotContent

log = logging.getLogger(__name__)


def asset_of(store: Store, entry: Entry) -> AudioAsset | None:
    """The audio an entry plays: a programme's rendering, a bulletin's recording."""
    content = entry.content
    if content is None:
        return None
    with store.session() as s:
        asset_id: uuid.UUID | None = None
        if content.kind == SlotContent.PROGRAMME and content.programme_id:
            asset_id = s.scalar(
                select(Programme.rendered_asset_id).where(Programme.id == content.programme_id)
            )
        elif content.kind == SlotContent.BULLETIN and content.bulletin_id:
            asset_id = s.scalar(select(Bulletin.asset_id).where(Bulletin.id == content.bulletin_id))
        return s.get(AudioAsset, asset_id) if asset_id else None


class Decoded:
    """Blocks of float32 (frames, ``channels``) from an open reader; :meth:`close` (the
    engine calls it, even before the first block) lets go of the decoder."""

    def __init__(self, reader: codec.Reader, channels: int) -> None:
        self.reader, self.channels = reader, channels

    def __iter__(self) -> Iterator[np.ndarray]:
        for block in self.reader:
            yield codec.remix(block, self.channels)

    def close(self) -> None:
        self.reader.close()


def library_source(store: Store, rate: int, channels: int) -> Source:
    """A :data:`Source` reading the station's audio library."""
    blobs = library(store)

    def source(entry: Entry) -> Iterable[np.ndarray] | None:
        asset = asset_of(store, entry)
        if asset is None or not blobs.has(asset.sha256):
            return None
        try:
            reader = codec.Reader(blobs.path(asset.sha256), sample_rate=rate)
        except StudioError as exc:
            log.warning("cannot play %s: %s", entry.title, exc)
            return None
        return Decoded(reader, channels)

    return source
