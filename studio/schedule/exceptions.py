"""Dated changes to the template: cancel a slot (or a whole day), replace it, add a slot, or
insert an item into a slot's running order — once, or on a recurring calendar day.

A recurring exception names its days with a rule, applied from ``on_date`` onwards:

``holiday:tet``
    every day of a public holiday (keys in :data:`studio.schedule.holidays.HOLIDAYS`);
``lunar:1/1``
    a lunar day and month every year, written day/month the Vietnamese way;
``lunar:15``
    that day of every lunar month (``lunar:1`` mùng một, ``lunar:15`` ngày rằm).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from studio.schedule.holidays import HOLIDAYS, holiday_days
from studio.schedule.lunar import to_lunar
from studio.schedule.template import Content, content_of, zone_set
from studio.store.models import ExceptionAction, Priority, ScheduleException


@dataclass(frozen=True)
class Recurrence:
    """A calendar rule: a holiday, a yearly lunar date, or a day of every lunar month."""

    holiday: str | None = None
    lunar_day: int | None = None
    lunar_month: int | None = None  # None: every month, leap months included

    @classmethod
    def parse(cls, text: str) -> Recurrence:
        """``holiday:KEY``, ``lunar:D/M`` or ``lunar:D``; ValueError for anything else."""
        kind, _, value = text.strip().lower().partition(":")
        if kind == "holiday" and value in HOLIDAYS:
            return cls(holiday=value)
        if kind == "lunar":
            day_text, _, month_text = value.partition("/")
            day = int(day_text)
            month = int(month_text) if month_text and month_text != "*" else None
            if 1 <= day <= 30 and (month is None or 1 <= month <= 12):
                return cls(lunar_day=day, lunar_month=month)
        raise ValueError(text)

    def __str__(self) -> str:
        if self.holiday:
            return f"holiday:{self.holiday}"
        if self.lunar_month is None:
            return f"lunar:{self.lunar_day}"
        return f"lunar:{self.lunar_day}/{self.lunar_month}"

    def matches(self, day: date) -> bool:
        if self.holiday:
            return self.holiday in HOLIDAYS and day in holiday_days(self.holiday, day.year)
        if self.lunar_day is None:
            return False
        lunar = to_lunar(day)
        if lunar.day != self.lunar_day:
            return False
        return self.lunar_month is None or (lunar.month == self.lunar_month and not lunar.leap)


def _rule(text: str | None) -> Recurrence | None:
    if not text:
        return None
    try:
        return Recurrence.parse(text)
    except ValueError:  # a rule this Studio does not know (written by a newer one): never
        return Recurrence()


@dataclass(frozen=True)
class DatedException:
    """One exception. Fields left None on a replace keep the slot's own value.

    ``slot_id`` on an ADD means "insert into that slot's running order that day" (a priority
    bulletin placed in the next slot); without it, an ADD is a slot of its own at
    ``start_minute``. A CANCEL without ``slot_id`` cancels every template slot of the day on
    its zones. ``position`` orders items within a slot (lower first); on a REPLACE it places
    the slot's own content.
    """

    id: uuid.UUID
    on_date: date
    action: ExceptionAction
    slot_id: uuid.UUID | None = None
    reason: str = ""
    start_minute: int | None = None
    max_duration_s: int | None = None
    zone_ids: frozenset[uuid.UUID] | None = None
    priority: Priority | None = None
    title: str = ""
    content: Content | None = None
    position: int | None = None
    recurrence: Recurrence | None = None
    #: creation instant (aware), the tie-break that keeps resolution deterministic
    created_at: datetime | None = None

    @classmethod
    def from_record(cls, record: ScheduleException) -> DatedException:
        return cls(
            id=record.id,
            on_date=record.on_date,
            action=ExceptionAction(record.action),
            slot_id=record.slot_id,
            reason=record.reason or "",
            start_minute=record.start_minute,
            max_duration_s=record.max_duration_s,
            zone_ids=zone_set(record.zone_ids),
            priority=Priority(record.priority) if record.priority else None,
            title=record.title or "",
            content=content_of(record),
            position=record.position,
            recurrence=_rule(record.recurrence),
            created_at=record.created_at,
        )

    def applies_on(self, day: date) -> bool:
        if self.recurrence is None:
            return day == self.on_date
        return day >= self.on_date and self.recurrence.matches(day)

    @property
    def inserts_into_slot(self) -> bool:
        return self.action == ExceptionAction.ADD and self.slot_id is not None
