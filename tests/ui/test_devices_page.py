"""The Devices page: live state from a real loudspeaker agent through a real broker, play
now and volume heard in the agent's output, and what asks before it goes."""

from __future__ import annotations

import tomllib

import numpy as np
import pytest
import soundfile as sf

from PySide6.QtWidgets import QMessageBox

from studio import settings
from studio.audio import library
from studio.push import protocol, topics
from studio.push.keys import station_user
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress
from studio.speaker.clock import SystemClock
from studio.store import bulletins, outbox, slots, stations
from studio.store import settings as stored
from studio.store.models import AssetKind, Bulletin, OutboxMessage, SlotContent
from tests.push.broker import connect, deploy, running_from_studio_files
from tests.speaker.test_agent import agent_for

from studio.ui.devices_page import DevicesPage
from studio.ui.tasks import InlineTaskRunner

LAYOUT = {"loa-cho": "thon-1", "loa-truong": "thon-2"}
PLAYING, VOLUME, AUDIO = 4, 5, 6


def tone_file(folder, name="bao-lu", hz=500, seconds=2.0):
    t = np.arange(int(seconds * 8000)) / 8000
    path = folder / f"{name}.wav"
    sf.write(path, (0.3 * np.sin(2 * np.pi * hz * t)).astype("float32"), 8000)
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
        qtbot.waitUntil(lambda: cell(page, "loa-cho", PLAYING) == "Test tone", timeout=10000)

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
        qtbot.waitUntil(lambda: cell(page, "loa-cho", AUDIO) == "all here", timeout=10000)
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


def plays_written(agent, folder, count: int, qtbot) -> list:
    """The WAV files the agent wrote once ``count`` plays have ended, oldest first."""

    def ended() -> bool:
        idle = agent._playing is None and not (agent._player and agent._player.is_alive())
        return idle and len(list(folder.glob("*.wav"))) == count

    qtbot.waitUntil(ended, timeout=15000)
    return [sf.read(p)[0] for p in sorted(folder.glob("*.wav"))]


def strongest_hz(samples: np.ndarray, rate: int = 8000) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[spectrum.argmax()])


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2)))


def test_volume_and_play_now_are_heard_in_the_agents_output(qtbot, station, page, tmp_path):
    store = station.push.store
    library.import_file(store, tone_file(tmp_path), AssetKind.SPEECH)
    library.import_file(store, tone_file(tmp_path, "nhac-hieu", 1200, 1.0), AssetKind.MUSIC)
    agent = agent_for(station, "loa-cho", SystemClock(), tmp_path)
    wavs = tmp_path / "loa-cho" / "wav"
    page.show()
    agent.start()
    try:
        qtbot.waitUntil(lambda: cell(page, "loa-cho", VOLUME) == "10", timeout=10000)

        # louder than it is now: asked first; the dialog starts at the volume it reports
        select(page, "loa-cho")
        page.volume_button.click()
        dialog = page.volume_dialog
        assert dialog.target.currentText() == "Loudspeaker loa-cho"
        assert dialog.level.value() == 10
        dialog.level.setValue(15)
        dialog.buttons.accepted.emit()
        assert "volume 15" in dialog.confirm.text()
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: cell(page, "loa-cho", VOLUME) == "15", timeout=10000)

        # play now: the chosen sound on the chosen device, after a confirmation
        page.play_button.click()
        dialog = page.play_dialog
        assert dialog.target.currentText() == "Loudspeaker loa-cho"
        dialog.sound.setCurrentIndex(dialog.sound.findText("nhac-hieu"))
        dialog.buttons.accepted.emit()
        assert "nhac-hieu" in dialog.confirm.text() and "loa-cho" in dialog.confirm.text()
        dialog.confirm.button(QMessageBox.StandardButton.No).click()
        assert dialog.isVisible() and outbox.pending_count(store) == 0
        dialog.buttons.accepted.emit()
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
        (loud,) = plays_written(agent, wavs, 1, qtbot)
        assert strongest_hz(loud) == pytest.approx(1200, abs=5)
        assert rms(loud) == pytest.approx(0.3 / np.sqrt(2), rel=0.05)  # full scale at 15

        # quieter for the whole zone: goes at once
        page.volume_button.click()
        dialog = page.volume_dialog
        dialog.target.setCurrentIndex(dialog.target.findText("Zone thon-1"))
        assert dialog.level.value() == 15
        dialog.level.setValue(5)
        dialog.buttons.accepted.emit()
        assert dialog.confirm is None and not dialog.isVisible()
        qtbot.waitUntil(lambda: cell(page, "loa-cho", VOLUME) == "5", timeout=10000)

        page.play_button.click()
        dialog = page.play_dialog
        dialog.target.setCurrentIndex(dialog.target.findText("Zone thon-1"))
        dialog.sound.setCurrentIndex(dialog.sound.findText("nhac-hieu"))
        dialog.buttons.accepted.emit()
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
        loud, quiet = plays_written(agent, wavs, 2, qtbot)
        assert strongest_hz(quiet) == pytest.approx(1200, abs=5)
        # 10 steps of 2 dB down: a tenth of the level
        assert rms(quiet) / rms(loud) == pytest.approx(protocol.volume_gain(5), rel=0.05)
    finally:
        agent.stop()


