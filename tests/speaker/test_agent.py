"""Loudspeaker agents in two zones play their own zone's items on their own clock."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import soundfile as sf
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from studio.push import protocol, signing, topics
from studio.push.service import StationService
from studio.push.timefmt import parse_instant
from studio.speaker.agent import Agent
from studio.speaker.clock import ScaledClock
from studio.speaker.config import SpeakerConfig
from studio.speaker.output import WavOutput
from studio.store.models import AsRunEntry

RATE = 20.0  # the agents' clock runs 20 times faster than real time
SR = 8000


def tone(path, seconds, hz):
    t = np.arange(int(seconds * SR)) / SR
    sf.write(path, (0.5 * np.sin(2 * np.pi * hz * t)).astype("float32"), SR)
    return path


def agent_for(dep, name, clock, tmp_path):
    enrolled = dep.devices[name]
    address = dep.device_address(name)
    config = SpeakerConfig(
        station=dep.station_id,
        station_key=dep.push.keys.public_key_text(),
        device=str(enrolled.device.id),
        zone=str(enrolled.device.zone_id),
        host="127.0.0.1",
        port=address.port,
        password=enrolled.password,
        ca_file=address.ca_file,
        cache_dir=tmp_path / name / "cache",
    )
    return Agent(config, clock, WavOutput(tmp_path / name / "wav"))


def wav_files(tmp_path, name):
    """(start instant, item id, seconds) of every WAV the agent wrote."""
    out = []
    for p in sorted((tmp_path / name / "wav").glob("*.wav")):
        stamp, item = p.stem.split("_", 1)
        start = parse_instant(stamp[:13] + ":" + stamp[13:15] + ":" + stamp[15:])
        out.append((start, item, sf.info(p).duration))
    return out


def test_two_zones_play_their_own_items_report_them_and_obey_an_emergency(deployment, tmp_path):
    dep, push = deployment, deployment.push
    t0 = datetime.now(UTC).replace(microsecond=0)
    clock = ScaledClock(t0, RATE)
    push.clock = clock.now
    reports: list[dict] = []
    reported = threading.Condition()

    def on_device_message(_device, msg):
        with reported:
            reports.append(msg)
            reported.notify_all()

    def wait_reports(predicate, timeout=20.0):
        with reported:
            assert reported.wait_for(lambda: predicate(list(reports)), timeout), reports

    service = StationService(push, dep.station_address(), on_device_message=on_device_message)
    service.start()
    agents = {n: agent_for(dep, n, clock, tmp_path) for n in ("loa-cho", "loa-truong")}
    try:
        for a in agents.values():
            a.start()
        zone1, zone2 = str(dep.zones["thon-1"]), str(dep.zones["thon-2"])

        def item(file, start_s, title, **kw):
            start = t0 + timedelta(seconds=start_s)
            return push.item_for_file(
                file, title=title, start=start, latest_end=start + timedelta(minutes=5), **kw
            )

        a = item(tone(tmp_path / "a.wav", 3, 440), 40, "Bản tin sáng")
        b = item(tone(tmp_path / "b.wav", 2, 660), 60, "Thông báo")
        c = item(tone(tmp_path / "c.wav", 3, 550), 50, "Nhạc hiệu")
        expires = t0 + timedelta(days=1)
        push.manifest(zone1, "2025-06-02", "2025-06-02", [a, b], expires)
        push.manifest(zone2, "2025-06-02", "2025-06-02", [c], expires)
        service.wake()

        played = lambda r: [m for m in r if m.get("type") == "play" and m["result"] == "played"]  # noqa: E731
        wait_reports(lambda r: len(played(r)) >= 3)
        assert [(f[1], round(f[2])) for f in wav_files(tmp_path, "loa-cho")] == [
            (a.id, 3),
            (b.id, 2),
        ]
        assert [(f[1], round(f[2])) for f in wav_files(tmp_path, "loa-truong")] == [(c.id, 3)]
        for name, items in (("loa-cho", [a, b]), ("loa-truong", [c])):
            for (start, _, _), it in zip(wav_files(tmp_path, name), items, strict=True):
                assert abs((start - it.start_at).total_seconds()) < 2.0, (name, start, it.start)
        with push.store.session() as s:
            titles = sorted(e.title for e in s.scalars(select(AsRunEntry)))
        assert titles == ["Bản tin sáng", "Nhạc hiệu", "Thông báo"]

        # an emergency preempts a long item on both zones, which resumes afterwards
        long = tone(tmp_path / "long.wav", 40, 330)
        now_s = (clock.now() - t0).total_seconds()
        for zone in (zone1, zone2):
            push.command(
                {"cmd": "play_now", "item": item(long, now_s, "Dài").to_json()}, zone_id=zone
            )
        service.wake()
        wait_reports(
            lambda r: (
                sum(
                    1
                    for m in r
                    if m.get("type") == "status" and (m.get("playing") or {}).get("title") == "Dài"
                )
                >= 2
            )
        )
        alarm = item(tone(tmp_path / "alarm.wav", 2, 880), now_s, "Khẩn cấp", priority="emergency")
        push.emergency([zone1, zone2], alarm, repeat=1)
        service.wake()
        wait_reports(lambda r: sum(1 for m in played(r) if m["title"] == "Khẩn cấp") >= 2)
        interrupted = [
            m for m in reports if m.get("type") == "play" and m["result"] == "interrupted"
        ]
        assert sorted(m["title"] for m in interrupted) == ["Dài", "Dài"]
        wait_reports(lambda r: sum(1 for m in played(r) if m["title"] == "Dài") >= 2, timeout=20)
        for name in agents:
            titles_in_order = [f[1] for f in wav_files(tmp_path, name)][-3:]
            assert titles_in_order[1] == alarm.id  # long, alarm, long (resumed)

        # a forged command is refused and reported; the station's own still works
        forged = signing.sign(
            Ed25519PrivateKey.generate(),
            protocol.envelope(
                kind="command",
                station_id=dep.station_id,
                topic=topics.zone_command(dep.station_id, zone1),
                seq=10_000,
                issued_at=clock.now(),
                expires_at=clock.now() + timedelta(minutes=5),
                body={"cmd": "volume", "level": 15},
            ),
        )
        service.link.publish(topics.zone_command(dep.station_id, zone1), protocol.encode(forged))
        wait_reports(lambda r: any(m.get("reason") == "bad_signature" for m in r))
        assert agents["loa-cho"].volume != 15
    finally:
        for ag in agents.values():
            ag.stop()
        service.stop()


def test_a_volume_command_turns_down_the_rest_of_what_is_playing(deployment, tmp_path):
    dep, push = deployment, deployment.push
    clock = ScaledClock(datetime.now(UTC).replace(microsecond=0), 2.0)
    push.clock = clock.now
    statuses: list[dict] = []
    heard = threading.Condition()

    def on_device_message(_device, msg):
        with heard:
            statuses.append(msg)
            heard.notify_all()

    def wait_for(predicate, timeout=20.0):
        with heard:
            assert heard.wait_for(lambda: any(predicate(m) for m in statuses), timeout)

    service = StationService(push, dep.station_address(), on_device_message=on_device_message)
    service.start()
    agent = agent_for(dep, "loa-cho", clock, tmp_path)
    agent.config = agent.config.with_(volume=15)
    agent.volume = 15
    agent.start()
    try:
        now = clock.now()
        item = push.item_for_file(
            tone(tmp_path / "long.wav", 20, 440),
            title="Dài",
            start=now,
            latest_end=now + timedelta(minutes=5),
        )
        push.command({"cmd": "play_now", "item": item.to_json()}, zone_id=str(dep.zones["thon-1"]))
        service.wake()
        wait_for(lambda m: (m.get("playing") or {}).get("title") == "Dài")
        push.command({"cmd": "volume", "level": 5}, device_id=agent.config.device)
        service.wake()
        wait_for(lambda m: m.get("type") == "status" and m.get("volume") == 5)
        wait_for(lambda m: m.get("type") == "play" and m["result"] == "played", timeout=30)
    finally:
        agent.stop()
        service.stop()
    ((_, item_id, seconds),) = wav_files(tmp_path, "loa-cho")
    assert item_id == item.id and round(seconds) == 20
    (wav,) = (tmp_path / "loa-cho" / "wav").glob("*.wav")
    samples, rate = sf.read(wav)

    def level(a, b):
        part = samples[int(a * rate) : int(b * rate)]
        return float(np.sqrt(np.mean(part**2)))

    # the first block (written at once) at full volume, the end 10 steps of 2 dB lower: a
    # tenth of the level
    assert level(0, 0.25) == pytest.approx(0.5 / np.sqrt(2), rel=0.05)
    assert level(15, 20) / level(0, 0.25) == pytest.approx(protocol.volume_gain(5), rel=0.05)
