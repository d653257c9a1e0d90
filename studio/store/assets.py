"""Sound files known to the station (AudioAsset rows); the files themselves are blobs."""

from __future__ import annotations

from sqlalchemy import select

from studio.store.db import Store
from studio.store.models import AssetKind, AudioAsset


def find_by_sha256(store: Store, sha256: str) -> AudioAsset | None:
    """The live asset with this content, if the station already has it."""
    with store.session() as s:
        query = select(AudioAsset).where(~AudioAsset.deleted, AudioAsset.sha256 == sha256)
        return s.scalars(query.order_by(AudioAsset.created_at)).first()


def add_asset(store: Store, asset: AudioAsset) -> AudioAsset:
    with store.session() as s:
        s.add(asset)
    return asset


def list_assets(store: Store, kind: AssetKind | None = None) -> list[AudioAsset]:
    """Live assets, newest first, optionally of one kind."""
    with store.session() as s:
        query = select(AudioAsset).where(~AudioAsset.deleted)
        if kind is not None:
            query = query.where(AudioAsset.kind == kind)
        return list(s.scalars(query.order_by(AudioAsset.created_at.desc())))
