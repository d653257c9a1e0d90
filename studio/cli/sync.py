"""``studio sync``: station-to-station sync from the command line.

Pairing is two-sided: each station prints its pairing code (``studio sync id --code``), or
its id and public key, and the other one records it (``studio sync pair``). ``studio sync
now`` then sends what waits and takes in what the broker kept, and ``studio sync
conflicts`` / ``resolve`` settle the fields two stations changed at once.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from studio import broker, localtime
from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.push.signing import public_key_text
from studio.store import settings, sync_state
from studio.sync import pairing, service
from studio.sync.errors import SyncError
from studio.sync.replica import open_replica


def add_commands(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help=translate("cli", "sync with the parent or commune stations"))
    ssub = sync.add_subparsers(dest="sync_command", metavar="COMMAND", required=True)

    p = ssub.add_parser("now", help=translate("cli", "sync now: send what waits, take in changes"))
    p.add_argument(
        "--wait", type=float, default=10.0, help=translate("cli", "seconds to wait for the broker")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_now)

    p = ssub.add_parser(
        "status", help=translate("cli", "online or offline, changes waiting, last sync")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_status)

    p = ssub.add_parser(
        "conflicts", help=translate("cli", "fields changed at two stations at once")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_conflicts)

    p = ssub.add_parser(
        "communes",
        help=translate("cli", "a parent's communes: sync, devices and as-run"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_communes)

    p = ssub.add_parser("resolve", help=translate("cli", "settle a conflict"))
    p.add_argument("id", help=translate("cli", "conflict id (or its first characters)"))
    p.add_argument("--keep", required=True, choices=("mine", "theirs"))
    p.set_defaults(func=run_resolve)

    p = ssub.add_parser("id", help=translate("cli", "this station's id and public key, to pair"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.add_argument(
        "--code", action="store_true", help=translate("cli", "print the one-line pairing code")
    )
    p.set_defaults(func=run_id)

    p = ssub.add_parser("pair", help=translate("cli", "sync with another station"))
    p.add_argument("station_id", nargs="?", help=translate("cli", "the other station's id"))
    p.add_argument("--key", help=translate("cli", "the other station's public key"))
    p.add_argument("--role", choices=(sync_state.PARENT, sync_state.COMMUNE))
    p.add_argument(
        "--code", help=translate("cli", "the other station's pairing code (studio sync id --code)")
    )
    p.add_argument("--name", default="", help=translate("cli", "the other station's name"))
    p.set_defaults(func=run_pair)

    p = ssub.add_parser(
        "setup", help=translate("cli", "the sync broker and what the parent may do")
    )
    p.add_argument("--broker", help=translate("cli", "broker address"))
    p.add_argument("--port", type=int, default=8883)
    p.add_argument("--ca", type=Path, help=translate("cli", "the broker's CA certificate"))
    p.add_argument("--user", help=translate("cli", "broker user name"))
    p.add_argument(
        "--password-file", type=Path, help=translate("cli", "file holding the broker password")
    )
    p.add_argument(
        "--parent-may-edit-schedule",
        choices=("yes", "no"),
        help=translate("cli", "whether the parent station may change this station's schedule"),
    )
    p.set_defaults(func=run_setup)


def _when(value) -> str:
    return localtime.format_local(value) if value else "—"


def run_now(ctx) -> int:
    report = service.sync_now(ctx.store(), timeout=ctx.args.wait)
    if ctx.args.json:
        print(json.dumps(report.__dict__, ensure_ascii=False))
        return 0 if report.online else 1
    if not report.online:
        print(
            translate(
                "cli", "Offline: the broker cannot be reached. {count} change sets wait."
            ).format(count=report.waiting)
        )
        return 1
    print(
        translate(
            "cli",
            "Synced: {sent} change sets sent, {received} records received, "
            "{conflicts} new conflicts, {waiting} change sets still waiting.",
        ).format(
            sent=report.sent,
            received=report.received,
            conflicts=report.conflicts,
            waiting=report.waiting,
        )
    )
    return 0


def run_status(ctx) -> int:
    store = ctx.store()
    info = sync_state.status(store)
    info["online"] = bool(service.broker_online(store))
    if ctx.args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    online = translate("cli", "online") if info["online"] else translate("cli", "offline")
    print(translate("cli", "Sync: {state}").format(state=online))
    for peer in info["peers"]:
        print(
            translate("cli", "  paired with {name} ({role}) {id}").format(
                name=peer["name"] or "—", role=peer["role"], id=peer["id"]
            )
        )
    print(
        translate("cli", "Changes waiting: {sets} change sets ({records} records)").format(
            sets=info["waiting_change_sets"], records=info["waiting_records"]
        )
    )
    print(translate("cli", "Open conflicts: {count}").format(count=info["open_conflicts"]))
    if info["pending_records"]:
        print(
            translate("cli", "Received records waiting for a record they refer to: {count}").format(
                count=info["pending_records"]
            )
        )
    print(translate("cli", "Last sync: {when}").format(when=_when(sync_state.last_sync(store))))
    return 0


def _value_text(value) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def run_conflicts(ctx) -> int:
    conflicts = sync_state.open_conflicts(ctx.store())
    if ctx.args.json:
        rows = [
            {
                "id": str(c.id),
                "table": c.table_name,
                "record": str(c.record_id),
                "field": c.field,
                "mine": c.mine,
                "theirs": c.theirs,
                "theirs_from": c.theirs_origin,
                "detected_at": c.detected_at.isoformat(),
            }
            for c in conflicts
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not conflicts:
        print(translate("cli", "No conflicts."))
        return 0
    for c in conflicts:
        print(
            translate("cli", "{id}  {table}.{field}: mine “{mine}”, theirs “{theirs}”").format(
                id=str(c.id)[:8],
                table=c.table_name,
                field=c.field,
                mine=_value_text(c.mine),
                theirs=_value_text(c.theirs),
            )
        )
    print(translate("cli", "Settle one with: studio sync resolve ID --keep mine|theirs"))
    return 0


def run_communes(ctx) -> int:
    found = sync_state.communes(ctx.store())
    if ctx.args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False))
        return 0
    if not found:
        print(translate("cli", "This station has no communes (it is not a parent station)."))
        return 0
    for c in found:
        print(f"{c.name}  {c.id}")
        print(
            translate(
                "cli",
                "  last received: {when}; waiting for it: {waiting} change sets; "
                "open conflicts: {conflicts}",
            ).format(when=_when(c.last_received), waiting=c.waiting, conflicts=c.conflicts)
        )
        devices = ", ".join(f"{d.name} ({d.zone})" if d.zone else d.name for d in c.devices)
        print(translate("cli", "  devices: {devices}").format(devices=devices or "—"))
        last = (
            f"{_when(c.last_as_run.started_at)} {c.last_as_run.title} ({c.last_as_run.result})"
            if c.last_as_run
            else "—"
        )
        print(
            translate("cli", "  on air in the last {days} days: {count}; last: {last}").format(
                days=sync_state.AS_RUN_DAYS, count=c.as_run_recent, last=last
            )
        )
    return 0


def run_resolve(ctx) -> int:
    store = ctx.store()
    conflict = sync_state.find_conflict(store, ctx.args.id)
    open_replica(store).resolve(conflict.id, ctx.args.keep)
    print(
        translate(
            "cli", "Kept {which} for {table}.{field}; it goes out with the next sync."
        ).format(which=ctx.args.keep, table=conflict.table_name, field=conflict.field)
    )
    return 0


def run_id(ctx) -> int:
    if ctx.args.code:
        print(pairing.own_code(ctx.store()))
        return 0
    replica = open_replica(ctx.store())
    key = public_key_text(replica.key.public_key())
    if ctx.args.json:
        print(json.dumps({"id": replica.station_id, "public_key": key}))
    else:
        print(replica.station_id)
        print(key)
    return 0


def run_pair(ctx) -> int:
    args = ctx.args
    if args.code:
        paired = pairing.pair_with(ctx.store(), args.code)
    elif args.station_id and args.key and args.role:
        peer = sync_state.Peer(args.station_id, args.name, args.role, args.key)
        paired = pairing.pair_peer(ctx.store(), peer)
    else:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the other station's pairing code (--code), or its id with --key and --role.",
            )
        )
    print(
        translate("cli", "Paired with {id}; {count} records queued for it.").format(
            id=paired.peer.id, count=paired.queued
        )
    )
    if paired.password_file is not None:
        print(
            translate(
                "cli",
                "The commune logs in to this station's broker as {user}, with the password "
                "in {file}. Give the commune that file and the broker's ca.crt; there, run: "
                "studio sync setup --broker HOST --ca ca.crt --password-file FILE",
            ).format(user=paired.user, file=paired.password_file)
        )
        print(broker.outcome(broker.refresh(ctx.store()), translate))
    return 0


def run_setup(ctx) -> int:
    store = ctx.store()
    args = ctx.args
    pairing.save_broker(
        store,
        host=args.broker,
        port=args.port,
        ca_file=args.ca,
        username=args.user,
        password_file=args.password_file,
    )
    if args.parent_may_edit_schedule:
        settings.put(
            store, sync_state.PARENT_MAY_EDIT_SCHEDULE, args.parent_may_edit_schedule == "yes"
        )
    print(translate("cli", "Sync settings saved."))
    return 0
