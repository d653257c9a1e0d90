"""The pronunciation dictionary the operator edits: written form → spoken form."""

from __future__ import annotations

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store.db import Store, StoreError
from studio.store.models import Pronunciation


def entries(store: Store) -> list[Pronunciation]:
    with store.session() as s:
        query = select(Pronunciation).where(~Pronunciation.deleted).order_by(Pronunciation.written)
        return list(s.scalars(query))


def as_dict(store: Store) -> dict[str, str]:
    return {e.written: e.spoken for e in entries(store)}


def put(store: Store, written: str, spoken: str) -> Pronunciation:
    """Add an entry, or change how an existing written form is spoken."""
    written, spoken = written.strip(), " ".join(spoken.split())
    if not written or not spoken:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A pronunciation needs both the written and spoken form.")
        )
    with store.session() as s:
        entry = s.scalar(
            select(Pronunciation).where(~Pronunciation.deleted, Pronunciation.written == written)
        )
        if entry is None:
            entry = Pronunciation(written=written, spoken=spoken)
            s.add(entry)
        else:
            entry.spoken = spoken
    return entry


def remove(store: Store, written: str) -> bool:
    """Tombstone the entry for ``written``; False if there was none."""
    with store.session() as s:
        entry = s.scalar(
            select(Pronunciation).where(~Pronunciation.deleted, Pronunciation.written == written)
        )
        if entry is None:
            return False
        entry.deleted = True
    return True
