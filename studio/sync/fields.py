"""Which records replicate, and each field's value in the JSON form a change set carries.

A field's JSON form is also what :class:`~studio.store.models.SyncFieldVersion` keeps, so
"has this field changed since it was last sent" is a comparison of two JSON values.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, Enum, Uuid
from sqlalchemy.schema import sort_tables

from studio.store import models
from studio.store.types import UtcDateTime

_SHARED = [m for m in models.SYNCED_MODELS if m is not models.OutboxMessage]
_BY_TABLE_OBJECT = {m.__table__: m for m in _SHARED}  # type: ignore[attr-defined]

#: the tables that replicate (the outbox is this PC's own queue of messages for its
#: loudspeakers, not shared data), ordered by their foreign keys: a table comes after every
#: table it refers to, so records applied in this order find what they name already there
MODELS: tuple[type[models.Synced], ...] = tuple(
    _BY_TABLE_OBJECT[t] for t in sort_tables(list(_BY_TABLE_OBJECT)) if t in _BY_TABLE_OBJECT
)
BY_TABLE: dict[str, type[models.Synced]] = {m.__tablename__: m for m in MODELS}  # type: ignore[attr-defined]

#: kept by each station for itself: the key, the clock of the whole record, its owner
NOT_FIELDS = frozenset({"id", "updated_at", "station_id"})

#: a commune's schedule: the only records of a commune its parent may change, and only
#: when the commune allows it
SCHEDULE_TABLES = frozenset({models.Slot.__tablename__, models.ScheduleException.__tablename__})


def field_columns(model: type[models.Synced]) -> list[Column]:
    return [c for c in model.__table__.columns if c.name not in NOT_FIELDS]  # type: ignore[attr-defined]


def to_json(column: Column, value: Any) -> Any:
    """A column value as JSON (None stays None)."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(column: Column, value: Any) -> Any:
    """The JSON form back as the column's Python value."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, UtcDateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def record_values(record: models.Synced) -> dict[str, Any]:
    """Every replicated field of ``record`` in JSON form."""
    return {c.name: to_json(c, getattr(record, c.key)) for c in field_columns(type(record))}


def references(model: type[models.Synced]) -> list[tuple[str, Column]]:
    """``(field, referenced column)`` for each foreign key of ``model`` (the owning
    station's included)."""
    found = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        for fk in column.foreign_keys:
            found.append((column.name, fk.column))
    return found
