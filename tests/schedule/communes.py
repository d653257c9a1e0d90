"""Station databases after a sync: a parent's with a commune's records beside its own, and a
commune's with its parent's. Replicated records are made with their owner set directly, as
sync leaves them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import numpy as np

from studio.audio import codec
from studio.audio.library import import_file
from studio.store import bulletins, schedule_exceptions, slots, stations
from studio.store.db import Store
from studio.store.models import (
    Bulletin,
    BulletinSource,
    Device,
    DeviceKind,
    ExceptionAction,
    SlotContent,
    Station,
    StationKind,
    Zone,
    ZoneKind,
)

PARENT = "Đài huyện Bạch Thông"
COMMUNE = "Xã Bằng Thành"
#: a Monday, ISO week 2030-W02
MONDAY = date(2030, 1, 7)
WEEK = "2030-W02"
DAILY = 0b1111111


@dataclass
class Stations:
    store: Store
    parent_id: uuid.UUID
    commune_id: uuid.UUID
    own_zone: Zone
    other_zone: Zone
    own_device: Device
    news: Bulletin


def _slot(store, title, minute, bulletin, station_id=None, zones=None):
    spec = slots.SlotSpec(
        DAILY,
        minute,
        30 * 60,
        SlotContent.BULLETIN,
        bulletin_id=bulletin.id,
        zone_ids=zones,
        title=title,
    )
    return slots.add_slot(store, spec, station_id)


def _replicated_zone(store, name, kind, owner) -> Zone:
    with store.session() as s:
        zone = Zone(id=uuid.uuid4(), name=name, kind=kind, station_id=owner)
        s.add(zone)
        s.flush()  # the device refers to it
        s.add(
            Device(
                name=f"Loa {name}",
                kind=DeviceKind.IP_SPEAKER,
                zone_id=zone.id,
                address=f"{name}-1",
                station_id=owner,
            )
        )
    return zone


def parent_with_commune(store: Store) -> Stations:
    """The district station's database: its 06:00 news on its own zone, and the commune's
    zone, loudspeaker, 06:10 slot (overlapping the news, were the two mixed) and a dated
    addition of 20:00 on Monday."""
    parent = stations.create_local_station(
        store, stations.StationProfile(PARENT, "Bắc Kạn", StationKind.PARENT)
    )
    commune_id = uuid.uuid4()
    with store.session() as s:
        s.add(
            Station(
                id=commune_id,
                station_id=commune_id,
                name=COMMUNE,
                province="Bắc Kạn",
                kind=StationKind.COMMUNE,
                parent_id=parent.id,
            )
        )
    other = _replicated_zone(store, "Thôn Nà Lạ", ZoneKind.IP, commune_id)
    own = stations.add_zone(store, "Thị trấn Phủ Thông", ZoneKind.IP)
    device = stations.add_device(
        store, "Loa thị trấn", DeviceKind.IP_SPEAKER, zone_id=own.id, address="phu-1"
    )
    news = bulletins.add_bulletin(store, "Thời sự huyện")
    _slot(store, "Thời sự huyện", 6 * 60, news)
    theirs = bulletins.add_bulletin(store, "Phát thanh xã")
    _slot(store, "Phát thanh xã", 6 * 60 + 10, theirs, commune_id, (other.id,))
    notice = bulletins.add_bulletin(store, "Thông báo xã")
    schedule_exceptions.add_exception(
        store,
        schedule_exceptions.ExceptionSpec(
            on_date=MONDAY,
            action=ExceptionAction.ADD,
            start_minute=20 * 60,
            max_duration_s=600,
            content=SlotContent.BULLETIN,
            bulletin_id=notice.id,
            title="Thông báo xã",
        ),
        commune_id,
    )
    return Stations(store, parent.id, commune_id, own, other, device, news)


def recorded_bulletin(store: Store, folder, title: str) -> Bulletin:
    """A bulletin with two seconds of recorded sound."""
    wav = folder / "tin.wav"
    t = np.arange(2 * 8000) / 8000
    codec.write(wav, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None], 8000)
    bulletin = bulletins.add_bulletin(store, title, source=BulletinSource.RECORDED)
    with store.session() as s:
        s.get(Bulletin, bulletin.id).asset_id = import_file(store, wav).asset.id
    return bulletin


def commune_with_parent(store: Store, folder) -> Stations:
    """The commune's database: its own FM and IP zones, and its parent's 06:00 news on
    every zone with recorded sound, replicated with the parent's own zone."""
    commune = stations.create_local_station(
        store, stations.StationProfile(COMMUNE, "Bắc Kạn", StationKind.COMMUNE, parent_name=PARENT)
    )
    own = stations.add_zone(store, "Thôn Nà Lạ", ZoneKind.IP)
    device = stations.add_device(
        store, "Loa Nà Lạ", DeviceKind.IP_SPEAKER, zone_id=own.id, address="nala-1"
    )
    other = _replicated_zone(store, "Thị trấn Phủ Thông", ZoneKind.IP, commune.parent_id)
    news = recorded_bulletin(store, folder, "Thời sự huyện")
    _slot(store, "Thời sự huyện", 6 * 60, news, commune.parent_id)
    return Stations(store, commune.parent_id, commune.id, own, other, device, news)
