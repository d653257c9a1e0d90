"""Dated exceptions to the weekly template: add, change, tombstone and list them.

The meaning of each kind is in :mod:`studio.schedule.exceptions`; here they are checked
before anything is saved.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from studio.errors import QT_TRANSLATE_NOOP
from studio.store import records
from studio.store.db import Store, StoreError
from studio.store.models import ExceptionAction, Priority, ScheduleException, Slot, SlotContent
from studio.store.slots import check_content, check_references, check_time
from studio.store.stations import owned_by


@dataclass(frozen=True)
class ExceptionSpec:
    """What the operator fills in for an exception (see studio.schedule.exceptions)."""

    on_date: date
    action: ExceptionAction
    slot_id: uuid.UUID | None = None
    reason: str = ""
    start_minute: int | None = None
    max_duration_s: int | None = None
    zone_ids: tuple[uuid.UUID, ...] | None = None
    priority: Priority | None = None
    title: str = ""
    content: SlotContent | None = None
    programme_id: uuid.UUID | None = None
    bulletin_id: uuid.UUID | None = None
    stream_url: str | None = None
    position: int | None = None
    #: "holiday:KEY", "lunar:D/M" or "lunar:D"; None for on_date only
    recurrence: str | None = None

    def validated(self) -> ExceptionSpec:
        action = ExceptionAction(self.action)
        check_time(self.start_minute, self.max_duration_s)
        check_content(self.content, self.programme_id, self.bulletin_id, self.stream_url)
        if action == ExceptionAction.REPLACE and self.slot_id is None:
            raise StoreError(QT_TRANSLATE_NOOP("errors", "Choose the slot to replace."))
        if action == ExceptionAction.ADD:
            if self.content is None:
                raise StoreError(QT_TRANSLATE_NOOP("errors", "Choose what the added slot plays."))
            if self.slot_id is None and (self.start_minute is None or not self.max_duration_s):
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "An added slot needs a start time and a length.")
                )
        recurrence = (self.recurrence or "").strip().lower() or None
        if recurrence is not None and not _is_rule(recurrence):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Not a calendar rule: {rule} (use holiday:tet, lunar:1/1 or lunar:15).",
                ),
                rule=self.recurrence,
            )
        zones = tuple(dict.fromkeys(self.zone_ids)) if self.zone_ids is not None else None
        if zones == ():
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "Choose at least one zone, or every zone.")
            )
        return dataclasses.replace(
            self,
            action=action,
            reason=self.reason.strip(),
            title=self.title.strip(),
            zone_ids=zones,
            recurrence=recurrence,
        )


_RULE = re.compile(r"holiday:[a-z_]+|lunar:(\d{1,2})(?:/(\d{1,2}))?")


def _is_rule(text: str) -> bool:
    """The shape of a calendar rule; which holidays exist is the schedule's business."""
    match = _RULE.fullmatch(text)
    if match is None:
        return False
    day, month = match.groups()
    return day is None or (1 <= int(day) <= 30 and (month is None or 1 <= int(month) <= 12))


def _write(record: ScheduleException, spec: ExceptionSpec) -> None:
    for f in dataclasses.fields(spec):
        value = getattr(spec, f.name)
        if f.name == "zone_ids" and value is not None:
            value = [str(z) for z in value]
        setattr(record, f.name, value)


def add_exception(
    store: Store, spec: ExceptionSpec, station_id: uuid.UUID | None = None
) -> ScheduleException:
    """Save a dated (or recurring) exception to the template of ``station_id`` (default:
    this station; a parent names a commune to change that commune's schedule)."""
    spec = spec.validated()
    with store.session() as s:
        if spec.slot_id is not None:
            slot = s.get(Slot, spec.slot_id)
            if slot is None or slot.deleted:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The slot {id} does not exist."), id=spec.slot_id
                )
        check_references(s, spec.zone_ids, spec.programme_id, spec.bulletin_id)
        record = ScheduleException(station_id=station_id)
        _write(record, spec)
        s.add(record)
    return record


def spec_of(record: ScheduleException) -> ExceptionSpec:
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(ExceptionSpec)}
    if values["zone_ids"] is not None:
        values["zone_ids"] = tuple(uuid.UUID(z) for z in values["zone_ids"])
    values["reason"] = values["reason"] or ""
    values["title"] = values["title"] or ""
    return ExceptionSpec(**values)


def update_exception(store: Store, exception_id: uuid.UUID, **changes: object) -> ScheduleException:
    """Change some fields of an exception (names as in :class:`ExceptionSpec`)."""
    with store.session() as s:
        record = s.get(ScheduleException, exception_id)
        if record is None or record.deleted:
            raise StoreError(
                QT_TRANSLATE_NOOP("errors", "The exception {id} does not exist."), id=exception_id
            )
        spec = dataclasses.replace(spec_of(record), **changes).validated()  # type: ignore[arg-type]
        check_references(s, spec.zone_ids, spec.programme_id, spec.bulletin_id)
        _write(record, spec)
    return record


def set_positions(store: Store, positions: dict[uuid.UUID, int]) -> None:
    """Store running-order positions of several exceptions at once (one transaction)."""
    with store.session() as s:
        for exception_id, position in positions.items():
            record = s.get(ScheduleException, exception_id)
            if record is None or record.deleted:
                raise StoreError(
                    QT_TRANSLATE_NOOP("errors", "The exception {id} does not exist."),
                    id=exception_id,
                )
            record.position = position


def list_exceptions(
    store: Store,
    since: date | None = None,
    until: date | None = None,
    station_id: uuid.UUID | None = None,
) -> list[ScheduleException]:
    """Live exceptions of ``station_id`` (default: this station) dated in [since, until]
    (either end open), plus every recurring one that has started by ``until``; by date,
    then creation."""
    query = select(ScheduleException).where(
        ~ScheduleException.deleted, owned_by(store, ScheduleException, station_id)
    )
    if since is not None:
        query = query.where(
            or_(ScheduleException.on_date >= since, ScheduleException.recurrence.is_not(None))
        )
    if until is not None:
        query = query.where(ScheduleException.on_date <= until)
    query = query.order_by(ScheduleException.on_date, ScheduleException.created_at)
    with store.session() as s:
        return list(s.scalars(query))


def get_exception(store: Store, exception_id: uuid.UUID) -> ScheduleException | None:
    return records.get_live(store, ScheduleException, exception_id)


def delete_exception(store: Store, exception_id: uuid.UUID) -> bool:
    """Tombstone an exception; False if there was no live one with that id."""
    return records.tombstone(store, ScheduleException, exception_id)
