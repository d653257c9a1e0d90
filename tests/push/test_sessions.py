"""Two `studio push` commands at once each keep their connection to the broker."""

from __future__ import annotations

import subprocess
import sys
import time

from studio.cli.push import commands_session
from studio.push.transport import Link
from tests.helpers import studio_env
from tests.push.broker import connect

SECOND_COMMAND = """
import sys
from pathlib import Path
from studio.store import open_store, sqlite_url
from studio.push.station import StationPush
from studio.cli.push import commands_session
store = open_store(sqlite_url(Path(sys.argv[1])))
client_id, persistent = commands_session(StationPush.open(store, Path(sys.argv[2])))
print(client_id, persistent)
"""


def stays_connected(links: list[Link], seconds: float = 3.0) -> list[int]:
    time.sleep(seconds)
    return [link.drops for link in links]


def test_a_second_command_takes_a_session_of_its_own(deployment):
    address = deployment.station_address()
    first_id, first_keeps = commands_session(deployment.push)  # this process runs a command
    out = subprocess.run(
        [sys.executable, "-c", SECOND_COMMAND, str(deployment.push.store.path),
         str(deployment.push.folder)],
        capture_output=True, text=True, env=studio_env(), timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    second_id, second_keeps = out.stdout.split()
    assert (first_keeps, second_keeps) == (True, "False")
    assert second_id != first_id

    first, _ = connect(address, first_id)
    second = Link(address, second_id, persistent=False)
    second.start()
    try:
        assert second.wait_connected(10)
        assert stays_connected([first, second]) == [0, 0]
    finally:
        first.stop()
        second.stop()


def test_one_session_shared_by_two_commands_pushes_them_off_in_turn(deployment):
    """What the lock prevents: the broker hands a client id's session to the newest
    connection, and the other, reconnecting, takes it back."""
    address = deployment.station_address()
    first, _ = connect(address, "station-cli-shared")
    second, _ = connect(address, "station-cli-shared")
    try:
        assert sum(stays_connected([first, second])) > 0
    finally:
        first.stop()
        second.stop()
