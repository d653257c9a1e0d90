"""Controllers on a serial port (RS-232, RS-485 adapters, USB): a line protocol, or
RTS/DTR keying of the transmitter's push-to-talk input.

The line protocol is whatever the station's controller box speaks, described by command
templates (``ZONE {zone} ON``), the reply each command expects (a regular expression), a
timeout, a line ending and a baud rate. Replies may end in CR, LF or both, whatever the
controller's own line ending, because cheap boxes are inconsistent about it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import serial

from studio.errors import QT_TRANSLATE_NOOP
from studio.push.fm.drivers import Direction, Driver, Log, LogLine
from studio.push.fm.errors import FMError

LINE_ENDINGS = {"cr": "\r", "lf": "\n", "crlf": "\r\n"}
KEY_LINES = ("rts", "dtr")
#: longest reply line kept; a controller spewing noise without line ends is garbled
_MAX_LINE = 512


#: the commands and expected replies a station may set to its controller's own words
COMMAND_FIELDS = (
    "transmitter_on",
    "transmitter_off",
    "zone_on",
    "zone_off",
    "status",
    "status_reply",
    "ack",
    "error",
)


@dataclass(frozen=True)
class LineProtocol:
    """A controller's commands and replies. ``ack`` is the reply every command expects
    (None: the controller answers nothing and the command is sent blind); ``error`` a
    reply meaning the controller refused. Regular expressions match at the line start."""

    transmitter_on: str = "TX ON"
    transmitter_off: str = "TX OFF"
    zone_on: str = "ZONE {zone} ON"
    zone_off: str = "ZONE {zone} OFF"
    status: str = "STATUS"
    status_reply: str = r"STATUS\b"
    ack: str | None = r"OK\b"
    error: str = r"ERR\b"
    timeout_s: float = 1.0
    line_ending: str = "crlf"
    baud: int = 9600

    def __post_init__(self) -> None:
        if self.line_ending not in LINE_ENDINGS:
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "Unknown line ending “{ending}”: use CR, LF or CRLF."),
                ending=self.line_ending,
            )
        for pattern in (self.status_reply, self.ack, self.error):
            if pattern is None:
                continue
            try:
                re.compile(pattern)
            except re.error as exc:
                raise FMError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The expected reply “{pattern}” is not a valid pattern: {reason}."
                    ),
                    pattern=pattern,
                    reason=str(exc),
                ) from None
        try:
            self.zone_on.format(zone="1")
            self.zone_off.format(zone="1")
        except (KeyError, IndexError, ValueError):
            raise FMError(
                QT_TRANSLATE_NOOP(
                    "errors", "A zone command may hold only the placeholder {{zone}}."
                )
            ) from None

    @property
    def eol(self) -> str:
        return LINE_ENDINGS[self.line_ending]


def open_port(port: str, baud: int, **kw: object) -> serial.Serial:
    """``port`` opened raw at ``baud``, 8N1; FMError naming the port when it cannot be."""
    try:
        return serial.serial_for_url(port, baudrate=baud, timeout=0, **kw)
    except (serial.SerialException, OSError, ValueError) as exc:
        raise FMError(
            QT_TRANSLATE_NOOP("errors", "Cannot open the serial port {port}: {reason}"),
            port=port,
            reason=str(exc),
        ) from None


class SerialLineDriver(Driver):
    """A controller that takes one command per line and answers with a line.

    ``port``: a device name (``COM3``, ``/dev/ttyUSB0``, a pty) or an open serial object."""

    def __init__(
        self,
        port: str | serial.Serial,
        protocol: LineProtocol | None = None,
        log: Log | None = None,
    ) -> None:
        super().__init__(log)
        self.protocol = protocol or LineProtocol()
        if isinstance(port, str):
            self.port_name = port
            self.serial = open_port(port, self.protocol.baud)
        else:
            self.port_name = getattr(port, "port", None) or "?"
            self.serial = port
        self._pending = b""

    def close(self) -> None:
        self.serial.close()

    def transmitter_on(self) -> None:
        self.command(self.protocol.transmitter_on, self.protocol.ack)

    def transmitter_off(self) -> None:
        self.command(self.protocol.transmitter_off, self.protocol.ack)

    def zone_on(self, zone: str) -> None:
        self.command(self.protocol.zone_on.format(zone=zone), self.protocol.ack)

    def zone_off(self, zone: str) -> None:
        self.command(self.protocol.zone_off.format(zone=zone), self.protocol.ack)

    def status(self) -> str:
        return self.command(self.protocol.status, self.protocol.status_reply) or ""

    def command(self, line: str, expect: str | None) -> str | None:
        """Send ``line``; wait for a reply matching ``expect`` (None: wait for nothing).

        Returns the reply line. FMError when the port fails, the controller refuses, answers
        something else, or says nothing within the timeout."""
        # a late reply to an earlier command must not be taken for this one's
        self._pending = b""
        try:
            self.serial.reset_input_buffer()
            self.serial.write((line + self.protocol.eol).encode("ascii", "replace"))
            self.serial.flush()
        except (serial.SerialException, OSError) as exc:
            raise self._port_error(exc) from None
        self.log(LogLine(Direction.SENT, line))
        if expect is None:
            return None
        reply = self._read_line(line)
        self.log(LogLine(Direction.RECEIVED, reply))
        if re.match(expect, reply):
            return reply
        if re.match(self.protocol.error, reply):
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "The controller refused “{command}”: {reply}"),
                command=line,
                reply=reply,
            )
        raise FMError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The controller answered “{command}” with “{reply}”, which is not the expected "
                "reply. Check the baud rate, the line ending and the cable.",
            ),
            command=line,
            reply=reply,
        )

    def _read_line(self, command: str) -> str:
        """The next non-empty line, decoded leniently (a garbled line is still shown)."""
        deadline = time.monotonic() + self.protocol.timeout_s
        while True:
            lines = re.split(rb"[\r\n]", self._pending, maxsplit=1)
            if len(lines) == 2:
                head, self._pending = lines
                if head.strip():
                    return head.decode("ascii", "replace").strip()
                continue
            if len(self._pending) > _MAX_LINE:
                head, self._pending = self._pending, b""
                return head.decode("ascii", "replace")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FMError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The controller on {port} did not answer “{command}” within "
                        "{seconds} s. Check that it is on and connected.",
                    ),
                    port=self.port_name,
                    command=command,
                    seconds=f"{self.protocol.timeout_s:g}",
                )
            try:
                # blocks until a byte arrives or the deadline: no polling
                self.serial.timeout = remaining
                chunk = self.serial.read(1)
                if chunk:
                    self.serial.timeout = 0
                    chunk += self.serial.read(self.serial.in_waiting or 0)
            except (serial.SerialException, OSError) as exc:
                raise self._port_error(exc) from None
            self._pending += chunk

    def _port_error(self, exc: Exception) -> FMError:
        return FMError(
            QT_TRANSLATE_NOOP("errors", "The serial port {port} failed: {reason}"),
            port=self.port_name,
            reason=str(exc),
        )


class KeyingDriver(Driver):
    """The transmitter keyed by a modem control line (RTS or DTR), as a push-to-talk input.

    ``active_high``: the line is asserted to key the transmitter. Zones cannot be addressed
    this way (their receivers are switched by DTMF or by hand); zone calls are logged notes.
    The status is what the driver last set: a keying line cannot be read back."""

    def __init__(
        self,
        port: str | serial.Serial,
        line: str = "rts",
        *,
        active_high: bool = True,
        baud: int = 9600,
        log: Log | None = None,
    ) -> None:
        super().__init__(log)
        if line not in KEY_LINES:
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "Unknown keying line “{line}”: use RTS or DTR."),
                line=line,
            )
        self.line = line
        self.active_high = active_high
        if isinstance(port, str):
            self.port_name = port
            self.serial = open_port(port, baud, rtscts=False, dsrdtr=False)
        else:
            self.port_name = getattr(port, "port", None) or "?"
            self.serial = port
        self.keyed = False
        self._set(False)

    def _set(self, keyed: bool) -> None:
        level = keyed == self.active_high
        try:
            setattr(self.serial, self.line, level)
        except (serial.SerialException, OSError) as exc:
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "Cannot set the {line} line of {port}: {reason}"),
                line=self.line.upper(),
                port=self.port_name,
                reason=str(exc),
            ) from None
        self.keyed = keyed
        self.log(LogLine(Direction.SENT, f"{self.line.upper()} {'on' if level else 'off'}"))

    def transmitter_on(self) -> None:
        self._set(True)

    def transmitter_off(self) -> None:
        self._set(False)

    def zone_on(self, zone: str) -> None:
        self.log(LogLine(Direction.NOTE, f"zone {zone} on: not switched by keying"))

    def zone_off(self, zone: str) -> None:
        self.log(LogLine(Direction.NOTE, f"zone {zone} off: not switched by keying"))

    def status(self) -> str:
        return "keyed" if self.keyed else "unkeyed"

    def close(self) -> None:
        try:
            if self.keyed:
                self._set(False)
        finally:
            self.serial.close()
