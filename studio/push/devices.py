"""Loudspeakers of the station: enrolment with credentials, and the config file they run with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.files import write_atomic
from studio.push import passwords
from studio.push.broker_config import DEFAULT_PORT, DeviceAccess
from studio.push.errors import PushError
from studio.push.station import StationPush
from studio.store.models import Device, DeviceKind, Transport, Zone

CONFIG_NAME = "speaker.toml"


def _own(push: StationPush, record: Zone | Device | None) -> bool:
    """A live record of this station (a parent's database also holds its communes' zones
    and devices: their loudspeakers are enrolled on the commune's own PC)."""
    return (
        record is not None
        and not record.deleted
        and record.station_id in (None, push.store.local_station_id)
    )


@dataclass(frozen=True)
class Enrolled:
    device: Device
    password: str  # shown once, written to the device's config, never stored


def enrol(push: StationPush, name: str, zone_id: uuid.UUID) -> Enrolled:
    """A new loudspeaker in ``zone_id`` with its own broker user and a fresh password."""
    name = name.strip()
    if not name:
        raise PushError(QT_TRANSLATE_NOOP("errors", "The device needs a name."))
    with push.store.session() as s:
        if not _own(push, s.get(Zone, zone_id)):
            raise PushError(QT_TRANSLATE_NOOP("errors", "No such zone: {zone}"), zone=zone_id)
        device_id = uuid.uuid4()
        device = Device(
            id=device_id,
            name=name,
            kind=DeviceKind.IP_SPEAKER,
            transport=Transport.MQTT,
            zone_id=zone_id,
            address=str(device_id),  # its MQTT user name and client id
        )
        s.add(device)
    password = passwords.new_password()
    ref = push.keys.set_password(str(device_id), password)
    with push.store.session() as s:
        stored = s.get(Device, device_id)
        assert stored is not None
        stored.credentials_ref = ref
        device = stored
    return Enrolled(device, password)


def access_list(push: StationPush) -> list[DeviceAccess]:
    """This station's loudspeakers the broker must let in, with their zones (a parent's
    database also holds its communes' devices, replicated: their broker is elsewhere)."""
    with push.store.session() as s:
        rows = s.scalars(
            select(Device).where(
                Device.station_id == uuid.UUID(push.station_id),
                ~Device.deleted,
                Device.enabled,
                Device.kind == DeviceKind.IP_SPEAKER,
                Device.transport == Transport.MQTT,
            )
        )
        return [DeviceAccess(str(d.id), str(d.zone_id) if d.zone_id else None) for d in rows]


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def config_text(
    push: StationPush, enrolled: Enrolled, *, host: str, port: int = DEFAULT_PORT
) -> str:
    """The ``speaker.toml`` a loudspeaker runs with (its password included: keep it private)."""
    d = enrolled.device
    values = {
        "station": push.station_id,
        "station_key": push.keys.public_key_text(),
        "device": str(d.id),
        "zone": str(d.zone_id),
        "name": d.name,
        "host": host,
        "password": enrolled.password,
        "ca_file": "ca.crt",
        "cache_dir": "cache",
    }
    lines = ["# studio-speaker configuration, made by Studio (studio devices add)."]
    lines += [f"{k} = {_toml_string(v)}" for k, v in values.items()]
    lines.append(f"port = {port}")
    return "\n".join(lines) + "\n"


def write_config(
    push: StationPush, enrolled: Enrolled, folder: Path, *, host: str, port: int = DEFAULT_PORT
) -> Path:
    """``speaker.toml`` and the broker's ``ca.crt`` in ``folder``, to copy to the device."""
    push.keys.ca()
    write_atomic(folder / "ca.crt", push.keys.ca_cert_path.read_bytes())
    text = config_text(push, enrolled, host=host, port=port)
    return write_atomic(folder / CONFIG_NAME, text, secret=True)


def update(
    push: StationPush,
    device_id: uuid.UUID,
    *,
    name: str | None = None,
    zone_id: uuid.UUID | None = None,
    enabled: bool | None = None,
) -> Device:
    """Rename a loudspeaker, move it to another zone, or switch it off or on.

    A disabled device keeps its credentials but leaves the broker's access list the next
    time it is written (studio.broker.refresh, which the Devices page calls after this).
    """
    with push.store.session() as s:
        device = s.get(Device, device_id)
        if device is None or not _own(push, device):
            raise PushError(
                QT_TRANSLATE_NOOP("errors", "No such device: {device}"), device=device_id
            )
        if name is not None:
            if not name.strip():
                raise PushError(QT_TRANSLATE_NOOP("errors", "The device needs a name."))
            device.name = name.strip()
        if zone_id is not None:
            if not _own(push, s.get(Zone, zone_id)):
                raise PushError(QT_TRANSLATE_NOOP("errors", "No such zone: {zone}"), zone=zone_id)
            device.zone_id = zone_id
        if enabled is not None:
            device.enabled = enabled
        return device
