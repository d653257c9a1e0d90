"""Bulletins: drafts typed or recorded by the operator, and their approval."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store.db import Store, StoreError
from studio.store.models import ApprovalStatus, Bulletin, BulletinSource, Priority
from studio.store.types import utcnow


def check_title(title: str) -> str:
    """The title stripped; StoreError when there is none."""
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A bulletin needs a title."))
    return title


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
    title = check_title(title)
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


def attach_audio(store: Store, bulletin_id: uuid.UUID, asset_id: uuid.UUID) -> Bulletin:
    """Give a bulletin its sound."""
    with store.session() as s:
        bulletin = s.get(Bulletin, bulletin_id)
        bulletin.asset_id = asset_id
    return bulletin


def list_bulletins(store: Store) -> list[Bulletin]:
    """Live bulletins, newest first."""
    with store.session() as s:
        query = select(Bulletin).where(~Bulletin.deleted).order_by(Bulletin.created_at.desc())
        return list(s.scalars(query))


def _person(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def approve(store: Store, bulletin_id: uuid.UUID, approver: str) -> Bulletin:
    """Approve a bulletin for broadcast: by a second person, never its own author."""
    approver = " ".join(approver.split())
    if not approver:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Say who approves the bulletin."))
    with store.session() as s:
        bulletin = s.get(Bulletin, bulletin_id)
        if bulletin is None or bulletin.deleted:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "The bulletin no longer exists."))
        if _person(approver) == _person(bulletin.author):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” was written by {author}; another person must approve it.",
                ),
                title=bulletin.title,
                author=bulletin.author,
            )
        bulletin.status = ApprovalStatus.APPROVED
        bulletin.approver = approver
        bulletin.approved_at = utcnow()
    return bulletin
