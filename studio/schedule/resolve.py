"""Resolving a day: the concrete, timed running order of one zone.

The template gives the day's slots (wall-clock times in Asia/Ho_Chi_Minh), the exceptions
cancel, replace, add or insert, and then each zone gets a timeline with no overlaps:

* Higher priority takes its time first (emergency, then priority, then normal; among equals
  the earlier start, then the template before added slots). A slot that loses time keeps the
  first free stretch of its own window — it is shortened, or starts late, or is pre-empted
  entirely — and never runs past its own window.
* Within a slot the items play back to back in their running order: explicit positions
  first, else priority items before the slot's own content, then normal inserts. What does
  not fit in the window is cut at its end (``Entry.cut_s`` says how much).

Entry and block instants are aware UTC datetimes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from studio.localtime import STATION_TZ
from studio.schedule.book import ScheduleBook
from studio.schedule.exceptions import DatedException
from studio.schedule.template import PRIORITY_RANK, Content, targets
from studio.store.models import ExceptionAction, Priority, SlotContent

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def slot_key(slot_id: uuid.UUID) -> str:
    """Handle of a template slot (and of its own content in a running order)."""
    return f"slot:{slot_id}"


def exception_key(exception_id: uuid.UUID) -> str:
    """Handle of an added slot or an inserted item."""
    return f"exception:{exception_id}"


def parse_key(key: str) -> tuple[str, uuid.UUID]:
    """``("slot" | "exception", id)`` from a handle; ValueError if it is not one."""
    kind, _, value = key.partition(":")
    if kind not in ("slot", "exception"):
        raise ValueError(key)
    return kind, uuid.UUID(value)


def local_instant(day: date, minute: int) -> datetime:
    """UTC instant of ``minute`` minutes after local midnight opening ``day``."""
    midnight = datetime(day.year, day.month, day.day, tzinfo=STATION_TZ)
    return (midnight + timedelta(minutes=minute)).astimezone(UTC)


@dataclass(frozen=True)
class Entry:
    """One item on air.

    ``duration_s``: the content's own length in seconds (None for a relay, which fills its
    slot, or when there is no audio yet); ``cut_s``: seconds of it that do not fit and are
    cut at the end of the slot.
    """

    key: str
    position: int
    start: datetime
    end: datetime
    title: str
    content: Content | None
    priority: Priority
    slot_id: uuid.UUID | None
    exception_id: uuid.UUID | None
    duration_s: float | None
    cut_s: float = 0.0

    @property
    def length_s(self) -> float:
        return (self.end - self.start).total_seconds()


@dataclass(frozen=True)
class Block:
    """One slot on one zone that day: its planned window, the window it got, its items.

    A block pre-empted entirely has ``start == end`` and no entries.
    """

    key: str
    title: str
    priority: Priority
    slot_id: uuid.UUID | None
    exception_id: uuid.UUID | None
    planned_start: datetime
    planned_end: datetime
    start: datetime
    end: datetime
    entries: tuple[Entry, ...] = ()
    #: keys of the blocks that took time from this one
    preempted_by: tuple[str, ...] = ()

    @property
    def lost_s(self) -> float:
        """Seconds of the planned window given to higher-priority blocks."""
        return ((self.planned_end - self.planned_start) - (self.end - self.start)).total_seconds()


@dataclass(frozen=True)
class DayPlaylist:
    """A zone's day (``zone_id`` None: the station without zones), blocks in time order."""

    day: date
    zone_id: uuid.UUID | None
    blocks: tuple[Block, ...]
    #: inserted items whose slot does not run on this zone that day
    unplaced: tuple[DatedException, ...] = ()

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(e for b in self.blocks for e in b.entries)

    def block(self, key: str) -> Block | None:
        return next((b for b in self.blocks if b.key == key), None)


@dataclass(frozen=True)
class _Item:
    key: str
    content: Content | None
    priority: Priority
    slot_id: uuid.UUID | None
    exception_id: uuid.UUID | None
    order: tuple[float, float, str]


@dataclass(frozen=True)
class _Planned:
    key: str
    title: str
    priority: Priority
    slot_id: uuid.UUID | None
    exception_id: uuid.UUID | None
    start: datetime
    end: datetime
    items: tuple[_Item, ...]
    from_template: bool


def _created(e: DatedException) -> float:
    return ((e.created_at or _EPOCH) - _EPOCH).total_seconds()


def _default_rank(priority: Priority, own: bool) -> int:
    if own:
        return 0
    return -1 if PRIORITY_RANK[priority] > 0 else 1


