"""A controller box in software: a pseudo-terminal that speaks the line protocol.

For tests, demos and training without the station's hardware. The driver opens
:attr:`ControllerEmulator.path` as it would ``COM3``. The emulator keeps the transmitter
and zone states, answers ``STATUS`` with them, and misbehaves on demand: a reply delay,
every n-th reply garbled, silence on some commands, a refusal on others.

POSIX only (``os.openpty``); on Windows a null-modem pair (com0com) does the same job.
"""

from __future__ import annotations

import os
import re
import select
import threading
import time
import tty
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from studio.push.fm.drivers import Direction, LogLine
from studio.push.fm.serial_driver import LineProtocol


@dataclass
class EmulatorBehaviour:
    """How the emulated controller misbehaves. Commands are named by their first word
    (``STATUS``, ``TX``, ``ZONE``), case-insensitively."""

    delay_s: float = 0.0
    #: garble every n-th reply (0: never)
    garble_every: int = 0
    silent_on: frozenset[str] = frozenset()
    error_on: frozenset[str] = frozenset()
    #: replies by command word, overriding the built-in ones
    replies: dict[str, str] = field(default_factory=dict)


class ControllerEmulator:
    """Use as a context manager, or :meth:`start` and :meth:`stop`. Runs on a thread."""

    def __init__(
        self,
        protocol: LineProtocol | None = None,
        behaviour: EmulatorBehaviour | None = None,
        log: Callable[[LogLine], None] | None = None,
    ) -> None:
        self.protocol = protocol or LineProtocol()
        self.behaviour = behaviour or EmulatorBehaviour()
        self.log = log or (lambda line: None)
        self.transmitter = False
        self.zones: set[str] = set()
        self.received: list[str] = []
        self._replies = 0
        self._master, self._slave = os.openpty()
        # raw: the pty must not echo the driver's commands back to it, or turn CR into LF
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="fm-emulator", daemon=True)
        self._stopping = False

    def start(self) -> ControllerEmulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping = True
        os.write(self._wake_w, b"x")
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        for fd in (self._master, self._slave, self._wake_r, self._wake_w):
            os.close(fd)

    def __enter__(self) -> ControllerEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        buffer = b""
        while not self._stopping:
            ready, _, _ = select.select([self._master, self._wake_r], [], [])
            if self._wake_r in ready:
                return
            try:
                data = os.read(self._master, 4096)
            except OSError:  # the other end went away for good
                return
            buffer += data
            *lines, buffer = re.split(rb"\r\n|\r|\n", buffer)
            for raw in lines:
                if raw.strip():
                    self._handle(raw.decode("ascii", "replace").strip())

    def _handle(self, line: str) -> None:
        self.received.append(line)
        self.log(LogLine(Direction.RECEIVED, line))
        word = line.split()[0].upper()
        b = self.behaviour
        if word in b.silent_on:
            self.log(LogLine(Direction.NOTE, "silent"))
            return
        reply = "ERR BUSY" if word in b.error_on else self._answer(line, word)
        self._replies += 1
        if b.garble_every and self._replies % b.garble_every == 0:
            reply = _garble(reply)
        if b.delay_s:
            time.sleep(b.delay_s)
        self.log(LogLine(Direction.SENT, reply))
        os.write(self._master, (reply + self.protocol.eol).encode("ascii", "replace"))

    def _answer(self, line: str, word: str) -> str:
        """The built-in controller: the state changes and replies of the default protocol."""
        if word in self.behaviour.replies:
            return self.behaviour.replies[word]
        p = self.protocol
        zone_on = _template(p.zone_on)
        zone_off = _template(p.zone_off)
        if line == p.transmitter_on:
            self.transmitter = True
        elif line == p.transmitter_off:
            self.transmitter = False
        elif m := zone_on.fullmatch(line):
            self.zones.add(m.group("zone"))
        elif m := zone_off.fullmatch(line):
            self.zones.discard(m.group("zone"))
        elif line == p.status:
            zones = ",".join(sorted(self.zones)) or "-"
            return f"STATUS TX={'ON' if self.transmitter else 'OFF'} ZONES={zones}"
        else:
            return "ERR UNKNOWN"
        return "OK"


def _template(command: str) -> re.Pattern[str]:
    head, _, tail = command.partition("{zone}")
    return re.compile(re.escape(head) + r"(?P<zone>\S+)" + re.escape(tail))


def _garble(reply: str) -> str:
    """What line noise or a wrong baud rate makes of a reply: the same length, wrong bytes."""
    return "".join(chr(0x21 + (ord(ch) * 7 + i) % 94) for i, ch in enumerate(reply))


def words(names: Iterable[str]) -> frozenset[str]:
    """Command words as the emulator compares them."""
    return frozenset(n.strip().upper() for n in names if n.strip())
