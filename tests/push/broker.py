"""A real Mosquitto on 127.0.0.1 with the configuration Studio generates, for the tests."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from studio.push import broker_config, devices
from studio.push.keys import station_user
from studio.push.station import StationPush
from studio.push.transport import BrokerAddress, Link
from studio.store import stations
from studio.store.db import Store
from tests.helpers import need_tool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Broker:
    folder: Path
    port: int
    binary: str
    process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "-c", str(self.folder / "mosquitto.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mosquitto exited: {self.process.stderr.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not start listening")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: mosquitto saves its state before it exits
            self.process.wait(timeout=10)
        self.process = None


@dataclass
class Deployment:
    """A station with zones and enrolled loudspeakers, and its broker running."""

    push: StationPush
    broker: Broker
    zones: dict[str, uuid.UUID]
    devices: dict[str, devices.Enrolled] = field(default_factory=dict)

    @property
    def station_id(self) -> str:
        return self.push.station_id

    def station_address(self) -> BrokerAddress:
        return BrokerAddress(
            "127.0.0.1",
            self.broker.port,
            self.push.keys.ca_cert_path,
            station_user(self.station_id),
            self.push.keys.station_password(self.station_id),
        )

    def device_address(self, name: str) -> BrokerAddress:
        d = self.devices[name]
        return BrokerAddress(
            "127.0.0.1", self.broker.port, self.push.keys.ca_cert_path, str(d.device.id), d.password
        )

    def device_id(self, name: str) -> str:
        return str(self.devices[name].device.id)

    def write_broker_config(self) -> None:
        broker_config.write(
            self.broker.folder,
            self.push.keys,
            self.station_id,
            devices.access_list(self.push),
            hosts=["127.0.0.1", "localhost"],
            port=self.broker.port,
            bind="127.0.0.1",
            run_as="root" if os.geteuid() == 0 else None,
        )


def deploy(
    store: Store, folder: Path, layout: dict[str, str], *, station_folder: Path | None = None
) -> Deployment:
    """``layout``: device name -> zone name. Writes the broker config; does not start it.

    ``station_folder``: where the station keeps keys and audio (the database's own folder,
    as the ``studio`` commands use, when they run against this station)."""
    binary = need_tool("mosquitto")
    stations.create_local_station(store, stations.StationProfile("Xã Thử Nghiệm", "Hà Nội"))
    push = StationPush.open(store, station_folder or folder / "station")
    zones = {z: stations.add_zone(store, z).id for z in sorted(set(layout.values()))}
    dep = Deployment(push, Broker(folder / "broker", free_port(), binary), zones)
    for name, zone in layout.items():
        dep.devices[name] = devices.enrol(push, name, zones[zone])
    dep.write_broker_config()
    return dep


class Inbox:
    """Messages a test client received, to wait on without sleeping."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, bytes]] = []
        self._cond = threading.Condition()

    def __call__(self, topic: str, payload: bytes, _retained: bool) -> None:
        with self._cond:
            self.messages.append((topic, payload))
            self._cond.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self.messages), timeout)

    def on(self, topic: str) -> list[bytes]:
        with self._cond:
            return [p for t, p in self.messages if t == topic]


def connect(address: BrokerAddress, client_id: str, subscriptions=(), timeout: float = 10.0):
    """A connected Link with an Inbox (stopped by the caller)."""
    inbox = Inbox()
    link = Link(address, client_id, on_message=inbox, subscriptions=list(subscriptions))
    link.start()
    assert link.wait_connected(timeout), f"{client_id} could not connect"
    return link, inbox


def running_from_studio_files(store: Store, folder: Path) -> Broker:
    """A Mosquitto started from the files Studio writes for the station (studio.broker,
    the "Broker files…" button), so later changes reach it as they would in use."""
    from studio import broker

    mqtt = Broker(folder, free_port(), need_tool("mosquitto"))
    broker.write(
        store,
        folder,
        hosts=["127.0.0.1"],
        port=mqtt.port,
        bind="127.0.0.1",
        run_as="root" if os.geteuid() == 0 else None,
    )
    mqtt.start()
    return mqtt