def test_broker_files_are_written_from_the_page(qtbot, store, tmp_path):
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    p = DevicesPage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show()
    assert "Broker files…" in p.broker_note.text()
    p.files_button.click()
    dialog = p.files_dialog
    dialog.hosts.setText("")
    dialog.buttons.accepted.emit()
    assert "folder" in dialog.error.text() and dialog.isVisible(), "refused, still open"
    dialog.folder.setText(str(tmp_path / "may-chu"))
    dialog.hosts.setText("loa.daibangthanh.vn, 192.168.1.10")
    dialog.port.setValue(18883)
    dialog.buttons.accepted.emit()
    conf = (tmp_path / "may-chu" / "mosquitto.conf").read_text()
    assert "listener 18883 0.0.0.0" in conf
    assert (tmp_path / "may-chu" / "passwd").exists() and (tmp_path / "may-chu" / "acl").exists()
    assert f"mosquitto -c {tmp_path / 'may-chu' / 'mosquitto.conf'}" in p.message.text()
    # the connection fields take the broker just written; the dialog opens with it again
    assert (p.broker_host.text(), p.broker_port.value()) == ("loa.daibangthanh.vn", 18883)
    p.files_button.click()
    assert p.files_dialog.folder.text() == str(tmp_path / "may-chu")
    assert p.files_dialog.hosts.text() == "loa.daibangthanh.vn, 192.168.1.10"


def test_a_new_loudspeaker_is_let_in_by_the_running_broker_at_once(qtbot, store, tmp_path):
    """The broker runs from the files Studio wrote: a loudspeaker added on the page logs in
    and hears its commands with no restart and no command typed."""
    stations.create_local_station(store, stations.StationProfile("Xã A", "Hà Nội"))
    stations.add_zone(store, "Thôn 1")
    mqtt = running_from_studio_files(store, tmp_path / "broker")
    p = DevicesPage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    try:
        p.show()
        p.add_button.click()
        dialog = p.device_dialog
        dialog.name.setText("Loa đình")
        dialog.zone.setCurrentText("Thôn 1")
        dialog.folder.setText(str(tmp_path / "loa-dinh"))
        dialog.host.setText("127.0.0.1")
        dialog.buttons.accepted.emit()
        assert "the running broker has read them" in p.message.text()

        config = tomllib.loads((tmp_path / "loa-dinh" / "speaker.toml").read_text())
        push = StationPush.open(store)
        device = BrokerAddress(
            "127.0.0.1", mqtt.port, push.keys.ca_cert_path, config["device"], config["password"]
        )
        station = BrokerAddress(
            "127.0.0.1",
            mqtt.port,
            push.keys.ca_cert_path,
            station_user(push.station_id),
            push.keys.station_password(push.station_id),
        )
        command = topics.device_command(push.station_id, config["device"])
        speaker, inbox = connect(device, config["device"], [(command, 1)])
        sender, _ = connect(station, "station-test")
        try:
            sender.publish(command, b"hello")
            assert inbox.wait_for(lambda m: m), "the new loudspeaker reads its own topic"
        finally:
            speaker.stop()
            sender.stop()
    finally:
        p.stop_service()
        mqtt.stop()
