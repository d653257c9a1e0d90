"""Fan-out to loudspeakers: one week of audio (one 30 MB file) to N agents through one local
broker, then an emergency to all of them.

Run: .venv/bin/python benchmarks/fanout.py [--agents 10,100,500] [--size-mb 30]
     .venv/bin/python benchmarks/fanout.py --quick     (1 and 10 agents, 2 MB: ~20 s)
Needs mosquitto. Each round starts its own broker (TLS, passwords, the generated access
list), the station's connection in this process and N real loudspeaker agents in worker
processes of up to 200 (each agent with its own broker connection and cache). A round
whose delivery, projected from the previous one, would exceed --budget-s is skipped.
Printed per round:

* reference: one plain QoS 1 publish → receive of the same bytes as a single message, to
  one subscriber, measured in the same run;
* delivery: from the manifest leaving the station to each agent holding the file, verified
  by hash (chunked, each chunk asked for and acknowledged) — min / median / max, and the
  time until all confirmed, as a ratio to N × the reference;
* bytes moved by the station versus the minimum (N × file size);
* emergency: from the command leaving the station to each agent starting to play it
  (its sound, not yet on the agents, is fetched in between), with the plain round trip of
  a command-sized message as the reference.

Measured on the 2-core development machine (shared, under load from other work), 23 Nov
2026, default run (whole run 7.5 min wall time):

    agents   MB  ref s  median s    all s  all/(N·ref)  bytes/min  emerg med ms  emerg max ms
        10 30.0  0.184     5.618    6.258         3.39      1.000          99.0         146.1
       100 30.0  0.242    45.304   65.693         2.72      1.000         824.4         971.0
       500 30.0  0.189   182.593  339.428         3.59      1.000        4324.6        5571.0

Before two fixes measured the same day, 10 agents took 22.3 s and 100 agents 301 s to
all-confirmed: a device checked every chunk file of a partial download after each chunk
(quadratic in the file's size), and the station waited for each chunk's acknowledgement
before sending the next. Bytes moved were at the minimum throughout. The emergency at 500
agents takes seconds because the agents' requests for its sound arrive spread over that
time: 500 agents share this machine's 2 cores. The station itself answers 500 requests
arriving at once in 0.3 s (benchmarks/answers.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.blobs import file_sha256
from studio.push import broker_config, devices, topics
from studio.push.keys import station_user
from studio.push.service import StationService
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress, Link
from studio.speaker.agent import Agent
from studio.speaker.clock import SystemClock
from studio.speaker.config import SpeakerConfig
from studio.speaker.output import WavOutput
from studio.store import open_store, sqlite_url, stations

#: agents started together before waiting for them to be connected
CONNECT_BATCH = 50
#: agents per worker process: paho waits on its sockets with select(), which handles file
#: descriptors below 1024 only (three per connection), so one process cannot hold 500
AGENTS_PER_PROCESS = 200
#: how often a worker looks at its agents' caches and outputs (seconds)
POLL_S = 0.05


class TimedOutput(WavOutput):
    """WAV output that notes when each play started (monotonic seconds)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.started: list[float] = []

    def open(self, item_id, start, rate, channels):
        self.started.append(time.monotonic())
        return super().open(item_id, start, rate, channels)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tone(path: Path, seconds: float, rate: int = 44100, channels: int = 2) -> Path:
    t = np.arange(int(seconds * rate)) / rate
    wave = (0.2 * np.sin(2 * np.pi * 440 * t)).astype("float32")
    sf.write(path, np.repeat(wave[:, None], channels, axis=1), rate, subtype="PCM_16")
    return path


def wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.002)
    return False


def reference_round_trip(address_station, address_device, topic: str, payload: bytes) -> float:
    """Median of 3 plain publish → receive times of ``payload`` as one QoS 1 message."""
    got = threading.Event()
    receiver = Link(
        address_device,
        f"{address_device.username}-ref",
        on_message=lambda *_: got.set(),
        subscriptions=[(topic, 1)],
    )
    sender = Link(address_station, f"{address_station.username}-ref")
    receiver.start()
    sender.start()
    assert receiver.wait_connected(10) and sender.wait_connected(10)
    times = []
    for _ in range(3):
        got.clear()
        t0 = time.monotonic()
        sender.publish(topic, payload, qos=1, timeout=60)
        got.wait(60)
        times.append(time.monotonic() - t0)
    receiver.stop()
    sender.stop()
    return statistics.median(times)


