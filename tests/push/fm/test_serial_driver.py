"""The serial drivers against the controller emulator over a real pseudo-terminal."""

from __future__ import annotations

import sys
import threading

import pytest

from studio.push.fm.drivers import Direction, ManualDriver
from studio.push.fm.errors import FMError
from studio.push.fm.serial_driver import KeyingDriver, LineProtocol, SerialLineDriver

if sys.platform == "win32":
    pytest.skip("the emulator needs a POSIX pseudo-terminal", allow_module_level=True)

from studio.push.fm.emulator import ControllerEmulator, EmulatorBehaviour

FAST = LineProtocol(timeout_s=0.3)


@pytest.fixture
def controller(request):
    behaviour = getattr(request, "param", None) or EmulatorBehaviour()
    with ControllerEmulator(FAST, behaviour) as emu:
        yield emu


def _exchange(log):
    return [(line.direction, line.text) for line in log]


def test_on_status_off_switches_the_controller_and_logs_every_line(controller):
    log = []
    with SerialLineDriver(controller.path, FAST, log=log.append) as driver:
        driver.transmitter_on()
        driver.zone_on("12")
        assert controller.transmitter and controller.zones == {"12"}
        assert driver.status() == "STATUS TX=ON ZONES=12"
        driver.zone_off("12")
        driver.transmitter_off()
        assert not controller.transmitter and controller.zones == set()
    assert _exchange(log) == [
        (Direction.SENT, "TX ON"),
        (Direction.RECEIVED, "OK"),
        (Direction.SENT, "ZONE 12 ON"),
        (Direction.RECEIVED, "OK"),
        (Direction.SENT, "STATUS"),
        (Direction.RECEIVED, "STATUS TX=ON ZONES=12"),
        (Direction.SENT, "ZONE 12 OFF"),
        (Direction.RECEIVED, "OK"),
        (Direction.SENT, "TX OFF"),
        (Direction.RECEIVED, "OK"),
    ]


@pytest.mark.parametrize("ending", ["cr", "lf", "crlf"])
def test_every_line_ending_and_custom_templates(ending):
    protocol = LineProtocol(
        transmitter_on="PTT 1",
        transmitter_off="PTT 0",
        zone_on="Z{zone}=1",
        zone_off="Z{zone}=0",
        status="?",
        status_reply=r"STATUS TX=ON",
        line_ending=ending,
        timeout_s=0.3,
        baud=19200,
    )
    with ControllerEmulator(protocol) as emu, SerialLineDriver(emu.path, protocol) as driver:
        driver.transmitter_on()
        driver.zone_on("3")
        assert driver.status() == "STATUS TX=ON ZONES=3"
        assert emu.received == ["PTT 1", "Z3=1", "?"]


def test_test_button_runs_on_status_off(controller):
    with SerialLineDriver(controller.path, FAST) as driver:
        assert driver.test() == "STATUS TX=ON ZONES=-"
    assert controller.received == ["TX ON", "STATUS", "TX OFF"]
    assert not controller.transmitter


@pytest.mark.parametrize(
    "controller", [EmulatorBehaviour(silent_on=frozenset({"STATUS"}))], indirect=True
)
def test_a_silent_controller_times_out_and_the_test_still_switches_off(controller):
    with SerialLineDriver(controller.path, FAST) as driver:
        with pytest.raises(FMError, match=r"did not answer “STATUS” within 0.3 s") as err:
            driver.test()
        assert controller.path in str(err.value)
    assert controller.received == ["TX ON", "STATUS", "TX OFF"]
    assert not controller.transmitter


@pytest.mark.parametrize("controller", [EmulatorBehaviour(garble_every=2)], indirect=True)
def test_a_garbled_reply_is_reported_with_what_came_back(controller):
    with SerialLineDriver(controller.path, FAST) as driver:
        driver.transmitter_on()
        with pytest.raises(FMError, match="not the expected reply") as err:
            driver.zone_on("1")
        assert err.value.params["command"] == "ZONE 1 ON"
        assert err.value.params["reply"] != "OK"
        driver.zone_off("1")  # the third reply is clean again


