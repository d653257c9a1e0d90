"""What every way of switching the transmitter and the village receivers offers.

A station picks one driver: a controller speaking a line protocol on a serial port
(:mod:`studio.push.fm.serial_driver`), RTS/DTR keying of the transmitter, in-band DTMF
(played by the playout engine, so its driver only keys the transmitter), or none — the
operator switches by hand. Every driver reports what it sends and receives to a log
callback, which the settings page shows live.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


class Direction(enum.StrEnum):
    SENT = "sent"
    RECEIVED = "received"
    NOTE = "note"


@dataclass(frozen=True)
class LogLine:
    """One line of the exchange with the equipment (``text`` without its line ending)."""

    direction: Direction
    text: str
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


Log = Callable[[LogLine], None]


def _no_log(line: LogLine) -> None:
    pass


class Driver:
    """Switches the transmitter and the receivers of a zone; raises FMError when the
    equipment refuses or does not answer. ``zone`` is the zone's key in the FM settings."""

    def __init__(self, log: Log | None = None) -> None:
        self.log: Log = log or _no_log

    def transmitter_on(self) -> None:
        raise NotImplementedError

    def transmitter_off(self) -> None:
        raise NotImplementedError

    def zone_on(self, zone: str) -> None:
        raise NotImplementedError

    def zone_off(self, zone: str) -> None:
        raise NotImplementedError

    def status(self) -> str:
        """What the equipment says of itself (its status line), or what the driver knows."""
        raise NotImplementedError

    def test(self) -> str:
        """The settings page's test button: transmitter on, status, transmitter off.

        Returns the status; the exchange went to the log. The transmitter is switched
        off again even when the status query fails."""
        self.transmitter_on()
        try:
            return self.status()
        finally:
            self.transmitter_off()

    def close(self) -> None:
        """Let go of the port."""

    def __enter__(self) -> Driver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ManualDriver(Driver):
    """No control line: the operator switches the transmitter and receivers by hand.
    Each step is logged as a note so the live log shows what to do, and when."""

    def transmitter_on(self) -> None:
        self.log(LogLine(Direction.NOTE, "transmitter on (manual)"))

    def transmitter_off(self) -> None:
        self.log(LogLine(Direction.NOTE, "transmitter off (manual)"))

    def zone_on(self, zone: str) -> None:
        self.log(LogLine(Direction.NOTE, f"zone {zone} on (manual)"))

    def zone_off(self, zone: str) -> None:
        self.log(LogLine(Direction.NOTE, f"zone {zone} off (manual)"))

    def status(self) -> str:
        return "manual"
