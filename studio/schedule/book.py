"""Everything resolving and checking a schedule needs, as plain values: the template, the
exceptions, what each programme and bulletin would play, and the station's zones and devices.

:func:`load_book` reads it from the store once; the functions of :mod:`resolve`,
:mod:`checks` and :mod:`priority` then work on it without touching the database.

A book is one station's schedule. After a sync a database also holds other stations'
slots, exceptions, zones and devices (a parent its communes', a commune its parent's);
those stay out. Programmes and bulletins are all in: a parent produces them for its
communes, and a commune's slot may play one of its parent's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from studio.schedule.exceptions import DatedException
from studio.schedule.template import Content, TemplateSlot
from studio.store.db import Store
from studio.store.models import (
    ApprovalStatus,
    AudioAsset,
    Bulletin,
    Device,
    ItemKind,
    Programme,
    ProgrammeItem,
    ScheduleException,
    Slot,
    SlotContent,
    Zone,
)
from studio.store.stations import owned_by


@dataclass(frozen=True)
class Playable:
    """A programme or a bulletin as the schedule sees it.

    ``duration_s``: seconds of audio (a programme's rendered asset, a bulletin's asset), None
    when there is none yet. ``unapproved``: titles of bulletins in it not yet approved (the
    bulletin itself, or those a programme carries).
    """

    kind: SlotContent
    id: uuid.UUID
    title: str
    duration_s: float | None
    unapproved: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScheduleBook:
    slots: tuple[TemplateSlot, ...] = ()
    exceptions: tuple[DatedException, ...] = ()
    programmes: dict[uuid.UUID, Playable] = field(default_factory=dict)
    bulletins: dict[uuid.UUID, Playable] = field(default_factory=dict)
    #: zone id → name
    zones: dict[uuid.UUID, str] = field(default_factory=dict)
    #: zone id → number of enabled devices that play it
    devices_per_zone: dict[uuid.UUID, int] = field(default_factory=dict)

    def playable(self, content: Content | None) -> Playable | None:
        """The programme or bulletin ``content`` names (None for relays, or if it is gone)."""
        if content is None:
            return None
        if content.kind == SlotContent.PROGRAMME and content.programme_id:
            return self.programmes.get(content.programme_id)
        if content.kind == SlotContent.BULLETIN and content.bulletin_id:
            return self.bulletins.get(content.bulletin_id)
        return None

    def slot(self, slot_id: uuid.UUID | None) -> TemplateSlot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def zone_name(self, zone_id: uuid.UUID | None) -> str:
        if zone_id is None:
            return ""
        return self.zones.get(zone_id, str(zone_id))


def load_book(store: Store, station_id: uuid.UUID | None = None) -> ScheduleBook:
    """Read the live (not tombstoned) schedule of ``station_id`` (default: this station)
    and what it plays from ``store``."""

    def own(model: type):
        return owned_by(store, model, station_id)

    with store.session() as s:
        assets = {
            a.id: a.duration_s for a in s.scalars(select(AudioAsset).where(~AudioAsset.deleted))
        }
        bulletin_rows = list(s.scalars(select(Bulletin).where(~Bulletin.deleted)))
        draft_titles = {b.id: b.title for b in bulletin_rows if b.status != ApprovalStatus.APPROVED}
        bulletins = {
            b.id: Playable(
                SlotContent.BULLETIN,
                b.id,
                b.title,
                assets.get(b.asset_id) if b.asset_id else None,
                (b.title,) if b.id in draft_titles else (),
            )
            for b in bulletin_rows
        }
        carried: dict[uuid.UUID, list[str]] = {}
        items = s.scalars(
            select(ProgrammeItem)
            .where(~ProgrammeItem.deleted, ProgrammeItem.kind == ItemKind.BULLETIN)
            .order_by(ProgrammeItem.position)
        )
        for item in items:
            if item.bulletin_id in draft_titles:
                carried.setdefault(item.programme_id, []).append(draft_titles[item.bulletin_id])
        programmes = {
            p.id: Playable(
                SlotContent.PROGRAMME,
                p.id,
                p.title,
                assets.get(p.rendered_asset_id) if p.rendered_asset_id else None,
                tuple(carried.get(p.id, ())),
            )
            for p in s.scalars(select(Programme).where(~Programme.deleted))
        }
        slots = tuple(
            TemplateSlot.from_record(r)
            for r in s.scalars(
                select(Slot).where(~Slot.deleted, own(Slot)).order_by(Slot.start_minute)
            )
        )
        exceptions = tuple(
            DatedException.from_record(r)
            for r in s.scalars(
                select(ScheduleException)
                .where(~ScheduleException.deleted, own(ScheduleException))
                .order_by(ScheduleException.on_date, ScheduleException.created_at)
            )
        )
        zones = {z.id: z.name for z in s.scalars(select(Zone).where(~Zone.deleted, own(Zone)))}
        devices: dict[uuid.UUID, int] = {}
        for d in s.scalars(select(Device).where(~Device.deleted, Device.enabled, own(Device))):
            if d.zone_id is not None:
                devices[d.zone_id] = devices.get(d.zone_id, 0) + 1
    return ScheduleBook(slots, exceptions, programmes, bulletins, zones, devices)
