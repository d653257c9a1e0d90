"""What the station knows of each loudspeaker: its last status and when it was last heard.

Every message from a device (status, heartbeat, report) counts as a sign of life. A device
is online while it says so and was heard within three of its heartbeats; its last will
(``online: false``) or silence make it offline. Retained statuses that the broker hands
over on connect are taken as the device's last word, not as a sign of life now.

Last-seen times are kept in a small JSON file beside the station's keys (``device-status.json``):
local to this installation, never synced, and needing no schema change.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from studio.files import write_atomic
from studio.push import protocol
from studio.push.timefmt import format_instant, parse_instant
from studio.store.types import utcnow

log = logging.getLogger(__name__)

STATUS_FILE = "device-status.json"
#: a device unheard for this many heartbeats is offline
MISSED_HEARTBEATS = 3
#: the status file is written at most this often (seconds), and when a device goes on or off
SAVE_EVERY_S = 10.0


@dataclass(frozen=True)
class DeviceState:
    device_id: str
    online: bool
    last_seen: datetime | None
    status: dict[str, Any]

    @property
    def playing_title(self) -> str:
        playing = self.status.get("playing") or {}
        return str(playing.get("title", "")) if self.online else ""


def heartbeat_of(status: dict[str, Any]) -> float:
    """Seconds between a device's heartbeats, as its status says (the protocol's default)."""
    value = status.get("heartbeat_s")
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return protocol.HEARTBEAT_S


class DeviceMonitor:
    """Thread-safe: fed from the station's intake thread, read from anywhere (the UI)."""

    def __init__(self, path: Path | None = None, clock: Callable[[], datetime] = utcnow) -> None:
        self.path, self.clock = path, clock
        self._lock = threading.Lock()
        self._seen: dict[str, datetime] = {}
        self._status: dict[str, dict[str, Any]] = {}
        self._saved_at = -1e9
        self._load()

    def observe(self, device_id: str, message: dict[str, Any], *, retained: bool = False) -> None:
        """Take one message from ``device_id``."""
        with self._lock:
            before = self._online(device_id, self.clock())
            if message.get("type") == "status":
                self._status[device_id] = message
            will = message.get("type") == "status" and message.get("online") is False
            if not retained and not will:
                self._seen[device_id] = self.clock()
            changed = before != self._online(device_id, self.clock())
        self._maybe_save(force=changed)

    def state(self, device_id: str) -> DeviceState:
        with self._lock:
            now = self.clock()
            return DeviceState(
                device_id,
                self._online(device_id, now),
                self._seen.get(device_id),
                dict(self._status.get(device_id, {})),
            )

    def states(self) -> dict[str, DeviceState]:
        with self._lock:
            ids = set(self._seen) | set(self._status)
        return {d: self.state(d) for d in ids}

    def _online(self, device_id: str, now: datetime) -> bool:
        status, seen = self._status.get(device_id), self._seen.get(device_id)
        if status is None or seen is None or status.get("online") is not True:
            return False
        return now - seen <= timedelta(seconds=MISSED_HEARTBEATS * heartbeat_of(status))

    # --- the status file --------------------------------------------------------------

    def _load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for device_id, entry in data.get("devices", {}).items():
                if entry.get("last_seen"):
                    self._seen[device_id] = parse_instant(entry["last_seen"])
                if isinstance(entry.get("status"), dict):
                    self._status[device_id] = entry["status"]
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("cannot read %s: %s", self.path, exc)

    def _maybe_save(self, *, force: bool) -> None:
        if self.path is None or (not force and time.monotonic() - self._saved_at < SAVE_EVERY_S):
            return
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        with self._lock:
            self._saved_at = time.monotonic()
            ids = sorted(set(self._seen) | set(self._status))
            data = {
                "devices": {
                    d: {
                        "last_seen": format_instant(self._seen[d]) if d in self._seen else None,
                        "status": self._status.get(d),
                    }
                    for d in ids
                }
            }
            text = json.dumps(data, ensure_ascii=False, indent=1)
        try:
            write_atomic(self.path, text)
        except OSError as exc:
            log.warning("cannot write %s: %s", self.path, exc)
