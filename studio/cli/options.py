"""Command-line options several commands share."""

from __future__ import annotations

import argparse
import uuid

from studio import settings
from studio.i18n import translate
from studio.store import Store, stations


def add_loudness(p: argparse.ArgumentParser) -> None:
    """--target and --ceiling, defaulting to the declared loudness settings."""
    p.add_argument(
        "--target",
        dest="target_lufs",
        type=float,
        default=settings.LOUDNESS_TARGET.default,
        metavar="LUFS",
        help=translate("cli", "integrated loudness to reach (default −16; EBU R128: −23)"),
    )
    p.add_argument(
        "--ceiling",
        type=float,
        default=settings.TRUE_PEAK_CEILING.default,
        metavar="DBTP",
        help=translate("cli", "true-peak ceiling (default −1)"),
    )


def add_station(p: argparse.ArgumentParser) -> None:
    """--station: work on a commune's schedule instead of this station's (for a parent)."""
    p.add_argument(
        "--station",
        metavar="NAME_OR_ID",
        help=translate(
            "cli", "whose schedule: this station (default) or one of its communes, by name or id"
        ),
    )


def station_id(store: Store, args: argparse.Namespace) -> uuid.UUID | None:
    """The station ``--station`` names (None: this station)."""
    text = getattr(args, "station", None)
    if not text:
        return None
    return stations.schedule_station(store, text).id
