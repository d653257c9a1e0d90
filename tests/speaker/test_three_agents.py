"""A week pushed with ``studio push schedule`` to three loudspeaker processes in two zones.

The station's push is killed (kill -9) in the middle of delivering the audio and run
again; the schedule is pushed twice unchanged and once changed; then the agents run a whole
day on a fast clock. Each must play exactly its own zone's items, in order, at their times,
once, and its proof of play must reach the as-run log.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
import soundfile as sf
from sqlalchemy import select

from studio.audio import library
from studio.localtime import STATION_TZ
from studio.push import protocol, topics
from studio.schedule.resolve import local_instant
from studio.store import bulletins, slots
from studio.store.models import AsRunEntry, AssetKind, Bulletin, OutboxMessage, SlotContent
from tests.push.broker import deploy
from tests.speaker.processes import (
    played,
    start_speaker,
    stop_speaker,
    studio_command,
    studio_process,
    write_speaker_config,
)

LAYOUT = {"loa-cho": "thon-1", "loa-dinh": "thon-1", "loa-truong": "thon-2"}
RATE = 2000.0  # the agents' day runs 2000 times faster than real time
EVERY_DAY = 0b1111111


def bulletin_with_sound(store, tmp_path, title, seconds, hz, *, rate=8000, channels=1):
    t = np.arange(int(seconds * rate)) / rate
    wave = (0.3 * np.sin(2 * np.pi * hz * t)).astype("float32")
    path = tmp_path / f"{title}.wav"
    sf.write(path, np.repeat(wave[:, None], channels, axis=1), rate)
    asset = library.import_file(store, path, AssetKind.SPEECH).asset
    b = bulletins.add_bulletin(store, title)
    with store.session() as s:
        s.get(Bulletin, b.id).asset_id = asset.id
    return b


def daily(store, at: str, bulletin, zones, title):
    h, m = map(int, at.split(":"))
    spec = slots.SlotSpec(
        EVERY_DAY,
        h * 60 + m,
        1800,
        content=SlotContent.BULLETIN,
        bulletin_id=bulletin.id,
        zone_ids=tuple(zones) if zones else None,
        title=title,
    )
    return slots.add_slot(store, spec)


def pushed_items(store, station_id, zone_id) -> dict[str, protocol.Item]:
    """The items of the manifest last pushed to a zone, by id."""
    topic = topics.zone_manifest(station_id, str(zone_id))
    with store.session() as s:
        msg = s.scalars(
            select(OutboxMessage).where(OutboxMessage.topic == topic).order_by(OutboxMessage.seq)
        ).all()[-1]
    body = protocol.decode(msg.payload)["body"]
    return {i["id"]: protocol.Item.from_json(i) for i in body["items"]}


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def test_a_week_to_three_agents_survives_a_killed_push_and_plays_each_item_once(
    store, db_path, tmp_path
):
    dep = deploy(store, tmp_path, LAYOUT, station_folder=store.files_dir)
    zone1, zone2 = dep.zones["thon-1"], dep.zones["thon-2"]
    # one long bulletin (several MB) so the push is still delivering when it is killed
    morning = bulletin_with_sound(store, tmp_path, "Bản tin sáng", 25, 440, rate=44100, channels=2)
    music = bulletin_with_sound(store, tmp_path, "Nhạc hiệu thôn 2", 2, 550)
    noon = bulletin_with_sound(store, tmp_path, "Thông báo trưa", 2, 660)
    evening = bulletin_with_sound(store, tmp_path, "Tin chiều", 3, 330)
    daily(store, "06:00", morning, [zone1], "Sáng thôn 1")
    daily(store, "06:00", music, [zone2], "Sáng thôn 2")
    daily(store, "11:00", noon, None, "Trưa")
    evening_slot = daily(store, "17:00", evening, [zone1], "Chiều")

    today = datetime.now(UTC).astimezone(STATION_TZ).date()
    tomorrow = today + timedelta(days=1)
    week = ["push", "schedule", "--from", tomorrow.isoformat(), "--days", "7"]
    broker = ["--broker", "127.0.0.1", "--port", str(dep.broker.port)]
    configs = {name: write_speaker_config(dep, name, tmp_path) for name in LAYOUT}

    dep.broker.start()
    agents = {name: start_speaker(cfg) for name, cfg in configs.items()}
    try:
        # 1. the push is killed while the audio is on its way ...
        push = studio_process(db_path, *week, *broker, "--wait", "60")
        partial = [c.parent / "cache" / "partial" for c in configs.values()]
        wait_until(
            lambda: push.poll() is not None or any(any(p.rglob("0*")) for p in partial),
            60,
            "the first chunks",
        )
        assert push.poll() is None, "the push ended before it could be killed"
        push.kill()
        push.wait()

        # ... and run again: it resumes and every device ends with all its audio
        done = studio_command(db_path, *week, *broker, "--wait", "60")
        assert done.returncode == 0, done.stderr
        for name in LAYOUT:
            assert f"{name}: has everything it needs." in done.stdout, done.stdout
        assert "Waiting in the outbox: 0." in done.stdout

        # 2. pushing the same week again sends nothing new
        with store.session() as s:
            before = len(s.scalars(select(OutboxMessage)).all())
        again = studio_command(db_path, *week, *broker, "--wait", "10")
        assert again.returncode == 0, again.stderr
        assert again.stdout.count("unchanged.") == 2, again.stdout
        with store.session() as s:
            assert len(s.scalars(select(OutboxMessage)).all()) == before

        # 3. the evening bulletin moves to 16:00: zone 1 gets a replacing manifest
        slots.update_slot(store, evening_slot.id, start_minute=16 * 60)
        changed = studio_command(db_path, *week, *broker, "--wait", "30")
        assert changed.returncode == 0, changed.stderr
        assert "Zone “thon-1”: 21 items" in changed.stdout and "sent as new." in changed.stdout
        assert "Zone “thon-2”: 14 items" in changed.stdout and "unchanged." in changed.stdout
        for name in LAYOUT:
            assert f"{name}: has everything it needs." in changed.stdout, changed.stdout

        # 4. an emergency to every zone starts on every agent (the time is measured by
        # benchmarks/fanout.py; here only a generous bound)
        t = np.arange(16000) / 8000
        alarm = tmp_path / "bao-dong.wav"
        sf.write(alarm, (0.3 * np.sin(2 * np.pi * 880 * t)).astype("float32"), 8000)
        sent = studio_command(
            db_path, "push", "emergency", str(alarm), "--zones", "all", *broker, "--wait", "15"
        )
        assert sent.returncode == 0, sent.stderr
        with store.session() as s:
            commands = s.scalars(select(OutboxMessage).order_by(OutboxMessage.seq)).all()[-2:]
        alarm_id = protocol.decode(commands[0].payload)["body"]["item"]["id"]
        published = max(c.sent_at for c in commands)
        wait_until(
            lambda: all(alarm_id in [p[1] for p in played(c)] for c in configs.values()),
            30,
            "the emergency on every agent",
        )
        for cfg in configs.values():
            started = next(p[0] for p in played(cfg) if p[1] == alarm_id)
            assert (started - published).total_seconds() < 10.0
        wait_until(  # played to the end (the WAV header is written when it closes)
            lambda: all(
                [p[2] for p in played(c) if p[1] == alarm_id] == [2.0] for c in configs.values()
            ),
            30,
            "the end of the emergency",
        )
    finally:
        for proc in agents.values():
            stop_speaker(proc)

    # 5. tomorrow, on each agent's own fast clock; the station is not running meanwhile
    items = {
        name: pushed_items(store, dep.station_id, dep.devices[name].device.zone_id)
        for name in LAYOUT
    }
    start = local_instant(tomorrow, 5 * 60 + 45)  # 0.45 s of real time before the first
    expected = {
        "loa-cho": ["Bản tin sáng", "Thông báo trưa", "Tin chiều"],
        "loa-dinh": ["Bản tin sáng", "Thông báo trưa", "Tin chiều"],
        "loa-truong": ["Nhạc hiệu thôn 2", "Thông báo trưa"],
    }
    agents = {
        name: start_speaker(cfg, clock_start=start, rate=RATE) for name, cfg in configs.items()
    }
    try:
        wait_until(
            lambda: all(
                len([p for p in played(configs[n]) if p[1] in items[n]]) >= len(expected[n])
                for n in LAYOUT
            ),
            90,
            "a day of plays",
        )
        time.sleep(0.5)  # the last proofs of play leave the agents
        collected = studio_command(db_path, "push", "send", *broker, "--wait", "10")
        assert collected.returncode == 0, collected.stderr
    finally:
        for proc in agents.values():
            stop_speaker(proc)
        dep.broker.stop()

    tolerance = timedelta(minutes=10)  # 0.3 s of real time at this rate; slots are hours apart
    for name in LAYOUT:
        plays = [
            (start_at, items[name][item_id])
            for start_at, item_id, _ in played(configs[name])
            if item_id in items[name]  # the emergency of step 4 aside
        ]
        assert [item.title for _, item in plays] == expected[name], name
        assert len({item.id for _, item in plays}) == len(plays), f"{name} played twice"
        for start_at, item in plays:
            assert abs(start_at - item.start_at) < tolerance, (name, item.title, start_at)
        assert plays[-1][1].start_at.astimezone(STATION_TZ).hour == (
            16 if name != "loa-truong" else 11
        )
    with store.session() as s:
        runs = s.scalars(select(AsRunEntry).where(AsRunEntry.result == "played")).all()
    by_device = {}
    for entry in runs:
        by_device.setdefault(entry.device_id, []).append(entry)
    for name in LAYOUT:
        device_id = uuid.UUID(dep.device_id(name))
        titles = [e.title for e in sorted(by_device.get(device_id, []), key=lambda e: e.started_at)]
        assert titles == ["bao-dong", *expected[name]], name
