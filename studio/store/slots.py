"""The weekly template's slots."""

from __future__ import annotations

from sqlalchemy import select

from studio.store.db import Store
from studio.store.models import Slot


def list_slots(store: Store) -> list[Slot]:
    """Live slots in time-of-day order."""
    with store.session() as s:
        return list(s.scalars(select(Slot).where(~Slot.deleted).order_by(Slot.start_minute)))
