"""The station answering every loudspeaker's request for one sound at once (an emergency).

Run: .venv/bin/python benchmarks/answers.py [--devices 500] [--seconds 2] [--repeat 3]
Needs mosquitto. When an emergency reaches every loudspeaker, each one that lacks its sound
asks the station for it within moments of the others. This measures the station alone: N
requests are put in the station's intake together, as if they had just arrived, and the time
is taken until every chunk of every answer is acknowledged by a real local broker (TLS,
passwords, the generated access list). The reference, measured in the same run on the same
broker, is a plain publish of the same number of messages of the same size, with the same
window of unacknowledged messages: the least that moving those bytes through the broker
costs. Median of --repeat runs.

Measured on the 2-core development machine, 23 Nov 2026 (500 requests for a 2-second 16 kHz
mono WAV, one 64 KB chunk each, median of 3):

    devices  plain publish s  answers s  ratio
        500            0.083      0.292   3.53

so 0.6 ms a device: each answer waits for its chunk's acknowledgement before the next.
In benchmarks/fanout.py the emergency reaches the last of 500 agents after about 5–8 s,
but there the requests themselves arrive spread over 6 s (measured: the station's
longest wait before answering one was 0.24 s): 500 agents on one 2-core machine spend that
time on their own CPU. Answering on 8 threads instead of one was tried and measured here at
1.07× — not worth the threads.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np
import soundfile as sf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.push import broker_config, delivery, protocol, topics
from studio.push.keys import station_user
from studio.push.service import CHUNK_WINDOW, StationService
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress, Link
from studio.store import open_store, sqlite_url, stations


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answer_all(push: StationPush, address: BrokerAddress, sha: str, devices: int) -> float:
    """Seconds from N requests arriving together to the last chunk acknowledged."""
    svc = StationService(push, address, client_id=f"bench-{uuid.uuid4().hex[:8]}",
                         persistent=False)  # fmt: skip
    svc.start()
    try:
        assert svc.link.wait_connected(10), "the station could not reach the broker"
        chunks = devices * protocol.chunk_count(push.blobs.size(sha))
        ids = [str(uuid.uuid4()) for _ in range(devices)]
        t0 = time.monotonic()
        for device in ids:
            need = delivery.need_message(device, sha, None)
            svc._inbox.put(("report/need", device, need, False, time.monotonic()))
        while svc.chunks_sent < chunks:
            if time.monotonic() - t0 > 300:
                raise RuntimeError(f"only {svc.chunks_sent} of {chunks} chunks went out")
            time.sleep(0.002)
        return time.monotonic() - t0
    finally:
        svc.stop()


def plain_publish(push: StationPush, address: BrokerAddress, sha: str, devices: int) -> float:
    """The same bytes as plain messages, one per device's blob topic, same window."""
    link = Link(address, f"bench-{uuid.uuid4().hex[:8]}", persistent=False)
    link.start()
    try:
        assert link.wait_connected(10), "could not reach the broker"
        payload = push.blobs.path(sha).read_bytes()[: protocol.CHUNK_SIZE]
        count = protocol.chunk_count(push.blobs.size(sha))
        messages = [
            (i, topics.device_blob(push.station_id, str(uuid.uuid4())), payload)
            for i in range(devices * count)
        ]
        t0 = time.monotonic()
        for _ in link.publish_window(messages, window=CHUNK_WINDOW, timeout=60):
            pass
        return time.monotonic() - t0
    finally:
        link.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=2.0, help="length of the sound")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    binary = shutil.which("mosquitto")
    if binary is None:
        print("mosquitto is needed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        store = open_store(sqlite_url(tmp / "studio.db"))
        stations.create_local_station(store, stations.StationProfile("Xã Đo", "Hà Nội"))
        push = StationPush.open(store, tmp / "station")
        t = np.arange(int(args.seconds * 16000)) / 16000
        sf.write(tmp / "alarm.wav", (0.2 * np.sin(2 * np.pi * 440 * t)).astype("float32"),
                 16000, subtype="PCM_16")  # fmt: skip
        sha, _ = push.blobs.put_file(tmp / "alarm.wav")
        port = free_port()
        broker_config.write(tmp / "broker", push.keys, push.station_id, [],
                            hosts=["127.0.0.1"], port=port, bind="127.0.0.1",
                            run_as="root" if os.geteuid() == 0 else None)  # fmt: skip
        broker = subprocess.Popen([binary, "-c", str(tmp / "broker" / "mosquitto.conf")],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            time.sleep(0.5)
            address = BrokerAddress("127.0.0.1", port, push.keys.ca_cert_path,
                                    station_user(push.station_id),
                                    push.keys.station_password(push.station_id))  # fmt: skip
            answers, plain = [], []
            for _ in range(args.repeat):
                plain.append(plain_publish(push, address, sha, args.devices))
                answers.append(answer_all(push, address, sha, args.devices))
        finally:
            broker.terminate()
            broker.wait(10)
            store.close()
    a, p = statistics.median(answers), statistics.median(plain)
    print(f"{'devices':>8} {'plain publish s':>16} {'answers s':>10} {'ratio':>6}")
    print(f"{args.devices:>8} {p:>16.3f} {a:>10.3f} {a / p:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
