"""Station time: instants are stored in UTC and shown in Vietnam's time zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

STATION_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def to_local(instant: datetime) -> datetime:
    """``instant`` (aware) as Vietnam wall-clock time."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: Studio works with aware datetimes only")
    return instant.astimezone(STATION_TZ)


def format_local(instant: datetime | None) -> str:
    """dd/mm/yyyy HH:MM, the way Vietnamese documents write it."""
    return to_local(instant).strftime("%d/%m/%Y %H:%M") if instant else ""


def format_minute_of_day(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"
