"""The as-run log: what went on air."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from studio.store.db import Store
from studio.store.models import AsRunEntry


def entries_since(store: Store, since: datetime) -> list[AsRunEntry]:
    with store.session() as s:
        query = (
            select(AsRunEntry)
            .where(~AsRunEntry.deleted, AsRunEntry.started_at >= since)
            .order_by(AsRunEntry.started_at.desc())
        )
        return list(s.scalars(query))


def add_entry(store: Store, entry: AsRunEntry) -> AsRunEntry:
    """Log one thing that went on air (or should have and did not)."""
    with store.session() as s:
        s.add(entry)
    return entry
