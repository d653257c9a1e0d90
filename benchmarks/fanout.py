"""Fan-out to loudspeakers: one manifest and its audio to N agents through one local broker,
then an emergency to all of them.

Run: .venv/bin/python benchmarks/fanout.py [--agents 1,10,50] [--size-mb 4]
Needs mosquitto. Each round starts its own broker (TLS, passwords, the generated access
list) and N real loudspeaker agents as threads of this process, each with its own broker
connection and cache. Printed per round:

* reference: one plain QoS 1 publish → receive of the same bytes as a single message, to
  one subscriber, measured in the same run;
* delivery: from the manifest leaving the station to each agent holding the file, verified
  by hash (chunked, each chunk asked for and acknowledged) — min / median / max, and the
  time until all confirmed, as a ratio to N × the reference;
* bytes moved by the station versus the minimum (N × file size);
* emergency: from the command leaving the station to each agent starting to play it
  (its sound, not yet on the agents, is fetched in between), with the plain round trip of
  a command-sized message as the reference.
"""

from __future__ import annotations

import argparse
import json
import os
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


def one_round(n: int, size_mb: float, mosquitto: str) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="fanout-"))
    store = open_store(sqlite_url(tmp / "studio.db"))
    broker = None
    agents: list[Agent] = []
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
        outputs = []
        for e in enrolled:
            config = SpeakerConfig(
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
            out = TimedOutput(tmp / "agents" / str(e.device.id) / "wav")
            outputs.append(out)
            agents.append(Agent(config, SystemClock(), out))
        for a in agents:
            a.start()
        assert wait(lambda: all(a.link.connected.is_set() for a in agents), 60)
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
        done: dict[int, float] = {}
        deadline = t0 + 600
        while len(done) < n and time.monotonic() < deadline:
            for i, a in enumerate(agents):
                if i not in done and a.blobs.has(item.sha256):
                    done[i] = time.monotonic() - t0
            time.sleep(0.002)
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
        wait(lambda: all(o.started for o in outputs), 120)
        emergency = sorted(o.started[0] - t1 for o in outputs if o.started)
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
        for a in agents:
            a.stop()
        if service is not None:
            service.stop()
        if broker is not None:
            broker.terminate()
            broker.wait(10)
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", default="1,10,50", help="comma-separated agent counts")
    parser.add_argument("--size-mb", type=float, default=4.0, help="size of the audio file")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args()
    mosquitto = shutil.which("mosquitto")
    if mosquitto is None:
        print("mosquitto is not installed")
        return 2
    results = []
    print(
        f"{'agents':>6} {'MB':>6} {'ref s':>7} {'median s':>9} {'all s':>8} {'all/(N·ref)':>11} "
        f"{'bytes/min':>9} {'cmd ref ms':>10} {'emerg med ms':>12} {'emerg max ms':>12}"
    )
    for n in (int(x) for x in args.agents.split(",")):
        r = one_round(n, args.size_mb, mosquitto)
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
