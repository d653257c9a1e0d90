"""What the station pushes: signed manifests and commands, put in the outbox in order.

Nothing here talks to the broker; :mod:`studio.push.service` sends what waits in the
outbox. So a push made while offline is the same as one made online: it is signed,
numbered and saved at once, and leaves when the broker is back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from studio.blobs import BlobStore
from studio.errors import QT_TRANSLATE_NOOP
from studio.push import protocol, signing, topics
from studio.push.errors import PushError
from studio.push.keys import KeyStore
from studio.push.monitor import STATUS_FILE
from studio.push.timefmt import format_instant
from studio.store import outbox
from studio.store.db import Store
from studio.store.models import OutboxMessage
from studio.store.types import utcnow


@dataclass
class StationPush:
    store: Store
    station_id: str
    keys: KeyStore
    blobs: BlobStore
    clock: Callable[[], datetime] = field(default=utcnow)
    #: the station's push folder (keys, audio, device status); None: in memory only
    folder: Path | None = None

    @classmethod
    def open(cls, store: Store, folder: Path | None = None) -> StationPush:
        if store.local_station_id is None:
            raise PushError(QT_TRANSLATE_NOOP("errors", "No station has been set up yet."))
        folder = folder or store.files_dir
        return cls(
            store,
            str(store.local_station_id),
            KeyStore(folder / "keys"),
            BlobStore(folder / "audio"),
            folder=folder,
        )

    @property
    def status_path(self) -> Path | None:
        """Where the last-seen times of the devices are kept (see push.monitor)."""
        return self.folder / STATUS_FILE if self.folder else None

    def item_for_file(
        self,
        path: Path,
        *,
        title: str,
        start: datetime,
        latest_end: datetime,
        repeat: int = 1,
        priority: str = "normal",
        volume: int | None = None,
        item_id: str | None = None,
    ) -> protocol.Item:
        """Take a file into the station's audio store and describe it as an item."""
        sha, stored = self.blobs.put_file(path)
        size = stored.stat().st_size
        try:
            return protocol.Item(
                id=item_id or str(uuid.uuid4()),
                sha256=sha,
                size=size,
                title=title,
                start=format_instant(start),
                latest_end=format_instant(latest_end),
                repeat=repeat,
                priority=priority,
                volume=volume,
            )
        except ValueError as exc:
            raise PushError(
                QT_TRANSLATE_NOOP("errors", "Cannot push this item: {reason}"), reason=str(exc)
            ) from exc

    def _enqueue(
        self, kind: str, topic: str, body: dict, expires: datetime, *, retain: bool
    ) -> OutboxMessage:
        key = self.keys.signing_key()
        issued = self.clock()

        def make(seq: int, message_id: str) -> bytes:
            env = protocol.envelope(
                kind=kind,
                station_id=self.station_id,
                topic=topic,
                seq=seq,
                issued_at=issued,
                expires_at=expires,
                body=body,
                message_id=message_id,
            )
            return protocol.encode(signing.sign(key, env))

        return outbox.enqueue(self.store, topic, make, qos=1, retain=retain)

    def manifest(
        self, zone_id: str, first: str, last: str, items: list[protocol.Item], expires: datetime
    ) -> OutboxMessage:
        """A zone's playlist (retained: a device that connects later still gets it)."""
        body = protocol.manifest_body(zone_id, first, last, items)
        topic = topics.zone_manifest(self.station_id, zone_id)
        return self._enqueue("manifest", topic, body, expires, retain=True)

    def command(
        self,
        body: dict,
        *,
        zone_id: str | None = None,
        device_id: str | None = None,
        lifetime: timedelta = protocol.COMMAND_LIFETIME,
    ) -> OutboxMessage:
        """A command to every device of a zone, or to one device."""
        try:
            protocol.parse_command(body)
        except (ValueError, KeyError) as exc:
            raise PushError(
                QT_TRANSLATE_NOOP("errors", "Not a valid command: {reason}"), reason=str(exc)
            ) from exc
        if zone_id:
            topic = topics.zone_command(self.station_id, zone_id)
        elif device_id:
            topic = topics.device_command(self.station_id, device_id)
        else:
            raise ValueError("a command needs a zone or a device")
        return self._enqueue("command", topic, body, self.clock() + lifetime, retain=False)

    def emergency(
        self, zone_ids: list[str], item: protocol.Item, repeat: int = 1
    ) -> list[OutboxMessage]:
        """Emergency on every zone given, one signed command each, all queued together."""
        body = {"cmd": "emergency_start", "item": item.to_json(), "repeat": repeat}
        return [
            self.command(body, zone_id=z, lifetime=protocol.EMERGENCY_LIFETIME) for z in zone_ids
        ]
