"""A stored week for the editing tests (the Qt-free edits and the week grid alike): the
week's dates, a programme with audio of a given length, a relay slot, and the template as
it reads back."""

from __future__ import annotations

import uuid
from datetime import date

from studio.store import slots
from studio.store.models import AudioAsset, Programme, SlotContent
from studio.store.slots import SlotSpec

MONDAY = date(2026, 11, 23)
MON, TUE, WED = 0, 1, 2


def add_programme(store, title: str, seconds: float) -> Programme:
    with store.session() as s:
        asset = AudioAsset(
            sha256=uuid.uuid4().hex * 2, duration_s=seconds, sample_rate=48000, channels=1
        )
        s.add(asset)
        s.flush()
        programme = Programme(title=title, rendered_asset_id=asset.id)
        s.add(programme)
    return programme


def relay(title: str, days: int, at: int, minutes: int = 30, **kw) -> SlotSpec:
    return SlotSpec(
        weekdays=days,
        start_minute=at,
        max_duration_s=minutes * 60,
        content=SlotContent.RELAY_FM,
        title=title,
        **kw,
    )


def template(store) -> dict[str, tuple[int, int, int]]:
    """title → (weekdays, start minute, length in minutes) of every live slot."""
    return {
        s.title: (s.weekdays, s.start_minute, s.max_duration_s // 60)
        for s in slots.list_slots(store)
    }
