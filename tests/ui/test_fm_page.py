"""The FM page against the controller emulator on a real pty: the Test button, and a day
played on a fast clock with the transmitter switched through the emulator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import QMessageBox

from studio.audio import codec
from studio.audio.library import import_file
from studio.push.fm import config as fm_config
from studio.push.fm import dtmf
from studio.push.fm.emulator import ControllerEmulator, EmulatorBehaviour
from studio.push.fm.playout import FastClock, WavSink
from studio.push.fm.serial_driver import LineProtocol
from studio.schedule.resolve import Block, DayPlaylist, Entry
from studio.store import asrun, bulletins, stations
from studio.store.models import Bulletin, BulletinSource, PlayResult, Priority, ZoneKind
from studio.store.stations import StationProfile

from studio.ui.fm_page import FmPage
from studio.ui.soundcard import SoundCardSink
from studio.ui.tasks import TaskRunner

RATE = 8000
T0 = datetime(2026, 5, 4, 23, 0, tzinfo=UTC)  # 06:00 in Hà Nội
SPEED = 8.0


@pytest.fixture
def zone(store):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    return stations.add_zone(store, "Thôn Nà Lạ", ZoneKind.FM)


@pytest.fixture
def page(qtbot, store, zone):
    tasks = TaskRunner()
    page = FmPage(store, tasks)
    qtbot.addWidget(page)
    yield page
    page.shutdown()
    tasks.wait(10000)


def use_line(page, path, timeout_s=0.5):
    page.driver.setCurrentIndex(page.driver.findData("line"))
    page.set_port(path)
    page.timeout.setValue(timeout_s)


def test_the_test_button_shows_the_controller_reply_in_the_log(qtbot, page):
    with ControllerEmulator() as emu:
        use_line(page, emu.path)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    log = page.log.toPlainText()
    assert "→ TX ON" in log and "← OK" in log and "→ TX OFF" in log
    assert "The controller answered: STATUS TX=ON ZONES=-" in log
    assert emu.received == ["TX ON", "STATUS", "TX OFF"]


def test_a_silent_controller_is_reported_not_hung(qtbot, page):
    with ControllerEmulator(behaviour=EmulatorBehaviour(silent_on=frozenset({"STATUS"}))) as emu:
        use_line(page, emu.path, timeout_s=0.3)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    assert "did not answer “STATUS” within 0.3 s" in page.message.text()
    assert emu.received[-1] == "TX OFF", "switched off again after the failed query"


def test_settings_are_saved_and_shown_again(qtbot, store, zone, page):
    page.driver.setCurrentIndex(page.driver.findData("rts"))
    page.set_port("/dev/ttyUSB7")
    page.baud.setValue(1200)
    page.codes.item(0, 1).setText("4")
    page.codes.item(0, 2).setText("*4#")
    page.codes.item(0, 3).setText("#4#")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    cfg = fm_config.load(store)
    assert (cfg.driver, cfg.port, cfg.baud) == ("rts", "/dev/ttyUSB7", 1200)
    assert cfg.zones[str(zone.id)].on == "*4#"
    again = FmPage(store, page.tasks)
    qtbot.addWidget(again)
    assert again.port_name() == "/dev/ttyUSB7" and again.codes.item(0, 2).text() == "*4#"


def test_a_controller_with_its_own_words_is_set_up_in_the_form(qtbot, store, page):
    """A controller that says PTT1/PTT0 and answers ACK: the station types its commands."""
    own = LineProtocol(transmitter_on="PTT1", transmitter_off="PTT0", status="?", ack=r"ACK\b")
    with ControllerEmulator(protocol=own, behaviour=EmulatorBehaviour(replies={})) as emu:
        use_line(page, emu.path)
        assert page.commands["transmitter_on"].placeholderText() == "TX ON"
        for name, text in (("transmitter_on", "PTT1"), ("transmitter_off", "PTT0"),
                           ("status", "?"), ("ack", r"OK\b|ACK\b")):  # fmt: skip
            page.commands[name].setText(text)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    assert emu.received == ["PTT1", "?", "PTT0"]
    assert fm_config.load(store).commands["transmitter_on"] == "PTT1"
    page.commands["ack"].setText("OK(")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "is not a valid pattern" in page.message.text()
    assert fm_config.load(store).commands["ack"] == r"OK\b|ACK\b", "nothing half-saved"


def test_a_bad_code_is_refused_with_a_message(qtbot, store, page):
    page.codes.item(0, 2).setText("*4X")
    page.codes.item(0, 3).setText("#4#")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "is not a DTMF code" in page.message.text()
    assert fm_config.load(store).zones == {}


def _morning(seconds: float):
    """A day whose one item, the morning news, starts 4 s after T0 and lasts ``seconds``."""

    def day_of(day) -> DayPlaylist:
        start, end = T0 + timedelta(seconds=4), T0 + timedelta(seconds=4 + seconds)
        common = {"priority": Priority.NORMAL, "slot_id": None, "exception_id": None}
        entry = Entry("tin", 0, start, end, "Tin buổi sáng", None, duration_s=seconds, **common)
        block = Block(
            "sang",
            "Buổi sáng",
            planned_start=start,
            planned_end=end,
            start=start,
            end=end,
            entries=(entry,),
            **common,
        )
        return DayPlaylist(day, None, (block,))

    return day_of


_day = _morning(2.0)


def _tone(entry):
    t = np.arange(round(entry.length_s * RATE)) / RATE
    return [(0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)[:, None]]


def test_playout_switches_through_the_controller_and_shows_on_air(
    qtbot, store, zone, page, tmp_path
):
    clock = FastClock(T0, SPEED)
    sinks = []

    def make_sink():
        sinks.append(WavSink(tmp_path / "air.wav", RATE, 1, clock, T0))
        return sinks[-1]

    page.make_clock = lambda: clock
    page.make_sink = make_sink
    page.make_source = lambda sink: _tone
    page.playlist_for = _day
    page.zone.setCurrentIndex(page.zone.findData(str(zone.id)))
    for column, text in ((1, "3"), (2, "*3#"), (3, "#3#")):
        page.codes.item(0, column).setText(text)
    page.lead.setValue(0.5)
    changes = []
    page.on_air_changed.connect(changes.append)
    with ControllerEmulator() as emu:
        use_line(page, emu.path)
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        assert page.running and not page.start_button.isEnabled()
        qtbot.waitUntil(lambda: changes == [True], timeout=10000)
        qtbot.waitUntil(lambda: "Tin buổi sáng" in page.now_label.text(), timeout=10000)
        qtbot.waitUntil(lambda: changes == [True, False], timeout=10000)
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.running, timeout=10000)
    sinks[0].__exit__(None, None, None)
    assert emu.received == ["TX ON", "ZONE 3 ON", "ZONE 3 OFF", "TX OFF"]
    log = page.log.toPlainText()
    assert "→ ZONE 3 ON" in log and "← OK" in log and "Tin buổi sáng" in log
    assert page.on_air.text() == "Off air" and page.start_button.isEnabled()
    rows = asrun.entries_since(store, T0)
    assert [(r.title, r.result, r.zone_id) for r in rows] == [
        ("Tin buổi sáng", PlayResult.PLAYED, zone.id)
    ]
    samples, rate = codec.read(tmp_path / "air.wav")
    assert dtmf.digits_of(dtmf.detect(samples, rate)) == "*3##3#"


def test_the_countdown_names_the_next_item(qtbot, page, tmp_path):
    clock = FastClock(T0, 0.001)  # time all but stands still
    sink = WavSink(tmp_path / "x.wav", RATE, 1, clock, T0)
    page.make_clock = lambda: clock
    page.make_sink = lambda: sink
    page.make_source = lambda sink: _tone
    page.playlist_for = _day
    page.start()
    qtbot.waitUntil(lambda: "Tin buổi sáng" in page.next_label.text(), timeout=10000)
    assert page.next_label.text() == "Next: Tin buổi sáng at 06:00, in 0:03"
    assert page.on_air.text() == "Off air"
    # settings saved while playing are kept for the next start, and the operator is told
    page.lead.setValue(page.lead.value() + 1)
    assert page.save()
    assert "used when it is next started" in page.message.text()
    page.stop()
    qtbot.waitUntil(lambda: not page.running, timeout=10000)
    sink.__exit__(None, None, None)
    assert page.save() and page.message.text() == "Saved."


def test_the_emergency_button_interrupts_on_every_zone(
    qtbot, store, zone, page, tmp_path, monkeypatch
):
    stations.add_zone(store, "Thôn Khuổi Ha", ZoneKind.FM)
    siren = tmp_path / "bao-lu.wav"
    t = np.arange(2 * RATE) / RATE
    codec.write(siren, (0.3 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)[:, None], RATE)
    asset = import_file(store, siren).asset
    bulletin = bulletins.add_bulletin(
        store, "Báo lũ khẩn cấp", source=BulletinSource.RECORDED, priority=Priority.EMERGENCY
    )
    with store.session() as s:
        s.get(Bulletin, bulletin.id).asset_id = asset.id
    page.load()  # the new zone
    clock = FastClock(T0, SPEED)
    sink = WavSink(tmp_path / "air.wav", RATE, 1, clock, T0)
    page.make_clock = lambda: clock
    page.make_sink = lambda: sink
    page.make_source = lambda sink: _tone_for(8.0)
    page.playlist_for = _long_day
    page.zone.setCurrentIndex(page.zone.findData(str(zone.id)))
    rows = {page.codes.item(r, 0).text(): r for r in range(page.codes.rowCount())}
    for name, number in (("Thôn Nà Lạ", "3"), ("Thôn Khuổi Ha", "5")):
        for column, text in ((1, number), (2, f"*{number}#"), (3, f"#{number}#")):
            page.codes.item(rows[name], column).setText(text)
    page.lead.setValue(0.5)
    asked = []
    monkeypatch.setattr(
        "studio.ui.fm_page.QInputDialog.getItem",
        lambda *a, **k: asked.append(a[3]) or ("Báo lũ khẩn cấp", True),
    )
    monkeypatch.setattr(
        "studio.ui.fm_page.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    with ControllerEmulator() as emu:
        use_line(page, emu.path)
        page.start()
        qtbot.waitUntil(lambda: "Tin buổi sáng" in page.now_label.text(), timeout=10000)
        qtbot.mouseClick(page.emergency_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Báo lũ khẩn cấp" in page.now_label.text(), timeout=10000)
        qtbot.waitUntil(lambda: "Tin buổi sáng" in page.now_label.text(), timeout=10000)
        qtbot.waitUntil(lambda: not page.is_on_air, timeout=10000)
        page.stop()
        qtbot.waitUntil(lambda: not page.running, timeout=10000)
    sink.__exit__(None, None, None)
    assert asked == [["Báo lũ khẩn cấp"]]
    assert emu.received == [
        "TX ON",
        "ZONE 3 ON",
        "ZONE 5 ON",
        "ZONE 5 OFF",
        "ZONE 3 OFF",
        "TX OFF",
    ]
    got = [(r.title, r.result) for r in reversed(asrun.entries_since(store, T0))]
    assert got == [
        ("Tin buổi sáng", PlayResult.INTERRUPTED),
        ("Báo lũ khẩn cấp", PlayResult.PLAYED),
        ("Tin buổi sáng", PlayResult.PARTIAL),
    ]
    samples, rate = codec.read(tmp_path / "air.wav")
    assert dtmf.digits_of(dtmf.detect(samples, rate)) == "*3#*5##5##3#"


_long_day = _morning(8.0)


def _tone_for(seconds):
    def source(entry):
        t = np.arange(round(seconds * RATE)) / RATE
        x = (0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)[:, None]
        return [x[i : i + RATE // 4] for i in range(0, len(x), RATE // 4)]

    return source


def test_an_emergency_added_to_the_schedule_goes_on_air_today(qtbot, page, tmp_path):
    clock = FastClock(T0, SPEED)
    sink = WavSink(tmp_path / "air.wav", RATE, 1, clock, T0)
    days = [_long_day]
    page.make_clock = lambda: clock
    page.make_sink = lambda: sink
    page.make_source = lambda sink: _tone_for(8.0)
    page.playlist_for = lambda day: days[-1](day)
    page.start()
    qtbot.waitUntil(lambda: "Tin buổi sáng" in page.now_label.text(), timeout=10000)

    def with_emergency(day):
        at = clock.now() + timedelta(seconds=2)
        common = {"priority": Priority.EMERGENCY, "slot_id": None, "exception_id": None}
        end = at + timedelta(seconds=1)
        entry = Entry("lu", 0, at, end, "Báo lũ", None, duration_s=1.0, **common)
        block = Block(
            "lu", "Báo lũ", planned_start=at, planned_end=end, start=at, end=end,
            entries=(entry,), **common,
        )  # fmt: skip
        return DayPlaylist(day, None, (*_long_day(day).blocks, block))

    days.append(with_emergency)
    page.reload_schedule()
    qtbot.waitUntil(lambda: "Báo lũ" in page.now_label.text(), timeout=10000)
    page.stop()
    qtbot.waitUntil(lambda: not page.running, timeout=10000)
    sink.__exit__(None, None, None)
    assert "emergency Báo lũ" in page.log.toPlainText()


def test_without_a_sound_card_playout_does_not_start(qtbot, page):
    def no_card():
        sink = SoundCardSink(device=QAudioDevice(), parent=page)
        sink.start()
        return sink

    page.make_sink = no_card
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.running and page.start_button.isEnabled()
    assert page.message.text() == "No sound card is available to play to the transmitter."
