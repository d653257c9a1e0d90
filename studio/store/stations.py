"""Stations, zones and devices: the repository functions the rest of Studio calls."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, true

from studio.errors import QT_TRANSLATE_NOOP
from studio.store import settings, sync_state
from studio.store.db import Store, StoreError
from studio.store.models import (
    SYNCED_MODELS,
    Device,
    DeviceKind,
    Setting,
    Station,
    StationKind,
    Transport,
    Zone,
    ZoneKind,
)

#: the station this installation is (set by `studio init` or the first-run dialog)
LOCAL_STATION: settings.Option[str | None] = settings.Option("station.local_id", str, None)


def local_station_id(store: Store) -> uuid.UUID | None:
    value = settings.get(store, LOCAL_STATION)
    return uuid.UUID(value) if value else None


def local_station(store: Store) -> Station | None:
    if store.local_station_id is None:
        return None
    with store.session() as s:
        return s.get(Station, store.local_station_id)


def get_station(store: Store, station_id: uuid.UUID) -> Station | None:
    with store.session() as s:
        return s.get(Station, station_id)


def owned_by(store: Store, model: type, station_id: uuid.UUID | None = None) -> ColumnElement:
    """A condition for the records of ``model`` that ``station_id`` owns (default: this
    installation's station).

    Sync puts other stations' records in the same tables (a parent holds its communes', a
    commune its parent's), so whatever works on "our" schedule, zones or devices asks for
    these only. Records written before the station was set up have no owner and count as
    the local station's; with no local station at all, every record counts.
    """
    owner = station_id if station_id is not None else store.local_station_id
    if owner is None:
        return true()
    if owner == store.local_station_id:
        return or_(model.station_id == owner, model.station_id.is_(None))
    return model.station_id == owner


def list_communes(store: Store) -> list[Station]:
    """The communes this station is the parent of, by name: stations whose parent is this
    one, and paired communes whose station record has arrived (empty for a commune)."""
    me = store.local_station_id
    if me is None:
        return []
    paired = {uuid.UUID(p.id) for p in sync_state.peers(store) if p.role == sync_state.COMMUNE}
    with store.session() as s:
        query = select(Station).where(
            ~Station.deleted,
            Station.id != me,
            or_(Station.parent_id == me, Station.id.in_(paired)),
        )
        return list(s.scalars(query.order_by(Station.name)))


def schedule_station(store: Store, text: str) -> Station:
    """This station or one of its communes, by name or id: whose schedule to work on."""
    text = text.strip()
    own = local_station(store)
    for station in [own, *list_communes(store)] if own is not None else []:
        if text in (station.name, str(station.id)):
            return station
    raise StoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "No station called “{name}”: name this station or one of its communes.",
        ),
        name=text,
    )


@dataclass(frozen=True)
class StationProfile:
    """What a person fills in to set up (or edit) their station."""

    name: str
    province: str
    kind: StationKind = StationKind.COMMUNE
    admin_code: str | None = None
    parent_name: str | None = None

    def validated(self) -> StationProfile:
        name, province = self.name.strip(), self.province.strip()
        if not name:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The station needs a name."))
        if not province:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The station needs a province."))
        code = (self.admin_code or "").strip() or None
        if code is not None and not code.isdigit():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors", "The administrative code must be digits only (got {code})."
                ),
                code=code,
            )
        parent = (self.parent_name or "").strip() or None
        return StationProfile(name, province, StationKind(self.kind), code, parent)


def create_local_station(store: Store, profile: StationProfile) -> Station:
    """Create this installation's station (once), with its parent station if one is named."""
    profile = profile.validated()
    if store.local_station_id is not None:
        existing = local_station(store)
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "This database already belongs to the station “{name}”."),
            name=existing.name if existing else store.local_station_id,
        )
    with store.session() as s:
        station = Station(
            id=uuid.uuid4(),
            name=profile.name,
            province=profile.province,
            kind=profile.kind,
            admin_code=profile.admin_code,
        )
        s.add(station)
        s.flush()
        if profile.parent_name:
            parent = Station(
                id=uuid.uuid4(),
                name=profile.parent_name,
                province=profile.province,
                kind=StationKind.PARENT,
            )
            s.add(parent)
            s.flush()
            station.parent_id = parent.id
        s.merge(Setting(key=LOCAL_STATION.key, value=str(station.id)))
    store.local_station_id = station.id
    return station


def update_local_station(store: Store, profile: StationProfile) -> Station:
    profile = profile.validated()
    with store.session() as s:
        station = s.get(Station, store.local_station_id)
        if station is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "No station has been set up yet."))
        station.name = profile.name
        station.province = profile.province
        station.kind = profile.kind
        station.admin_code = profile.admin_code
        parent = s.get(Station, station.parent_id) if station.parent_id else None
        if profile.parent_name and parent is None:
            parent = Station(
                id=uuid.uuid4(),
                name=profile.parent_name,
                province=profile.province,
                kind=StationKind.PARENT,
            )
            s.add(parent)
            s.flush()
            station.parent_id = parent.id
        elif profile.parent_name and parent is not None:
            parent.name = profile.parent_name
        elif not profile.parent_name:
            station.parent_id = None
    return station


def parent_name(store: Store, station: Station) -> str | None:
    if station.parent_id is None:
        return None
    parent = get_station(store, station.parent_id)
    return parent.name if parent else None


def add_zone(store: Store, name: str, kind: ZoneKind = ZoneKind.IP, description: str = "") -> Zone:
    with store.session() as s:
        zone = Zone(name=name, kind=kind, description=description)
        s.add(zone)
    return zone


def list_zones(store: Store, station_id: uuid.UUID | None = None) -> list[Zone]:
    """The zones of ``station_id`` (default: this station), by name."""
    with store.session() as s:
        query = select(Zone).where(~Zone.deleted, owned_by(store, Zone, station_id))
        return list(s.scalars(query.order_by(Zone.name)))


def add_device(
    store: Store,
    name: str,
    kind: DeviceKind,
    *,
    zone_id: uuid.UUID | None = None,
    transport: Transport = Transport.MQTT,
    address: str = "",
) -> Device:
    with store.session() as s:
        device = Device(name=name, kind=kind, zone_id=zone_id, transport=transport, address=address)
        s.add(device)
    return device


def list_devices(store: Store, station_id: uuid.UUID | None = None) -> list[Device]:
    """The devices of ``station_id`` (default: this station), by name; a parent sees its
    communes' devices on the Sync page instead."""
    with store.session() as s:
        query = select(Device).where(~Device.deleted, owned_by(store, Device, station_id))
        return list(s.scalars(query.order_by(Device.name)))


def record_counts(store: Store) -> dict[str, int]:
    """Live (not tombstoned) records per table, for `studio info`."""
    with store.session() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m).where(~m.deleted)) or 0
            for m in SYNCED_MODELS
        }
