"""The same store on a PostgreSQL server, started for the test on 127.0.0.1."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from studio.store import open_store, stations
from studio.store.db import head_revision
from studio.store.models import Bulletin, BulletinSource, Priority
from studio.store.stations import StationProfile
from tests.helpers import ON_CI

pytestmark = pytest.mark.postgres


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    bindir = _pg_bin()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bindir = None
    if bindir is None:
        if ON_CI:
            pytest.fail("PostgreSQL or psycopg is not installed (make setup installs them)")
        pytest.skip("PostgreSQL is not installed")
    # PostgreSQL refuses to run as root: run it as the postgres user when we are root
    as_user: list[str] = []
    # pytest's own temp folders are private to root; the server needs one of its own
    root = Path(tempfile.mkdtemp(prefix="studio-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [
            *as_user,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "studio",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    log = root / "pg.log"
    subprocess.run(
        [
            *as_user,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-w",
            "-o",
            f"-h 127.0.0.1 -p {port} -k {data}",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "studio",
                "studio",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://studio@127.0.0.1:{port}/studio"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def test_store_works_on_postgresql(postgres_url):
    store = open_store(postgres_url)
    try:
        assert store.revision == head_revision()
        station = stations.create_local_station(
            store, StationProfile("Xã Bằng Thành", "Bắc Kạn", parent_name="Đài tỉnh")
        )
        with store.session() as s:
            s.add(
                Bulletin(
                    title="Cảnh báo lũ quét",
                    text="Khẩn cấp: sơ tán khỏi bờ suối",
                    source=BulletinSource.TTS,
                    priority=Priority.EMERGENCY,
                )
            )
    finally:
        store.close()

    again = open_store(postgres_url)  # an up-to-date server database is opened as it is
    try:
        assert again.local_station_id == station.id
        assert stations.local_station(again).name == "Xã Bằng Thành"
        with again.session() as s:
            b = s.query(Bulletin).one()
        assert (b.title, b.priority, b.station_id) == (
            "Cảnh báo lũ quét",
            Priority.EMERGENCY,
            station.id,
        )
        assert b.created_at.tzinfo is not None
        assert isinstance(b.id, uuid.UUID)
    finally:
        again.close()
