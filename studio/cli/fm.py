"""``studio fm …``: the FM transmitter and village receivers — a controller emulator, a
test of the control line, DTMF receiver codes written to a sound file, and a day's
playout rendered to a sound file (what the transmitter would carry, codes included)."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
import uuid
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP
from studio.i18n import translate
from studio.push.fm import dtmf
from studio.push.fm.drivers import Direction, LogLine
from studio.push.fm.errors import FMError
from studio.push.fm.serial_driver import KEY_LINES, LINE_ENDINGS

ARROWS = {Direction.SENT: "→", Direction.RECEIVED: "←", Direction.NOTE: "·"}


def add_commands(sub: argparse._SubParsersAction) -> None:
    fm = sub.add_parser("fm", help=translate("cli", "FM transmitter and village receivers"))
    fsub = fm.add_subparsers(dest="fm_command", metavar="COMMAND", required=True)

    p = fsub.add_parser(
        "emulator",
        help=translate("cli", "pretend to be a controller box on a pseudo-terminal"),
    )
    _line_options(p)
    p.add_argument(
        "--delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help=translate("cli", "wait this long before each reply"),
    )
    p.add_argument(
        "--garble-every",
        type=int,
        default=0,
        metavar="N",
        help=translate("cli", "garble every N-th reply"),
    )
    p.add_argument(
        "--silent-on",
        action="append",
        default=[],
        metavar="COMMAND",
        help=translate("cli", "never answer this command (first word, e.g. STATUS)"),
    )
    p.add_argument(
        "--error-on",
        action="append",
        default=[],
        metavar="COMMAND",
        help=translate("cli", "refuse this command with ERR BUSY"),
    )
    p.set_defaults(func=run_emulator)

    p = fsub.add_parser(
        "test", help=translate("cli", "switch the transmitter on, ask its status, switch it off")
    )
    p.add_argument(
        "--port", required=True, help=translate("cli", "serial port (COM3, /dev/ttyUSB0)")
    )
    p.add_argument(
        "--driver",
        choices=["line", *KEY_LINES],
        default="line",
        help=translate("cli", "line protocol, or keying on the RTS or DTR line"),
    )
    _line_options(p)
    p.add_argument(
        "--timeout",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help=translate("cli", "how long to wait for each reply"),
    )
    p.set_defaults(func=run_test)

    p = fsub.add_parser("dtmf", help=translate("cli", "write a DTMF receiver code to a sound file"))
    p.add_argument("--digits", required=True, help=translate("cli", "0–9, *, #, A–D"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--rate", type=int, default=48000, help=translate("cli", "sample rate, Hz"))
    p.add_argument("--channels", type=int, choices=[1, 2], default=1)
    p.add_argument("--tone-ms", type=float, default=dtmf.DtmfSettings.tone_ms)
    p.add_argument("--gap-ms", type=float, default=dtmf.DtmfSettings.gap_ms)
    p.add_argument("--guard-ms", type=float, default=dtmf.DtmfSettings.guard_ms)
    p.add_argument(
        "--level",
        type=float,
        default=dtmf.DtmfSettings.level_dbfs,
        metavar="DBFS",
        help=translate("cli", "peak level of each tone pair"),
    )
    p.set_defaults(func=run_dtmf)

    p = fsub.add_parser(
        "render",
        help=translate(
            "cli", "write what the transmitter would carry in a stretch of a day to a sound file"
        ),
    )
    p.add_argument("--day", required=True, metavar="YYYY-MM-DD", help=translate("cli", "the day"))
    p.add_argument(
        "--from",
        dest="start",
        default="00:00",
        metavar="HH:MM",
        help=translate("cli", "start time"),
    )
    p.add_argument(
        "--to", dest="end", default="24:00", metavar="HH:MM", help=translate("cli", "end time")
    )
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--rate", type=int, default=16000, help=translate("cli", "sample rate, Hz"))
    p.set_defaults(func=run_render)


def _line_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--baud", type=int, default=9600, help=translate("cli", "baud rate"))
    p.add_argument(
        "--line-ending",
        choices=sorted(LINE_ENDINGS),
        default="crlf",
        help=translate("cli", "what ends each line"),
    )


def _print_line(line: LogLine) -> None:
    print(
        f"{line.at.strftime('%H:%M:%S.%f')[:-3]} {ARROWS[line.direction]} {line.text}", flush=True
    )


def run_emulator(ctx) -> int:
    if sys.platform == "win32":
        print(
            translate("cli", "The emulator needs a POSIX pseudo-terminal; on Windows use com0com."),
            file=sys.stderr,
        )
        return 2
    from studio.push.fm.emulator import ControllerEmulator, EmulatorBehaviour, words
    from studio.push.fm.serial_driver import LineProtocol

    a = ctx.args
    behaviour = EmulatorBehaviour(
        delay_s=a.delay,
        garble_every=a.garble_every,
        silent_on=words(a.silent_on),
        error_on=words(a.error_on),
    )
    protocol = LineProtocol(baud=a.baud, line_ending=a.line_ending)
    with ControllerEmulator(protocol, behaviour, log=_print_line) as emu:
        print(emu.path, flush=True)
        print(
            translate("cli", "Controller emulator on {path}; Ctrl+C stops it.").format(
                path=emu.path
            ),
            file=sys.stderr,
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


def run_test(ctx) -> int:
    from studio.push.fm.serial_driver import KeyingDriver, LineProtocol, SerialLineDriver

    a = ctx.args
    if a.driver == "line":
        protocol = LineProtocol(baud=a.baud, line_ending=a.line_ending, timeout_s=a.timeout)
        driver = SerialLineDriver(a.port, protocol, log=_print_line)
    else:
        driver = KeyingDriver(a.port, a.driver, baud=a.baud, log=_print_line)
    with driver:
        status = driver.test()
    print(translate("cli", "The controller answered: {status}").format(status=status))
    return 0


def run_dtmf(ctx) -> int:
    from studio.audio import codec

    a = ctx.args
    settings = dtmf.DtmfSettings(
        tone_ms=a.tone_ms, gap_ms=a.gap_ms, level_dbfs=a.level, guard_ms=a.guard_ms
    )
    if not 8000 <= a.rate <= 192000:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "The sample rate must be between 8000 and 192000 Hz.")
        )
    digits = dtmf.check_digits(a.digits)
    codec.write(a.output, dtmf.sequence(digits, a.rate, settings, a.channels), a.rate)
    print(
        translate("cli", "Wrote the code {digits} ({seconds} s) to {file}.").format(
            digits=digits, seconds=f"{settings.duration_s(digits):.2f}", file=a.output
        )
    )
    return 0


def _minute(text: str) -> int:
    hours, _, minutes = text.partition(":")
    try:
        value = int(hours) * 60 + int(minutes)
    except ValueError:
        value = -1
    if not 0 <= value <= 24 * 60:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "Not a time of day: {text} (write HH:MM)."), text=text
        )
    return value


def run_render(ctx) -> int:
    """The stored FM settings and the day's schedule, played on a simulated clock into a
    WAV file that starts at ``--from``: nothing is switched and nothing is logged."""
    from datetime import date

    from studio.push.fm import config as fm_config
    from studio.push.fm.drivers import ManualDriver
    from studio.push.fm.playout import FakeClock, Kind, PlayoutEngine, WavSink
    from studio.push.fm.source import library_source
    from studio.schedule.book import load_book
    from studio.schedule.resolve import DayPlaylist, local_instant, resolve

    a = ctx.args
    try:
        day = date.fromisoformat(a.day)
    except ValueError:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "Not a date: {text} (write YYYY-MM-DD)."), text=a.day
        ) from None
    if not 8000 <= a.rate <= 192000:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "The sample rate must be between 8000 and 192000 Hz.")
        )
    start, end = local_instant(day, _minute(a.start)), local_instant(day, _minute(a.end))
    store = ctx.store()
    cfg = fm_config.load(store)
    zone = uuid.UUID(cfg.zone) if cfg.zone else None
    full = resolve(load_book(store), day, zone)
    playlist = DayPlaylist(day, zone, tuple(b for b in full.blocks if b.start < end))
    clock = FakeClock(start)
    with WavSink(a.output, a.rate, 1, clock, start) as sink:
        engine = PlayoutEngine(
            ManualDriver(), sink, library_source(store, a.rate, 1), clock, cfg.playout_settings()
        )
        played = engine.run(playlist)
    items = [p for p in played if p.kind in (Kind.ITEM, Kind.EMERGENCY)]
    print(
        translate("cli", "Wrote {items} items ({seconds} s) to {file}.").format(
            items=len(items), seconds=f"{sink.frames / a.rate:.1f}", file=a.output
        )
    )
    return 0
