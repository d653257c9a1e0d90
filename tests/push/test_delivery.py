"""Audio reaches a loudspeaker in checked chunks, survives a broker restart, and never twice."""

from __future__ import annotations

import hashlib
import os
import threading

from studio.blobs import BlobStore, file_sha256
from studio.push import protocol, topics
from studio.push.delivery import Fetcher, PartialFile, chunks_for, need_message
from studio.push.service import StationService
from tests.push.broker import connect


def audio_file(path, size):
    path.write_bytes(os.urandom(size))
    return path


def test_chunks_are_checked_one_by_one_and_the_file_as_a_whole(tmp_path):
    station = BlobStore(tmp_path / "station")
    sha, stored = station.put_file(audio_file(tmp_path / "a.wav", 3 * protocol.CHUNK_SIZE + 100))
    size = stored.stat().st_size
    frames = list(chunks_for(station, need_message("d", sha, None)))
    assert len(frames) == 4
    device = BlobStore(tmp_path / "device")
    partial = PartialFile(tmp_path / "partial", sha, size)
    header, data = protocol.split_chunk_frame(frames[1])
    assert not partial.accept(header, data[:-1] + bytes([data[-1] ^ 1]))  # a flipped bit
    for frame in frames:
        assert partial.accept(*protocol.split_chunk_frame(frame))
    assert partial.assemble(device)
    assert file_sha256(device.path(sha)) == sha


def test_a_file_whose_chunks_do_not_build_the_signed_hash_is_refused(tmp_path):
    station = BlobStore(tmp_path / "station")
    sha, stored = station.put_file(audio_file(tmp_path / "a.wav", 1000))
    size = stored.stat().st_size
    claimed = hashlib.sha256(b"what the manifest promised").hexdigest()
    partial = PartialFile(tmp_path / "partial", claimed, size)
    header, data = protocol.split_chunk_frame(
        next(chunks_for(station, need_message("d", sha, None)))
    )
    assert not partial.accept(header, data)  # a chunk of another file is not taken
    assert partial.accept({**header, "sha256": claimed}, data)
    assert not partial.assemble(BlobStore(tmp_path / "device"))
    assert partial.missing() == [0]  # thrown away whole, asked for again


def test_delivery_resumes_after_the_broker_restarts_mid_transfer(deployment, tmp_path):
    push = deployment.push
    sha, stored = push.blobs.put_file(
        audio_file(tmp_path / "ban-tin.wav", 96 * protocol.CHUNK_SIZE)
    )
    size = stored.stat().st_size
    service = StationService(push, deployment.station_address())
    service.start()
    dev = deployment.device_id("loa-cho")
    st = deployment.station_id
    link = None
    got_some = threading.Event()
    go_on = threading.Event()

    def on_blob(topic, payload, _retained):
        fetcher.on_chunk(payload)
        if fetcher.chunks_received == 5:
            got_some.set()
            go_on.wait(10)  # hold the device here while the broker goes down

    def send(need):
        link.publish_nowait(topics.device_report(st, dev, "need"), protocol.encode(need))

    cache = BlobStore(tmp_path / "device-cache" / "blobs")
    fetcher = Fetcher(tmp_path / "device-cache", cache, dev, send, retry_s=60)
    try:
        assert service.link.wait_connected(10)
        link, _ = connect(deployment.device_address("loa-cho"), dev)
        link.on_message = on_blob
        link.subscriptions.append((topics.device_blob(st, dev), 1))
        link.stop()
        link.start()
        assert link.wait_connected(10)
        assert fetcher.want(sha, size)
        fetcher.ask()
        assert got_some.wait(10)
        deployment.broker.stop()
        go_on.set()
        lacking = fetcher._files[sha].missing()
        assert 0 < len(lacking) < 96
        deployment.broker.start()
        assert link.wait_connected(15) or link.connected.wait(15)
        assert service.link.wait_connected(15)
        fetcher.ask(force=True)  # what a device does after a reconnect
        assert fetcher.completed.wait(20)
        assert file_sha256(cache.path(sha)) == sha
        assert not fetcher.want(sha, size)  # it has it: it will not ask again
    finally:
        go_on.set()
        if link:
            link.stop()
        service.stop()