def agent_worker(
    configs: list[SpeakerConfig], week_sha: str, events, stop, offset: int = 0
) -> None:
    """A process of loudspeaker agents; reports on ``events`` (with monotonic times, the
    same clock in every process): ``connected``, each agent holding the week's file, each
    agent starting to play (the emergency: nothing else is due)."""
    outputs = [TimedOutput(c.cache_dir / "wav") for c in configs]
    agents = [Agent(c, SystemClock(), o) for c, o in zip(configs, outputs, strict=True)]
    try:
        # loudspeakers come online a batch at a time, as they do in a commune: hundreds of
        # TLS handshakes at the same instant would only measure the broker's accept queue
        for start in range(0, len(agents), CONNECT_BATCH):
            batch = agents[start : start + CONNECT_BATCH]
            for a in batch:
                a.start()
            if not wait(lambda b=batch: all(a.link.connected.is_set() for a in b), 120):
                events.put(("failed", sum(a.link.connected.is_set() for a in agents), 0.0))
                return
        events.put(("connected", len(agents), 0.0))
        has_file: set[int] = set()
        played: set[int] = set()
        while not stop.is_set():
            for i, (a, o) in enumerate(zip(agents, outputs, strict=True)):
                if i not in has_file and a.blobs.has(week_sha):
                    has_file.add(i)
                    events.put(("file", offset + i, time.monotonic()))
                if i not in played and o.started:
                    played.add(i)
                    events.put(("play", offset + i, o.started[0]))
            stop.wait(POLL_S)
    finally:
        for a in agents:
            a.stop()


