"""The station's live connection: sends the outbox, answers devices, takes in their reports.

Three things run while the station is connected: the outbox sender (in order, one
acknowledged message after the other), the answers to ``need`` requests (exactly the
chunks asked for), and the intake of status, proof of play and events. Work is done on
two worker threads, never on the MQTT network thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from studio.push import delivery, protocol, topics
from studio.push.keys import station_user
from studio.push.station import StationPush
from studio.push.timefmt import parse_instant
from studio.push.transport import BrokerAddress, Link, TransportError
from studio.store import outbox
from studio.store.models import AsRunEntry, Device, PlayResult, PlaySource

log = logging.getLogger(__name__)

PUBLISH_TIMEOUT_S = 10.0


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

    def __post_init__(self) -> None:
        root = topics.root(self.push.station_id)
        self.link = Link(
            self.address,
            client_id=station_user(self.push.station_id),
            on_message=self._message,
            subscriptions=[(f"{root}/device/+/status", 1), (f"{root}/device/+/report/#", 1)],
            on_connect=self.wake,
        )
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._inbox: queue.Queue[tuple[str, str, Any] | None] = queue.Queue()
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

    def wake(self) -> None:
        """Something was put in the outbox (or the broker is back): send it."""
        self._wake.set()

    def wait_outbox_empty(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: outbox.pending_count(self.push.store) == 0, timeout)

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

    def _message(self, topic: str, payload: bytes, _retained: bool) -> None:
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
        self._inbox.put((rest, device_id, msg))

    def _intake_loop(self) -> None:
        while (entry := self._inbox.get()) is not None:
            kind, device_id, msg = entry
            try:
                if kind == "status":
                    self.statuses[device_id] = msg
                elif kind == "report/play":
                    record_play(self.push, device_id, msg)
                elif kind == "report/need":
                    self._answer_need(device_id, msg)
                elif kind == "report/event":
                    log.warning("device %s: %s", device_id, msg)
                if self.on_device_message:
                    self.on_device_message(device_id, msg)
            except Exception:
                log.exception("handling %s from %s failed", kind, device_id)

    def _answer_need(self, device_id: str, need: dict[str, Any]) -> None:
        topic = topics.device_blob(self.push.station_id, device_id)
        for frame in delivery.chunks_for(self.push.blobs, need):
            try:
                self.link.publish(topic, frame, qos=1, timeout=PUBLISH_TIMEOUT_S)
            except TransportError:
                return  # the device asks again for what it still lacks
            self.chunks_sent += 1
