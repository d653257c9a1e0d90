"""Programmes: a running order of bulletins, jingles, other sound and gaps, over a music bed.

A programme is stored as a ``Programme`` row and its ``ProgrammeItem`` rows, numbered by
``position`` from 0. :func:`running_order` gathers everything needed to render one — the
items in order and the sound assets and bulletins they refer to — in one read.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store.db import Store, StoreError
from studio.store.models import (
    AudioAsset,
    Bulletin,
    ItemKind,
    Priority,
    Programme,
    ProgrammeItem,
)


@dataclass(frozen=True)
class NewItem:
    """One entry of a running order to store. Times in seconds, gains in dB."""

    kind: ItemKind
    bulletin_id: uuid.UUID | None = None
    asset_id: uuid.UUID | None = None
    gain_db: float = 0.0
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    crossfade_s: float = 0.0
    gap_s: float = 0.0


@dataclass(frozen=True)
class RunningOrder:
    """A stored programme with what its items refer to, ready to be rendered."""

    programme: Programme
    items: list[ProgrammeItem]
    #: every asset the programme uses (bed, items, bulletins' audio), by id
    assets: dict[uuid.UUID, AudioAsset] = field(default_factory=dict)
    #: the bulletins its items name, by id
    bulletins: dict[uuid.UUID, Bulletin] = field(default_factory=dict)


def _check_item(s, item: NewItem, number: int) -> None:
    times = (item.fade_in_s, item.fade_out_s, item.crossfade_s, item.gap_s)
    if not all(math.isfinite(v) and v >= 0 for v in times) or not math.isfinite(item.gain_db):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "Item {number} of the programme has a negative or invalid time or gain."
            ),
            number=number,
        )
    if item.kind is ItemKind.GAP:
        if item.gap_s <= 0:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors", "Item {number} of the programme is a gap of no length."
                ),
                number=number,
            )
        return
    if item.kind is ItemKind.BULLETIN:
        bulletin = s.get(Bulletin, item.bulletin_id) if item.bulletin_id else None
        if bulletin is None or bulletin.deleted:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Item {number} of the programme needs a bulletin."),
                number=number,
            )
        return
    asset = s.get(AudioAsset, item.asset_id) if item.asset_id else None
    if asset is None or asset.deleted:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "Item {number} of the programme needs a sound file."),
            number=number,
        )


def create_programme(
    store: Store,
    title: str,
    items: Sequence[NewItem],
    *,
    description: str = "",
    priority: Priority = Priority.NORMAL,
    bed_asset_id: uuid.UUID | None = None,
    bed_gain_db: float = -6.0,
    duck_db: float = -12.0,
    duck_attack_ms: float = 300.0,
    duck_release_ms: float = 800.0,
    target_lufs: float | None = None,
) -> Programme:
    """Store a programme and its running order (all or nothing).

    ``target_lufs`` None means the station's loudness target at render time.
    """
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A programme needs a title."))
    if not items:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A programme needs at least one item."))
    with store.session() as s:
        for number, item in enumerate(items, start=1):
            _check_item(s, item, number)
        if bed_asset_id is not None:
            bed = s.get(AudioAsset, bed_asset_id)
            if bed is None or bed.deleted:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The programme's music bed is not in the store.")
                )
        programme = Programme(
            id=uuid.uuid4(),
            title=title,
            description=description,
            priority=priority,
            bed_asset_id=bed_asset_id,
            bed_gain_db=bed_gain_db,
            duck_db=duck_db,
            duck_attack_ms=duck_attack_ms,
            duck_release_ms=duck_release_ms,
            target_lufs=target_lufs,
        )
        s.add(programme)
        for position, item in enumerate(items):
            s.add(
                ProgrammeItem(
                    programme_id=programme.id,
                    position=position,
                    kind=item.kind,
                    bulletin_id=item.bulletin_id,
                    asset_id=item.asset_id,
                    gain_db=item.gain_db,
                    fade_in_s=item.fade_in_s,
                    fade_out_s=item.fade_out_s,
                    crossfade_s=item.crossfade_s,
                    gap_s=item.gap_s,
                )
            )
    return programme


def list_programmes(store: Store) -> list[Programme]:
    """Live programmes by title."""
    with store.session() as s:
        query = select(Programme).where(~Programme.deleted).order_by(Programme.title)
        return list(s.scalars(query))


def get_programme(store: Store, key: str | uuid.UUID) -> Programme:
    """The live programme with id ``key``, or else with exactly that title.

    StoreError if there is none, or if several programmes share the title.
    """
    wanted: uuid.UUID | None = key if isinstance(key, uuid.UUID) else None
    if wanted is None:
        try:
            wanted = uuid.UUID(str(key).strip())
        except ValueError:
            wanted = None
    with store.session() as s:
        if wanted is not None:
            found = s.get(Programme, wanted)
            if found is not None and not found.deleted:
                return found
        title = str(key).strip()
        matches = list(
            s.scalars(select(Programme).where(~Programme.deleted, Programme.title == title))
        )
    if not matches:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "There is no programme “{name}”."), name=str(key)
        )
    if len(matches) > 1:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "errors", "Several programmes are called “{name}”; give its id instead."
            ),
            name=title,
        )
    return matches[0]


def programme_items(store: Store, programme_id: uuid.UUID) -> list[ProgrammeItem]:
    """The programme's live items in running order."""
    with store.session() as s:
        query = (
            select(ProgrammeItem)
            .where(ProgrammeItem.programme_id == programme_id, ~ProgrammeItem.deleted)
            .order_by(ProgrammeItem.position)
        )
        return list(s.scalars(query))


def running_order(store: Store, key: str | uuid.UUID) -> RunningOrder:
    """The programme ``key`` (id or title), its items, and the assets and bulletins they use.

    Tombstoned assets and bulletins are left out, so a renderer can say which item lost its
    sound.
    """
    programme = get_programme(store, key)
    items = programme_items(store, programme.id)
    with store.session() as s:
        bulletin_ids = {i.bulletin_id for i in items if i.bulletin_id}
        bulletins = {
            b.id: b
            for b in s.scalars(select(Bulletin).where(Bulletin.id.in_(bulletin_ids)))
            if not b.deleted
        }
        asset_ids = {i.asset_id for i in items if i.asset_id}
        asset_ids |= {b.asset_id for b in bulletins.values() if b.asset_id}
        if programme.bed_asset_id:
            asset_ids.add(programme.bed_asset_id)
        assets = {
            a.id: a
            for a in s.scalars(select(AudioAsset).where(AudioAsset.id.in_(asset_ids)))
            if not a.deleted
        }
    return RunningOrder(programme, items, assets, bulletins)
