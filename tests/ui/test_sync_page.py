"""The Sync page shows a conflict with both versions, and keeping one reaches the other station."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from PySide6.QtCore import Qt

from studio.store import sync_state
from studio.store.models import Pronunciation, StationKind
from studio.sync.service import SyncService
from tests.sync.stations import (
    add_devices_and_as_run,
    link,
    make_station,
    sync_broker,
    sync_together,
)

from studio.ui.sync_page import SyncPage
from studio.ui.tasks import InlineTaskRunner


@pytest.fixture
def stations(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bát Xát", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Y Tý", StationKind.COMMUNE)
    link(parent, commune)
    sb = sync_broker(tmp_path / "broker", parent, [commune])
    sb.broker.start()
    yield parent, commune
    sb.broker.stop()
    parent.store.close()
    commune.store.close()


def spoken(station, record_id) -> str:
    with station.store.session() as s:
        return s.get(Pronunciation, record_id).spoken


def set_spoken(station, record_id, value: str) -> None:
    with station.store.session() as s:
        s.get(Pronunciation, record_id).spoken = value


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_conflict_shown_side_by_side_and_the_choice_syncs(qtbot, stations):
    parent, commune = stations
    with parent.store.session() as s:
        word = Pronunciation(written="HTX", spoken="hợp tác xã")
        s.add(word)
    sync_together([parent, commune])
    set_spoken(parent, word.id, "hợp tác")  # both change the same word while apart
    set_spoken(commune, word.id, "hát tê ích")
    sync_together([parent, commune])

    page = SyncPage(commune.store, InlineTaskRunner())
    qtbot.addWidget(page)
    page.show()
    assert page.state_label.text() == "● Online"  # the broker answers
    rows = cells(page.conflicts)
    assert len(rows) == 1
    assert rows[0][1:3] == ["hát tê ích", "hợp tác"]  # this station's, the other's
    assert rows[0][0] == "Pronunciation “HTX” · how it is read"
    assert "Received" in [r[1] for r in cells(page.log_table)]
    assert not page.keep_mine.isEnabled(), "nothing chosen yet"

    page.conflicts.selectRow(0)
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    assert page.conflicts.isHidden() and page.no_conflicts.isVisibleTo(page), page.message.text()
    assert spoken(commune, word.id) == "hát tê ích"

    # the parent is online; the commune presses "Sync now"
    parent_sync = SyncService.open(parent.replica)
    parent_sync.start()
    try:
        assert parent_sync.link.wait_connected(10)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        assert page.state_label.text() == "● Online"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and spoken(parent, word.id) != "hát tê ích":
            time.sleep(0.1)
    finally:
        parent_sync.stop()
    assert spoken(parent, word.id) == "hát tê ích"
    assert sync_state.open_conflicts(parent.store) == [], "the parent still shows the conflict"
    assert "Last sync: never" not in page.last_label.text()
    assert page.waiting_label.text() == "Changes waiting: 0"


def test_sync_now_without_a_broker_says_what_to_do(qtbot, tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Sa Pa", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Tả Van", StationKind.COMMUNE)
    link(parent, commune)
    page = SyncPage(commune.store, InlineTaskRunner())
    qtbot.addWidget(page)
    page.show()
    assert page.state_label.text() == "Network: unknown"
    assert "Huyện Sa Pa (parent station)" in page.peers_label.text()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "studio sync setup --broker" in page.message.text()
    assert page.sync_button.isEnabled()
    assert page.waiting_label.text() == "Changes waiting: 1"  # its own station record
    parent.store.close()
    commune.store.close()


def test_a_paired_station_syncs_by_itself(qtbot, stations):
    """Nobody presses "Sync now": the page's timer (or the network coming back) does it."""
    parent, commune = stations
    with commune.store.session() as s:
        word = Pronunciation(written="PCTT", spoken="phòng chống thiên tai")
        s.add(word)
    page = SyncPage(commune.store, InlineTaskRunner())
    qtbot.addWidget(page)
    assert page.auto_sync.isActive(), "the timer runs even while the page is not shown"
    parent_sync = SyncService.open(parent.replica)
    parent_sync.start()
    try:
        assert parent_sync.link.wait_connected(10)
        page.auto_sync.setInterval(50)
        qtbot.waitUntil(lambda: page.online is True, timeout=30000)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with parent.store.session() as s:
                if s.get(Pronunciation, word.id) is not None:
                    break
            time.sleep(0.1)
    finally:
        page.auto_sync.stop()
        parent_sync.stop()
    assert spoken(parent, word.id) == "phòng chống thiên tai"


def test_a_parent_sees_its_communes_devices_and_as_run(qtbot, tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Văn Bàn", StationKind.PARENT)
    a = make_station(tmp_path / "xa-a", "Xã Nậm Chầy", StationKind.COMMUNE)
    b = make_station(tmp_path / "xa-b", "Xã Dần Thàng", StationKind.COMMUNE)
    link(parent, a)
    link(parent, b)
    sb = sync_broker(tmp_path / "broker", parent, [a, b])
    sb.broker.start()
    try:
        add_devices_and_as_run(
            a,
            {"Loa đầu bản": "Bản Nậm Chầy"},
            [("Thời sự", timedelta(days=2)), ("Thông báo", timedelta(days=9))],
        )
        add_devices_and_as_run(b, {"Loa chợ": "Thôn 1", "Loa đình": "Thôn 2"}, [])
        sync_together([parent, a, b])

        page = SyncPage(parent.store, InlineTaskRunner())
        qtbot.addWidget(page)
        page.show()
        assert page.communes_box.isVisible()
        rows = {r[0]: r for r in cells(page.communes)}
        assert set(rows) == {"Xã Nậm Chầy", "Xã Dần Thàng"}
        assert rows["Xã Nậm Chầy"][4] == "Loa đầu bản (Bản Nậm Chầy)"
        assert rows["Xã Nậm Chầy"][5] == "1"  # one in the last 7 days, one older
        assert "Thời sự (Played)" in rows["Xã Nậm Chầy"][6]
        assert rows["Xã Dần Thàng"][4] == "Loa chợ (Thôn 1), Loa đình (Thôn 2)"
        assert rows["Xã Dần Thàng"][5:] == ["0", "—"]
        assert rows["Xã Dần Thàng"][1] != "never" and rows["Xã Dần Thàng"][2] == "0"

        commune_page = SyncPage(a.store, InlineTaskRunner())
        qtbot.addWidget(commune_page)
        commune_page.show()
        assert not commune_page.communes_box.isVisible(), "a commune has no communes"
    finally:
        sb.broker.stop()
        for st in (parent, a, b):
            st.store.close()
