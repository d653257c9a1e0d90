"""Bulletins: drafts typed or recorded by the operator, and their approval."""

from __future__ import annotations

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store.db import Store, StoreError
from studio.store.models import Bulletin, BulletinSource, Priority


def add_bulletin(
    store: Store,
    title: str,
    text: str = "",
    *,
    source: BulletinSource = BulletinSource.TTS,
    priority: Priority = Priority.NORMAL,
    author: str = "",
    language: str = "vi",
) -> Bulletin:
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A bulletin needs a title."))
    with store.session() as s:
        bulletin = Bulletin(
            title=title,
            text=text,
            source=source,
            priority=priority,
            author=author.strip(),
            language=language,
        )
        s.add(bulletin)
    return bulletin


def list_bulletins(store: Store) -> list[Bulletin]:
    """Live bulletins, newest first."""
    with store.session() as s:
        query = select(Bulletin).where(~Bulletin.deleted).order_by(Bulletin.created_at.desc())
        return list(s.scalars(query))
