"""Online, offline and last seen, as the station works them out from what devices send."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studio.push.monitor import DeviceMonitor

T0 = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def status(online=True, heartbeat_s=30, **kw):
    return {"v": 1, "type": "status", "online": online, "heartbeat_s": heartbeat_s, **kw}


def test_a_device_is_offline_after_three_missed_heartbeats_and_at_its_last_will(tmp_path):
    clock = Clock()
    m = DeviceMonitor(tmp_path / "device-status.json", clock)
    assert not m.state("a").online and m.state("a").last_seen is None

    m.observe("a", status(playing={"title": "Bản tin sáng"}))
    assert m.state("a").online and m.state("a").playing_title == "Bản tin sáng"
    clock.now = T0 + timedelta(seconds=89)
    assert m.state("a").online
    m.observe("a", {"v": 1, "type": "play", "result": "played"})  # any report is a sign of life
    clock.now = T0 + timedelta(seconds=89 + 91)
    assert not m.state("a").online  # three heartbeats (90 s) without a word
    assert m.state("a").last_seen == T0 + timedelta(seconds=89)
    assert m.state("a").playing_title == ""

    m.observe("a", status())
    assert m.state("a").online
    m.observe("a", {"v": 1, "type": "status", "device": "a", "online": False})  # last will
    assert not m.state("a").online
    assert m.state("a").last_seen == clock.now  # the will is not a sign of life


def test_a_retained_status_is_not_a_sign_of_life_and_last_seen_survives_a_restart(tmp_path):
    clock = Clock()
    path = tmp_path / "device-status.json"
    m = DeviceMonitor(path, clock)
    m.observe("a", status(heartbeat_s=1.0))
    m.save()
    clock.now = T0 + timedelta(hours=2)
    again = DeviceMonitor(path, clock)
    again.observe("a", status(heartbeat_s=1.0), retained=True)  # the broker's old copy
    state = again.state("a")
    assert not state.online and state.last_seen == T0
