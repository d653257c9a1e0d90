"""Pairing two stations with one copyable line, the "pairing code".

A code is ``STUDIO1-`` followed by base64url JSON of the station's id, public key, name
and kind (parent or commune). Each station reads the other's code; the role follows from
the kinds: a parent-kind station is the parent, any other the commune. ``studio sync pair``
and the pairing dialog both pair through :func:`pair_peer`, and both save a commune's
broker settings through :func:`save_broker`.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP
from studio.files import write_atomic
from studio.push.keys import KeyStore, station_user
from studio.push.signing import load_public_key, public_key_text
from studio.store import settings, stations, sync_state
from studio.store.db import Store
from studio.store.models import StationKind
from studio.sync import access, service
from studio.sync.errors import SyncError
from studio.sync.replica import open_replica, pair

PREFIX = "STUDIO1-"
DEFAULT_PORT = 8883


@dataclass(frozen=True)
class StationCode:
    id: str
    key: str
    name: str
    kind: str


@dataclass(frozen=True)
class Paired:
    """What pairing did: the peer, records queued for it, and on a parent pairing a
    commune, the broker user and password file to hand to that commune."""

    peer: sync_state.Peer
    queued: int
    user: str = ""
    password_file: Path | None = None


def encode(code: StationCode) -> str:
    data = json.dumps(
        {"id": code.id, "key": code.key, "name": code.name, "kind": code.kind},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return PREFIX + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def own_code(store: Store) -> str:
    """This station's pairing code (its key is made on first use)."""
    station = stations.local_station(store)
    if station is None:
        raise SyncError(
            QT_TRANSLATE_NOOP("errors", "Set up this station first (its name and kind).")
        )
    replica = open_replica(store)
    key = public_key_text(replica.key.public_key())
    return encode(StationCode(str(station.id), key, station.name, str(station.kind)))


def _garbage() -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This is not a pairing code. Copy the whole line that starts with STUDIO1- "
            "from the other station.",
        )
    )


def decode(text: str) -> StationCode:
    """The station a pairing code names; refuses anything that is not a whole, valid code."""
    text = "".join(text.split())  # a code pasted from a chat may be broken over lines
    if not text.upper().startswith(PREFIX):
        raise _garbage()
    body = text[len(PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        data = json.loads(raw.decode("utf-8"))
        code = StationCode(str(uuid.UUID(data["id"])), data["key"], str(data["name"]), data["kind"])
        load_public_key(code.key)
        StationKind(code.kind)
    except (binascii.Error, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _garbage() from exc
    return code


def other_code(store: Store, text: str) -> StationCode:
    """The other station's code, refused when it is this station's own."""
    code = decode(text)
    if code.id == str(store.local_station_id):
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is this station's own pairing code. Paste the code of the other station.",
            )
        )
    return code


def role_of(store: Store, code: StationCode) -> str:
    """The other station's role: the parent if it is a parent station, else a commune."""
    station = stations.local_station(store)
    mine = str(station.kind) if station is not None else ""
    # two parents or two communes: which one leads cannot be told from the codes
    if code.kind == mine == StationKind.COMMUNE:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors", "Both stations are communes. Pair a commune with its parent station."
            )
        )
    if code.kind == mine:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Both stations are parent stations. Pair a commune with its parent station, "
                "or pair two parent stations with studio sync pair --role.",
            )
        )
    return sync_state.PARENT if code.kind == StationKind.PARENT else sync_state.COMMUNE


def pair_peer(store: Store, peer: sync_state.Peer) -> Paired:
    """Start syncing with ``peer``; a parent also makes the commune's broker password."""
    replica = open_replica(store)
    queued = pair(replica, peer)
    if peer.role != sync_state.COMMUNE:
        return Paired(peer, queued)
    # the commune logs in to this station's broker as itself
    keys = KeyStore(store.files_dir / "keys")
    access.commune_password(keys, peer.id)
    return Paired(peer, queued, station_user(peer.id), access.secret_path(keys, peer.id))


def pair_with(store: Store, text: str) -> Paired:
    """Pair with the station whose pairing code is ``text``."""
    code = other_code(store, text)
    peer = sync_state.Peer(code.id, code.name, role_of(store, code), code.key)
    return pair_peer(store, peer)


def save_broker(
    store: Store,
    host: str | None = None,
    port: int = DEFAULT_PORT,
    ca_file: Path | None = None,
    username: str | None = None,
    password_file: Path | None = None,
) -> None:
    """A commune's way to its parent's broker: address, CA certificate and the password
    file the parent made for it (its content is kept in this station's key folder)."""
    password = None
    if password_file is not None:
        try:
            password = password_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("errors", "Cannot read the password file {file}."),
                file=str(password_file),
            ) from exc
        if not password:
            raise SyncError(
                QT_TRANSLATE_NOOP("errors", "The password file {file} is empty."),
                file=str(password_file),
            )
    if ca_file is not None and not ca_file.is_file():
        raise SyncError(
            QT_TRANSLATE_NOOP("errors", "The CA certificate {file} does not exist."),
            file=str(ca_file),
        )
    if host:
        conf: dict = {"host": host, "port": port}
        if ca_file is not None:
            conf["ca_file"] = str(ca_file.absolute())
        if username:
            conf["username"] = username
        settings.put(store, sync_state.BROKER, conf)
    if password is not None:
        keys = KeyStore(store.files_dir / "keys")
        write_atomic(keys.root / service.PASSWORD_FILE, password + "\n", secret=True)
