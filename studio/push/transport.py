"""One MQTT 5 connection over TLS with a password, that reconnects by itself.

A thin layer over paho-mqtt: subscriptions are renewed on every (re)connect, messages
are handed to one callback (on paho's network thread — keep it short), and ``publish``
waits for the broker's acknowledgement so a caller knows what really left.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from studio.errors import QT_TRANSLATE_NOOP
from studio.push.errors import PushError

log = logging.getLogger(__name__)

#: how long the broker keeps a party's session and queued QoS 1 messages while it is away
SESSION_EXPIRY_S = 7 * 24 * 3600

MessageHandler = Callable[[str, bytes, bool], None]  # topic, payload, retained


class TransportError(PushError):
    """The broker did not take a message (not connected, or no acknowledgement in time)."""


@dataclass(frozen=True)
class BrokerAddress:
    host: str
    port: int
    ca_file: Path
    username: str
    password: str


@dataclass
class Link:
    """A connection to the broker as one party (the station or a device)."""

    address: BrokerAddress
    client_id: str
    on_message: MessageHandler | None = None
    subscriptions: list[tuple[str, int]] = field(default_factory=list)
    will: tuple[str, bytes] | None = None  # retained, QoS 1
    on_connect: Callable[[], None] | None = None
    #: keep the broker session (and what is sent to it) across connections; a one-off
    #: link starts clean and leaves nothing behind
    persistent: bool = True
    connected: threading.Event = field(default_factory=threading.Event, init=False)
    #: connections lost since start (a session taken over by another client counts)
    drops: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        c = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2,
            client_id=self.client_id,
            protocol=mqtt.MQTTv5,
        )
        c.username_pw_set(self.address.username, self.address.password)
        c.tls_set(ca_certs=str(self.address.ca_file), tls_version=ssl.PROTOCOL_TLS_CLIENT)
        if self.will:
            c.will_set(self.will[0], self.will[1], qos=1, retain=True)
        c.reconnect_delay_set(min_delay=1, max_delay=4)
        c.on_connect = self._connected
        c.on_disconnect = self._disconnected
        c.on_message = self._message
        c.on_subscribe = self._subscribed
        self._client = c
        self._started = False

    def start(self) -> None:
        """Connect in the background; keeps trying until :meth:`stop`."""
        props = Properties(PacketTypes.CONNECT)
        props.SessionExpiryInterval = SESSION_EXPIRY_S if self.persistent else 0
        self._client.connect_async(
            self.address.host,
            self.address.port,
            keepalive=15,
            clean_start=not self.persistent,
            properties=props,
        )
        self._client.loop_start()
        self._started = True

    def stop(self) -> None:
        if self._started:
            self.connected.clear()  # leaving is not a lost connection
            self._client.disconnect()
            self._client.loop_stop()
            self._started = False
        self.connected.clear()

    def wait_connected(self, timeout: float) -> bool:
        return self.connected.wait(timeout)

    def publish(
        self, topic: str, payload: bytes, *, qos: int = 1, retain: bool = False, timeout: float = 10
    ) -> None:
        """Send and wait for the broker's acknowledgement (QoS 1), or raise TransportError."""
        if not self.connected.is_set():
            raise TransportError(QT_TRANSLATE_NOOP("errors", "Not connected to the broker."))
        info = self._client.publish(topic, payload, qos=qos, retain=retain)
        self._acknowledged(None, info, timeout)

    def publish_window(
        self,
        messages: Iterable[tuple[object, str, bytes]],
        *,
        window: int = 16,
        timeout: float = 10,
    ) -> Iterator[object]:
        """Send ``(key, topic, payload)`` messages (QoS 1) with up to ``window`` of them
        awaiting the broker's acknowledgement at once; yields each key once acknowledged,
        in order. Raises TransportError when the broker does not take one in time.

        One message at a time costs a round trip each; a window keeps the connection busy.
        """
        waiting: deque[tuple[object, mqtt.MQTTMessageInfo]] = deque()
        for key, topic, payload in messages:
            if not self.connected.is_set():
                raise TransportError(QT_TRANSLATE_NOOP("errors", "Not connected to the broker."))
            waiting.append((key, self._client.publish(topic, payload, qos=1)))
            while len(waiting) >= window:
                yield self._acknowledged(*waiting.popleft(), timeout)
        while waiting:
            yield self._acknowledged(*waiting.popleft(), timeout)

    def _acknowledged(self, key: object, info: mqtt.MQTTMessageInfo, timeout: float) -> object:
        deadline = time.monotonic() + timeout
        try:
            # in slices, so a connection that drops ends the wait at once, not at the timeout
            while not info.is_published() and time.monotonic() < deadline:
                if not self.connected.is_set():
                    break
                info.wait_for_publish(min(0.1, timeout))
        except (RuntimeError, ValueError) as exc:
            raise TransportError(
                QT_TRANSLATE_NOOP("errors", "The broker did not take the message: {reason}"),
                reason=str(exc),
            ) from exc
        if not info.is_published():
            raise TransportError(
                QT_TRANSLATE_NOOP("errors", "The broker did not acknowledge within {seconds} s."),
                seconds=timeout,
            )
        return key

    def publish_nowait(
        self, topic: str, payload: bytes, *, qos: int = 1, retain: bool = False
    ) -> mqtt.MQTTMessageInfo:
        """Queue a message (safe from the message callback); paho resends it after a reconnect."""
        return self._client.publish(topic, payload, qos=qos, retain=retain)

    # --- paho callbacks (network thread) ------------------------------------------------

    def _connected(self, client, _userdata, _flags, reason_code, _props) -> None:
        if reason_code.is_failure:
            log.warning("broker refused %s: %s", self.client_id, reason_code)
            return
        try:  # an acknowledged chunk at a time: no Nagle delay on the small packets
            client.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (AttributeError, OSError) as exc:
            log.debug("no TCP_NODELAY for %s: %s", self.client_id, exc)
        if self.subscriptions:
            client.subscribe(self.subscriptions)  # "connected" once the broker confirms
        else:
            self._ready()

    def _subscribed(self, _client, _userdata, _mid, _reason_codes, _props) -> None:
        self._ready()

    def _ready(self) -> None:
        self.connected.set()
        if self.on_connect:
            self.on_connect()

    def _disconnected(self, _client, _userdata, _flags, reason_code, _props) -> None:
        if self.connected.is_set():
            self.drops += 1
        self.connected.clear()
        log.info("%s disconnected: %s", self.client_id, reason_code)

    def _message(self, _client, _userdata, msg: mqtt.MQTTMessage) -> None:
        if self.on_message is None:
            return
        try:
            self.on_message(msg.topic, msg.payload, bool(msg.retain))
        except Exception:  # one bad message must not kill the network thread
            log.exception("handling a message on %s failed", msg.topic)
