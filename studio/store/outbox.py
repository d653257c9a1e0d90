"""The outbox: messages for the broker that wait while the station is offline.

Messages leave in ``seq`` order and each is marked sent only after the broker took it;
a message that was sent but not yet marked (the app stopped in between) goes again with
the same ``message_id``, which the receiver treats as a duplicate.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, select

from studio.store.db import Store
from studio.store.models import OutboxMessage, OutboxState
from studio.store.types import utcnow

#: builds the payload once its place in the order is known: (seq, message id) -> bytes
PayloadMaker = Callable[[int, str], bytes]


def pending_count(store: Store) -> int:
    with store.session() as s:
        query = (
            select(func.count())
            .select_from(OutboxMessage)
            .where(~OutboxMessage.deleted, OutboxMessage.state == OutboxState.PENDING)
        )
        return s.scalar(query) or 0


def enqueue(
    store: Store, topic: str, make_payload: PayloadMaker, *, qos: int = 1, retain: bool = False
) -> OutboxMessage:
    """Put a message at the end of the outbox, numbered after every message before it."""
    with store.session() as s:
        seq = (s.scalar(select(func.max(OutboxMessage.seq))) or 0) + 1
        message_id = str(uuid.uuid4())
        msg = OutboxMessage(
            seq=seq,
            message_id=message_id,
            topic=topic,
            payload=make_payload(seq, message_id),
            qos=qos,
            retain=retain,
        )
        s.add(msg)
    return msg


def pending(store: Store, limit: int = 100) -> list[OutboxMessage]:
    """The oldest messages still to send, in sending order."""
    with store.session() as s:
        query = (
            select(OutboxMessage)
            .where(~OutboxMessage.deleted, OutboxMessage.state == OutboxState.PENDING)
            .order_by(OutboxMessage.seq)
            .limit(limit)
        )
        return list(s.scalars(query))


def mark_sent(store: Store, message_id: uuid.UUID, when: datetime | None = None) -> None:
    with store.session() as s:
        msg = s.get(OutboxMessage, message_id)
        if msg is not None:
            msg.state = OutboxState.SENT
            msg.sent_at = when or utcnow()
            msg.attempts += 1
            msg.last_error = ""


def mark_attempt_failed(store: Store, message_id: uuid.UUID, error: str) -> None:
    """Count a failed try; the message stays pending and keeps its place."""
    with store.session() as s:
        msg = s.get(OutboxMessage, message_id)
        if msg is not None:
            msg.attempts += 1
            msg.last_error = error[:2000]
