"""Sync over the broker: send what waits, take in what arrived, fetch audio by hash.

A station connects with a fixed client id, clean start off and a long session expiry
(:class:`studio.push.transport.Link`), so the broker keeps a station's messages while it is
offline. Every change set stays in ``sync_outgoing`` until the peer confirms it applied it
(an ``ack``); until then it is sent again on the next sync, and the peer's record of
applied ids makes the repeat harmless. A station that dies mid-sync therefore loses
nothing: what it had not confirmed comes again, what it had applied is not applied twice.

Audio moves by content hash with the chunked delivery of the push side: a station that
takes in an audio record whose file it lacks asks the peer for it (``need``) and keeps the
chunks as they come (:class:`studio.push.delivery.PartialFile`).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from studio.blobs import BlobStore
from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.files import write_atomic
from studio.push import delivery, protocol, signing
from studio.push.keys import KeyStore, station_user
from studio.push.transport import BrokerAddress, Link, TransportError
from studio.store import settings, sync_state
from studio.store.models import AudioAsset
from studio.store.types import utcnow
from studio.sync import topics
from studio.sync.errors import SyncError
from studio.sync.replica import VERSION, Replica, open_replica

log = logging.getLogger(__name__)

#: a change set not confirmed this long after it was sent goes again
RESEND_AFTER = timedelta(seconds=30)
#: incoming messages are taken as done when none came for this long
QUIET_S = 0.5
#: a sync stops waiting for confirmations when nothing came for this long
IDLE_S = 3.0
#: how often the background sync looks for work, and for local edits
TICK_S = 1.0
CAPTURE_EVERY_S = 10.0
PASSWORD_FILE = "sync-broker.secret"


def broker_address(replica: Replica) -> BrokerAddress | None:
    """The sync broker as configured (None: not configured yet)."""
    store = replica.store
    conf = settings.get(store, sync_state.BROKER)
    if not conf.get("host"):
        return None
    keys = KeyStore(store.files_dir / "keys")
    secret = keys.root / PASSWORD_FILE
    if secret.exists():
        password = secret.read_text(encoding="utf-8").strip()
    else:  # a parent logs in to its own broker as the station
        password = keys.station_password(replica.station_id)
    return BrokerAddress(
        host=conf["host"],
        port=int(conf.get("port", 8883)),
        ca_file=Path(conf.get("ca_file") or keys.ca_cert_path),
        username=conf.get("username") or station_user(replica.station_id),
        password=password,
    )


def reachable(address: BrokerAddress, timeout: float = 1.0) -> bool:
    """Whether the broker answers at all (for "online" in the status)."""
    try:
        socket.create_connection((address.host, address.port), timeout=timeout).close()
        return True
    except OSError:
        return False


def broker_online(store) -> bool | None:
    """Whether this station's sync broker answers now (None: not paired or not set up)."""
    if not sync_state.peers(store):
        return None
    address = broker_address(open_replica(store))
    return None if address is None else reachable(address)


@dataclass
class Report:
    """What one sync did."""

    online: bool
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    waiting: int = 0
    error: str = ""


