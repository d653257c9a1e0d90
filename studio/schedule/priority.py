"""Priority bulletins go into the next suitable slot of their zones; the operator can then
reorder any slot's running order for a day, and that order is stored.

A placement is an ADD exception with ``slot_id`` (an item inserted into that slot on that
day); a running order is stored as the ``position`` of each inserted item, and of the slot's
own content through a REPLACE exception that changes nothing else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from studio.errors import QT_TRANSLATE_NOOP, StudioError
from studio.localtime import to_local
from studio.schedule.book import ScheduleBook, load_book
from studio.schedule.resolve import Block, parse_key, resolve, slot_key, zones_to_resolve
from studio.store import schedule_exceptions
from studio.store.db import Store
from studio.store.models import ExceptionAction, Priority, ScheduleException, SlotContent
from studio.store.schedule_exceptions import ExceptionSpec

#: how far ahead a priority bulletin looks for a slot, days
HORIZON_DAYS = 14


class ScheduleError(StudioError):
    """A schedule change that cannot be made; nothing was saved."""


@dataclass(frozen=True)
class Placement:
    """Where an item goes: the slot on ``day``, for ``zone_ids`` (None: every zone)."""

    day: date
    slot_id: uuid.UUID
    start: datetime
    zone_ids: frozenset[uuid.UUID] | None


def _suitable(block: Block, after: datetime, length_s: float | None) -> bool:
    if block.slot_id is None or block.priority == Priority.EMERGENCY:
        return False  # inserts attach to template slots; an emergency slot is not for news
    if block.start >= block.end or block.planned_start < after:
        return False
    return length_s is None or (block.end - block.start).total_seconds() >= length_s


def next_slots(
    book: ScheduleBook,
    after: datetime,
    zone_ids: frozenset[uuid.UUID] | None = None,
    length_s: float | None = None,
) -> list[Placement]:
    """The first slot starting at or after ``after`` on each zone that has room for
    ``length_s`` seconds, grouped so zones sharing a slot share one placement.

    ``zone_ids`` None: every zone of the station. Zones with no such slot within
    :data:`HORIZON_DAYS` are left out.
    """
    wanted = zones_to_resolve(book) if zone_ids is None else sorted(zone_ids, key=str)
    first_day = to_local(after).date()
    found: dict[tuple[date, uuid.UUID], tuple[datetime, list[uuid.UUID | None]]] = {}
    for zone in wanted:
        for offset in range(HORIZON_DAYS):
            day = first_day + timedelta(days=offset)
            block = next(
                (b for b in resolve(book, day, zone).blocks if _suitable(b, after, length_s)),
                None,
            )
            if block is not None:
                assert block.slot_id is not None
                start, zones = found.setdefault((day, block.slot_id), (block.start, []))
                zones.append(zone)
                break
    placements = []
    for (day, slot_id), (start, zones) in sorted(found.items(), key=lambda kv: kv[1][0]):
        real = frozenset(z for z in zones if z is not None)
        every = zone_ids is None and set(zones) == set(zones_to_resolve(book))
        placements.append(Placement(day, slot_id, start, None if every else real))
    return placements


def place_bulletin(
    store: Store,
    bulletin_id: uuid.UUID,
    *,
    after: datetime | None = None,
    zone_ids: frozenset[uuid.UUID] | None = None,
    priority: Priority = Priority.PRIORITY,
) -> list[ScheduleException]:
    """Insert a bulletin at the head of the next suitable slot of each of its zones.

    Returns the saved insertions. Raises ScheduleError when no slot within
    :data:`HORIZON_DAYS` can take it.
    """
    book = load_book(store)
    bulletin = book.bulletins.get(bulletin_id)
    if bulletin is None:
        raise ScheduleError(
            QT_TRANSLATE_NOOP("errors", "The bulletin {id} does not exist."), id=bulletin_id
        )
    when = after or datetime.now(UTC)
    placements = next_slots(book, when, zone_ids, bulletin.duration_s)
    if not placements:
        raise ScheduleError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No slot in the next {days} days has room for “{title}”; add a slot or an "
                "exception first.",
            ),
            days=HORIZON_DAYS,
            title=bulletin.title,
        )
    saved = []
    for p in placements:
        block = next(
            b
            for z in (sorted(p.zone_ids, key=str) if p.zone_ids else zones_to_resolve(book))
            if (b := resolve(book, p.day, z).block(slot_key(p.slot_id))) is not None
        )
        explicit = [e.position for e in _positions(book, p.day, block) if e.position is not None]
        spec = ExceptionSpec(
            on_date=p.day,
            action=ExceptionAction.ADD,
            slot_id=p.slot_id,
            zone_ids=tuple(sorted(p.zone_ids, key=str)) if p.zone_ids is not None else None,
            priority=priority,
            title=bulletin.title,
            content=SlotContent.BULLETIN,
            bulletin_id=bulletin_id,
            # ahead of everything in a running order the operator has already arranged
            position=min(explicit) - 1 if explicit else None,
            reason="priority",
        )
        saved.append(schedule_exceptions.add_exception(store, spec))
    return saved


def _positions(book: ScheduleBook, day: date, block: Block):
    """The exceptions that hold positions in ``block``'s running order that day."""
    return [
        e
        for e in book.exceptions
        if e.applies_on(day)
        and e.slot_id == block.slot_id
        and e.action in (ExceptionAction.ADD, ExceptionAction.REPLACE)
    ]


def running_order(book: ScheduleBook, day: date, slot_id: uuid.UUID) -> list[str]:
    """Handles of every item in the slot's running order that day, over all its zones,
    in the order they play (the first zone's order first)."""
    keys: list[str] = []
    for zone in zones_to_resolve(book):
        block = resolve(book, day, zone).block(slot_key(slot_id))
        if block is not None:
            keys.extend(e.key for e in block.entries if e.key not in keys)
    return keys


def reorder(store: Store, day: date, slot_id: uuid.UUID, keys: list[str]) -> list[str]:
    """Store a new running order for the slot on ``day``: ``keys`` are the handles from
    :func:`running_order`, every one of them, in the wanted order. Returns the order now
    resolved on the first zone that plays the slot.
    """
    book = load_book(store)
    current = running_order(book, day, slot_id)
    if sorted(current) != sorted(keys):
        raise ScheduleError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The new order must list exactly the items of the slot on {date}: {items}.",
            ),
            date=day.strftime("%d/%m/%Y"),
            items=", ".join(current) or "—",
        )
    positions: dict[uuid.UUID, int] = {}
    own = slot_key(slot_id)
    for position, key in enumerate(keys):
        if key == own:
            holder = next(
                (
                    e
                    for e in book.exceptions
                    if e.action == ExceptionAction.REPLACE
                    and e.slot_id == slot_id
                    and e.recurrence is None
                    and e.on_date == day
                ),
                None,
            )
            if holder is None:
                spec = ExceptionSpec(
                    on_date=day,
                    action=ExceptionAction.REPLACE,
                    slot_id=slot_id,
                    position=position,
                    reason="order",
                )
                schedule_exceptions.add_exception(store, spec)
            else:
                positions[holder.id] = position
        else:
            positions[parse_key(key)[1]] = position
    schedule_exceptions.set_positions(store, positions)
    return running_order(load_book(store), day, slot_id)
