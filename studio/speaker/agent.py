"""The loudspeaker agent: obeys its station's signed messages and plays on its own clock.

Messages arrive on the MQTT thread and go into one queue; a single loop handles them
and sleeps until the next item is due (``queue.get(timeout=…)``), so the schedule keeps
running without the network. A player thread writes audio block by block, paced by the
clock, and can be stopped at any block: that is how an emergency preempts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import queue
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile as sf

from studio.blobs import BlobStore
from studio.files import write_atomic
from studio.push import protocol, signing, topics
from studio.push.delivery import Fetcher
from studio.push.protocol import Item
from studio.push.timefmt import format_instant, parse_instant
from studio.push.transport import BrokerAddress, Link
from studio.speaker.config import SpeakerConfig
from studio.speaker.relay import StreamReader

log = logging.getLogger(__name__)

FIRMWARE = "studio-speaker 1.0"
BLOCK_S = 0.25
#: how long stopping waits for reports still on their way to the broker
REPORT_FLUSH_S = 3.0
RANK = {"normal": 0, "priority": 1, "emergency": 2}


class Clock(Protocol):
    def now(self) -> datetime: ...
    def real_seconds(self, seconds: float) -> float: ...


class Output(Protocol):
    def open(self, item_id: str, start: datetime, rate: int, channels: int) -> Any: ...


@dataclass
class Play:
    item: Item
    offset_s: float = 0.0  # where to start in the file (resuming after an emergency)
    repeat_left: int = 1
    emergency: bool = False
    #: a relayed stream instead of a file (``item`` then stands for the relay)
    stream_url: str | None = None


def relay_play(url: str, start: datetime, until: datetime) -> Play:
    """A relay as a play: an item named by the address, lasting until ``until``."""
    item = Item(
        id=f"relay-{uuid.uuid4()}",
        sha256=hashlib.sha256(url.encode()).hexdigest(),
        size=1,
        title=url,
        start=format_instant(start),
        latest_end=format_instant(until),
        priority="priority",
    )
    return Play(item, stream_url=url)


class Agent:
    def __init__(self, config: SpeakerConfig, clock: Clock, output: Output) -> None:
        self.config, self.clock, self.output = config, clock, output
        self.cache = config.cache_dir
        self.blobs = BlobStore(self.cache / "blobs")
        self.verifier = signing.Verifier(
            config.station, signing.load_public_key(config.station_key)
        )
        self.manifest: list[Item] = []
        self.manifest_seq = 0
        self.done: set[str] = set()  # item ids played (or missed): nothing plays twice
        self.volume = config.volume
        self.amplifier = True
        self.clock_offset_s = 0.0
        self.rejected: list[tuple[str, str]] = []  # (reason, topic), also logged and reported
        self.last_error: str | None = None
        self._load_state()
        st, dev = config.station, config.device
        self.link = Link(
            BrokerAddress(config.host, config.port, config.ca_file, dev, config.password),
            client_id=dev,
            on_message=self._on_message,
            subscriptions=[
                (topics.zone_all(st, config.zone), 1),
                (topics.device_command(st, dev), 1),
                (topics.device_blob(st, dev), 1),
            ],
            will=(topics.device_status(st, dev), protocol.encode(protocol.offline_status(dev))),
            on_connect=lambda: self._inbox.put(("connected", "", b"")),
        )
        self.fetcher = Fetcher(self.cache, self.blobs, dev, self._send_need)
        self._inbox: queue.Queue[tuple[str, str, bytes]] = queue.Queue()
        self._stop = threading.Event()
        self._playing: Play | None = None
        self._player: threading.Thread | None = None
        self._player_stop = threading.Event()
        self._emergency: list[Play] = []
        self._resume: Play | None = None
        self._relay: Play | None = None
        #: (broker acknowledgement, file kept until then) of reports on their way
        self._unsent: list[tuple[Any, Path | None]] = []
        self._unsent_lock = threading.Lock()
        self._last_heartbeat = time.monotonic()
        self._playing_since: datetime | None = None

    # --- life ---------------------------------------------------------------------------

    def start(self) -> threading.Thread:
        self.link.start()
        thread = threading.Thread(target=self.run, name="speaker", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
        self._inbox.put(("stop", "", b""))
        self._stop_player()
        # reports still on their way (the proof of the play just stopped, too) go out first
        deadline = time.monotonic() + REPORT_FLUSH_S
        with self._unsent_lock:
            unsent = list(self._unsent)
        for info, _path in unsent:
            while _delivery(info) == "pending" and time.monotonic() < deadline:
                if not self.link.connected.is_set():
                    break
                time.sleep(0.01)
        self.link.stop()

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                kind, topic, payload = self._inbox.get(timeout=self._wait_s())
            except queue.Empty:
                kind, topic, payload = "tick", "", b""
            if kind == "message":
                self._handle(topic, payload)
            elif kind == "connected":
                self._resend_kept_reports()
                self.fetcher.ask(force=True)
                self._status()
            elif kind == "finished":
                self._finished(json.loads(payload))
            elif kind == "fetched":
                self._status()  # the station follows delivery by the ``missing`` count
            self._forget_sent_reports()
            self.fetcher.ask()
            self._schedule()
            if time.monotonic() - self._last_heartbeat >= self.config.heartbeat_s:
                self._status()

    def _wait_s(self) -> float:
        now = self.clock.now()
        upcoming = [i.start_at for i in self.manifest if i.id not in self.done and i.start_at > now]
        seconds = min([(t - now).total_seconds() for t in upcoming], default=60.0)
        return max(0.0, min(self.clock.real_seconds(seconds), 1.0, self.config.heartbeat_s))

    # --- messages -----------------------------------------------------------------------

    def _on_message(self, topic: str, payload: bytes, _retained: bool) -> None:
        if topic.endswith("/blob"):
            if self.fetcher.on_chunk(payload):
                self._inbox.put(("fetched", "", b""))
            return
        self._inbox.put(("message", topic, payload))

    def _handle(self, topic: str, payload: bytes) -> None:
        now = self.clock.now()
        try:
            env = self.verifier.check(topic, payload, now)
        except signing.Rejected as rejected:
            if rejected.reason != "duplicate":
                log.warning("rejected message on %s: %s", topic, rejected)
                self.rejected.append((rejected.reason, topic))
                self.last_error = f"rejected {rejected.reason}"[:200]
                self._report(
                    "event",
                    {
                        "at": format_instant(now),
                        "kind": "rejected",
                        "reason": rejected.reason,
                        "topic": topic,
                        "detail": rejected.detail,
                    },
                )
            return
        self.clock_offset_s = (now - parse_instant(env["issued_at"])).total_seconds()
        try:
            if env["type"] == "manifest":
                self._apply_manifest(env)
            elif env["type"] == "command":
                self._apply_command(protocol.parse_command(env["body"]))
        except (KeyError, ValueError, TypeError) as exc:
            log.warning("unusable message %s: %s", env["id"], exc)
        self._save_state()
        self._status()

    def _apply_manifest(self, env: dict[str, Any]) -> None:
        self.manifest = [Item.from_json(i) for i in env["body"]["items"]]
        self.manifest_seq = env["seq"]
        for item in self.manifest:
            self.fetcher.want(item.sha256, item.size)

    def _apply_command(self, body: dict[str, Any]) -> None:
        cmd = body["cmd"]
        if cmd == "volume":
            self.volume = body["level"]
        elif cmd == "amplifier":
            self.amplifier = body["on"]
        elif cmd == "stop":
            self._relay = None
            self._stop_player()
        elif cmd == "play_now":
            item = Item.from_json(body["item"])
            self.fetcher.want(item.sha256, item.size)
            self.manifest.append(item)
        elif cmd == "emergency_start":
            item = Item.from_json(body["item"])
            self.fetcher.want(item.sha256, item.size)
            self._emergency = [Play(item, repeat_left=body.get("repeat", 1), emergency=True)]
            if self._playing and not self._playing.emergency:
                self._resume = self._playing
                self._stop_player()
        elif cmd == "emergency_stop":
            self._emergency = []
            if self._playing and self._playing.emergency:
                self._stop_player()
        elif cmd == "relay":
            now, until = self.clock.now(), parse_instant(body["until"])
            if until > now:
                self._relay = relay_play(body["url"], now, until)

    # --- playing ------------------------------------------------------------------------

    def _schedule(self) -> None:
        # busy until its "finished" message is handled (a player thread that just ended has
        # not yet marked its item done: starting again now would play it twice)
        if self._playing is not None or (self._player is not None and self._player.is_alive()):
            return
        now = self.clock.now()
        if self._emergency:
            play = self._emergency[0]
            if self.blobs.has(play.item.sha256):
                self._start(play)
            return
        if self._resume is not None:
            play, self._resume = self._resume, None
            playable = play.stream_url is not None or self.blobs.has(play.item.sha256)
            if play.item.latest_end_at > now and playable:
                self._start(play)
                return
        if self._relay is not None:
            if self._relay.item.latest_end_at > now:
                self._start(self._relay)
                return
            self._relay = None
        due = []
        for item in self.manifest:
            if item.id in self.done or item.start_at > now:
                continue
            if item.latest_end_at <= now:
                self.done.add(item.id)
                self._proof(item, item.start_at, item.latest_end_at, "missed", "")
                continue
            if self.blobs.has(item.sha256):
                due.append(item)
        if due:
            item = min(due, key=lambda i: (-RANK[i.priority], i.start, i.id))
            self._start(Play(item, repeat_left=item.repeat))

    def _start(self, play: Play) -> None:
        self._playing = play
        self._playing_since = self.clock.now()
        self._player_stop = threading.Event()
        player = threading.Thread(
            target=self._play, args=(play, self._player_stop), name="player", daemon=True
        )
        player.start()  # started before it is shared: stop() may join it at any moment
        self._player = player
        self._status()

    def _stop_player(self) -> None:
        self._player_stop.set()
        if self._player is not None and self._player is not threading.current_thread():
            self._player.join(timeout=5)

    def _play(self, play: Play, stop: threading.Event) -> None:
        """Player thread: write the item block by block at its time on the clock."""
        item, start = play.item, self.clock.now()
        result, detail, played_s = "played", "", play.offset_s
        try:
            with self._source(play) as f:
                rate, block = f.samplerate, int(f.samplerate * BLOCK_S)
                out = self.output.open(item.id, start, rate, f.channels)
                try:
                    t = start
                    while True:
                        data = f.read(block)
                        if not len(data):
                            break
                        if stop.wait(
                            self.clock.real_seconds((t - self.clock.now()).total_seconds())
                        ):
                            result = "interrupted"
                            break
                        if t >= item.latest_end_at and play.stream_url:
                            break  # relayed until the time asked: played in full
                        if t >= item.latest_end_at and not play.emergency:
                            result, detail = "partial", "cut at latest end"
                            break
                        # read each block: a volume command takes effect during a play
                        gain = protocol.volume_gain(item.volume or self.volume)
                        out.write(np.clip(data * gain, -1.0, 1.0))
                        played_s += len(data) / rate
                        t = start + timedelta(seconds=played_s - play.offset_s)
                    if result == "played":
                        stop.wait(self.clock.real_seconds((t - self.clock.now()).total_seconds()))
                finally:
                    out.close()
        except Exception as exc:  # whatever went wrong, the loop must hear that it ended
            log.exception("playing %s failed", item.title)
            result, detail = "failed", str(exc)
            self.last_error = f"{item.title}: {exc}"[:200]
        if play.offset_s and result == "played":
            detail = f"resumed at {play.offset_s:.1f} s"
        end = self.clock.now()
        self._proof(item, start, end, result, detail)
        finished = {"item": item.id, "result": result, "played_s": played_s}
        self._inbox.put(("finished", "", json.dumps(finished).encode()))

    def _source(self, play: Play):
        """What the player reads: ``samplerate``, ``channels``, ``read(frames)``."""
        if play.stream_url:
            return StreamReader(play.stream_url)
        return _FileSource(self.blobs.path(play.item.sha256), play.offset_s)

    def _finished(self, info: dict[str, Any]) -> None:
        play, self._playing = self._playing, None
        if play is None:
            return
        if play.stream_url:
            # a relay cut by an emergency goes on after it; otherwise it has ended
            if not (info["result"] == "interrupted" and self._resume is play):
                self._relay = None
        elif play.emergency:
            play.repeat_left -= 1
            if play.repeat_left <= 0 or info["result"] == "interrupted":
                if self._emergency and self._emergency[0] is play:
                    self._emergency.pop(0)
            else:
                play.offset_s = 0.0
        elif info["result"] == "interrupted" and self._resume is play:
            play.offset_s = info["played_s"]
        elif info["result"] == "played" and play.repeat_left > 1:
            self._resume = Play(play.item, repeat_left=play.repeat_left - 1)
        else:
            self.done.add(play.item.id)
        self._save_state()
        self._status()

    # --- to the station -----------------------------------------------------------------

    def _report(self, kind: str, body: dict[str, Any]) -> None:
        """Send a report; a proof of play is also kept on disk until the broker has it, so
        neither an outage nor a restart loses it (the station enters each ``report`` once)."""
        dev = self.config.device
        message = {"v": protocol.VERSION, "type": kind, "device": dev, **body}
        topic = topics.device_report(self.config.station, dev, kind)
        payload = protocol.encode(message)
        path = None
        if kind == "play":
            path = write_atomic(self._reports_dir() / f"{body['report']}.json", payload)
        self._publish_report(topic, payload, path)

    def _publish_report(self, topic: str, payload: bytes, path: Path | None) -> None:
        info = self.link.publish_nowait(topic, payload)  # paho resends it after an outage
        with self._unsent_lock:  # reports come from the loop and from the player thread
            self._unsent.append((info, path))

    def _reports_dir(self) -> Path:
        return self.cache / "reports"

    def _forget_sent_reports(self) -> None:
        """Drop the files of reports the broker has; one that could not even be queued
        (sent while offline) stays on disk and goes again on the next connection."""
        with self._unsent_lock:
            states = [(i, p, _delivery(i)) for i, p in self._unsent]
            self._unsent = [(i, p) for i, p, state in states if state == "pending"]
        for _info, path, state in states:
            if state == "sent" and path is not None:
                path.unlink(missing_ok=True)

    def _resend_kept_reports(self) -> None:
        """Proofs of play kept from before a restart go out again."""
        folder = self._reports_dir()
        with self._unsent_lock:
            on_their_way = {p for _i, p in self._unsent if p is not None}
        topic = topics.device_report(self.config.station, self.config.device, "play")
        for path in sorted(folder.glob("*.json")) if folder.exists() else []:
            if path not in on_their_way:
                self._publish_report(topic, path.read_bytes(), path)

    def _send_need(self, need: dict[str, Any]) -> None:
        topic = topics.device_report(self.config.station, self.config.device, "need")
        self.link.publish_nowait(topic, protocol.encode(need))

    def _proof(self, item: Item, start: datetime, end: datetime, result: str, detail: str) -> None:
        self._report(
            "play",
            {
                "report": str(uuid.uuid4()),
                "zone": self.config.zone,
                "item": item.id,
                "sha256": item.sha256,
                "title": item.title,
                "start": format_instant(start),
                "end": format_instant(end),
                "result": result,
                "detail": detail,
            },
        )

    def _status(self) -> None:
        """Status on every change, and as the heartbeat when nothing changes."""
        self._last_heartbeat = time.monotonic()
        playing = self._playing
        now_playing = None
        if playing:
            since = self._playing_since or self.clock.now()
            now_playing = {
                "item": playing.item.id,
                "title": playing.item.title,
                "since": format_instant(since),
            }
        status = {
            "v": protocol.VERSION,
            "type": "status",
            "device": self.config.device,
            "online": True,
            "at": format_instant(self.clock.now()),
            "playing": now_playing,
            "volume": self.volume,
            "amplifier": self.amplifier,
            "emergency": bool(self._emergency),
            "free_bytes": _free_bytes(self.cache),
            "clock_offset_s": round(self.clock_offset_s, 3),
            "signal_dbm": None,
            "firmware": FIRMWARE,
            "manifest_seq": self.manifest_seq,
            "missing": len(self.fetcher.missing_files()),
            "last_error": self.last_error,
            "heartbeat_s": self.config.heartbeat_s,
        }
        topic = topics.device_status(self.config.station, self.config.device)
        self.link.publish_nowait(topic, protocol.encode(status), retain=True)

    # --- what survives a restart --------------------------------------------------------

    def _state_path(self) -> Path:
        return self.cache / "state.json"

    def _save_state(self) -> None:
        state = {
            "verifier": self.verifier.state(),
            "manifest": [i.to_json() for i in self.manifest],
            "manifest_seq": self.manifest_seq,
            "done": sorted(self.done),
            "volume": self.volume,
            "amplifier": self.amplifier,
        }
        write_atomic(self._state_path(), json.dumps(state, ensure_ascii=False))

    def _load_state(self) -> None:
        path = self._state_path()
        if not path.exists():
            return
        state = json.loads(path.read_text(encoding="utf-8"))
        self.verifier.restore(state.get("verifier", {}))
        self.manifest = [Item.from_json(i) for i in state.get("manifest", [])]
        self.manifest_seq = state.get("manifest_seq", 0)
        self.done = set(state.get("done", []))
        self.volume = state.get("volume", self.volume)
        self.amplifier = state.get("amplifier", True)


def _free_bytes(folder) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(folder).free


class _FileSource:
    """A sound file from the cache, opened at ``offset_s`` (resuming after an emergency)."""

    def __init__(self, path, offset_s: float) -> None:
        self._f = sf.SoundFile(path)
        self.samplerate, self.channels = self._f.samplerate, self._f.channels
        self._f.seek(min(int(offset_s * self.samplerate), self._f.frames))

    def read(self, frames: int) -> np.ndarray:
        return self._f.read(frames, dtype="float32", always_2d=True)

    def __enter__(self) -> _FileSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._f.close()


def _delivery(info) -> str:
    """ "sent", "pending" or "failed" (paho raises for a message it could not queue)."""
    try:
        return "sent" if info.is_published() else "pending"
    except (RuntimeError, ValueError):
        return "failed"
