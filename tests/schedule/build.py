"""Small builders for schedules in memory: a commune's week without a database."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from studio.schedule.book import Playable, ScheduleBook
from studio.schedule.exceptions import DatedException, Recurrence
from studio.schedule.template import Content, TemplateSlot
from studio.store.models import ExceptionAction, Priority, SlotContent

MONDAY = date(2026, 11, 23)
ZONE_A, ZONE_B = uuid.UUID(int=1), uuid.UUID(int=2)
ZONES = {ZONE_A: "Thôn Nà Lạ", ZONE_B: "Thôn Bản Chang"}


def programme(title: str, seconds: float | None, unapproved: tuple[str, ...] = ()) -> Playable:
    return Playable(SlotContent.PROGRAMME, uuid.uuid4(), title, seconds, unapproved)


def bulletin(title: str, seconds: float | None, approved: bool = True) -> Playable:
    return Playable(
        SlotContent.BULLETIN, uuid.uuid4(), title, seconds, () if approved else (title,)
    )


def plays(p: Playable) -> Content:
    if p.kind == SlotContent.PROGRAMME:
        return Content(SlotContent.PROGRAMME, programme_id=p.id)
    return Content(SlotContent.BULLETIN, bulletin_id=p.id)


def slot(
    at: str,
    minutes: float,
    content: Content | Playable | None,
    *,
    days: int = 0b1111111,
    zones=None,
    priority: Priority = Priority.NORMAL,
    title: str = "",
    **kw,
) -> TemplateSlot:
    h, m = map(int, at.split(":"))
    if isinstance(content, Playable):
        content = plays(content)
    return TemplateSlot(
        uuid.uuid4(),
        days,
        h * 60 + m,
        round(minutes * 60),
        content,
        frozenset(zones) if zones is not None else None,
        priority,
        title or at,
        **kw,
    )


_seq = iter(range(1, 10**9))


def exception(
    action: ExceptionAction,
    on: date = MONDAY,
    *,
    content=None,
    at: str | None = None,
    minutes: float | None = None,
    zones=None,
    rule: str | None = None,
    **kw,
) -> DatedException:
    if isinstance(content, Playable):
        content = plays(content)
    start = None
    if at is not None:
        h, m = map(int, at.split(":"))
        start = h * 60 + m
    return DatedException(
        uuid.uuid4(),
        on,
        action,
        start_minute=start,
        max_duration_s=round(minutes * 60) if minutes is not None else None,
        zone_ids=frozenset(zones) if zones is not None else None,
        content=content,
        recurrence=Recurrence.parse(rule) if rule else None,
        created_at=datetime.fromtimestamp(next(_seq), UTC),
        **kw,
    )


def book(slots=(), exceptions=(), library=(), zones=None, devices=None) -> ScheduleBook:
    zones = ZONES if zones is None else zones
    return ScheduleBook(
        tuple(slots),
        tuple(exceptions),
        {p.id: p for p in library if p.kind == SlotContent.PROGRAMME},
        {p.id: p for p in library if p.kind == SlotContent.BULLETIN},
        dict(zones),
        dict(devices if devices is not None else {z: 1 for z in zones}),
    )
