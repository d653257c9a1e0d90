"""The weekly template: slots that repeat on chosen weekdays at a local wall-clock time.

These are plain values built from the stored :class:`~studio.store.models.Slot` records, so
resolving and checking a schedule needs no database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from studio.store.models import Priority, Slot, SlotContent

MINUTES_PER_DAY = 24 * 60
ALL_DAYS = 0b1111111

#: weekday names accepted on the command line, Monday first (bit 0); t2…t7, cn in Vietnamese
WEEKDAY_NAMES = (
    ("mon", "t2"),
    ("tue", "t3"),
    ("wed", "t4"),
    ("thu", "t5"),
    ("fri", "t6"),
    ("sat", "t7"),
    ("sun", "cn"),
)
#: how many at once: "daily", "weekdays", "weekend"
WEEKDAY_GROUPS = {"daily": ALL_DAYS, "all": ALL_DAYS, "weekdays": 0b0011111, "weekend": 0b1100000}

PRIORITY_RANK = {Priority.NORMAL: 0, Priority.PRIORITY: 1, Priority.EMERGENCY: 2}


@dataclass(frozen=True)
class Content:
    """What plays: a programme, a bulletin, a relayed stream, or the FM relay."""

    kind: SlotContent
    programme_id: uuid.UUID | None = None
    bulletin_id: uuid.UUID | None = None
    stream_url: str | None = None

    @property
    def is_relay(self) -> bool:
        """A relay has no length of its own: it fills its slot."""
        return self.kind in (SlotContent.RELAY_STREAM, SlotContent.RELAY_FM)


def content_of(record: object) -> Content | None:
    """The content a Slot or ScheduleException record names (None when it names none)."""
    kind = getattr(record, "content", None)
    if kind is None:
        return None
    return Content(
        SlotContent(kind),
        programme_id=getattr(record, "programme_id", None),
        bulletin_id=getattr(record, "bulletin_id", None),
        stream_url=getattr(record, "stream_url", None),
    )


def zone_set(zone_ids: list[str] | None) -> frozenset[uuid.UUID] | None:
    """Stored zone ids (strings) as a set of UUIDs; None stays None (every zone)."""
    return None if zone_ids is None else frozenset(uuid.UUID(z) for z in zone_ids)


@dataclass(frozen=True)
class TemplateSlot:
    """A slot of the weekly template.

    ``start_minute``: minutes after local midnight (0–1439); ``max_duration_s``: seconds;
    ``weekdays``: bit 0 = Monday … bit 6 = Sunday; ``zone_ids`` None means every zone.
    """

    id: uuid.UUID
    weekdays: int
    start_minute: int
    max_duration_s: int
    content: Content | None
    zone_ids: frozenset[uuid.UUID] | None = None
    priority: Priority = Priority.NORMAL
    title: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    @classmethod
    def from_record(cls, slot: Slot) -> TemplateSlot:
        return cls(
            id=slot.id,
            weekdays=slot.weekdays,
            start_minute=slot.start_minute,
            max_duration_s=slot.max_duration_s,
            content=content_of(slot),
            zone_ids=zone_set(slot.zone_ids),
            priority=Priority(slot.priority or Priority.NORMAL),
            title=slot.title or "",
            valid_from=slot.valid_from,
            valid_to=slot.valid_to,
        )

    def runs_on(self, day: date) -> bool:
        """True if the template puts this slot on ``day`` (weekday and validity dates)."""
        if not self.weekdays & (1 << day.weekday()):
            return False
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to

    def targets(self, zone_id: uuid.UUID | None) -> bool:
        return targets(self.zone_ids, zone_id)

    @property
    def end_minute(self) -> float:
        """Minutes after the local midnight the slot starts from; above 1440 past midnight."""
        return self.start_minute + self.max_duration_s / 60

    @property
    def crosses_midnight(self) -> bool:
        return self.start_minute * 60 + self.max_duration_s > MINUTES_PER_DAY * 60


def targets(zone_ids: frozenset[uuid.UUID] | None, zone_id: uuid.UUID | None) -> bool:
    """Whether something aimed at ``zone_ids`` plays on ``zone_id``.

    ``zone_id`` None asks about the station as a whole (no zones set up): only what is
    aimed at every zone plays there.
    """
    if zone_ids is None:
        return True
    return zone_id is not None and zone_id in zone_ids


def parse_weekdays(text: str) -> int:
    """``mon-fri``, ``mon,wed,sat``, ``t2-t6``, ``cn``, ``daily`` … as a bitmask (bit 0 = Monday).

    Raises ValueError for anything else.
    """
    text = text.strip().lower()
    if text in WEEKDAY_GROUPS:
        return WEEKDAY_GROUPS[text]
    index = {name: i for i, names in enumerate(WEEKDAY_NAMES) for name in names}
    mask = 0
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        if first not in index or (last and last not in index):
            raise ValueError(part)
        a, b = index[first], index[last or first]
        days = range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)]  # sat-mon wraps
        for d in days:
            mask |= 1 << d
    if not mask:
        raise ValueError(text)
    return mask


def format_weekdays(mask: int) -> str:
    """The bitmask in the short English form the command line reads back (``mon-fri``)."""
    days = [i for i in range(7) if mask & (1 << i)]
    if not days:
        return ""
    runs: list[list[int]] = []
    for d in days:
        if runs and d == runs[-1][-1] + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    names = [WEEKDAY_NAMES[i][0] for i in range(7)]
    return ",".join(
        names[r[0]]
        if len(r) == 1
        else f"{names[r[0]]}-{names[r[-1]]}"
        if len(r) > 2
        else f"{names[r[0]]},{names[r[1]]}"
        for r in runs
    )


def parse_clock(text: str) -> int:
    """``05:30`` or ``5h30`` as minutes after midnight (ValueError otherwise)."""
    cleaned = text.strip().lower().replace("h", ":")
    hours, _, minutes = cleaned.partition(":")
    h, m = int(hours), int(minutes or 0)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(text)
    return h * 60 + m
