"""The engine's sound from the station's library: a bulletin's recording decoded at the
sink's rate, and silence (reported) for an item whose audio is gone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from studio.audio import codec
from studio.audio.library import import_file, library
from studio.push.fm.source import library_source
from studio.schedule.resolve import Entry
from studio.schedule.template import Content
from studio.store import bulletins, stations
from studio.store.models import Bulletin, BulletinSource, Priority, SlotContent
from studio.store.stations import StationProfile

T0 = datetime(2026, 5, 4, 23, 0, tzinfo=UTC)


def _entry(bulletin_id: uuid.UUID | None) -> Entry:
    return Entry(
        key="slot:x",
        position=0,
        start=T0,
        end=T0 + timedelta(seconds=2),
        title="Tin sáng",
        content=Content(SlotContent.BULLETIN, bulletin_id=bulletin_id),
        priority=Priority.NORMAL,
        slot_id=None,
        exception_id=None,
        duration_s=2.0,
    )


@pytest.fixture
def recorded(store, tmp_path):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    wav = tmp_path / "tin.wav"
    t = np.arange(2 * 48000) / 48000
    codec.write(wav, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None], 48000)
    asset = import_file(store, wav).asset
    bulletin = bulletins.add_bulletin(store, "Tin sáng", source=BulletinSource.RECORDED)
    with store.session() as s:
        s.get(Bulletin, bulletin.id).asset_id = asset.id
    return bulletin, asset


def test_a_bulletin_plays_from_the_library_at_the_sink_rate(store, recorded):
    bulletin, _ = recorded
    blocks = library_source(store, 8000, 2)(_entry(bulletin.id))
    sound = np.concatenate(list(blocks))
    assert sound.shape[1] == 2
    assert len(sound) / 8000 == pytest.approx(2.0, abs=0.01)
    spectrum = np.abs(np.fft.rfft(sound[:, 0]))
    assert np.fft.rfftfreq(len(sound), 1 / 8000)[spectrum.argmax()] == pytest.approx(440, abs=2)


def test_missing_audio_leaves_the_item_silent(store, recorded):
    bulletin, asset = recorded
    source = library_source(store, 8000, 1)
    assert source(_entry(None)) is None
    library(store).path(asset.sha256).unlink()
    assert source(_entry(bulletin.id)) is None
