"""Ed25519 signatures over canonical JSON, and the checks a device makes before it obeys.

The station signs every manifest and command (docs/protocol.md, "Signed messages"); a
device holds only the station's public key and refuses anything that is forged, signed by
another station, replayed, moved to another topic, or out of date.
"""

from __future__ import annotations

import base64
import json
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from studio.push.protocol import VERSION
from studio.push.timefmt import parse_instant

#: how far ahead of the device clock a message may claim to be issued
MAX_FUTURE = timedelta(minutes=5)
#: how many applied message ids a device remembers for de-duplication
REMEMBERED_IDS = 512


def canonical(obj: Any) -> bytes:
    """The one byte string both sides sign and verify: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def public_key_text(key: Ed25519PublicKey) -> str:
    """The 32 raw bytes of a public key, base64 — what a device config carries."""
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def load_public_key(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def sign(key: Ed25519PrivateKey, envelope: dict[str, Any]) -> dict[str, Any]:
    """``envelope`` with its ``sig`` over the canonical encoding of everything else."""
    unsigned = {k: v for k, v in envelope.items() if k != "sig"}
    return {**unsigned, "sig": base64.b64encode(key.sign(canonical(unsigned))).decode()}


class Rejected(Exception):
    """A message the device must not obey; ``reason`` is a protocol reason code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class Verifier:
    """A device's gate for signed messages, with the memory that stops replays.

    ``last_seq`` (per topic) and ``seen`` are state the device keeps across restarts
    (:meth:`state` / :meth:`restore`); losing them would let an old message be replayed.
    """

    station_id: str
    public_key: Ed25519PublicKey
    last_seq: dict[str, int] = field(default_factory=dict)
    seen: deque[str] = field(default_factory=lambda: deque(maxlen=REMEMBERED_IDS))

    def check(self, topic: str, payload: bytes, now: datetime) -> dict[str, Any]:
        """The envelope, if it may be obeyed; records it as applied. Raises Rejected."""
        env = _parse(payload)
        if env["station"] != self.station_id:
            raise Rejected("other_station", str(env["station"]))
        unsigned = {k: v for k, v in env.items() if k != "sig"}
        try:
            self.public_key.verify(base64.b64decode(env["sig"], validate=True), canonical(unsigned))
        except (InvalidSignature, ValueError) as exc:
            raise Rejected("bad_signature", f"seq {env['seq']}") from exc
        if env["topic"] != topic:
            raise Rejected("wrong_topic", str(env["topic"]))
        if env["id"] in self.seen:
            raise Rejected("duplicate", env["id"])
        if env["seq"] <= self.last_seq.get(topic, 0):
            raise Rejected("replayed", f"seq {env['seq']} ≤ {self.last_seq[topic]}")
        try:
            issued, expires = parse_instant(env["issued_at"]), parse_instant(env["expires_at"])
        except ValueError as exc:
            raise Rejected("malformed", str(exc)) from exc
        if expires <= now or issued > now + MAX_FUTURE:
            raise Rejected("stale", f"issued {env['issued_at']}, expires {env['expires_at']}")
        self.last_seq[topic] = env["seq"]
        self.seen.append(env["id"])
        return env

    def state(self) -> dict[str, Any]:
        return {"last_seq": dict(self.last_seq), "seen": list(self.seen)}

    def restore(self, state: dict[str, Any]) -> None:
        self.last_seq = {str(k): int(v) for k, v in state.get("last_seq", {}).items()}
        self.seen = deque(state.get("seen", []), maxlen=REMEMBERED_IDS)


_FIELDS = {
    "v": int,
    "type": str,
    "station": str,
    "topic": str,
    "id": str,
    "seq": int,
    "issued_at": str,
    "expires_at": str,
    "body": dict,
    "sig": str,
}


def _parse(payload: bytes) -> dict[str, Any]:
    try:
        env = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Rejected("malformed", "not JSON") from exc
    if not isinstance(env, dict):
        raise Rejected("malformed", "not an object")
    for name, kind in _FIELDS.items():
        if not isinstance(env.get(name), kind) or isinstance(env.get(name), bool):
            raise Rejected("malformed", f"field {name}")
    if env["v"] != VERSION:
        raise Rejected("malformed", f"version {env['v']}")
    return env
