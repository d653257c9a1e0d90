"""The station's live connection: sends the outbox, answers devices, takes in their reports.

Three things run while the station is connected: the outbox sender (in order, one
acknowledged message after the other), the answers to ``need`` requests (exactly the
chunks asked for), and the intake of status, proof of play and events. Work is done on
two worker threads, never on the MQTT network thread.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from studio.push import delivery, protocol, topics
from studio.push.keys import station_user
from studio.push.monitor import DeviceMonitor
from studio.push.station import StationPush
from studio.push.timefmt import parse_instant
from studio.push.transport import BrokerAddress, Link, TransportError
from studio.store import outbox
from studio.store.db import StoreError
from studio.store.models import AsRunEntry, Device, PlayResult, PlaySource

log = logging.getLogger(__name__)

PUBLISH_TIMEOUT_S = 10.0
#: chunks awaiting the broker's acknowledgement at once (paho allows 20 in flight)
CHUNK_WINDOW = 16


def drain(push: StationPush, link: Link, timeout: float = PUBLISH_TIMEOUT_S) -> int:
    """Send what waits in the outbox, in order; stops at the first failure. -> messages sent"""
    sent = 0
    while batch := outbox.pending(push.store, 50):
        for msg in batch:
            try:
                link.publish(
                    msg.topic, msg.payload, qos=msg.qos, retain=msg.retain, timeout=timeout
                )
            except TransportError as exc:
                outbox.mark_attempt_failed(push.store, msg.id, str(exc))
                return sent
            outbox.mark_sent(push.store, msg.id)
            sent += 1
    return sent


def retry_when_busy(work: Callable[[], Any], attempts: int = 10) -> Any:
    """``work()``, tried again while SQLite says another writer holds the database.

    A report taken off the broker exists nowhere else: it must not be dropped because the
    UI or the outbox sender was writing at that moment.
    """
    for attempt in range(attempts):
        try:
            return work()
        except StoreError as exc:
            if "locked" not in str(exc.__cause__ or exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return None


def record_play(push: StationPush, device_id: str, report: dict[str, Any]) -> bool:
    """Enter a proof of play in the as-run log, once per report id. -> whether it was new"""
    try:
        report_id = uuid.UUID(str(report["report"]))
        dev_id = uuid.UUID(device_id)
        started = parse_instant(report["start"])
        ended = parse_instant(report["end"]) if report.get("end") else None
        result = PlayResult(report["result"])
    except (KeyError, ValueError) as exc:
        log.warning("bad proof of play from %s: %s", device_id, exc)
        return False
    with push.store.session() as s:
        device = s.get(Device, dev_id)
        if device is None or s.get(AsRunEntry, report_id) is not None:
            return False
        s.add(
            AsRunEntry(
                id=report_id,
                started_at=started,
                ended_at=ended,
                result=result,
                source=PlaySource.SPEAKER,
                zone_id=device.zone_id,
                device_id=dev_id,
                title=str(report.get("title", ""))[:300],
                detail=str(report.get("detail", "")),
            )
        )
    return True


@dataclass
class StationService:
    push: StationPush
    address: BrokerAddress
    #: called with (device id, message) for every status, play and event received
    on_device_message: Callable[[str, dict[str, Any]], None] | None = None
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    chunks_sent: int = 0
    bytes_sent: int = 0  # audio bytes in the chunks sent (headers aside)
    #: the MQTT client id; the app and the commands use different ones (each keeps its own
    #: broker session, so reports sent while it was away wait for it)
    client_id: str | None = None
    #: False: a one-off session, for a command while another holds the commands' own
    persistent: bool = True
    monitor: DeviceMonitor | None = None

    def __post_init__(self) -> None:
        root = topics.root(self.push.station_id)
        if self.monitor is None:
            self.monitor = DeviceMonitor(self.push.status_path)
        self.link = Link(
            self.address,
            client_id=self.client_id or station_user(self.push.station_id),
            on_message=self._message,
            subscriptions=[(f"{root}/device/+/status", 1), (f"{root}/device/+/report/#", 1)],
            on_connect=self.wake,
            persistent=self.persistent,
        )
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._inbox: queue.Queue[tuple[str, str, Any, bool, float] | None] = queue.Queue()
        self._last_intake = time.monotonic()
        self._busy = False
        #: (device, sha256) -> (when the last answer finished, chunk indexes it sent)
        self._answered: dict[tuple[str, str], tuple[float, set[int]]] = {}
        self._threads = [
            threading.Thread(target=self._send_loop, name="outbox-sender", daemon=True),
            threading.Thread(target=self._intake_loop, name="device-intake", daemon=True),
        ]
        self._idle = threading.Condition()

    def start(self) -> None:
        self.link.start()
        for t in self._threads:
            t.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._inbox.put(None)
        for t in self._threads:
            t.join(timeout=5)
        self.link.stop()
        self.monitor.save()

    def wake(self) -> None:
        """Something was put in the outbox (or the broker is back): send it."""
        self._wake.set()

    def wait_outbox_empty(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: outbox.pending_count(self.push.store) == 0, timeout)

    def wait_quiet(self, quiet_s: float, timeout: float) -> None:
        """Wait until no device message arrived for ``quiet_s`` (what the broker kept for
        this station while it was away has come in), or ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            idle = self._inbox.empty() and not self._busy
            if idle and time.monotonic() - self._last_intake >= quiet_s:
                return
            time.sleep(0.05)

    def _send_loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=5.0)
            self._wake.clear()
            if self._stop.is_set():
                return
            if self.link.connected.is_set():
                try:
                    drain(self.push, self.link)
                except Exception:  # the store may be busy; try again on the next wake
                    log.exception("sending the outbox failed")
            with self._idle:
                self._idle.notify_all()

    # --- from devices -------------------------------------------------------------------

    def _message(self, topic: str, payload: bytes, retained: bool) -> None:
        parsed = topics.parse_device_topic(topic)
        if parsed is None:
            return
        device_id, rest = parsed
        try:
            msg = protocol.decode(payload)
        except ValueError:
            log.warning("not a protocol message on %s", topic)
            return
        if msg.get("device") not in (None, device_id):
            log.warning("device %s wrote as %s", device_id, msg.get("device"))
            return
        self._inbox.put((rest, device_id, msg, retained, time.monotonic()))

    def _intake_loop(self) -> None:
        while (entry := self._inbox.get()) is not None:
            kind, device_id, msg, retained, received = entry
            self._last_intake, self._busy = time.monotonic(), True
            try:
                self.monitor.observe(device_id, msg, retained=retained)
                if kind == "status":
                    self.statuses[device_id] = msg
                elif kind == "report/play":
                    retry_when_busy(functools.partial(record_play, self.push, device_id, msg))
                elif kind == "report/need":
                    self._answer_need(device_id, msg, received)
                elif kind == "report/event":
                    log.warning("device %s: %s", device_id, msg)
                if self.on_device_message:
                    self.on_device_message(device_id, msg)
            except Exception:
                log.exception("handling %s from %s failed", kind, device_id)
            finally:
                self._last_intake, self._busy = time.monotonic(), False

    def _answer_need(self, device_id: str, need: dict[str, Any], received: float) -> None:
        """Send the chunks asked for, except those an answer that was still going out when
        this request arrived already carried: a device that waited its turn behind other
        devices asks again, and must not get the same bytes twice."""
        topic = topics.device_blob(self.push.station_id, device_id)
        key = (device_id, str(need.get("sha256", "")))
        previous = self._answered.get(key)
        carried: set[int] = set()
        if previous is not None and received < previous[0]:
            carried = previous[1]
            need = {**need, "chunks": sorted(set(need_indexes(self.push, need)) - carried)}
        sent: set[int] = set()
        sizes: dict[int, int] = {}

        def frames():
            for index, frame in delivery.indexed_chunks_for(self.push.blobs, need):
                sizes[index] = len(frame) - frame.index(b"\n") - 1
                yield index, topic, frame

        try:
            for index in self.link.publish_window(
                frames(), window=CHUNK_WINDOW, timeout=PUBLISH_TIMEOUT_S
            ):
                sent.add(index)
                self.chunks_sent += 1
                self.bytes_sent += sizes.pop(index)
        except TransportError:
            return  # the device asks again for what it still lacks
        finally:
            self._answered[key] = (time.monotonic(), sent | carried)


def need_indexes(push: StationPush, need: dict[str, Any]) -> list[int]:
    """The chunk indexes a ``need`` asks for (all of the file for ``chunks: null``)."""
    sha = str(need.get("sha256", ""))
    if need.get("chunks") is not None:
        return [int(i) for i in need["chunks"]]
    if len(sha) != 64 or not push.blobs.has(sha):
        return []
    return list(range(protocol.chunk_count(push.blobs.size(sha))))
