"""MQTT topic names of protocol v1 (docs/protocol.md, "Topics")."""

from __future__ import annotations

PREFIX = "studio/v1"


def root(station_id: str) -> str:
    return f"{PREFIX}/{station_id}"


def zone_manifest(station_id: str, zone_id: str) -> str:
    return f"{root(station_id)}/zone/{zone_id}/manifest"


def zone_command(station_id: str, zone_id: str) -> str:
    return f"{root(station_id)}/zone/{zone_id}/command"


def zone_all(station_id: str, zone_id: str) -> str:
    return f"{root(station_id)}/zone/{zone_id}/#"


def device(station_id: str, device_id: str) -> str:
    return f"{root(station_id)}/device/{device_id}"


def device_command(station_id: str, device_id: str) -> str:
    return f"{device(station_id, device_id)}/command"


def device_blob(station_id: str, device_id: str) -> str:
    return f"{device(station_id, device_id)}/blob"


def device_status(station_id: str, device_id: str) -> str:
    return f"{device(station_id, device_id)}/status"


def device_report(station_id: str, device_id: str, kind: str) -> str:
    """``kind``: play, need or event."""
    return f"{device(station_id, device_id)}/report/{kind}"


def parse_device_topic(topic: str) -> tuple[str, str] | None:
    """``(device id, rest)`` of a ``…/device/<id>/<rest>`` topic, else None."""
    parts = topic.split("/")
    if len(parts) < 6 or parts[0:2] != PREFIX.split("/") or parts[3] != "device":
        return None
    return parts[4], "/".join(parts[5:])
