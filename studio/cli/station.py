"""``studio init`` and ``studio info``: set up this installation's station, and describe it."""

from __future__ import annotations

import argparse
import json

from studio import __version__
from studio.i18n import translate
from studio.store import stations
from studio.store.db import head_revision
from studio.store.models import Station, StationKind

KIND_LABELS = {
    StationKind.COMMUNE: lambda: translate("cli", "commune station"),
    StationKind.PARENT: lambda: translate("cli", "parent station"),
}


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=translate("cli", "set up this installation's station"))
    p.add_argument("--name", required=True, help=translate("cli", "station name"))
    p.add_argument("--province", required=True, help=translate("cli", "province or city"))
    p.add_argument(
        "--kind",
        choices=[k.value for k in StationKind],
        default=StationKind.COMMUNE.value,
        help=translate("cli", "commune, or parent (district or province) station"),
    )
    p.add_argument("--code", help=translate("cli", "administrative unit code"))
    p.add_argument("--parent", metavar="NAME", help=translate("cli", "the parent station"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_init)

    p = sub.add_parser("info", help=translate("cli", "show the station and its database"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.set_defaults(func=run_info)


def run_init(ctx) -> int:
    store = ctx.store()
    profile = stations.StationProfile(
        name=ctx.args.name,
        province=ctx.args.province,
        kind=StationKind(ctx.args.kind),
        admin_code=ctx.args.code,
        parent_name=ctx.args.parent,
    )
    station = stations.create_local_station(store, profile)
    if ctx.args.json:
        print(json.dumps(station_json(store, station), ensure_ascii=False, indent=2))
    else:
        print(translate("cli", "Station “{name}” is set up.").format(name=station.name))
    return 0


def station_json(store, station: Station) -> dict:
    parent = stations.get_station(store, station.parent_id) if station.parent_id else None
    return {
        "id": str(station.id),
        "name": station.name,
        "kind": station.kind.value,
        "province": station.province,
        "admin_code": station.admin_code,
        "parent": {"id": str(parent.id), "name": parent.name} if parent else None,
        "created_at": station.created_at.isoformat(),
    }


def run_info(ctx) -> int:
    store = ctx.store()
    station = stations.local_station(store)
    info = {
        "version": __version__,
        "station": station_json(store, station) if station else None,
        "database": {
            "url": store.engine.url.render_as_string(hide_password=True),
            "path": str(store.path) if store.path else None,
            "revision": store.revision,
            "head": head_revision(),
        },
        "records": stations.record_counts(store),
    }
    if ctx.args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    if station is None:
        print(translate("cli", "No station is set up yet. Run: studio init --name … --province …"))
    else:
        print(
            translate("cli", "Station: {name} ({kind}), {province}").format(
                name=station.name, kind=KIND_LABELS[station.kind](), province=station.province
            )
        )
        if station.admin_code:
            print(translate("cli", "Administrative code: {code}").format(code=station.admin_code))
        if info["station"]["parent"]:
            print(
                translate("cli", "Parent station: {name}").format(
                    name=info["station"]["parent"]["name"]
                )
            )
    print(
        translate("cli", "Database: {where} (schema {revision})").format(
            where=info["database"]["path"] or info["database"]["url"], revision=store.revision
        )
    )
    print(translate("cli", "Studio version: {version}").format(version=__version__))
    return 0