def _planned_blocks(
    book: ScheduleBook, day: date, zone_id: uuid.UUID | None
) -> tuple[list[_Planned], list[DatedException]]:
    today = sorted((e for e in book.exceptions if e.applies_on(day)), key=_created)
    cancel_all = any(
        e.action == ExceptionAction.CANCEL and e.slot_id is None and targets(e.zone_ids, zone_id)
        for e in today
    )
    planned: list[_Planned] = []
    for slot in book.slots:
        if cancel_all or not slot.runs_on(day):
            continue
        mine = [e for e in today if e.slot_id == slot.id]
        if any(e.action == ExceptionAction.CANCEL and targets(e.zone_ids, zone_id) for e in mine):
            continue
        start_minute, length_s, zones = slot.start_minute, slot.max_duration_s, slot.zone_ids
        priority, title, content, own_position = slot.priority, slot.title, slot.content, None
        for e in mine:
            if e.action != ExceptionAction.REPLACE:
                continue
            start_minute = e.start_minute if e.start_minute is not None else start_minute
            length_s = e.max_duration_s if e.max_duration_s is not None else length_s
            zones = e.zone_ids if e.zone_ids is not None else zones
            priority = e.priority or priority
            title = e.title or title
            content = e.content or content
            own_position = e.position if e.position is not None else own_position
        if not targets(zones, zone_id):
            continue
        key = slot_key(slot.id)
        items = []
        if content is not None:
            rank = own_position if own_position is not None else _default_rank(priority, True)
            items.append(_Item(key, content, priority, slot.id, None, (rank, -1.0, key)))
        start = local_instant(day, start_minute)
        planned.append(
            _Planned(
                key,
                title,
                priority,
                slot.id,
                None,
                start,
                start + timedelta(seconds=length_s),
                tuple(items),
                True,
            )
        )

    for e in today:
        if e.action != ExceptionAction.ADD or e.slot_id is not None:
            continue
        if not targets(e.zone_ids, zone_id) or e.start_minute is None or not e.max_duration_s:
            continue
        key, priority = exception_key(e.id), e.priority or Priority.NORMAL
        start = local_instant(day, e.start_minute)
        items = ()
        if e.content is not None:
            order = (e.position if e.position is not None else 0, _created(e), key)
            items = (_Item(key, e.content, priority, None, e.id, order),)
        planned.append(
            _Planned(
                key,
                e.title,
                priority,
                None,
                e.id,
                start,
                start + timedelta(seconds=e.max_duration_s),
                items,
                False,
            )
        )

    by_slot = {p.slot_id: i for i, p in enumerate(planned) if p.slot_id is not None}
    unplaced = []
    for e in today:
        if not e.inserts_into_slot or not targets(e.zone_ids, zone_id):
            continue
        if e.slot_id not in by_slot or e.content is None:
            unplaced.append(e)
            continue
        host = planned[by_slot[e.slot_id]]
        priority = e.priority or Priority.NORMAL
        rank = e.position if e.position is not None else _default_rank(priority, False)
        key = exception_key(e.id)
        item = _Item(key, e.content, priority, e.slot_id, e.id, (rank, _created(e), key))
        planned[by_slot[e.slot_id]] = replace(host, items=(*host.items, item))
    return planned, unplaced


def _first_free(
    start: datetime, end: datetime, taken: list[tuple[datetime, datetime]]
) -> tuple[datetime, datetime] | None:
    """The earliest stretch of [start, end) that no taken interval covers."""
    cursor = start
    for a, b in sorted(taken):
        if b <= cursor:
            continue
        if a >= end:
            break
        if a > cursor:
            return cursor, min(a, end)
        cursor = max(cursor, b)
    return (cursor, end) if cursor < end else None


def _lay_out(block: _Planned, start: datetime, end: datetime, book: ScheduleBook) -> tuple:
    entries = []
    cursor = start
    for position, item in enumerate(sorted(block.items, key=lambda i: i.order)):
        playable = book.playable(item.content)
        relay_title = (block.title if item.key == block.key else "") or _relay_title(item.content)
        title = playable.title if playable else relay_title
        duration = playable.duration_s if playable else None
        room = max((end - cursor).total_seconds(), 0.0)
        if item.content is not None and item.content.is_relay:
            length, cut = room, 0.0
        else:
            wanted = duration or 0.0
            length, cut = min(wanted, room), max(wanted - room, 0.0)
        stop = cursor + timedelta(seconds=length)
        entries.append(
            Entry(
                key=item.key,
                position=position,
                start=cursor,
                end=stop,
                title=title,
                content=item.content,
                priority=item.priority,
                slot_id=item.slot_id,
                exception_id=item.exception_id,
                duration_s=duration,
                cut_s=cut,
            )
        )
        cursor = stop
    return tuple(entries)


def _relay_title(content: Content | None) -> str:
    if content is None:
        return ""
    if content.kind == SlotContent.RELAY_STREAM:
        return content.stream_url or ""
    return "FM" if content.kind == SlotContent.RELAY_FM else ""


def resolve(book: ScheduleBook, day: date, zone_id: uuid.UUID | None) -> DayPlaylist:
    """The timed running order of ``zone_id`` on local calendar day ``day``.

    A slot belongs to the day it starts on, even when it runs past midnight.
    """
    planned, unplaced = _planned_blocks(book, day, zone_id)
    precedence = sorted(
        planned,
        key=lambda p: (-PRIORITY_RANK[p.priority], p.start, not p.from_template, p.key),
    )
    taken: list[tuple[datetime, datetime, str]] = []
    blocks = []
    for p in precedence:
        got = _first_free(p.start, p.end, [(a, b) for a, b, _ in taken])
        by = tuple(k for a, b, k in taken if a < p.end and p.start < b)
        if got is None:
            start = end = p.start
            entries: tuple[Entry, ...] = ()
        else:
            start, end = got
            taken.append((start, end, p.key))
            entries = _lay_out(p, start, end, book)
        blocks.append(
            Block(
                key=p.key,
                title=p.title or (entries[0].title if entries else ""),
                priority=p.priority,
                slot_id=p.slot_id,
                exception_id=p.exception_id,
                planned_start=p.start,
                planned_end=p.end,
                start=start,
                end=end,
                entries=entries,
                preempted_by=by,
            )
        )
    blocks.sort(key=lambda b: (b.start, b.planned_start, b.key))
    return DayPlaylist(day, zone_id, tuple(blocks), tuple(unplaced))


def zones_to_resolve(book: ScheduleBook) -> list[uuid.UUID | None]:
    """The station's zones by name, or [None] when it has none yet."""
    zones = sorted(book.zones, key=lambda z: book.zones[z])
    return list(zones) or [None]


def resolve_day(book: ScheduleBook, day: date) -> list[DayPlaylist]:
    """Every zone's playlist for ``day``."""
    return [resolve(book, day, z) for z in zones_to_resolve(book)]
