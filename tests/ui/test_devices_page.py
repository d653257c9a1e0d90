"""The Devices page: live state from a real loudspeaker agent through a real broker, and
the emergency that asks before it goes."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from PySide6.QtWidgets import QMessageBox

from studio import settings
from studio.audio import library
from studio.push import protocol
from studio.speaker.clock import SystemClock
from studio.store import bulletins, outbox, slots, stations
from studio.store import settings as stored
from studio.store.models import AssetKind, Bulletin, OutboxMessage, SlotContent
from tests.push.broker import deploy
from tests.speaker.test_agent import agent_for

from studio.ui.devices_page import DevicesPage
from studio.ui.tasks import InlineTaskRunner

LAYOUT = {"loa-cho": "thon-1", "loa-truong": "thon-2"}


def tone_file(folder):
    t = np.arange(16000) / 8000
    path = folder / "bao-lu.wav"
    sf.write(path, (0.3 * np.sin(2 * np.pi * 500 * t)).astype("float32"), 8000)
    return path


def cell(page, device: str, column: int) -> str:
    for r in range(page.table.rowCount()):
        if page.table.item(r, 0).text() == device:
            return page.table.item(r, column).text()
    raise AssertionError(f"{device} is not in the table")


def select(page, device: str) -> None:
    for r in range(page.table.rowCount()):
        if page.table.item(r, 0).text() == device:
            page.table.selectRow(r)
            return
    raise AssertionError(device)


@pytest.fixture
def station(store, tmp_path):
    dep = deploy(store, tmp_path, LAYOUT, station_folder=store.files_dir)
    dep.broker.start()
    stored.put(store, settings.BROKER_HOST, "127.0.0.1")
    stored.put(store, settings.BROKER_PORT, dep.broker.port)
    yield dep
    dep.broker.stop()


@pytest.fixture
def page(qtbot, store):
    p = DevicesPage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    yield p
    p.stop_service()


def test_without_a_broker_the_page_says_so(qtbot, store, tmp_path):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    p = DevicesPage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show()
    assert p.service is None
    assert "No broker is set up" in p.broker_note.text()


def test_a_live_agent_shows_online_then_offline_after_three_missed_heartbeats(
    qtbot, station, page, tmp_path
):
    agent = agent_for(station, "loa-cho", SystemClock(), tmp_path)
    agent.config = agent.config.with_(heartbeat_s=0.4)
    page.show()
    assert page.service is not None
    agent.start()
    try:
        qtbot.waitUntil(lambda: cell(page, "loa-cho", 2) == "Online", timeout=10000)
        assert "Connected to the broker" in page.broker_note.text()
        assert cell(page, "loa-truong", 2) == "Offline"  # never heard of
        assert cell(page, "loa-cho", 1) == "thon-1"
        assert cell(page, "loa-cho", 3) != "never"

        # the test tone goes to the chosen device, which plays it
        select(page, "loa-cho")
        page.tone_button.click()
        qtbot.waitUntil(lambda: cell(page, "loa-cho", 4) == "Test tone", timeout=10000)

        # the week goes out, and the device's row follows its audio until all is there
        news = bulletins.add_bulletin(station.push.store, "Bản tin tối")
        sound = library.import_file(station.push.store, tone_file(tmp_path), AssetKind.SPEECH)
        with station.push.store.session() as s:
            s.get(Bulletin, news.id).asset_id = sound.asset.id
        spec = slots.SlotSpec(
            0b1111111, 23 * 60 + 50, 600, SlotContent.BULLETIN, bulletin_id=news.id
        )
        slots.add_slot(station.push.store, spec)
        page.week_button.click()
        assert "thon-1: " in page.message.text() and "items sent." in page.message.text()
        qtbot.waitUntil(lambda: cell(page, "loa-cho", 5) == "all here", timeout=10000)
    finally:
        agent.stop()  # a clean goodbye: no last will, only silence tells
    qtbot.waitUntil(lambda: cell(page, "loa-cho", 2) == "Offline", timeout=10000)


def test_the_emergency_asks_first_then_goes_to_the_chosen_zone(qtbot, station, page, tmp_path):
    library.import_file(station.push.store, tone_file(tmp_path), AssetKind.SPEECH)
    page.show()
    store = station.push.store

    def emergencies() -> list[dict]:
        with store.session() as s:
            rows = s.query(OutboxMessage).order_by(OutboxMessage.seq).all()
        bodies = [protocol.decode(m.payload) for m in rows]
        return [b for b in bodies if b["body"].get("cmd") == "emergency_start"]

    page.emergency_button.click()
    dialog = page.emergency_dialog
    assert dialog.isVisible()
    assert dialog.send.text() == "SEND EMERGENCY"
    dialog.zone.setCurrentIndex(dialog.zone.findText("thon-2"))
    dialog.repeat.setValue(3)

    dialog.send.click()  # asks; "No" (the default) sends nothing
    assert dialog.confirm.isVisible()
    assert "bao-lu" in dialog.confirm.text() and "thon-2" in dialog.confirm.text()
    assert dialog.confirm.defaultButton() is dialog.confirm.button(QMessageBox.StandardButton.No)
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    assert dialog.isVisible() and emergencies() == []

    dialog.send.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert not dialog.isVisible()
    sent = emergencies()
    assert len(sent) == 1
    assert sent[0]["topic"].endswith(f"/zone/{station.zones['thon-2']}/command")
    assert sent[0]["body"]["repeat"] == 3
    assert sent[0]["body"]["item"]["title"] == "bao-lu"
    # it leaves through the page's own connection to the broker
    qtbot.waitUntil(lambda: outbox.pending_count(store) == 0, timeout=10000)


def test_add_a_device_writes_its_config_and_lists_it(qtbot, station, page, tmp_path):
    page.show()
    page.add_button.click()
    dialog = page.device_dialog
    dialog.name.setText("Loa đình")
    dialog.zone.setCurrentText("thon-1")
    dialog.folder.setText(str(tmp_path / "loa-dinh"))
    assert dialog.host.text() == "127.0.0.1"
    dialog.buttons.accepted.emit()
    assert (tmp_path / "loa-dinh" / "speaker.toml").exists()
    assert cell(page, "Loa đình", 1) == "thon-1"
    assert cell(page, "Loa đình", 2) == "Offline"

    select(page, "Loa đình")
    page.edit_button.click()
    page.device_dialog.enabled.setChecked(False)
    page.device_dialog.buttons.accepted.emit()
    assert cell(page, "Loa đình", 2) == "Not in use"
