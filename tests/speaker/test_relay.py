"""Relaying a stream: the agent plays what an address sends until the time given, and says so."""

from __future__ import annotations

import functools
import http.server
import threading
from datetime import timedelta

import numpy as np
import soundfile as sf
from sqlalchemy import select

from studio.push.service import StationService
from studio.push.timefmt import format_instant
from studio.speaker.clock import SystemClock
from studio.store.models import AsRunEntry
from tests.speaker.test_agent import agent_for, wav_files


def serve(folder):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *_a, **_k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_a_relay_plays_the_stream_until_the_time_given_and_reports_it(deployment, tmp_path):
    dep, push = deployment, deployment.push
    site = tmp_path / "site"
    site.mkdir()
    t = np.arange(8 * 16000) / 16000
    sf.write(site / "kenh.wav", (0.3 * np.sin(2 * np.pi * 440 * t)).astype("float32"), 16000)
    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/kenh.wav"
    service = StationService(push, dep.station_address())
    service.start()
    agent = agent_for(dep, "loa-truong", SystemClock(), tmp_path)
    agent.start()
    try:
        assert agent.link.wait_connected(10)
        until = push.clock() + timedelta(seconds=2)  # the stream is 8 s: cut at 2 s
        push.command(
            {"cmd": "relay", "url": url, "until": format_instant(until)},
            zone_id=str(dep.zones["thon-2"]),
        )
        service.wake()

        def as_run(count):
            deadline = push.clock() + timedelta(seconds=20)
            while push.clock() < deadline:
                with push.store.session() as s:
                    runs = s.scalars(select(AsRunEntry).order_by(AsRunEntry.started_at)).all()
                if len(runs) >= count:
                    break
                threading.Event().wait(0.1)
            return [(r.title, r.result.value) for r in runs]

        assert as_run(1) == [(url, "played")]
        ((_start, item, seconds),) = wav_files(tmp_path, "loa-truong")
        assert item.startswith("relay-")
        assert 1.0 < seconds < 3.0  # paced by the clock and stopped at "until"

        # an address that sends nothing is a failed relay in the as-run log
        gone = url.replace("kenh.wav", "mat-song.wav")
        until = push.clock() + timedelta(seconds=5)
        push.command(
            {"cmd": "relay", "url": gone, "until": format_instant(until)},
            zone_id=str(dep.zones["thon-2"]),
        )
        service.wake()
        assert as_run(2)[1] == (gone, "failed")
    finally:
        agent.stop()
        service.stop()
        server.shutdown()
