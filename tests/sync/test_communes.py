"""A parent sees each commune's sync state, devices and as-run after syncing with it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from studio.store import sync_state
from studio.store.models import StationKind
from tests.helpers import run_studio
from tests.sync.stations import (
    add_devices_and_as_run,
    link,
    make_station,
    sync_broker,
    sync_together,
)


@pytest.fixture
def district(tmp_path):
    """A parent and two communes with loudspeakers and as-run, synced over the broker."""
    parent = make_station(tmp_path / "huyen", "Huyện Bắc Hà", StationKind.PARENT)
    a = make_station(tmp_path / "xa-a", "Xã Bản Phố", StationKind.COMMUNE)
    b = make_station(tmp_path / "xa-b", "Xã Lùng Phình", StationKind.COMMUNE)
    link(parent, a)
    link(parent, b)
    sb = sync_broker(tmp_path / "broker", parent, [a, b])
    sb.broker.start()
    add_devices_and_as_run(
        a,
        {"Loa chợ": "Thôn Làng Mới", "Loa trường": "Thôn Na Hối"},
        [
            ("Bản tin sáng", timedelta(days=1)),
            ("Bản tin chiều", timedelta(hours=2)),
            ("Bản tin tháng trước", timedelta(days=30)),
        ],
    )
    add_devices_and_as_run(b, {"Loa UBND": "Thôn Sín Chải"}, [])
    sync_together([parent, a, b])
    yield parent, a, b
    sb.broker.stop()
    for st in (parent, a, b):
        st.store.close()


def test_the_parent_sees_each_communes_devices_and_as_run(district):
    parent, a, _b = district
    found = {c.name: c for c in sync_state.communes(parent.store)}
    assert list(found) == ["Xã Bản Phố", "Xã Lùng Phình"]
    bp, lp = found["Xã Bản Phố"], found["Xã Lùng Phình"]
    assert [(d.name, d.zone) for d in bp.devices] == [
        ("Loa chợ", "Thôn Làng Mới"),
        ("Loa trường", "Thôn Na Hối"),
    ]
    assert [(d.name, d.zone) for d in lp.devices] == [("Loa UBND", "Thôn Sín Chải")]
    assert bp.as_run_recent == 2 and bp.last_as_run.title == "Bản tin chiều"
    assert lp.as_run_recent == 0 and lp.last_as_run is None
    assert bp.last_received is not None and bp.waiting == 0 and bp.conflicts == 0
    assert sync_state.communes(a.store) == [], "a commune has no communes"

    out = run_studio("--db", str(parent.store.path), "sync", "communes", "--json")
    assert out.returncode == 0, out.stderr
    rows = {r["name"]: r for r in json.loads(out.stdout)}
    assert rows["Xã Bản Phố"]["as_run_recent"] == 2
    assert rows["Xã Bản Phố"]["last_as_run"]["title"] == "Bản tin chiều"
    assert [d["name"] for d in rows["Xã Lùng Phình"]["devices"]] == ["Loa UBND"]
    text = run_studio("--db", str(parent.store.path), "sync", "communes").stdout
    assert "Loa chợ (Thôn Làng Mới)" in text and "Loa UBND (Thôn Sín Chải)" in text
    assert "số lần phát trong 7 ngày qua: 2; lần gần nhất:" in text
    assert "Bản tin chiều (played)" in text
    out = run_studio("--db", str(a.store.path), "sync", "communes")
    assert out.returncode == 0 and "không quản lý xã nào" in out.stdout
