"""``studio broker``, ``studio devices`` and ``studio push``: loudspeakers from the command line.

Pushes are signed and saved in the outbox first; the command then tries the broker for a
few seconds. What it could not send waits in the outbox and leaves with the next push
(or when the app is running and the broker is back).
"""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import timedelta
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.push import broker_config, devices
from studio.push.errors import PushError
from studio.push.keys import station_user
from studio.push.service import drain
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress, Link
from studio.store import outbox, stations
from studio.store.models import Zone

#: how long a push may run past its start before a device gives up on it
PLAY_WINDOW = timedelta(hours=1)


def add_commands(sub: argparse._SubParsersAction) -> None:
    broker = sub.add_parser("broker", help=translate("cli", "the MQTT broker of the station"))
    bsub = broker.add_subparsers(dest="broker_command", metavar="COMMAND", required=True)
    p = bsub.add_parser(
        "config",
        help=translate("cli", "write mosquitto.conf, passwords, access list, certificates"),
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p.add_argument(
        "--host",
        action="append",
        help=translate("cli", "name or address devices use to reach the broker (repeatable)"),
    )
    p.add_argument("--port", type=int, default=broker_config.DEFAULT_PORT)
    p.add_argument("--bind", default="0.0.0.0", help=translate("cli", "address to listen on"))
    p.set_defaults(func=run_broker_config)

    dev = sub.add_parser("devices", help=translate("cli", "IP loudspeakers"))
    dsub = dev.add_subparsers(dest="devices_command", metavar="COMMAND", required=True)
    p = dsub.add_parser("list", help=translate("cli", "list zones and devices"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_devices_list)
    p = dsub.add_parser(
        "add", help=translate("cli", "add a loudspeaker: credentials and its config file")
    )
    p.add_argument("name", help=translate("cli", "device name"))
    p.add_argument("--zone", required=True, help=translate("cli", "zone name or id (made if new)"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p.add_argument("--host", required=True, help=translate("cli", "broker address for the device"))
    p.add_argument("--port", type=int, default=broker_config.DEFAULT_PORT)
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_devices_add)

    push = sub.add_parser("push", help=translate("cli", "send audio and commands to loudspeakers"))
    psub = push.add_subparsers(dest="push_command", metavar="COMMAND", required=True)
    p = psub.add_parser("now", help=translate("cli", "play a file now on a zone"))
    p.add_argument("file", type=Path)
    p.add_argument("--zone", required=True, help=translate("cli", "zone name or id"))
    p.add_argument("--title", default="")
    p.add_argument("--volume", type=int, help=translate("cli", "volume 1–15"))
    _broker_options(p)
    p.set_defaults(func=run_push_now)
    p = psub.add_parser("emergency", help=translate("cli", "emergency broadcast on zones"))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--zones",
        required=True,
        help=translate("cli", "all, or zone names or ids, comma-separated"),
    )
    p.add_argument("--repeat", type=int, default=1, help=translate("cli", "times to play (1–10)"))
    p.add_argument("--title", default="")
    _broker_options(p)
    p.set_defaults(func=run_push_emergency)
    p = psub.add_parser("send", help=translate("cli", "send what waits in the outbox"))
    _broker_options(p)
    p.set_defaults(func=run_push_send)


def _broker_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--broker", default="localhost", help=translate("cli", "broker address"))
    p.add_argument("--port", type=int, default=broker_config.DEFAULT_PORT)
    p.add_argument(
        "--wait",
        type=float,
        default=5.0,
        help=translate("cli", "seconds to try the broker before leaving it to the outbox"),
    )


def run_broker_config(ctx) -> int:
    push = StationPush.open(ctx.store())
    hosts = ctx.args.host or ["localhost", "127.0.0.1"]
    written = broker_config.write(
        ctx.args.output,
        push.keys,
        push.station_id,
        devices.access_list(push),
        hosts=hosts,
        port=ctx.args.port,
        bind=ctx.args.bind,
    )
    for path in written:
        print(path)
    print(
        translate(
            "cli", "Broker configuration written to {folder}. Run: mosquitto -c {conf}"
        ).format(folder=ctx.args.output, conf=ctx.args.output / "mosquitto.conf")
    )
    return 0


def run_devices_list(ctx) -> int:
    store = ctx.store()
    zones = {z.id: z for z in stations.list_zones(store)}
    rows = [
        {
            "id": str(d.id),
            "name": d.name,
            "kind": d.kind.value,
            "zone": {"id": str(d.zone_id), "name": zones[d.zone_id].name}
            if d.zone_id in zones
            else None,
            "enabled": d.enabled,
            "has_credentials": bool(d.credentials_ref),
        }
        for d in stations.list_devices(store)
    ]
    pending = outbox.pending_count(store)
    if ctx.args.json:
        print(
            json.dumps({"devices": rows, "outbox_pending": pending}, ensure_ascii=False, indent=2)
        )
        return 0
    if not rows:
        print(translate("cli", "No devices yet. Add one: studio devices add NAME --zone …"))
    for r in rows:
        zone = r["zone"]["name"] if r["zone"] else "—"
        print(f"{r['id']}  {r['name']}  [{zone}]")
    print(translate("cli", "Messages waiting in the outbox: {count}").format(count=pending))
    return 0


def _find_zone(store, text: str, *, create: bool = False) -> Zone:
    for zone in stations.list_zones(store):
        if text in (zone.name, str(zone.id)):
            return zone
    if create:
        return stations.add_zone(store, text.strip())
    raise PushError(QT_TRANSLATE_NOOP("errors", "No such zone: {zone}"), zone=text)


def run_devices_add(ctx) -> int:
    store = ctx.store()
    push = StationPush.open(store)
    zone = _find_zone(store, ctx.args.zone, create=True)
    enrolled = devices.enrol(push, ctx.args.name, zone.id)
    path = devices.write_config(
        push, enrolled, ctx.args.output, host=ctx.args.host, port=ctx.args.port
    )
    if ctx.args.json:
        out = {"id": str(enrolled.device.id), "zone": str(zone.id), "config": str(path)}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(
            translate(
                "cli", "Device “{name}” added to zone “{zone}”. Copy {folder} to the device."
            ).format(name=enrolled.device.name, zone=zone.name, folder=ctx.args.output)
        )
        print(
            translate("cli", "Run studio broker config again so the broker lets the new device in.")
        )
    return 0


def _send(ctx, push: StationPush) -> int:
    """Try the broker for --wait seconds; print what was sent and what still waits."""
    address = BrokerAddress(
        ctx.args.broker,
        ctx.args.port,
        push.keys.ca_cert_path,
        station_user(push.station_id),
        push.keys.station_password(push.station_id),
    )
    link = Link(address, client_id=f"{station_user(push.station_id)}-cli-{uuid.uuid4().hex[:8]}")
    sent = 0
    if address.ca_file.exists():
        link.start()
        try:
            if link.wait_connected(ctx.args.wait):
                sent = drain(push, link, timeout=max(ctx.args.wait, 1.0))
        finally:
            link.stop()
    pending = outbox.pending_count(push.store)
    print(
        translate("cli", "Sent: {sent}. Waiting in the outbox: {pending}.").format(
            sent=sent, pending=pending
        )
    )
    return 0


def run_push_now(ctx) -> int:
    push = StationPush.open(ctx.store())
    zone = _find_zone(push.store, ctx.args.zone)
    now = push.clock()
    item = push.item_for_file(
        ctx.args.file,
        title=ctx.args.title or ctx.args.file.stem,
        start=now,
        latest_end=now + PLAY_WINDOW,
        volume=ctx.args.volume,
    )
    push.command({"cmd": "play_now", "item": item.to_json()}, zone_id=str(zone.id))
    return _send(ctx, push)


def run_push_emergency(ctx) -> int:
    push = StationPush.open(ctx.store())
    if ctx.args.zones.strip() == "all":
        zones = stations.list_zones(push.store)
    else:
        zones = [_find_zone(push.store, z.strip()) for z in ctx.args.zones.split(",") if z.strip()]
    if not zones:
        raise PushError(QT_TRANSLATE_NOOP("errors", "There is no zone to send to."))
    now = push.clock()
    item = push.item_for_file(
        ctx.args.file,
        title=ctx.args.title or ctx.args.file.stem,
        start=now,
        latest_end=now + PLAY_WINDOW,
        priority="emergency",
    )
    if not 1 <= ctx.args.repeat <= 10:
        raise PushError(
            QT_TRANSLATE_NOOP("errors", "Repeat must be between 1 and 10 (got {repeat})."),
            repeat=ctx.args.repeat,
        )
    push.emergency([str(z.id) for z in zones], item, repeat=ctx.args.repeat)
    return _send(ctx, push)


def run_push_send(ctx) -> int:
    return _send(ctx, StationPush.open(ctx.store()))
