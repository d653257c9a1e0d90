"""What the operator does to loudspeakers, as plain functions: connect to the broker set in
the settings, play a sound now, set the volume, send a test tone, start an emergency.

Each push is signed and put in the outbox first (so it survives a lost connection); the
running :class:`~studio.push.service.StationService` sends it when woken.
"""

from __future__ import annotations

import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

import numpy as np
import soundfile as sf

from studio import settings
from studio.errors import QT_TRANSLATE_NOOP
from studio.push.errors import PushError
from studio.push.keys import station_user
from studio.push.service import StationService
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress
from studio.store import settings as stored
from studio.store.db import Store
from studio.store.models import OutboxMessage

#: how long a test tone or an emergency from the app may wait before a device gives up on it
PLAY_WINDOW = timedelta(hours=1)
TONE_HZ, TONE_S, TONE_RATE = 1000.0, 3.0, 16000


def broker_address(store: Store, push: StationPush) -> BrokerAddress | None:
    """The station's broker from the settings; None when none is set up (no address, or
    no broker configuration written yet, so no CA to trust)."""
    host = stored.get(store, settings.BROKER_HOST).strip()
    if not host or not push.keys.ca_cert_path.exists():
        return None
    return BrokerAddress(
        host,
        stored.get(store, settings.BROKER_PORT),
        push.keys.ca_cert_path,
        station_user(push.station_id),
        push.keys.station_password(push.station_id),
    )


def start_service(store: Store) -> StationService | None:
    """The app's live connection to its loudspeakers, started; None without a broker."""
    push = StationPush.open(store)
    address = broker_address(store, push)
    if address is None:
        return None
    service = StationService(push, address)
    service.start()
    return service


def tone_file(folder: Path) -> Path:
    """A 1 kHz test tone, 3 s at −12 dBFS with short fades (the same bytes every time, so
    a device that has it once never downloads it again)."""
    t = np.arange(int(TONE_S * TONE_RATE)) / TONE_RATE
    wave = 0.25 * np.sin(2 * np.pi * TONE_HZ * t)
    fade = np.minimum(1.0, np.minimum(t, TONE_S - t) / 0.05)
    path = folder / "test-tone.wav"
    sf.write(path, (wave * fade).astype("float32"), TONE_RATE, subtype="PCM_16")
    return path


def send_test_tone(push: StationPush, device_id: str, title: str) -> OutboxMessage:
    """Play the test tone at once on one device."""
    now = push.clock()
    with tempfile.TemporaryDirectory() as tmp:
        item = push.item_for_file(
            tone_file(Path(tmp)), title=title, start=now, latest_end=now + PLAY_WINDOW
        )
    return push.command({"cmd": "play_now", "item": item.to_json()}, device_id=device_id)


def play_now(
    push: StationPush,
    path: Path,
    title: str,
    *,
    zone_id: str | None = None,
    device_id: str | None = None,
    volume: int | None = None,
) -> OutboxMessage:
    """Play a file at once on a zone or one device (after what it plays now)."""
    now = push.clock()
    item = push.item_for_file(
        path, title=title, start=now, latest_end=now + PLAY_WINDOW, volume=volume
    )
    body = {"cmd": "play_now", "item": item.to_json()}
    return push.command(body, zone_id=zone_id, device_id=device_id)


def play_sound(
    push: StationPush,
    sha256: str,
    title: str,
    *,
    zone_id: str | None = None,
    device_id: str | None = None,
) -> OutboxMessage:
    """Play a sound of the station's library at once on a zone or one device."""
    if not push.blobs.has(sha256):
        raise PushError(QT_TRANSLATE_NOOP("errors", "The sound is missing from the library."))
    return play_now(push, push.blobs.path(sha256), title, zone_id=zone_id, device_id=device_id)


def set_volume(
    push: StationPush, level: int, *, zone_id: str | None = None, device_id: str | None = None
) -> OutboxMessage:
    """The volume (1–15) of a zone's loudspeakers or of one device."""
    return push.command({"cmd": "volume", "level": level}, zone_id=zone_id, device_id=device_id)


def send_emergency(
    push: StationPush, zone_ids: list[str], sha256: str, title: str, repeat: int = 1
) -> list[OutboxMessage]:
    """An emergency on the zones given, with a sound from the station's library."""
    if not zone_ids:
        raise PushError(QT_TRANSLATE_NOOP("errors", "There is no zone to send to."))
    if not push.blobs.has(sha256):
        raise PushError(
            QT_TRANSLATE_NOOP("errors", "The sound for the emergency is missing from the library.")
        )
    now = push.clock()
    item = push.item_for_file(
        push.blobs.path(sha256),
        title=title,
        start=now,
        latest_end=now + PLAY_WINDOW,
        priority="emergency",
        item_id=str(uuid.uuid4()),
    )
    return push.emergency(zone_ids, item, repeat=repeat)
