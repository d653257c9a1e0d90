"""What a station keeps about its sync: its peers, the broker, the log, the conflicts.

The replication itself lives in :mod:`studio.sync`; this module is the repository the
commands and the Sync page read from.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from studio.errors import QT_TRANSLATE_NOOP
from studio.settings import PARENT_MAY_EDIT_SCHEDULE, Option
from studio.store import settings
from studio.store.db import Store, StoreError
from studio.store.models import (
    AsRunEntry,
    Device,
    Station,
    SyncApplied,
    SyncConflict,
    SyncLogEntry,
    SyncOutgoing,
    Zone,
)
from studio.store.types import utcnow

#: the stations this one syncs with: a commune has its parent, a parent its communes
PEERS: Option[list] = Option("sync.peers", list, [])
#: where the sync broker is: host, port, ca_file, username (the password is in the key folder)
BROKER: Option[dict] = Option("sync.broker", dict, {})
#: how far the scan for local changes has come (an HLC time)
SCANNED_TO: Option[int] = Option("sync.scanned_to", int, 0)
#: when the last sync with the broker finished, ISO 8601 UTC
LAST_SYNC: Option[str | None] = Option("sync.last_sync", str, None)
#: records taken in whose fields are known but which wait for a record they refer to
#: (``[table, id, owner]``): written as soon as that one arrives
PENDING: Option[list] = Option("sync.pending", list, [])

PARENT = "parent"
COMMUNE = "commune"


@dataclass(frozen=True)
class Peer:
    """A station this one syncs with, and the public key its change sets are signed with."""

    id: str
    name: str
    role: str  # the peer's role: parent or commune
    public_key: str


def peers(store: Store) -> list[Peer]:
    return [Peer(**p) for p in settings.get(store, PEERS)]


def add_peer(store: Store, peer: Peer) -> None:
    if peer.role not in (PARENT, COMMUNE):
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A peer station is a parent or a commune, not “{role}”."),
            role=peer.role,
        )
    try:
        uuid.UUID(peer.id)
    except ValueError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a station id."), value=peer.id
        ) from exc
    others = [p for p in peers(store) if p.id != peer.id]
    if peer.role == PARENT and any(p.role == PARENT for p in others):
        raise StoreError(QT_TRANSLATE_NOOP("errors", "This station already has a parent station."))
    settings.put(store, PEERS, [asdict(p) for p in [*others, peer]])


def parent_may_edit_schedule(store: Store) -> bool:
    return bool(settings.get(store, PARENT_MAY_EDIT_SCHEDULE))


def last_sync(store: Store) -> datetime | None:
    value = settings.get(store, LAST_SYNC)
    return datetime.fromisoformat(value) if value else None


def mark_synced(store: Store, when: datetime | None = None) -> None:
    settings.put(store, LAST_SYNC, (when or utcnow()).isoformat())


def waiting_count(store: Store) -> int:
    """Change sets not yet confirmed by the station they are for."""
    with store.session() as s:
        query = (
            select(func.count()).select_from(SyncOutgoing).where(SyncOutgoing.acked_at.is_(None))
        )
        return s.scalar(query) or 0


def waiting_records(store: Store) -> int:
    with store.session() as s:
        query = select(func.sum(SyncOutgoing.entries)).where(SyncOutgoing.acked_at.is_(None))
        return s.scalar(query) or 0


def log(store: Store, limit: int = 200) -> list[SyncLogEntry]:
    """The newest entries of the sync log first."""
    with store.session() as s:
        query = select(SyncLogEntry).order_by(SyncLogEntry.id.desc()).limit(limit)
        return list(s.scalars(query))


def open_conflicts(store: Store) -> list[SyncConflict]:
    with store.session() as s:
        query = (
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at)
        )
        return list(s.scalars(query))


def find_conflict(store: Store, text: str) -> SyncConflict:
    """The open conflict whose id is ``text`` or starts with it (as the list prints it)."""
    text = text.strip().lower()
    matches = [c for c in open_conflicts(store) if str(c.id).startswith(text)] if text else []
    if len(matches) != 1:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "No open conflict has the id “{value}”."), value=text
        )
    return matches[0]


def pending_count(store: Store) -> int:
    """Records received that wait for a record they refer to."""
    return len(settings.get(store, PENDING))


def status(store: Store) -> dict[str, Any]:
    when = last_sync(store)
    return {
        "pending_records": pending_count(store),
        "peers": [asdict(p) for p in peers(store)],
        "waiting_change_sets": waiting_count(store),
        "waiting_records": waiting_records(store),
        "open_conflicts": len(open_conflicts(store)),
        "last_sync": when.isoformat() if when else None,
        "parent_may_edit_schedule": parent_may_edit_schedule(store),
    }


# --- a parent's view of its communes ------------------------------------------------------

#: how far back the as-run count of a commune looks
AS_RUN_DAYS = 7


@dataclass(frozen=True)
class CommuneDevice:
    """A loudspeaker or transmitter controller of a commune, as replicated to its parent."""

    name: str
    kind: str
    zone: str  # "" when the device is in no zone
    enabled: bool


@dataclass(frozen=True)
class AsRunLine:
    started_at: datetime
    title: str
    result: str


@dataclass(frozen=True)
class CommuneSummary:
    """What a parent station knows of one of its communes."""

    id: str
    name: str
    #: when the last change set from the commune was applied here (None: never)
    last_received: datetime | None
    #: change sets for the commune it has not confirmed yet
    waiting: int
    #: open conflicts with the commune's edits
    conflicts: int
    devices: list[CommuneDevice] = field(default_factory=list)
    #: its as-run entries that started in the last AS_RUN_DAYS days
    as_run_recent: int = 0
    last_as_run: AsRunLine | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_received"] = self.last_received.isoformat() if self.last_received else None
        if self.last_as_run is not None:
            data["last_as_run"]["started_at"] = self.last_as_run.started_at.isoformat()
        return data


def communes(store: Store, now: datetime | None = None) -> list[CommuneSummary]:
    """Each paired commune with its sync state, devices and recent as-run (for a parent;
    empty for a commune), by name. Devices and as-run come from the commune's replicated
    records, so they are as of its last sync."""
    since = (now or utcnow()) - timedelta(days=AS_RUN_DAYS)
    found = []
    with store.session() as s:
        for peer in peers(store):
            if peer.role != COMMUNE:
                continue
            station_id = uuid.UUID(peer.id)
            record = s.get(Station, station_id)
            last_received = s.scalar(
                select(func.max(SyncApplied.applied_at)).where(SyncApplied.peer == peer.id)
            )
            waiting = s.scalar(
                select(func.count())
                .select_from(SyncOutgoing)
                .where(SyncOutgoing.peer == peer.id, SyncOutgoing.acked_at.is_(None))
            )
            conflicts = s.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.theirs_origin == peer.id, SyncConflict.resolved_at.is_(None))
            )
            devices = [
                CommuneDevice(d.name, d.kind.value, zone or "", d.enabled)
                for d, zone in s.execute(
                    select(Device, Zone.name)
                    .outerjoin(Zone, Device.zone_id == Zone.id)
                    .where(Device.station_id == station_id, ~Device.deleted)
                    .order_by(Device.name)
                )
            ]
            as_run = (AsRunEntry.station_id == station_id, ~AsRunEntry.deleted)
            recent = s.scalar(
                select(func.count())
                .select_from(AsRunEntry)
                .where(*as_run, AsRunEntry.started_at >= since)
            )
            last = s.scalars(
                select(AsRunEntry).where(*as_run).order_by(AsRunEntry.started_at.desc()).limit(1)
            ).first()
            found.append(
                CommuneSummary(
                    id=peer.id,
                    name=(record.name if record is not None else "") or peer.name or peer.id[:8],
                    last_received=last_received,
                    waiting=waiting or 0,
                    conflicts=conflicts or 0,
                    devices=devices,
                    as_run_recent=recent or 0,
                    last_as_run=(
                        AsRunLine(last.started_at, last.title, last.result.value)
                        if last is not None
                        else None
                    ),
                )
            )
    return sorted(found, key=lambda c: c.name)
