"""Command-line options several commands share."""

from __future__ import annotations

import argparse

from studio import settings
from studio.i18n import translate


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
