"""Messages of protocol v1 (docs/protocol.md): their shapes, limits and builders.

Pure functions on plain dicts, shared by the station and the loudspeaker agent.
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from studio.push.timefmt import format_instant, parse_instant

VERSION = 1
#: bytes per audio chunk; the last chunk of a file is shorter
CHUNK_SIZE = 65536
COMMAND_LIFETIME = timedelta(minutes=15)
EMERGENCY_LIFETIME = timedelta(hours=1)
HEARTBEAT_S = 30.0
VOLUME_RANGE = (1, 15)
REPEAT_RANGE = (1, 10)
PRIORITIES = ("normal", "priority", "emergency")
COMMANDS = (
    "play_now",
    "stop",
    "volume",
    "amplifier",
    "relay",
    "emergency_start",
    "emergency_stop",
)
RESULTS = ("played", "partial", "interrupted", "failed", "missed")


@dataclass(frozen=True)
class Item:
    """One thing to play: a file known by its hash, a time window, how often and how loud."""

    id: str
    sha256: str
    size: int
    title: str
    start: str  # instant, see timefmt
    latest_end: str
    repeat: int = 1
    priority: str = "normal"
    volume: int | None = None

    def __post_init__(self) -> None:
        if len(self.sha256) != 64 or any(c not in "0123456789abcdef" for c in self.sha256):
            raise ValueError(f"not a sha256: {self.sha256!r}")
        if self.size <= 0:
            raise ValueError("empty file")
        if not REPEAT_RANGE[0] <= self.repeat <= REPEAT_RANGE[1]:
            raise ValueError(f"repeat {self.repeat} outside {REPEAT_RANGE}")
        if self.priority not in PRIORITIES:
            raise ValueError(f"priority {self.priority!r}")
        if self.volume is not None:
            check_volume(self.volume)
        if parse_instant(self.latest_end) <= parse_instant(self.start):
            raise ValueError("latest_end is not after start")

    @property
    def start_at(self) -> datetime:
        return parse_instant(self.start)

    @property
    def latest_end_at(self) -> datetime:
        return parse_instant(self.latest_end)

    @property
    def chunk_count(self) -> int:
        return chunk_count(self.size)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Item:
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**fields)


def chunk_count(size: int) -> int:
    return max(1, math.ceil(size / CHUNK_SIZE))


def check_volume(level: int) -> int:
    if isinstance(level, bool) or not isinstance(level, int):
        raise ValueError(f"volume {level!r} is not a whole number")
    if not VOLUME_RANGE[0] <= level <= VOLUME_RANGE[1]:
        raise ValueError(f"volume {level} outside {VOLUME_RANGE}")
    return level


def volume_gain(level: int) -> float:
    """Linear gain of a volume step: 15 is full scale, each step down is −2 dB."""
    return 10 ** (-2.0 * (VOLUME_RANGE[1] - check_volume(level)) / 20)


def manifest_body(zone_id: str, first: str, last: str, items: list[Item]) -> dict[str, Any]:
    """A zone's playlist for the local dates ``first``..``last`` (ISO dates)."""
    ordered = sorted(items, key=lambda i: (i.start, i.id))
    return {"zone": zone_id, "from": first, "to": last, "items": [i.to_json() for i in ordered]}


def command_body(cmd: str, **fields: Any) -> dict[str, Any]:
    """A command body, checked the way a device checks it (ValueError if wrong)."""
    body = {"cmd": cmd, **fields}
    parse_command(body)
    return body


def parse_command(body: dict[str, Any]) -> dict[str, Any]:
    cmd = body.get("cmd")
    if cmd not in COMMANDS:
        raise ValueError(f"unknown command {cmd!r}")
    if cmd in ("play_now", "emergency_start"):
        Item.from_json(body["item"])
    if cmd == "emergency_start" and not REPEAT_RANGE[0] <= body.get("repeat", 1) <= REPEAT_RANGE[1]:
        raise ValueError("repeat outside range")
    if cmd == "volume":
        check_volume(body.get("level"))
    if cmd == "amplifier" and not isinstance(body.get("on"), bool):
        raise ValueError("amplifier needs on: true or false")
    if cmd == "relay":
        if not str(body.get("url", "")).startswith(("http://", "https://", "rtsp://", "rtmp://")):
            raise ValueError("relay needs an http(s), rtsp or rtmp address")
        parse_instant(body["until"])
    return body


def envelope(
    *,
    kind: str,
    station_id: str,
    topic: str,
    seq: int,
    issued_at: datetime,
    expires_at: datetime,
    body: dict[str, Any],
    message_id: str | None = None,
) -> dict[str, Any]:
    """An unsigned envelope (see signing.sign)."""
    return {
        "v": VERSION,
        "type": kind,
        "station": station_id,
        "topic": topic,
        "id": message_id or str(uuid.uuid4()),
        "seq": seq,
        "issued_at": format_instant(issued_at),
        "expires_at": format_instant(expires_at),
        "body": body,
    }


def encode(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode()


def decode(payload: bytes) -> dict[str, Any]:
    """A device → station message; ValueError if it is not one of protocol v1."""
    data = json.loads(payload.decode("utf-8"))
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise ValueError("not a protocol v1 message")
    return data


def chunk_frame(header: dict[str, Any], data: bytes) -> bytes:
    """A binary chunk message: one line of JSON header, a newline, the bytes."""
    return encode({"v": VERSION, **header}) + b"\n" + data


def split_chunk_frame(payload: bytes) -> tuple[dict[str, Any], bytes]:
    head, sep, data = payload.partition(b"\n")
    if not sep:
        raise ValueError("chunk without header")
    return decode(head), data


def offline_status(device_id: str) -> dict[str, Any]:
    """The last will: what the broker says for a device that vanished."""
    return {"v": VERSION, "type": "status", "device": device_id, "online": False}
