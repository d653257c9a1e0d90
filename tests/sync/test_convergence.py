"""Whatever stations do apart, and in whatever order they meet, they end up agreeing.

Three real station databases (a parent and two communes) trade change sets in process:
the property is about the merge, and the real broker has its own tests.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.store import open_store, sqlite_url, sync_state
from studio.store import settings as stored
from studio.store.models import Pronunciation, StationKind
from studio.sync.replica import open_replica
from tests.sync.stations import Station, exchange, link, make_station, shared_view

NAMES = ["parent", "xa-a", "xa-b"]
WORDS = ["UBND", "HĐND", "MTTQ", "THCS"]
SPOKEN = ["ủy ban", "hội đồng", "mặt trận", "trung học", "u bê"]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three paired stations sharing a few records, saved to copy for every example."""
    root = tmp_path_factory.mktemp("template")
    parent = make_station(root / "parent", "Huyện Mường Khương", StationKind.PARENT)
    a = make_station(root / "xa-a", "Xã Bản Lầu", StationKind.COMMUNE)
    b = make_station(root / "xa-b", "Xã Lùng Vai", StationKind.COMMUNE)
    link(parent, a)
    link(parent, b)
    ids = []
    for owner in (parent, parent, a, b):
        with owner.store.session() as s:
            record = Pronunciation(written=WORDS[len(ids)], spoken="")
            s.add(record)
        ids.append(record.id)
    for commune in (a, b):  # the parent's edits to a commune's own records are refused
        stored.put(commune.store, sync_state.PARENT_MAY_EDIT_SCHEDULE, True)
    exchange([parent, a, b])
    for s in (parent, a, b):
        s.store.close()
    return root, ids


def open_copy(template_root: Path, into: Path) -> list[Station]:
    shutil.copytree(template_root, into, dirs_exist_ok=True)
    stations = []
    for name in NAMES:
        store = open_store(sqlite_url(into / name / "studio.db"))
        stations.append(Station(name, store, open_replica(store)))
    return stations


step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(SPOKEN)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3), st.none()),
    st.tuples(st.just("add"), st.integers(0, 2), st.none(), st.sampled_from(SPOKEN)),
    st.tuples(st.just("sync"), st.sets(st.integers(0, 2), min_size=2), st.none(), st.none()),
)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, max_size=8))
def test_random_edits_and_partitions_always_converge(template, steps):
    root, ids = template
    with tempfile.TemporaryDirectory() as tmp:
        stations = open_copy(root, Path(tmp))
        try:
            for kind, who, which, value in steps:
                if kind == "sync":
                    exchange(stations, online={stations[i].id for i in who})
                    continue
                station = stations[who]
                with station.store.session() as s:
                    if kind == "add":
                        s.add(Pronunciation(id=uuid.uuid4(), written="XYZ", spoken=value))
                        continue
                    record = s.get(Pronunciation, ids[which])
                    if record is None:  # not shared with this station
                        continue
                    if kind == "edit":
                        record.spoken = value
                    else:
                        record.deleted = True
            exchange(stations)
            parent, *communes = stations
            for commune in communes:
                owners = {parent.id, commune.id}
                assert shared_view(commune, owners) == shared_view(parent, owners)
            for s in stations:
                assert sync_state.waiting_count(s.store) == 0
        finally:
            for s in stations:
                s.store.close()
