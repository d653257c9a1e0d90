"""The weekly template's slots: add, change, tombstone and list them."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store import records
from studio.store.db import Store, StoreError
from studio.store.models import Bulletin, Priority, Programme, Slot, SlotContent, Zone
from studio.store.stations import owned_by

#: a slot may last at most a day, seconds
MAX_SLOT_S = 24 * 3600


@dataclass(frozen=True)
class SlotSpec:
    """What the operator fills in for a slot.

    ``start_minute``: minutes after local midnight; ``max_duration_s``: seconds;
    ``weekdays``: bit 0 = Monday … bit 6 = Sunday; ``zone_ids`` None: every zone.
    """

    weekdays: int
    start_minute: int
    max_duration_s: int
    content: SlotContent | None = None
    programme_id: uuid.UUID | None = None
    bulletin_id: uuid.UUID | None = None
    stream_url: str | None = None
    zone_ids: tuple[uuid.UUID, ...] | None = None
    priority: Priority = Priority.NORMAL
    title: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    def validated(self) -> SlotSpec:
        if not 0 < self.weekdays <= 0b1111111:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "A slot needs at least one weekday."))
        check_time(self.start_minute, self.max_duration_s)
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The slot ends ({until}) before it begins ({since})."),
                since=self.valid_from.isoformat(),
                until=self.valid_to.isoformat(),
            )
        check_content(self.content, self.programme_id, self.bulletin_id, self.stream_url)
        zones = tuple(dict.fromkeys(self.zone_ids)) if self.zone_ids is not None else None
        if zones == ():
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Choose at least one zone, or every zone.")
            )
        return dataclasses.replace(
            self, title=self.title.strip(), zone_ids=zones, priority=Priority(self.priority)
        )


def check_time(start_minute: int | None, max_duration_s: int | None) -> None:
    """Refuse a start outside the day or a length that is not 1 s … 24 h."""
    if start_minute is not None and not 0 <= start_minute < 24 * 60:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A start time must be between 00:00 and 23:59.")
        )
    if max_duration_s is not None and not 0 < max_duration_s <= MAX_SLOT_S:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A slot lasts more than 0 and at most 24 hours.")
        )


def check_content(
    content: SlotContent | None,
    programme_id: uuid.UUID | None,
    bulletin_id: uuid.UUID | None,
    stream_url: str | None,
) -> None:
    """Refuse content that does not name what it plays."""
    if content == SlotContent.PROGRAMME and programme_id is None:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Choose the programme the slot plays."))
    if content == SlotContent.BULLETIN and bulletin_id is None:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "Choose the bulletin the slot plays."))
    if content == SlotContent.RELAY_STREAM and not (stream_url or "").strip().lower().startswith(
        ("http://", "https://", "rtsp://", "rtmp://", "udp://", "srt://")
    ):
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "A relay needs the address of a stream (http://…)."),
        )


def check_references(s, spec_zone_ids, programme_id, bulletin_id) -> None:
    """The programme, bulletin and zones must exist (and not be deleted)."""
    missing = {
        Programme: QT_TRANSLATE_NOOP("errors", "The programme {id} does not exist."),
        Bulletin: QT_TRANSLATE_NOOP("errors", "The bulletin {id} does not exist."),
    }
    for model, record_id in ((Programme, programme_id), (Bulletin, bulletin_id)):
        if record_id is None:
            continue
        record = s.get(model, record_id)
        if record is None or record.deleted:
            raise StoreError(missing[model], id=record_id)
    for zone_id in spec_zone_ids or ():
        zone = s.get(Zone, zone_id)
        if zone is None or zone.deleted:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The zone {id} does not exist."), id=zone_id
            )


def _write(slot: Slot, spec: SlotSpec) -> None:
    slot.weekdays = spec.weekdays
    slot.start_minute = spec.start_minute
    slot.max_duration_s = spec.max_duration_s
    slot.content = spec.content
    slot.programme_id = spec.programme_id if spec.content == SlotContent.PROGRAMME else None
    slot.bulletin_id = spec.bulletin_id if spec.content == SlotContent.BULLETIN else None
    slot.stream_url = spec.stream_url if spec.content == SlotContent.RELAY_STREAM else None
    slot.zone_ids = [str(z) for z in spec.zone_ids] if spec.zone_ids is not None else None
    slot.priority = spec.priority
    slot.title = spec.title
    slot.valid_from = spec.valid_from
    slot.valid_to = spec.valid_to


def add_slot(store: Store, spec: SlotSpec, station_id: uuid.UUID | None = None) -> Slot:
    """Add a slot to the weekly template of ``station_id`` (default: this station; a parent
    names a commune to add to that commune's schedule)."""
    spec = spec.validated()
    with store.session() as s:
        check_references(s, spec.zone_ids, spec.programme_id, spec.bulletin_id)
        slot = Slot(station_id=station_id)
        _write(slot, spec)
        s.add(slot)
    return slot


def spec_of(slot: Slot) -> SlotSpec:
    return SlotSpec(
        weekdays=slot.weekdays,
        start_minute=slot.start_minute,
        max_duration_s=slot.max_duration_s,
        content=SlotContent(slot.content) if slot.content else None,
        programme_id=slot.programme_id,
        bulletin_id=slot.bulletin_id,
        stream_url=slot.stream_url,
        zone_ids=tuple(uuid.UUID(z) for z in slot.zone_ids) if slot.zone_ids is not None else None,
        priority=Priority(slot.priority or Priority.NORMAL),
        title=slot.title or "",
        valid_from=slot.valid_from,
        valid_to=slot.valid_to,
    )


def update_slot(store: Store, slot_id: uuid.UUID, **changes: object) -> Slot:
    """Change some fields of a slot (names as in :class:`SlotSpec`); the rest stay."""
    with store.session() as s:
        slot = s.get(Slot, slot_id)
        if slot is None or slot.deleted:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The slot {id} does not exist."), id=slot_id
            )
        spec = dataclasses.replace(spec_of(slot), **changes).validated()  # type: ignore[arg-type]
        check_references(s, spec.zone_ids, spec.programme_id, spec.bulletin_id)
        _write(slot, spec)
    return slot


