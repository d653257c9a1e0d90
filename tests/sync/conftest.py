"""A parent and two communes, paired, with their broker running."""

from __future__ import annotations

import pytest

from studio.store.models import StationKind
from tests.sync.stations import link, make_station, sync_broker


@pytest.fixture
def trio(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bảo Thắng", StationKind.PARENT)
    a = make_station(tmp_path / "xa-a", "Xã Phong Niên", StationKind.COMMUNE)
    b = make_station(tmp_path / "xa-b", "Xã Gia Phú", StationKind.COMMUNE)
    link(parent, a)
    link(parent, b)
    sb = sync_broker(tmp_path / "broker", parent, [a, b])
    sb.broker.start()
    yield parent, a, b
    sb.broker.stop()
    for st in (parent, a, b):
        st.store.close()
