"""``studio`` / ``studio gui``: open the main window."""

from __future__ import annotations

import argparse

from studio.i18n import translate


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help=translate("cli", "open the studio window (the default)"))
    p.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli", "set up a demo commune station if none is set up yet"),
    )
    p.set_defaults(func=run_gui)


def run_gui(ctx) -> int:
    from studio import app  # Qt widgets are loaded only when a window is wanted

    return app.run(ctx.db_url, demo_station=ctx.args.demo)
