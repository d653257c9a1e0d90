"""``studio sync …`` as an operator runs it: pairing, status, conflicts and resolving them."""

from __future__ import annotations

import json

from studio.store import open_store, sqlite_url, sync_state
from studio.store.models import Pronunciation, StationKind
from studio.sync.replica import open_replica
from tests.helpers import run_studio
from tests.sync.stations import Station, exchange, make_station


def studio(db, *args):
    return run_studio("--db", str(db), "sync", *args)


def test_pairing_status_conflicts_and_resolve_from_the_command_line(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bắc Hà", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Bản Phố", StationKind.COMMUNE)
    p_db, c_db = parent.store.path, commune.store.path
    parent.store.close()
    commune.store.close()

    out = studio(c_db, "status", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["peers"] == []
    out = studio(c_db, "now")
    assert out.returncode == 2 and "not paired" in out.stderr and "Traceback" not in out.stderr

    ids = {db: json.loads(studio(db, "id", "--json").stdout) for db in (p_db, c_db)}
    out = studio(
        p_db,
        "pair",
        ids[c_db]["id"],
        "--key",
        ids[c_db]["public_key"],
        "--role",
        "commune",
        "--name",
        "Xã Bản Phố",
    )
    assert out.returncode == 0, out.stderr
    out = studio(
        c_db,
        "pair",
        ids[p_db]["id"],
        "--key",
        ids[p_db]["public_key"],
        "--role",
        "parent",
        "--name",
        "Huyện Bắc Hà",
    )
    assert out.returncode == 0, out.stderr
    assert studio(c_db, "setup", "--parent-may-edit-schedule", "yes").returncode == 0

    # a conflict made in process, between the two databases the commands paired
    stations = []
    for name, db in (("parent", p_db), ("commune", c_db)):
        store = open_store(sqlite_url(db))

        stations.append(Station(name, store, open_replica(store)))
    with stations[0].store.session() as s:
        word = Pronunciation(written="HTX", spoken="hợp tác xã")
        s.add(word)
    exchange(stations)
    for st, value in zip(stations, ("hợp tác", "hát tê ích"), strict=True):
        with st.store.session() as s:
            s.get(Pronunciation, word.id).spoken = value
    exchange(stations)
    assert sync_state.status(stations[1].store)["parent_may_edit_schedule"] is True
    for st in stations:
        st.store.close()

    status = json.loads(studio(c_db, "status", "--json").stdout)
    assert status["open_conflicts"] == 1 and status["online"] is False
    assert [p["name"] for p in status["peers"]] == ["Huyện Bắc Hà"]
    listed = studio(c_db, "conflicts")
    assert "hát tê ích" in listed.stdout and "hợp tác" in listed.stdout
    (conflict,) = json.loads(studio(c_db, "conflicts", "--json").stdout)
    out = studio(c_db, "resolve", conflict["id"][:8], "--keep", "mine")
    assert out.returncode == 0, out.stderr
    assert json.loads(studio(c_db, "conflicts", "--json").stdout) == []
    status = json.loads(studio(c_db, "status", "--json").stdout)
    assert status["waiting_change_sets"] >= 1, "the choice waits to go to the parent"
    out = studio(c_db, "resolve", "ffffffff", "--keep", "mine")
    assert out.returncode == 2 and "No open conflict" in out.stderr
