"""The PC playout's as-run log: every item the engine played, cut, missed or could not
play, and every failure to switch the transmitter or a zone, as :class:`AsRunEntry` rows."""

from __future__ import annotations

import uuid

from studio.push.fm.playout import AS_RUN_KINDS, Kind, Played
from studio.store import asrun
from studio.store.db import Store
from studio.store.models import AsRunEntry, PlaySource, SlotContent


class AsRunWriter:
    """An ``on_played`` listener for the engine: writes a row for each as-run record.

    ``zone_id``: the zone whose day plays; emergencies went to every zone (no zone)."""

    def __init__(self, store: Store, zone_id: uuid.UUID | None = None) -> None:
        self.store, self.zone_id = store, zone_id

    def __call__(self, played: Played) -> None:
        if played.kind not in AS_RUN_KINDS:
            return
        asrun.add_entry(self.store, entry_for(played, self.zone_id))


def entry_for(played: Played, zone_id: uuid.UUID | None) -> AsRunEntry:
    content = played.entry.content if played.entry is not None else None
    detail = played.detail
    if played.kind is Kind.EMERGENCY:
        zone_id = None
        detail = detail or "emergency, all zones"
    return AsRunEntry(
        started_at=played.start,
        ended_at=played.end,
        result=played.result,
        source=PlaySource.PC_PLAYOUT,
        zone_id=zone_id,
        slot_id=played.entry.slot_id if played.entry is not None else None,
        programme_id=content.programme_id
        if content is not None and content.kind == SlotContent.PROGRAMME
        else None,
        bulletin_id=content.bulletin_id
        if content is not None and content.kind == SlotContent.BULLETIN
        else None,
        title=played.title[:300],
        detail=detail,
    )
