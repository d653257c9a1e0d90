"""The ``studio`` command: the GUI by default, and a subcommand for every job the GUI does.

Each command group lives in a module of this package with an ``add_commands(subparsers)``
function; a command sets ``func`` to a handler ``(ctx: Context) -> int`` (the exit code).
Errors meant for people (:class:`~studio.errors.StudioError`) are printed in Vietnamese and
English and end the command with their exit code (2), never with a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from studio import __version__, i18n
from studio.errors import StudioError
from studio.i18n import translate
from studio.paths import default_database
from studio.store import Store, open_store, resolve_url

Handler = Callable[["Context"], int]


@dataclass
class Context:
    """What a command handler gets: its arguments, and the store opened on first use."""

    args: argparse.Namespace
    _store: Store | None = field(default=None, repr=False)

    @property
    def db_url(self) -> str:
        return resolve_url(self.args.db, default_database())

    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.db_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


#: each top-level command and the module that defines it; only the module of the command
#: being run is imported, so `studio info` does not load the audio engine or MQTT
COMMANDS = {
    "gui": "studio.cli.gui",
    "init": "studio.cli.station",
    "info": "studio.cli.station",
    "audio": "studio.cli.audio",
    "library": "studio.cli.library",
    "tts": "studio.cli.tts",
    "schedule": "studio.cli.schedule",
    "report": "studio.cli.report",
    "broker": "studio.cli.push",
    "devices": "studio.cli.push",
    "push": "studio.cli.push",
    "fm": "studio.cli.fm",
    "sync": "studio.cli.sync",
}


def _command_in(args: Sequence[str]) -> str | None:
    """The top-level command named in ``args``, skipping the global options."""
    rest = iter(args)
    for arg in rest:
        if arg == "--db":
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(args: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studio",
        description=translate("cli", "Studio — broadcast studio for commune radio."),
    )
    parser.add_argument("--version", action="version", version=f"Studio {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate(
            "cli", "database file (default: STUDIO_DB_URL, or studio.db in the user data folder)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "cli", "check this installation end to end in a temporary folder, then exit"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = _command_in(args)
    if command in COMMANDS:
        wanted = [COMMANDS[command]]
    elif command is None and not {"-h", "--help"} & set(args):
        wanted = [COMMANDS["gui"]]
    else:  # help, or an unknown command: list them all
        wanted = list(dict.fromkeys(COMMANDS.values()))
    for module in wanted:
        importlib.import_module(module).add_commands(sub)
    from studio.cli import gui

    parser.set_defaults(func=gui.run_gui, demo=False)
    return parser


def print_error(error: StudioError) -> None:
    """Vietnamese first, then English (the source language) when it differs."""
    vi = error.text(translate)
    en = error.text()
    print(translate("cli", "Error: {message}").format(message=vi), file=sys.stderr)
    if en != vi:
        print(f"Error: {en}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.install(i18n.cli_language())
    parser = build_parser(args_list)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, usage errors: argparse's own exit codes
        return int(exc.code or 0)
    if args.self_test:  # a fresh temporary database, never the one --db names
        from studio import selftest

        return selftest.run()
    ctx = Context(args)
    try:
        return args.func(ctx)
    except StudioError as exc:
        print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()