@pytest.mark.parametrize(
    "controller", [EmulatorBehaviour(error_on=frozenset({"TX"}), delay_s=0.05)], indirect=True
)
def test_a_refusal_is_reported_as_such(controller):
    driver = SerialLineDriver(controller.path, FAST)
    with driver, pytest.raises(FMError, match="refused “TX ON”: ERR BUSY"):
        driver.transmitter_on()


def test_a_reply_slower_than_the_timeout_is_missing_and_not_taken_for_the_next():
    slow = EmulatorBehaviour(delay_s=0.4)
    replied = threading.Event()

    def on_emulator_line(line):
        if line.direction is Direction.SENT:
            replied.set()

    emu = ControllerEmulator(FAST, slow, log=on_emulator_line)
    with emu, SerialLineDriver(emu.path, FAST) as driver:
        with pytest.raises(FMError, match="did not answer"):
            driver.transmitter_on()
        assert replied.wait(2)
        emu.behaviour.delay_s = 0
        # the late OK to TX ON waits in the port; STATUS must get its own reply
        assert driver.status().startswith("STATUS TX=ON")


def test_a_port_that_does_not_exist_is_named():
    with pytest.raises(FMError, match="/dev/nonexistent-fm"):
        SerialLineDriver("/dev/nonexistent-fm", FAST)


def test_bad_protocol_settings_are_refused():
    with pytest.raises(FMError, match="line ending"):
        LineProtocol(line_ending="cr-lf")
    with pytest.raises(FMError, match="not a valid pattern"):
        LineProtocol(status_reply="STATUS (")
    with pytest.raises(FMError, match="placeholder"):
        LineProtocol(zone_on="ZONE {zona} ON")


class FakeModemPort:
    """A serial port whose modem lines can be watched: Linux ptys have no RTS/DTR."""

    port = "FAKE0"

    def __init__(self):
        self.history: list[tuple[str, bool]] = []
        self.closed = False

    def __setattr__(self, name, value):
        if name in ("rts", "dtr"):
            self.history.append((name, value))
        object.__setattr__(self, name, value)

    def close(self):
        self.closed = True


def test_a_pty_has_no_modem_lines_so_keying_says_so(controller):
    """Why the keying tests below use a fake port: a pty refuses TIOCMSET."""
    with pytest.raises(FMError, match="Cannot set the RTS line"):
        KeyingDriver(controller.path, "rts")


@pytest.mark.parametrize(
    ("line", "active_high", "keyed", "unkeyed"),
    [("rts", True, True, False), ("dtr", True, True, False), ("rts", False, False, True)],
)
def test_keying_toggles_the_chosen_line(line, active_high, keyed, unkeyed):
    port = FakeModemPort()
    log = []
    driver = KeyingDriver(port, line, active_high=active_high, log=log.append)
    driver.transmitter_on()
    assert driver.status() == "keyed"
    driver.zone_on("1")
    driver.transmitter_off()
    driver.transmitter_on()
    driver.close()
    # unkeyed when opened, then on, off, on, and off again on closing
    assert port.history == [(line, v) for v in (unkeyed, keyed, unkeyed, keyed, unkeyed)]
    assert port.closed, "closing unkeys the transmitter, then lets go of the port"
    assert (Direction.NOTE, "zone 1 on: not switched by keying") in _exchange(log)


def test_manual_driver_logs_what_the_operator_must_do():
    log = []
    driver = ManualDriver(log=log.append)
    assert driver.test() == "manual"
    assert [text for _, text in _exchange(log)] == [
        "transmitter on (manual)",
        "transmitter off (manual)",
    ]


def test_the_emulator_stops_at_once_and_lets_go_of_its_pty():
    emu = ControllerEmulator().start()
    emu.stop()
    with pytest.raises(FMError):
        SerialLineDriver(emu.path, FAST).transmitter_on()