def list_slots(store: Store, station_id: uuid.UUID | None = None) -> list[Slot]:
    """Live slots of ``station_id`` (default: this station) in time-of-day order."""
    with store.session() as s:
        query = select(Slot).where(~Slot.deleted, owned_by(store, Slot, station_id))
        return list(s.scalars(query.order_by(Slot.start_minute)))


def get_slot(store: Store, slot_id: uuid.UUID) -> Slot | None:
    return records.get_live(store, Slot, slot_id)


def delete_slot(store: Store, slot_id: uuid.UUID) -> bool:
    """Tombstone a slot; False if there was no live slot with that id."""
    return records.tombstone(store, Slot, slot_id)


def put_slots(
    store: Store,
    states: dict[uuid.UUID, SlotSpec | None],
    station_id: uuid.UUID | None = None,
) -> None:
    """Set several slots to the given states in one transaction (all or nothing).

    A spec writes the slot under that id (creating it, or bringing a tombstoned one back);
    None tombstones it. A slot created here belongs to ``station_id`` (default: this
    station); an existing one keeps its owner. Undo and redo of the schedule editor go
    through here.
    """
    checked = {k: v.validated() if v is not None else None for k, v in states.items()}
    with store.session() as s:
        for slot_id, spec in checked.items():
            slot = s.get(Slot, slot_id)
            if spec is None:
                if slot is not None:
                    slot.deleted = True
                continue
            check_references(s, spec.zone_ids, spec.programme_id, spec.bulletin_id)
            if slot is None:
                slot = Slot(id=slot_id, station_id=station_id)
                s.add(slot)
            slot.deleted = False
            _write(slot, spec)
