"""From the resolved schedule to zone manifests: what each zone's loudspeakers play, by day.

Every day of the coming days is resolved per zone (:func:`studio.schedule.resolve.resolve`);
each entry with audio becomes a manifest item whose id is derived from what it is (zone,
slot or exception, start, content hash). The same schedule therefore gives the same items,
so pushing it again changes nothing, and a device that already played an item does not
play it again when a changed schedule replaces its manifest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from studio.localtime import to_local
from studio.push import protocol, topics
from studio.push.station import StationPush
from studio.push.timefmt import format_instant
from studio.schedule.book import load_book
from studio.schedule.resolve import local_instant, resolve
from studio.store.models import (
    AudioAsset,
    Bulletin,
    Device,
    OutboxMessage,
    Programme,
    SlotContent,
    Zone,
    ZoneKind,
)
from studio.store.stations import owned_by

#: namespace of the item ids made from a schedule entry
ITEM_NAMESPACE = uuid.UUID("5b0d1f52-2c1e-4d8e-9a55-3f1d7c0a6e21")


@dataclass(frozen=True)
class ZonePlan:
    """One zone's items for the local dates ``first``..``last``, ready to sign."""

    zone_id: str
    zone_name: str
    first: date
    last: date
    items: tuple[protocol.Item, ...]
    #: titles of entries without audio yet, once each
    skipped: tuple[str, ...] = ()
    #: titles of relays (a manifest holds files only), once each
    relays: tuple[str, ...] = ()

    @property
    def expires(self) -> datetime:
        """The end of the last day covered (a device drops the manifest then)."""
        return local_instant(self.last + timedelta(days=1), 0)

    def body(self) -> dict:
        return protocol.manifest_body(
            self.zone_id, self.first.isoformat(), self.last.isoformat(), list(self.items)
        )


@dataclass
class PushedPlan:
    plan: ZonePlan
    #: the outbox seq of the new manifest, or of the identical one pushed before
    seq: int
    changed: bool
    devices: list[str] = field(default_factory=list)


def item_id(zone_id: str, key: str, start: datetime, sha256: str) -> str:
    return str(uuid.uuid5(ITEM_NAMESPACE, f"{zone_id}|{key}|{format_instant(start)}|{sha256}"))


def _audio_of(push: StationPush) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, str]]:
    """sha256 of each programme's rendered sound and each bulletin's sound."""
    with push.store.session() as s:
        sha = {a.id: a.sha256 for a in s.scalars(select(AudioAsset).where(~AudioAsset.deleted))}
        programmes = {
            p.id: sha[p.rendered_asset_id]
            for p in s.scalars(select(Programme).where(~Programme.deleted))
            if p.rendered_asset_id in sha
        }
        bulletins = {
            b.id: sha[b.asset_id]
            for b in s.scalars(select(Bulletin).where(~Bulletin.deleted))
            if b.asset_id in sha
        }
    return programmes, bulletins


def ip_zones(push: StationPush) -> list[Zone]:
    """The station's own zones of IP loudspeakers, by name (not those of other stations a
    sync brought into the database: their loudspeakers listen to another broker)."""
    with push.store.session() as s:
        query = select(Zone).where(
            ~Zone.deleted, Zone.kind == ZoneKind.IP, owned_by(push.store, Zone)
        )
        return list(s.scalars(query.order_by(Zone.name)))


def zone_devices(push: StationPush, zone_id: str) -> list[Device]:
    with push.store.session() as s:
        query = select(Device).where(
            ~Device.deleted,
            Device.enabled,
            Device.zone_id == uuid.UUID(zone_id),
            owned_by(push.store, Device),
        )
        return list(s.scalars(query.order_by(Device.name)))


def plan(
    push: StationPush,
    first: date,
    days: int,
    zones: Iterable[Zone],
    now: datetime,
) -> list[ZonePlan]:
    """Each zone's items for ``days`` local days from ``first``; what ended before ``now``
    is left out (a device would only report it missed). Only the station's own schedule
    is pushed."""
    book = load_book(push.store, push.store.local_station_id)
    programmes, bulletins = _audio_of(push)
    last = first + timedelta(days=days - 1)
    plans = []
    for zone in zones:
        zone_id = str(zone.id)
        items, skipped, relays = [], [], []
        for n in range(days):
            day = resolve(book, first + timedelta(days=n), zone.id)
            for block in day.blocks:
                for entry in block.entries:
                    if block.end <= now:
                        continue
                    content = entry.content
                    sha = None
                    if content is not None and content.kind == SlotContent.PROGRAMME:
                        sha = programmes.get(content.programme_id)
                    elif content is not None and content.kind == SlotContent.BULLETIN:
                        sha = bulletins.get(content.bulletin_id)
                    if content is not None and content.is_relay:
                        relays.append(entry.title)
                        continue
                    if sha is None or not push.blobs.has(sha):
                        skipped.append(entry.title)
                        continue
                    if entry.end <= entry.start:  # no room left for it in its slot
                        continue
                    items.append(
                        protocol.Item(
                            id=item_id(zone_id, entry.key, entry.start, sha),
                            sha256=sha,
                            size=push.blobs.size(sha),
                            title=entry.title[:300],
                            start=format_instant(entry.start),
                            # the block's end: an item that starts late still plays whole
                            latest_end=format_instant(block.end),
                            priority=entry.priority.value,
                        )
                    )
        plans.append(
            ZonePlan(
                zone_id,
                zone.name,
                first,
                last,
                tuple(items),
                tuple(dict.fromkeys(skipped)),
                tuple(dict.fromkeys(relays)),
            )
        )
    return plans


def _last_manifest(push: StationPush, topic: str) -> OutboxMessage | None:
    with push.store.session() as s:
        query = (
            select(OutboxMessage)
            .where(~OutboxMessage.deleted, OutboxMessage.topic == topic)
            .order_by(OutboxMessage.seq.desc())
            .limit(1)
        )
        return s.scalars(query).first()


def push_plans(push: StationPush, plans: list[ZonePlan]) -> list[PushedPlan]:
    """A signed manifest in the outbox for every zone whose playlist changed since the last
    push (the manifest pushed last is what the devices hold, retained by the broker)."""
    done = []
    for p in plans:
        topic = topics.zone_manifest(push.station_id, p.zone_id)
        body = p.body()
        previous = _last_manifest(push, topic)
        if previous is not None and protocol.decode(previous.payload).get("body") == body:
            seq, changed = previous.seq, False
        else:
            sent = push.manifest(p.zone_id, body["from"], body["to"], list(p.items), p.expires)
            seq, changed = sent.seq, True
        devices = [str(d.id) for d in zone_devices(push, p.zone_id)]
        done.append(PushedPlan(p, seq, changed, devices))
    return done


def local_today(now: datetime) -> date:
    return to_local(now).date()
