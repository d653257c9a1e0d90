"""Vietnam's public holidays (Labour Code 2019, article 112) and the lunar days communes mark.

Each holiday has a key the operator picks (``tet``, ``hung_kings`` …) and gives the civil days
it covers in a year. National Day is 2/9 plus one adjacent day that the Prime Minister fixes
each year; Studio takes the weekday that joins 2/9 to a weekend, which is what the decisions
of 2021–2025 chose (3/9, 1/9, 1/9, 3/9, 1/9).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from studio.errors import QT_TRANSLATE_NOOP
from studio.schedule.lunar import LunarDate, from_lunar


@dataclass(frozen=True)
class Holiday:
    key: str
    #: English name marked for translation under "schedule"
    name: str
    days: Callable[[int], tuple[date, ...]]


def _lunar_days(month: int, first: int, last: int) -> Callable[[int], tuple[date, ...]]:
    def days(year: int) -> tuple[date, ...]:
        found = (from_lunar(LunarDate(year, month, d)) for d in range(first, last + 1))
        return tuple(d for d in found if d is not None)

    return days


def national_day_extra(year: int) -> date:
    """The day off next to National Day (2/9) in ``year``."""
    national = date(year, 9, 2)
    # Tuesday, Friday, Saturday: the day before joins the weekend; Monday, Thursday, Sunday:
    # the day after does; Wednesday joins none, and the day after is the usual choice.
    before = national.weekday() in (1, 4, 5)
    return national + timedelta(days=-1 if before else 1)


def _national_day(year: int) -> tuple[date, ...]:
    return tuple(sorted((date(year, 9, 2), national_day_extra(year))))


HOLIDAYS: dict[str, Holiday] = {
    h.key: h
    for h in (
        Holiday(
            "new_year",
            QT_TRANSLATE_NOOP("schedule", "New Year's Day"),
            lambda y: (date(y, 1, 1),),
        ),
        Holiday("tet", QT_TRANSLATE_NOOP("schedule", "Lunar New Year (Tết)"), _lunar_days(1, 1, 3)),
        Holiday(
            "hung_kings",
            QT_TRANSLATE_NOOP("schedule", "Hùng Kings' Commemoration"),
            _lunar_days(3, 10, 10),
        ),
        Holiday(
            "reunification",
            QT_TRANSLATE_NOOP("schedule", "Reunification Day"),
            lambda y: (date(y, 4, 30),),
        ),
        Holiday(
            "labour_day",
            QT_TRANSLATE_NOOP("schedule", "International Labour Day"),
            lambda y: (date(y, 5, 1),),
        ),
        Holiday("national_day", QT_TRANSLATE_NOOP("schedule", "National Day"), _national_day),
    )
}


def holiday_days(key: str, year: int) -> tuple[date, ...]:
    """The civil days holiday ``key`` covers in ``year`` (KeyError for an unknown key)."""
    return HOLIDAYS[key].days(year)


def holidays_on(day: date) -> list[Holiday]:
    """The public holidays that fall on ``day``."""
    return [h for h in HOLIDAYS.values() if day in h.days(day.year)]
