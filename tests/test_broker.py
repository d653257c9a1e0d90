"""The station's broker files, kept current by Studio once written (studio.broker)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from studio import broker, settings
from studio.push import broker_config
from studio.store import settings as stored
from studio.store import stations
from tests.helpers import run_studio, studio_env


def english(_context: str, text: str) -> str:
    return text


def test_before_the_files_are_written_there_is_nothing_to_refresh(store):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    assert broker.refresh(store) is None
    assert "write the broker's files again" in broker.outcome(None, english)


def test_a_device_added_by_command_lands_in_the_files_written_before(store, tmp_path):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    db = str(store.path)
    store.close()
    folder = tmp_path / "may-chu"
    out = run_studio("--db", db, "broker", "config", "-o", str(folder), "--host", "loa.xa.vn")
    assert out.returncode == 0, out.stderr
    assert (folder / "acl").read_text().count("\nuser ") == 1, "the station alone"

    out = run_studio(
        "--db", db, "devices", "add", "Loa chợ", "--zone", "Thôn 1",
        "-o", str(tmp_path / "loa-cho"), "--host", "loa.xa.vn", "--json",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    added = json.loads(out.stdout)
    assert f"user {added['id']}" in (folder / "acl").read_text()
    assert f"{added['id']}:" in (folder / "passwd").read_text()
    # no broker runs from the folder here, so it could not be told
    assert added["broker"] == {"folder": str(folder.absolute()), "reloaded": False}

    out = run_studio(
        "--db", db, "devices", "add", "Loa đình", "--zone", "Thôn 1",
        "-o", str(tmp_path / "loa-dinh"), "--host", "loa.xa.vn", env=studio_env(STUDIO_LANG="en"),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Restart the broker (the Mosquitto service)" in out.stdout
    assert (folder / "acl").read_text().count("\nuser ") == 3  # the station and two devices


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_stale_pid_file_never_signals_another_program(store, tmp_path):
    """The pid in the file now belongs to another program: SIGHUP would end it."""
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    other = subprocess.Popen(["sleep", "30"])
    try:
        written = broker.write(store, tmp_path / "may-chu", hosts=["localhost"])
        assert not written.reloaded
        broker_config.pid_path(tmp_path / "may-chu").write_text(f"{other.pid}\n")
        assert broker.refresh(store).reloaded is False
        assert other.poll() is None, "the other program still runs"
    finally:
        other.kill()
        other.wait()
    assert stored.get(store, settings.BROKER_FILES)["hosts"] == ["localhost"]


def test_a_broker_folder_that_is_gone_does_not_undo_the_new_device(store, tmp_path):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    db = str(store.path)
    store.close()
    folder = tmp_path / "usb" / "may-chu"
    assert run_studio("--db", db, "broker", "config", "-o", str(folder)).returncode == 0
    shutil.rmtree(tmp_path / "usb")
    (tmp_path / "usb").write_text("the drive is gone; a file stands in its place")
    out = run_studio(
        "--db", db, "devices", "add", "Loa chợ", "--zone", "Thôn 1",
        "-o", str(tmp_path / "loa-cho"), "--host", "loa.xa.vn", env=studio_env(STUDIO_LANG="en"),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "could not update the broker's files" in out.stdout
    listed = run_studio("--db", db, "devices", "list", "--json")
    assert [d["name"] for d in json.loads(listed.stdout)["devices"]] == ["Loa chợ"]


def test_a_folder_that_cannot_be_written_is_said_plainly(store, tmp_path):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    (tmp_path / "tep").write_text("a file, not a folder")
    db = str(store.path)
    store.close()
    out = run_studio(
        "--db", db, "broker", "config", "-o", str(tmp_path / "tep" / "may-chu"),
        env=studio_env(STUDIO_LANG="en"),
    )  # fmt: skip
    assert out.returncode == 2
    assert "Cannot write the broker's files in" in out.stderr and "Traceback" not in out.stderr
