"""The outbox: messages for the broker that wait while the station is offline."""

from __future__ import annotations

from sqlalchemy import func, select

from studio.store.db import Store
from studio.store.models import OutboxMessage, OutboxState


def pending_count(store: Store) -> int:
    with store.session() as s:
        query = (
            select(func.count())
            .select_from(OutboxMessage)
            .where(~OutboxMessage.deleted, OutboxMessage.state == OutboxState.PENDING)
        )
        return s.scalar(query) or 0
