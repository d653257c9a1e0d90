"""Station databases (real SQLite files) paired for sync, and an in-process exchange."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from studio.files import write_atomic
from studio.push import broker_config
from studio.push.keys import KeyStore
from studio.push.signing import public_key_text
from studio.store import open_store, settings, sqlite_url, stations, sync_state
from studio.store.db import Store
from studio.store.models import StationKind
from studio.sync import access, fields
from studio.sync.replica import Replica, open_replica, pair
from studio.sync.service import PASSWORD_FILE, SyncService
from tests.helpers import need_tool
from tests.push.broker import Broker, free_port


@dataclass
class Station:
    name: str
    store: Store
    replica: Replica

    @property
    def id(self) -> str:
        return str(self.store.local_station_id)

    def peer(self, role: str) -> sync_state.Peer:
        return sync_state.Peer(
            self.id, self.name, role, public_key_text(self.replica.key.public_key())
        )


def make_station(folder: Path, name: str, kind: StationKind) -> Station:
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(sqlite_url(folder / "studio.db"))
    stations.create_local_station(store, stations.StationProfile(name, "Lào Cai", kind))
    return Station(name, store, open_replica(store))


def link(parent: Station, commune: Station) -> None:
    pair(parent.replica, commune.peer(sync_state.COMMUNE))
    pair(commune.replica, parent.peer(sync_state.PARENT))


def add(station: Station, record):
    """``record`` saved in ``station``'s database, as an operator's edit would be."""
    with station.store.session() as s:
        s.add(record)
    return record


def edit(station: Station, model, record_id, **values) -> None:
    with station.store.session() as s:
        record = s.get(model, record_id)
        for k, v in values.items():
            setattr(record, k, v)


def get(station: Station, model, record_id):
    with station.store.session() as s:
        return s.get(model, record_id)


def exchange(stations_: list[Station], online: set[str] | None = None, rounds: int = 6) -> None:
    """Deliver every unconfirmed change set between stations that are online (all by
    default), confirm what was applied, until nothing moves."""
    by_id = {s.id: s for s in stations_}
    for _ in range(rounds):
        moved = False
        for s in stations_:
            s.replica.capture()
        for s in stations_:
            if online is not None and s.id not in online:
                continue
            for out in s.replica.unconfirmed():
                target = by_id.get(out.peer)
                if target is None or (online is not None and target.id not in online):
                    continue
                target.replica.apply(out.payload)
                s.replica.mark_confirmed(target.id, [out.change_id])
                moved = True
        if not moved:
            return


def shared_view(station: Station, owners: set[str] | None = None) -> dict:
    """Every replicated record's fields, by table and id (optionally only these owners')."""
    view = {}
    with station.store.session() as s:
        for model in fields.MODELS:
            for r in s.scalars(select(model)):
                if owners is not None and str(r.station_id) not in owners:
                    continue
                view[(model.__tablename__, str(r.id))] = fields.record_values(r)
    return view


@dataclass
class SyncBroker:
    """The parent station's real Mosquitto, with every commune allowed its sync topics."""

    broker: Broker
    parent: Station
    communes: list[Station]

    def configure(self) -> None:
        """What ``studio broker config`` writes on the parent, and each commune set up with
        the password the parent made for it when it paired it."""
        keys = KeyStore(self.parent.store.files_dir / "keys")
        settings.put(
            self.parent.store, sync_state.BROKER, {"host": "127.0.0.1", "port": self.broker.port}
        )
        broker_config.write(
            self.broker.folder,
            keys,
            self.parent.id,
            [],
            hosts=["127.0.0.1", "localhost"],
            port=self.broker.port,
            bind="127.0.0.1",
            run_as="root" if os.geteuid() == 0 else None,
            extra_acl=access.broker_acl(self.parent.store, keys),
        )
        for commune in self.communes:
            settings.put(
                commune.store,
                sync_state.BROKER,
                {
                    "host": "127.0.0.1",
                    "port": self.broker.port,
                    "ca_file": str(self.broker.folder / "ca.crt"),
                },
            )
            write_atomic(
                commune.store.files_dir / "keys" / PASSWORD_FILE,
                access.secret_path(keys, commune.id).read_text(),
                secret=True,
            )


def sync_broker(folder: Path, parent: Station, communes: list[Station]) -> SyncBroker:
    binary = need_tool("mosquitto")
    sb = SyncBroker(Broker(folder, free_port(), binary), parent, communes)
    sb.configure()
    return sb


def quiet(services, timeout: float) -> bool:
    """Wait until none of ``services`` has a change set unconfirmed by another of them and
    none heard anything for a moment; False if that did not happen within ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if any(not s.link.connected.is_set() for s in services):
            continue
        online = {s.replica.station_id for s in services}
        busy = any(r.peer in online for s in services for r in s.replica.unconfirmed())
        recent = any(time.monotonic() - s._last_message < 1.0 for s in services)
        if not busy and not recent:
            return True
    return False


def sync_together(stations_: list[Station], timeout: float = 30.0) -> None:
    """Bring these stations online at once, let them sync, and take them offline again."""
    services = []
    for st in stations_:
        st.replica.capture()
        services.append(SyncService.open(st.replica))
    for svc in services:
        svc.start()
    try:
        # a station's first connection makes its session at the broker; what is sent to
        # it before that is only sent again later, so first let every one connect
        for svc in services:
            assert svc.link.wait_connected(10), "could not reach the broker"
        for svc in services:
            svc.send_waiting(resend_after=timedelta(0))
            svc.ask_missing_audio()
        assert quiet(services, timeout), "sync did not settle: " + repr(
            [
                (s.replica.station_id[:4], r.peer[:4], r.seq, r.sent_at is not None)
                for s in services
                for r in s.replica.unconfirmed()
            ]
            + [s.link.connected.is_set() for s in services]
        )
    finally:
        for svc in services:
            svc.stop()


def add_devices_and_as_run(
    station: Station, devices: dict[str, str], played: list[tuple[str, timedelta]]
) -> None:
    """A commune's loudspeakers (name -> zone name) and what it played (title, how long
    ago), as its own records."""
    from studio.store.models import AsRunEntry, Device, DeviceKind, PlayResult, PlaySource, Zone
    from studio.store.types import utcnow

    with station.store.session() as s:
        zones: dict[str, Zone] = {}
        for name, zone in devices.items():
            if zone not in zones:
                zones[zone] = Zone(name=zone)
                s.add(zones[zone])
                s.flush()
            s.add(Device(name=name, kind=DeviceKind.IP_SPEAKER, zone_id=zones[zone].id))
        for title, ago in played:
            s.add(
                AsRunEntry(
                    started_at=utcnow() - ago,
                    result=PlayResult.PLAYED,
                    source=PlaySource.SPEAKER,
                    title=title,
                )
            )