@dataclass
class SyncService:
    replica: Replica
    address: BrokerAddress
    blobs: BlobStore
    partial_root: Path
    received: int = 0
    conflicts: int = 0
    _last_message: float = field(default=0.0, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False)
    _wake: threading.Event = field(default_factory=threading.Event, init=False)
    _worker: threading.Thread | None = field(default=None, init=False)

    @classmethod
    def open(cls, replica: Replica, address: BrokerAddress | None = None) -> SyncService:
        address = address or broker_address(replica)
        if address is None:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors", "No sync broker is set up. Run: studio sync setup --broker HOST"
                )
            )
        files = replica.store.files_dir
        return cls(replica, address, BlobStore(files / "audio"), files / "sync-partial")

    def __post_init__(self) -> None:
        me = self.replica.station_id
        self.role = self.replica.role()
        self.hub = me if self.role == sync_state.PARENT else self._parent_id()
        if self.role == sync_state.PARENT:
            subscription = topics.parent_subscription(self.hub)
        else:
            subscription = topics.commune_subscription(self.hub, me)
        self.link = Link(
            self.address,
            f"studio-sync-{me}",
            on_message=self._on_message,
            subscriptions=[(subscription, 1)],
        )

    def _parent_id(self) -> str:
        for peer in self.replica.peers().values():
            if peer.role == sync_state.PARENT:
                return peer.id
        raise SyncError(QT_TRANSLATE_NOOP("errors", "This station is not paired with any station."))

    def topic_to(self, peer_id: str, kind: str) -> str:
        if self.role == sync_state.PARENT:
            return topics.down(self.hub, peer_id, kind)
        return topics.up(self.hub, self.replica.station_id, kind)

    # --- running ------------------------------------------------------------------------

    def start(self) -> None:
        """Connect and keep syncing in the background until :meth:`stop`."""
        self._stop.clear()
        self.link.start()
        self._worker = threading.Thread(target=self._run, name="studio-sync", daemon=True)
        self._worker.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._worker is not None:
            self._worker.join(timeout=15)
            self._worker = None
        self.link.stop()

    def _run(self) -> None:
        """Send what waits (relayed changes, resends) and pick up local edits now and then."""
        last_capture = 0.0
        while not self._stop.is_set():
            self._wake.wait(TICK_S)
            self._wake.clear()
            if self._stop.is_set() or not self.link.connected.is_set():
                continue
            try:
                if time.monotonic() - last_capture > CAPTURE_EVERY_S:
                    self.replica.capture()
                    last_capture = time.monotonic()
                self.send_waiting()
            except StudioError as exc:  # the broker went away, the database is busy: next tick
                log.info("sync round failed: %s", exc)

    def sync_once(self, timeout: float = 10.0) -> Report:
        """Capture, connect, send what waits, take in what comes, until all is confirmed
        and the broker has gone quiet or ``timeout`` passes."""
        self.replica.capture()
        self.start()
        try:
            if not self.link.wait_connected(timeout):
                return self._report(False, 0, "")
            sent = self.send_waiting(resend_after=timedelta(0))
            self.ask_missing_audio()
            started = time.monotonic()
            deadline = started + timeout
            while time.monotonic() < deadline:
                silent = time.monotonic() - max(self._last_message, started)
                if silent > QUIET_S and not self.replica.unconfirmed():
                    break
                if silent > IDLE_S:  # the peer is away: the broker keeps the rest for it
                    break
                time.sleep(0.05)
            sync_state.mark_synced(self.replica.store)
            return self._report(True, sent, "")
        except TransportError as exc:
            return self._report(False, 0, str(exc))
        finally:
            self.stop()

    def _report(self, online: bool, sent: int, error: str) -> Report:
        return Report(
            online=online,
            sent=sent,
            received=self.received,
            conflicts=self.conflicts,
            waiting=len(self.replica.unconfirmed()),
            error=error,
        )

    def send_waiting(self, resend_after: timedelta = RESEND_AFTER) -> int:
        """Publish every change set not yet confirmed (again, if sent long enough ago)."""
        sent = 0
        now = utcnow()
        peers = self.replica.peers()
        for row in self.replica.unconfirmed():
            if row.peer not in peers:
                continue
            if row.sent_at is not None and now - row.sent_at < resend_after:
                continue
            self.link.publish(self.topic_to(row.peer, "changes"), row.payload, qos=1)
            self.replica.mark_sent(row.change_id)
            sent += 1
        return sent

    def ask_missing_audio(self) -> None:
        with self.replica.store.session() as s:
            rows = s.execute(select(AudioAsset.sha256, AudioAsset.station_id)).all()
        for sha, owner in rows:
            if sha and len(sha) == 64 and not self.blobs.has(sha):
                self._need(sha, self._source_for(str(owner)))

    def _source_for(self, owner: str) -> str:
        """Who to ask for a file: the owner if paired with us, else the parent."""
        peers = self.replica.peers()
        return owner if owner in peers else (self.hub if self.hub in peers else owner)

    def _need(self, sha: str, peer_id: str) -> None:
        if peer_id not in self.replica.peers():
            return
        partial = self.partial_root / sha
        chunks = None
        if partial.exists() and (partial / "size").exists():
            size = int((partial / "size").read_text())
            chunks = delivery.PartialFile(partial, sha, size).missing()
        env = {
            "v": VERSION,
            "type": "need",
            "from": self.replica.station_id,
            "to": peer_id,
            "sha256": sha,
            "chunks": chunks,
        }
        payload = signing.canonical(signing.sign(self.replica.key, env))
        self.link.publish_nowait(self.topic_to(peer_id, "need"), payload, qos=1)

    # --- incoming (paho's network thread) -----------------------------------------------

    def _on_message(self, topic: str, payload: bytes, _retained: bool) -> None:
        parsed = topics.parse(topic)
        if parsed is None:
            return
        commune, direction, kind = parsed
        mine = "down" if self.role == sync_state.COMMUNE else "up"
        if direction != mine:
            return
        peer_id = self.hub if self.role == sync_state.COMMUNE else commune
        self._last_message = time.monotonic()
        try:
            if kind == "changes":
                self._changes(peer_id, payload)
            elif kind == "ack":
                env = self.replica.verify(payload)
                self.replica.mark_confirmed(str(env["from"]), [str(i) for i in env["ids"]])
            elif kind == "need":
                env = self.replica.verify(payload)
                for frame in delivery.chunks_for(self.blobs, env):
                    self.link.publish_nowait(self.topic_to(peer_id, "blob"), frame, qos=1)
            elif kind == "blob":
                self._chunk(payload)
        except SyncError as exc:
            self._log_error(peer_id, exc.text())
        self._last_message = time.monotonic()

    def _changes(self, peer_id: str, payload: bytes) -> None:
        result = self.replica.apply(payload)
        if not result.duplicate:
            with self._lock:
                self.received += result.records
                self.conflicts += result.conflicts
        ack = {
            "v": VERSION,
            "type": "ack",
            "from": self.replica.station_id,
            "to": result.peer,
            "ids": [result.change_id],
        }
        self.link.publish_nowait(
            self.topic_to(peer_id, "ack"), signing.canonical(signing.sign(self.replica.key, ack))
        )
        for sha in result.audio:
            if not self.blobs.has(sha):
                self._need(sha, peer_id)
        self._wake.set()  # changes to pass on to other stations leave at once

    def _chunk(self, payload: bytes) -> None:
        try:
            header, data = protocol.split_chunk_frame(payload)
            sha, size = str(header["sha256"]), int(header["size"])
        except (ValueError, KeyError, TypeError):
            return
        if self.blobs.has(sha):
            return
        folder = self.partial_root / sha
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "size", str(size))
        partial = delivery.PartialFile(folder, sha, size)
        if partial.accept(header, data) and not partial.missing():
            partial.assemble(self.blobs)

    def _log_error(self, peer_id: str, text: str) -> None:
        log.warning("sync message from %s refused: %s", peer_id, text)
        self.replica.log("error", peer_id, text)


def sync_now(store, timeout: float = 10.0) -> Report:
    """One sync of ``store``'s station with its peers (what ``studio sync now`` runs)."""
    replica = open_replica(store)
    if not replica.peers():
        raise SyncError(QT_TRANSLATE_NOOP("errors", "This station is not paired with any station."))
    return SyncService.open(replica).sync_once(timeout)
