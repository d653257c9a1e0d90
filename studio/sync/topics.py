"""MQTT topics of station sync, under the parent station's root on its broker.

A commune writes only ``…/sync/<commune>/up/…`` and reads only ``…/sync/<commune>/down/…``;
the parent reads every commune's ``up`` and writes each one's ``down``. With QoS 1
subscriptions and a persistent session the broker keeps what arrives for a station that
is offline. The last part of a topic names the message: changes, ack, need or blob.
"""

from __future__ import annotations

from studio.push.keys import station_user
from studio.push.topics import root

KINDS = ("changes", "ack", "need", "blob")


def base(hub: str, commune: str) -> str:
    return f"{root(hub)}/sync/{commune}"


def up(hub: str, commune: str, kind: str) -> str:
    """Commune to parent."""
    return f"{base(hub, commune)}/up/{kind}"


def down(hub: str, commune: str, kind: str) -> str:
    """Parent to commune."""
    return f"{base(hub, commune)}/down/{kind}"


def parent_subscription(hub: str) -> str:
    return f"{root(hub)}/sync/+/up/#"


def commune_subscription(hub: str, commune: str) -> str:
    return f"{base(hub, commune)}/down/#"


def parse(topic: str) -> tuple[str, str, str] | None:
    """``(commune, "up" or "down", kind)`` of a sync topic, else None."""
    parts = topic.split("/")
    if len(parts) != 7 or parts[3] != "sync" or parts[5] not in ("up", "down"):
        return None
    if parts[6] not in KINDS:
        return None
    return parts[4], parts[5], parts[6]


def acl_lines(hub: str, communes: list[str]) -> str:
    """Mosquitto access-list lines letting each commune station use its own sync topics
    (the parent's station user already has its whole root)."""
    lines = []
    for commune in sorted(communes):
        lines += [
            f"user {station_user(commune)}",
            f"topic write {base(hub, commune)}/up/#",
            f"topic read {base(hub, commune)}/down/#",
            "",
        ]
    return "\n".join(lines)
