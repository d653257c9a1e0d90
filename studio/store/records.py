"""Operations every synced record shares: reading a live one, and deleting by tombstone."""

from __future__ import annotations

import uuid
from typing import TypeVar

from studio.store.db import Store
from studio.store.models import Synced

R = TypeVar("R", bound=Synced)


def get_live(store: Store, model: type[R], record_id: uuid.UUID) -> R | None:
    """The record, or None if there is none or it has been deleted."""
    with store.session() as s:
        record = s.get(model, record_id)
        return record if record is not None and not record.deleted else None


def tombstone(store: Store, model: type[Synced], record_id: uuid.UUID) -> bool:
    """Mark a record deleted (it stays, so the deletion can replicate); False if there was
    no live record with that id."""
    with store.session() as s:
        record = s.get(model, record_id)
        if record is None or record.deleted:
            return False
        record.deleted = True
    return True
