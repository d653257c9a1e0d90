"""``studio broker``, ``studio devices`` and ``studio push``: loudspeakers from the command line.

Pushes are signed and saved in the outbox first; the command then tries the broker for a
few seconds. What it could not send waits in the outbox and leaves with the next push
(or when the app is running and the broker is back).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from studio import broker, locks
from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.localtime import format_local
from studio.push import broker_config, devices, schedule
from studio.push.errors import PushError
from studio.push.keys import station_user
from studio.push.monitor import STATUS_FILE, DeviceMonitor
from studio.push.service import StationService
from studio.push.station import StationPush
from studio.push.timefmt import format_instant, parse_instant
from studio.push.transport import BrokerAddress
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
    p = psub.add_parser(
        "schedule",
        help=translate("cli", "push the coming days of the schedule to the zones' loudspeakers"),
    )
    p.add_argument("--days", type=int, help=translate("cli", "how many days (1–31, default 7)"))
    p.add_argument(
        "--from",
        dest="first",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=translate("cli", "first day (default today)"),
    )
    p.add_argument(
        "--week",
        type=iso_week,
        metavar="YYYY-Www",
        help=translate("cli", "a whole ISO week, Monday to Sunday (instead of --from and --days)"),
    )
    p.add_argument("--zone", help=translate("cli", "only this zone (name or id)"))
    _broker_options(p, wait=30.0)
    p.set_defaults(func=run_push_schedule)
    p = psub.add_parser("send", help=translate("cli", "send what waits in the outbox"))
    _broker_options(p)
    p.set_defaults(func=run_push_send)


def iso_week(text: str) -> date:
    """The Monday of an ISO week written ``2026-W48`` (local dates, like the schedule)."""
    year, sep, week = text.strip().upper().partition("-W")
    try:
        if not sep:
            raise ValueError(text)
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "not an ISO week like 2026-W48: {text}").format(text=text)
        ) from None


def _broker_options(p: argparse.ArgumentParser, wait: float = 5.0) -> None:
    p.add_argument("--broker", default="localhost", help=translate("cli", "broker address"))
    p.add_argument("--port", type=int, default=broker_config.DEFAULT_PORT)
    p.add_argument(
        "--wait",
        type=float,
        default=wait,
        help=translate("cli", "seconds to try the broker before leaving it to the outbox"),
    )


def run_broker_config(ctx) -> int:
    written = broker.write(
        ctx.store(),
        ctx.args.output,
        hosts=ctx.args.host or ["localhost", "127.0.0.1"],
        port=ctx.args.port,
        bind=ctx.args.bind,
    )
    for path in written.files:
        print(path)
    print(
        translate(
            "cli", "Broker configuration written to {folder}. Run: mosquitto -c {conf}"
        ).format(folder=written.folder, conf=written.conf)
    )
    if written.reloaded:
        print(translate("broker", broker.RELOADED).format(folder=written.folder))
    return 0


def run_devices_list(ctx) -> int:
    store = ctx.store()
    zones = {z.id: z for z in stations.list_zones(store)}
    # as last recorded by the app or a push command (offline after three missed heartbeats)
    monitor = DeviceMonitor(store.files_dir / STATUS_FILE)
    states = {str(d.id): monitor.state(str(d.id)) for d in stations.list_devices(store)}
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
            "online": states[str(d.id)].online,
            "last_seen": format_instant(states[str(d.id)].last_seen)
            if states[str(d.id)].last_seen
            else None,
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
        state = translate("cli", "online") if r["online"] else translate("cli", "offline")
        seen = format_local(parse_instant(r["last_seen"])) if r["last_seen"] else "—"
        print(f"{r['id']}  {r['name']}  [{zone}]  {state}  {seen}")
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
    written = broker.refresh(store)  # the broker's files learn the new login
    if ctx.args.json:
        out = {"id": str(enrolled.device.id), "zone": str(zone.id), "config": str(path)}
        if written is not None:
            out["broker"] = {"folder": str(written.folder), "reloaded": written.reloaded}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(
            translate(
                "cli", "Device “{name}” added to zone “{zone}”. Copy {folder} to the device."
            ).format(name=enrolled.device.name, zone=zone.name, folder=ctx.args.output)
        )
        print(broker.outcome(written, translate))
    return 0


def _address(ctx, push: StationPush) -> BrokerAddress:
    return BrokerAddress(
        ctx.args.broker,
        ctx.args.port,
        push.keys.ca_cert_path,
        station_user(push.station_id),
        push.keys.station_password(push.station_id),
    )


#: the locks on the commands' broker sessions this process holds, by station folder, held
#: until it ends
_session_locks: dict[Path, IO] = {}


def commands_session(push: StationPush) -> tuple[str, bool]:
    """The client id for this command's broker connection, and whether it keeps a session.

    Commands share one persistent session, so device reports sent between two commands wait
    in the broker for the next. Two commands at once must not both take it (each would
    push the other off the broker, again and again): the one that finds it held connects
    with a one-off session of its own.
    """
    user = station_user(push.station_id)
    folder = (push.folder or push.store.files_dir).absolute()
    if folder not in _session_locks:
        held = locks.try_hold(folder / "push-commands.lock")
        if held is None:
            return f"{user}-cli-{os.getpid()}", False
        _session_locks[folder] = held
    return f"{user}-cli", True


def _connected_service(ctx, push: StationPush) -> StationService | None:
    """The station's connection for this command (None if the broker was not reached).

    It sends the outbox, answers the devices' requests for audio and takes in their
    reports while the command runs. Its broker session is the commands' own, so what
    devices report between two commands waits in the broker for the next one.
    """
    address = _address(ctx, push)
    if not address.ca_file.exists():
        return None
    client_id, persistent = commands_session(push)
    service = StationService(push, address, client_id=client_id, persistent=persistent)
    service.start()
    if not service.link.wait_connected(ctx.args.wait):
        service.stop()
        return None
    return service


def _print_sent(push: StationPush, sent: int) -> None:
    pending = outbox.pending_count(push.store)
    print(
        translate("cli", "Sent: {sent}. Waiting in the outbox: {pending}.").format(
            sent=sent, pending=pending
        )
    )


def _send(ctx, push: StationPush) -> int:
    """Try the broker for --wait seconds; print what was sent and what still waits."""
    before = outbox.pending_count(push.store)
    service = _connected_service(ctx, push)
    if service is not None:
        try:
            service.wake()
            service.wait_outbox_empty(max(ctx.args.wait, 1.0))
            service.wait_quiet(0.5, min(ctx.args.wait, 3.0))  # reports kept for the station
        finally:
            service.stop()
    _print_sent(push, before - outbox.pending_count(push.store))
    return 0


def run_push_now(ctx) -> int:
    from studio.push import console  # numpy and soundfile: only for the commands that play

    push = StationPush.open(ctx.store())
    zone = _find_zone(push.store, ctx.args.zone)
    console.play_now(
        push,
        ctx.args.file,
        ctx.args.title or ctx.args.file.stem,
        zone_id=str(zone.id),
        volume=ctx.args.volume,
    )
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


def run_push_schedule(ctx) -> int:
    push = StationPush.open(ctx.store())
    if ctx.args.week and (ctx.args.first or ctx.args.days is not None):
        raise PushError(
            QT_TRANSLATE_NOOP("errors", "Give either --week or --from and --days, not both.")
        )
    days = 7 if ctx.args.days is None else ctx.args.days
    if not 1 <= days <= 31:
        raise PushError(
            QT_TRANSLATE_NOOP("errors", "Days must be between 1 and 31 (got {days})."), days=days
        )
    zones = schedule.ip_zones(push)
    if ctx.args.zone:
        zones = [_find_zone(push.store, ctx.args.zone)]
    if not zones:
        raise PushError(QT_TRANSLATE_NOOP("errors", "There is no zone to send to."))
    now = push.clock()
    first = ctx.args.week or ctx.args.first or schedule.local_today(now)
    pushed = schedule.push_plans(push, schedule.plan(push, first, days, zones, now))
    for p in pushed:
        text = (
            translate("cli", "Zone “{zone}”: {count} items, {first} to {last}, sent as new.")
            if p.changed
            else translate("cli", "Zone “{zone}”: {count} items, {first} to {last}, unchanged.")
        )
        print(
            text.format(
                zone=p.plan.zone_name,
                count=len(p.plan.items),
                first=p.plan.first.isoformat(),
                last=p.plan.last.isoformat(),
            )
        )
        for title in p.plan.skipped:
            print("  " + translate("cli", "left out (no audio yet): {title}").format(title=title))
        for title in p.plan.relays:
            left_out = translate("cli", "left out (a relay, not sent to loudspeakers): {title}")
            print("  " + left_out.format(title=title))
    before = outbox.pending_count(push.store)
    service = _connected_service(ctx, push)
    if service is None:
        _print_sent(push, 0)
        return 0
    try:
        service.wake()
        progress = delivery_progress(service, pushed, ctx.args.wait)
    finally:
        service.stop()
    _print_sent(push, before - outbox.pending_count(push.store))
    names = {str(d.id): d.name for d in stations.list_devices(push.store)}
    for device_id, state in sorted(progress.items(), key=lambda kv: names.get(kv[0], kv[0])):
        name = names.get(device_id, device_id)
        if state == "ready":
            line = translate("cli", "{device}: has everything it needs.")
        elif state == "offline":
            line = translate("cli", "{device}: offline; it gets its audio when it is back.")
        else:
            line = translate("cli", "{device}: still receiving audio ({count} files).")
        print(line.format(device=name, count=state))
    return 0


def delivery_progress(service: StationService, pushed, wait_s: float) -> dict[str, str | int]:
    """Wait up to ``wait_s`` until every online device of the pushed zones holds its new
    manifest and all its audio. -> per device: "ready", "offline" or files still missing"""
    deadline = time.monotonic() + wait_s
    seq_of = {d: p.seq for p in pushed for d in p.devices}

    def progress() -> dict[str, str | int]:
        out: dict[str, str | int] = {}
        for device_id, seq in seq_of.items():
            state = service.monitor.state(device_id)
            status = state.status
            if status.get("online") is not True:  # its last will, or never heard of
                out[device_id] = "offline"
            elif status.get("manifest_seq", 0) >= seq and status.get("missing", 1) == 0:
                out[device_id] = "ready"
            else:
                out[device_id] = int(status.get("missing") or 0) or 1
        return out

    service.wait_outbox_empty(wait_s)
    # what the devices said before this push comes in first (retained statuses)
    service.wait_quiet(0.3, min(2.0, max(deadline - time.monotonic(), 0.0)))
    while time.monotonic() < deadline:
        states = progress()
        if all(s in ("ready", "offline") for s in states.values()):
            break
        time.sleep(0.2)
    return progress()
