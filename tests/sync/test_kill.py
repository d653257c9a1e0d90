"""A station killed (SIGKILL) in the middle of a sync loses nothing and applies nothing twice."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from studio.store import open_store, sqlite_url
from studio.store.models import Pronunciation, StationKind
from studio.sync.replica import open_replica
from tests.helpers import studio_env
from tests.sync.stations import link, make_station, sync_broker, sync_together

RECORDS = 1500  # thirty change sets


def count(db, sql: str) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # locked for a moment by the writer
        return -1
    finally:
        con.close()


def studio_sync(db, wait: float = 30) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "studio", "--db", str(db), "sync", "now", "--wait", str(wait)],
        env=studio_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def pair_on_broker(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Si Ma Cai", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Sín Chéng", StationKind.COMMUNE)
    link(parent, commune)
    sb = sync_broker(tmp_path / "broker", parent, [commune])
    sb.broker.start()
    sync_together([parent, commune])  # both have met the broker: their sessions exist
    yield parent, commune
    sb.broker.stop()
    parent.store.close()
    commune.store.close()


def test_parent_killed_mid_sync_loses_nothing_and_applies_nothing_twice(pair_on_broker):
    parent, commune = pair_on_broker
    with commune.store.session() as s:
        s.add_all(Pronunciation(written=f"từ {i}", spoken=f"đọc {i}") for i in range(RECORDS))
    sync_together([commune])  # the broker now holds the change sets for the parent
    with parent.store.session() as s:  # and the parent has its own to send
        s.add_all(Pronunciation(written=f"huyện {i}", spoken=f"đọc {i}") for i in range(500))
    parent.replica.capture()
    db = parent.store.path
    before = count(db, "SELECT count(*) FROM sync_applied")
    parent.store.close()

    proc = studio_sync(db)
    deadline = time.monotonic() + 60
    applied = before
    while time.monotonic() < deadline and proc.poll() is None:
        applied = count(db, "SELECT count(*) FROM sync_applied")
        if applied > before + 2:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the sync ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    total_sets = count(commune.store.path, "SELECT count(*) FROM sync_outgoing")
    assert applied - before < total_sets - 1, "the kill came after the sync"

    # started again, it takes in the rest from the broker and from the commune's resends
    out = subprocess.run(
        [sys.executable, "-m", "studio", "--db", str(db), "sync", "now", "--wait", "20"],
        env=studio_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    sync_together([commune, _reopen(parent)])
    assert count(db, "SELECT count(*) FROM pronunciations WHERE written LIKE 'từ %'") == RECORDS
    assert count(commune.store.path, "SELECT count(*) FROM pronunciations") == RECORDS + 500
    for station_db in (db, commune.store.path):
        con = sqlite3.connect(station_db)
        query = "SELECT change_id FROM sync_log WHERE direction='in'"
        applied_ids = [r[0] for r in con.execute(query)]
        con.close()
        twice = [cid for cid, n in Counter(applied_ids).items() if n > 1]
        assert twice == [], f"change sets applied twice: {twice}"
    assert (
        count(commune.store.path, "SELECT count(*) FROM sync_outgoing WHERE acked_at IS NULL") == 0
    )


def _reopen(station):
    """The station's database opened again (after another process wrote it)."""
    store = open_store(sqlite_url(station.store.path))
    station.store = store
    station.replica = open_replica(store)
    return station