def one_round(n: int, size_mb: float, mosquitto: str) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="fanout-"))
    store = open_store(sqlite_url(tmp / "studio.db"))
    broker = None
    workers: list = []
    mp = multiprocessing.get_context("spawn")
    events, stop = mp.Queue(), mp.Event()
    service = None
    try:
        stations.create_local_station(store, stations.StationProfile("Xã Đo Đạc", "Hà Nội"))
        push = StationPush.open(store)
        zone = stations.add_zone(store, "thon-1")
        enrolled = [devices.enrol(push, f"loa-{i:03d}", zone.id) for i in range(n)]
        port = free_port()
        folder = tmp / "broker"
        broker_config.write(
            folder,
            push.keys,
            push.station_id,
            devices.access_list(push),
            hosts=["127.0.0.1"],
            port=port,
            bind="127.0.0.1",
            run_as="root" if os.geteuid() == 0 else None,
        )
        broker = subprocess.Popen(
            [mosquitto, "-c", str(folder / "mosquitto.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait(lambda: _listening(port), 10)
        station_address = BrokerAddress(
            "127.0.0.1",
            port,
            push.keys.ca_cert_path,
            station_user(push.station_id),
            push.keys.station_password(push.station_id),
        )
        first = enrolled[0]
        device_address = BrokerAddress(
            "127.0.0.1", port, push.keys.ca_cert_path, str(first.device.id), first.password
        )
        audio = tone(tmp / "week.wav", size_mb * 1e6 / (44100 * 4))
        size = audio.stat().st_size
        ref_file = reference_round_trip(
            station_address,
            device_address,
            topics.device_blob(push.station_id, str(first.device.id)),
            audio.read_bytes(),
        )
        ref_command = reference_round_trip(
            station_address,
            device_address,
            topics.device_blob(push.station_id, str(first.device.id)),
            os.urandom(1200),
        )

        service = StationService(push, station_address)
        service.start()
        configs = [
            SpeakerConfig(
                station=push.station_id,
                station_key=push.keys.public_key_text(),
                device=str(e.device.id),
                zone=str(zone.id),
                host="127.0.0.1",
                port=port,
                password=e.password,
                ca_file=push.keys.ca_cert_path,
                cache_dir=tmp / "agents" / str(e.device.id),
            )
            for e in enrolled
        ]
        week_sha = file_sha256(audio)
        for k in range(0, n, AGENTS_PER_PROCESS):
            part = configs[k : k + AGENTS_PER_PROCESS]
            worker = mp.Process(target=agent_worker, args=(part, week_sha, events, stop, k))
            worker.start()
            workers.append(worker)
        connected = 0
        while connected < n:
            kind, count, _ = events.get(timeout=300)
            if kind == "failed":
                raise RuntimeError(f"only {connected + count} of {n} agents connected")
            connected += count
        assert service.link.wait_connected(10)

        # one manifest, one file, N agents
        now = datetime.now(UTC)
        item = push.item_for_file(
            audio,
            title="Tuần",
            start=now + timedelta(days=1),
            latest_end=now + timedelta(days=1, hours=1),
        )
        push.manifest(str(zone.id), "2026-01-01", "2026-01-07", [item], now + timedelta(days=2))
        t0 = time.monotonic()
        service.wake()
        done = collect(events, "file", n, t0, 900)
        delivery = sorted(done.values())
        bytes_moved = service.bytes_sent

        # an emergency to all of them (its sound is fetched on the way)
        alarm = push.item_for_file(
            tone(tmp / "alarm.wav", 2.0, 16000, 1),
            title="Khẩn cấp",
            start=datetime.now(UTC),
            latest_end=datetime.now(UTC) + timedelta(hours=1),
            priority="emergency",
        )
        push.emergency([str(zone.id)], alarm)
        t1 = time.monotonic()
        service.wake()
        emergency = sorted(collect(events, "play", n, t1, 120).values())
        return {
            "agents": n,
            "file_bytes": size,
            "reference_file_s": ref_file,
            "delivered": len(delivery),
            "delivery_min_s": delivery[0] if delivery else None,
            "delivery_median_s": statistics.median(delivery) if delivery else None,
            "delivery_all_s": delivery[-1] if len(delivery) == n else None,
            "bytes_moved": bytes_moved,
            "bytes_minimum": n * size,
            "reference_command_s": ref_command,
            "emergency_started": len(emergency),
            "emergency_median_s": statistics.median(emergency) if emergency else None,
            "emergency_max_s": emergency[-1] if emergency else None,
        }
    finally:
        stop.set()
        for worker in workers:
            worker.join(60)
            if worker.is_alive():
                worker.terminate()
        if service is not None:
            service.stop()
        if broker is not None:
            broker.terminate()
            broker.wait(10)
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)


def collect(events, kind: str, n: int, t0: float, timeout: float) -> dict[int, float]:
    """Seconds from ``t0`` to each agent's ``kind`` event, as the workers report them."""
    out: dict[int, float] = {}
    deadline = time.monotonic() + timeout
    while len(out) < n and time.monotonic() < deadline:
        try:
            got, index, at = events.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            break
        if got == kind:
            out[index] = at - t0
    return out


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--agents", default="10,100,500", help="comma-separated agent counts (default 10,100,500)"
    )
    parser.add_argument(
        "--size-mb", type=float, default=30.0, help="size of the audio file (default 30: a week)"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a light run in well under a minute: 1 and 10 agents, 2 MB",
    )
    parser.add_argument(
        "--budget-s",
        type=float,
        default=900.0,
        help="skip a round whose delivery, projected from the previous round, would take longer",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    if args.quick:
        args.agents, args.size_mb = "1,10", 2.0
    mosquitto = shutil.which("mosquitto")
    if mosquitto is None:
        print("mosquitto is not installed")
        return 2
    results = []
    print(
        f"{'agents':>6} {'MB':>6} {'ref s':>7} {'median s':>9} {'all s':>8} {'all/(N·ref)':>11} "
        f"{'bytes/min':>9} {'cmd ref ms':>10} {'emerg med ms':>12} {'emerg max ms':>12}"
    )
    previous: dict | None = None
    for n in (int(x) for x in args.agents.split(",")):
        if previous and previous["delivery_all_s"]:
            # the station sends every byte: time grows with agents × size
            projected = previous["delivery_all_s"] * n / previous["agents"]
            if projected > args.budget_s:
                print(f"{n:>6} skipped: projected {projected:.0f} s > budget {args.budget_s:.0f} s")
                continue
        r = one_round(n, args.size_mb, mosquitto)
        previous = r
        results.append(r)
        all_s = r["delivery_all_s"]
        ratio = all_s / (n * r["reference_file_s"]) if all_s else float("nan")
        print(
            f"{n:>6} {r['file_bytes'] / 1e6:>6.1f} {r['reference_file_s']:>7.3f} "
            f"{r['delivery_median_s'] or float('nan'):>9.3f} {all_s or float('nan'):>8.3f} "
            f"{ratio:>11.2f} {r['bytes_moved'] / r['bytes_minimum']:>9.3f} "
            f"{r['reference_command_s'] * 1000:>10.1f} "
            f"{(r['emergency_median_s'] or float('nan')) * 1000:>12.1f} "
            f"{(r['emergency_max_s'] or float('nan')) * 1000:>12.1f}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
