"""Edits of the weekly template as the week grid makes them, each one undoable.

Every function changes the store in one transaction and returns the :class:`Edit` it made:
for each slot touched, its state before and after (a :class:`~studio.store.slots.SlotSpec`,
or None where the slot did not exist or was deleted). :func:`revert` puts the befores back,
:func:`reapply` the afters, so the editor's undo and redo and the command line share them.

A block on the grid is one day's occurrence of a slot. Changing its time or length changes
the slot, so every day it runs moves with it; moving it to another day moves that day only
(a slot that runs on several days is split). Days are weekday numbers, 0 = Monday.

Each edit works on one station's template: ``station_id`` (default: this station). A parent
names a commune to edit that commune's schedule; the slots it creates belong to the commune.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from studio.errors import QT_TRANSLATE_NOOP
from studio.schedule.template import MINUTES_PER_DAY, TemplateSlot
from studio.store.db import Store, StoreError
from studio.store.models import Priority, Slot, SlotContent
from studio.store.slots import SlotSpec, list_slots, put_slots, spec_of

#: the grid's step, minutes: starts and lengths made by dragging land on it
SNAP_MIN = 5
#: the length of a dropped item whose audio length is not known yet, minutes
DEFAULT_LENGTH_MIN = 15


@dataclass(frozen=True)
class Change:
    slot_id: uuid.UUID
    before: SlotSpec | None
    after: SlotSpec | None


@dataclass(frozen=True)
class Edit:
    changes: tuple[Change, ...] = ()
    #: the station whose template was edited (None: this station)
    station_id: uuid.UUID | None = None

    def __bool__(self) -> bool:
        return bool(self.changes)

    @property
    def created(self) -> tuple[uuid.UUID, ...]:
        """Slots the edit brought into being."""
        return tuple(c.slot_id for c in self.changes if c.before is None)


def snap(minute: float, step: int = SNAP_MIN) -> int:
    """``minute`` rounded to the nearest ``step``."""
    return round(minute / step) * step


def length_for(duration_s: float | None, step: int = SNAP_MIN) -> int:
    """A slot length in seconds that holds ``duration_s`` of audio, rounded up to ``step``
    minutes (``DEFAULT_LENGTH_MIN`` when the length is not known)."""
    if not duration_s or duration_s <= 0:
        return DEFAULT_LENGTH_MIN * 60
    minutes = -(-duration_s // 60)
    return int(-(-minutes // step) * step * 60)


# --- applying -------------------------------------------------------------------------------


def _current(store: Store, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, SlotSpec | None]:
    with store.session() as s:
        found = {}
        for slot_id in ids:
            slot = s.get(Slot, slot_id)
            found[slot_id] = spec_of(slot) if slot is not None and not slot.deleted else None
        return found


def _commit(
    store: Store, after: dict[uuid.UUID, SlotSpec | None], station_id: uuid.UUID | None
) -> Edit:
    """Write ``after`` (new slots owned by ``station_id``) and return the edit (changes that
    change nothing are left out)."""
    before = _current(store, after)
    changes = tuple(
        Change(k, before[k], v.validated() if v is not None else None)
        for k, v in after.items()
        if before[k] != (v.validated() if v is not None else None)
    )
    if changes:
        put_slots(store, {c.slot_id: c.after for c in changes}, station_id)
    return Edit(changes, station_id)


def reapply(store: Store, edit: Edit) -> None:
    """Make the edit again (redo)."""
    put_slots(store, {c.slot_id: c.after for c in edit.changes}, edit.station_id)


def revert(store: Store, edit: Edit) -> None:
    """Put back what the edit changed (undo)."""
    put_slots(store, {c.slot_id: c.before for c in edit.changes}, edit.station_id)


def _live(store: Store, slot_id: uuid.UUID) -> SlotSpec:
    spec = _current(store, [slot_id])[slot_id]
    if spec is None:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "The slot {id} does not exist."), id=slot_id)
    return spec


def _bit(day: int) -> int:
    if not 0 <= day < 7:
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A weekday is a number from 0 to 6."))
    return 1 << day


# --- the edits ------------------------------------------------------------------------------


def create(store: Store, spec: SlotSpec, station_id: uuid.UUID | None = None) -> Edit:
    """A new slot."""
    return _commit(store, {uuid.uuid4(): spec}, station_id)


def place(
    store: Store,
    day: int,
    start_minute: int,
    items: Iterable[tuple[SlotContent, uuid.UUID, str, float | None]],
    priority: Priority = Priority.NORMAL,
    station_id: uuid.UUID | None = None,
) -> Edit:
    """New slots on ``day`` for programmes or bulletins dropped on the grid, back to back from
    ``start_minute``: ``items`` are (kind, id, title, audio seconds or None)."""
    after: dict[uuid.UUID, SlotSpec | None] = {}
    cursor = start_minute
    for kind, record_id, title, duration_s in items:
        if cursor >= MINUTES_PER_DAY:
            break
        length = length_for(duration_s)
        after[uuid.uuid4()] = SlotSpec(
            weekdays=_bit(day),
            start_minute=cursor,
            max_duration_s=length,
            content=kind,
            programme_id=record_id if kind == SlotContent.PROGRAMME else None,
            bulletin_id=record_id if kind == SlotContent.BULLETIN else None,
            priority=priority,
            title=title,
        )
        cursor += length // 60
    return _commit(store, after, station_id)


def move(
    store: Store,
    slot_id: uuid.UUID,
    day: int,
    to_day: int,
    start_minute: int,
    max_duration_s: int | None = None,
    station_id: uuid.UUID | None = None,
) -> Edit:
    """Move the slot's occurrence on ``day`` to ``to_day`` at ``start_minute`` (and give it
    ``max_duration_s`` when set).

    On the same day the slot itself changes (all its days). To another day: a slot that runs
    only on ``day`` moves; one that runs on more days leaves ``day`` and a copy runs on
    ``to_day`` at the new time.
    """
    spec = _live(store, slot_id)
    length = max_duration_s if max_duration_s is not None else spec.max_duration_s
    src, dst = _bit(day), _bit(to_day)
    if not spec.weekdays & src:
        raise StoreError(
            QT_TRANSLATE_NOOP("errors", "The slot “{name}” does not run on that day."),
            name=spec.title,
        )
    moved = dataclasses.replace(spec, start_minute=start_minute, max_duration_s=length)
    if day == to_day:
        return _commit(store, {slot_id: moved}, station_id)
    if spec.weekdays == src:
        return _commit(store, {slot_id: dataclasses.replace(moved, weekdays=dst)}, station_id)
    return _commit(
        store,
        {
            slot_id: dataclasses.replace(spec, weekdays=spec.weekdays & ~src),
            uuid.uuid4(): dataclasses.replace(moved, weekdays=dst),
        },
        station_id,
    )


def change(
    store: Store, slot_id: uuid.UUID, station_id: uuid.UUID | None = None, **fields: object
) -> Edit:
    """Change some fields of the slot (names as in :class:`SlotSpec`): title, priority …"""
    spec = dataclasses.replace(_live(store, slot_id), **fields)  # type: ignore[arg-type]
    return _commit(store, {slot_id: spec}, station_id)


def resize(
    store: Store, slot_id: uuid.UUID, max_duration_s: int, station_id: uuid.UUID | None = None
) -> Edit:
    """A new maximum length for the slot (on every day it runs)."""
    spec = dataclasses.replace(_live(store, slot_id), max_duration_s=max_duration_s)
    return _commit(store, {slot_id: spec}, station_id)


def remove(
    store: Store,
    slot_id: uuid.UUID,
    day: int | None = None,
    station_id: uuid.UUID | None = None,
) -> Edit:
    """Take the slot off ``day`` (deleting it when that was its only day), or delete it
    altogether when ``day`` is None."""
    spec = _live(store, slot_id)
    left = 0 if day is None else spec.weekdays & ~_bit(day)
    if left == spec.weekdays:
        return Edit()
    after = dataclasses.replace(spec, weekdays=left) if left else None
    return _commit(store, {slot_id: after}, station_id)


def _running(store: Store, station_id: uuid.UUID | None) -> list[tuple[uuid.UUID, SlotSpec]]:
    return [(s.id, spec_of(s)) for s in list_slots(store, station_id)]


def copy_day(store: Store, source: date, target: date, station_id: uuid.UUID | None = None) -> Edit:
    """Make ``target``'s weekday carry what ``source``'s carries.

    The slots that run on ``source`` also run on ``target``'s weekday; those that ran on
    ``target`` but not on ``source`` leave it (deleted when it was their only day). Validity
    dates stay as they are.
    """
    if source.weekday() == target.weekday():
        return Edit()
    dst = _bit(target.weekday())
    after: dict[uuid.UUID, SlotSpec | None] = {}
    for slot_id, spec in _running(store, station_id):
        template = _as_template(slot_id, spec)
        on_source, on_target = template.runs_on(source), template.runs_on(target)
        if on_source and not spec.weekdays & dst:
            after[slot_id] = dataclasses.replace(spec, weekdays=spec.weekdays | dst)
        elif on_target and not on_source:
            left = spec.weekdays & ~dst
            after[slot_id] = dataclasses.replace(spec, weekdays=left) if left else None
    return _commit(store, after, station_id)


def copy_week(
    store: Store, monday: date, target_monday: date, station_id: uuid.UUID | None = None
) -> Edit:
    """Make the week of ``target_monday`` carry the slots the week of ``monday`` carries.

    The template repeats every week, so only slots limited by their validity dates need
    copies: each gets one valid in the target week, on the days it would otherwise miss.
    """
    if monday.weekday() or target_monday.weekday():
        raise StoreError(QT_TRANSLATE_NOOP("errors", "A week starts on a Monday."))
    running = [(_as_template(k, spec), spec) for k, spec in _running(store, station_id)]
    # what already runs in the target week (a copy made before, or the template itself)
    there = {
        (_same(spec), d)
        for template, spec in running
        for d in range(7)
        if template.runs_on(target_monday + timedelta(days=d))
    }
    after: dict[uuid.UUID, SlotSpec | None] = {}
    for template, spec in running:
        missing = 0
        for d in range(7):
            here = template.runs_on(monday + timedelta(days=d))
            if here and (_same(spec), d) not in there:
                missing |= 1 << d
        if missing:
            after[uuid.uuid4()] = dataclasses.replace(
                spec,
                weekdays=missing,
                valid_from=target_monday,
                valid_to=target_monday + timedelta(days=6),
            )
    return _commit(store, after, station_id)


def _same(spec: SlotSpec) -> SlotSpec:
    """What makes two slots the same broadcast, whatever their days and validity."""
    return dataclasses.replace(spec, weekdays=1, valid_from=None, valid_to=None)


def _as_template(slot_id: uuid.UUID, spec: SlotSpec) -> TemplateSlot:
    return TemplateSlot(
        id=slot_id,
        weekdays=spec.weekdays,
        start_minute=spec.start_minute,
        max_duration_s=spec.max_duration_s,
        content=None,
        valid_from=spec.valid_from,
        valid_to=spec.valid_to,
    )
