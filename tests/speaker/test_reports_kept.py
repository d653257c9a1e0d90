"""A proof of play made while the broker is away survives the agent's restart."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import select

from studio.push.service import StationService
from studio.speaker.clock import SystemClock
from studio.store.models import AsRunEntry
from tests.speaker.test_agent import agent_for, tone, wav_files


def test_a_proof_of_play_kept_on_disk_reaches_the_as_run_log_after_a_restart(deployment, tmp_path):
    dep, push = deployment, deployment.push
    service = StationService(push, dep.station_address())
    service.start()
    agent = agent_for(dep, "loa-truong", SystemClock(), tmp_path)
    agent.start()
    try:
        assert agent.link.wait_connected(10)
        now = push.clock()
        item = push.item_for_file(
            tone(tmp_path / "tin.wav", 2, 440),
            title="Tin đêm",
            start=now,
            latest_end=now + timedelta(minutes=5),
        )
        push.command({"cmd": "play_now", "item": item.to_json()}, zone_id=str(dep.zones["thon-2"]))
        service.wake()
        deadline = time.monotonic() + 15
        while agent._playing is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert agent._playing is not None, "the item did not start"
        dep.broker.stop()  # the play ends while the broker is away
        deadline = time.monotonic() + 15
        while not list((agent.cache / "reports").glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.02)
        agent.stop()  # and the agent restarts before the broker is back
        assert len(list((agent.cache / "reports").glob("*.json"))) == 1
        assert [f[1] for f in wav_files(tmp_path, "loa-truong")] == [item.id]

        dep.broker.start()
        agent = agent_for(dep, "loa-truong", SystemClock(), tmp_path)
        agent.start()
        deadline = time.monotonic() + 30
        runs = []
        while not runs and time.monotonic() < deadline:
            with push.store.session() as s:
                runs = s.scalars(select(AsRunEntry)).all()
            time.sleep(0.1)
        assert [(r.title, r.result.value) for r in runs] == [("Tin đêm", "played")]
        deadline = time.monotonic() + 10
        while list((agent.cache / "reports").glob("*.json")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not list((agent.cache / "reports").glob("*.json"))  # forgotten once delivered
    finally:
        agent.stop()
        service.stop()
