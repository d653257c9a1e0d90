"""Pushes made offline wait in the store and leave in order, once in effect, when back online."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from studio.push import signing, topics
from studio.push.service import StationService, drain
from studio.store import outbox
from tests.push.broker import connect


def volumes(messages):
    return [json.loads(p)["body"]["level"] for p in messages]


def test_pushes_made_offline_go_out_in_order_exactly_once_when_the_broker_is_back(deployment):
    push, st = deployment.push, deployment.station_id
    zone = str(deployment.zones["thon-1"])
    dev = deployment.device_id("loa-cho")
    topic = topics.zone_command(st, zone)
    # the loudspeaker has a session at the broker: what is published while it is away waits
    speaker, inbox = connect(deployment.device_address("loa-cho"), dev, [(topic, 1)])
    service = StationService(push, deployment.station_address())
    service.start()
    try:
        assert service.link.wait_connected(10)
        deployment.broker.stop()
        for level in (3, 5, 7, 9, 11):
            push.command({"cmd": "volume", "level": level}, zone_id=zone)
            service.wake()
        assert outbox.pending_count(push.store) == 5  # what the status bar shows
        deployment.broker.start()
        assert inbox.wait_for(lambda m: len(m) >= 5, timeout=20)
        assert service.wait_outbox_empty(10)
        assert volumes(inbox.on(topic)) == [3, 5, 7, 9, 11]
        verifier = signing.Verifier(st, push.keys.signing_key().public_key())
        now = datetime.now(UTC)
        seqs = [verifier.check(topic, p, now)["seq"] for p in inbox.on(topic)]
        assert seqs == sorted(seqs) and len(set(seqs)) == 5
    finally:
        speaker.stop()
        service.stop()


def test_a_station_stopped_between_send_and_bookkeeping_resends_and_the_device_drops_it(
    deployment,
):
    push, st = deployment.push, deployment.station_id
    zone = str(deployment.zones["thon-2"])
    dev = deployment.device_id("loa-truong")
    topic = topics.zone_command(st, zone)
    speaker, inbox = connect(deployment.device_address("loa-truong"), dev, [(topic, 1)])
    first = push.command({"cmd": "volume", "level": 4}, zone_id=zone)
    push.command({"cmd": "volume", "level": 6}, zone_id=zone)
    # the app published the first message, then died before marking it sent
    station, _ = connect(deployment.station_address(), f"station-crashed-{uuid.uuid4()}")
    station.publish(first.topic, first.payload)
    station.stop()
    assert outbox.pending_count(push.store) == 2
    # restarted, it sends everything still pending
    service = StationService(push, deployment.station_address())
    service.start()
    try:
        assert inbox.wait_for(lambda m: len(m) >= 3)
        assert service.wait_outbox_empty(10)
        verifier = signing.Verifier(st, push.keys.signing_key().public_key())
        applied, dropped = [], []
        for payload in inbox.on(topic):
            try:
                applied.append(verifier.check(topic, payload, datetime.now(UTC))["body"]["level"])
            except signing.Rejected as rejected:
                dropped.append(rejected.reason)
        assert applied == [4, 6]
        assert dropped == ["duplicate"]
    finally:
        speaker.stop()
        service.stop()


def test_with_no_broker_nothing_is_lost_and_the_error_is_kept(deployment):
    push = deployment.push
    zone = str(deployment.zones["thon-1"])
    service = StationService(push, deployment.station_address())
    push.command({"cmd": "stop"}, zone_id=zone)
    assert drain(push, service.link) == 0  # never connected
    [waiting] = outbox.pending(push.store)
    assert waiting.attempts == 1 and "connected" in waiting.last_error
