"""The lunar calendar against the dates Vietnam actually keeps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.schedule import lunar
from studio.schedule.holidays import holiday_days, holidays_on, national_day_extra
from studio.schedule.lunar import LunarDate

TET = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 2),  # China (UTC+8): 3 February
}


@pytest.mark.parametrize("year, expected", TET.items())
def test_tet_falls_on_the_known_day(year, expected):
    assert lunar.tet(year) == expected
    assert lunar.to_lunar(expected) == LunarDate(year, 1, 1)


@pytest.mark.parametrize(
    "year, vietnam, china",
    [
        (1985, date(1985, 1, 21), date(1985, 2, 20)),
        (2007, date(2007, 2, 17), date(2007, 2, 18)),
        (2030, date(2030, 2, 2), date(2030, 2, 3)),
        (1968, date(1968, 1, 29), date(1968, 1, 30)),
    ],
)
def test_vietnam_keeps_its_own_day_where_the_chinese_calendar_differs(year, vietnam, china):
    assert lunar.tet(year) == vietnam
    assert lunar.tet(year, offset_h=8.0) == china


@pytest.mark.parametrize(
    "year, month", [(2020, 4), (2023, 2), (2025, 6), (2028, 5), (1985, 2), (2024, None)]
)
def test_leap_months(year, month):
    assert lunar.leap_month(year) == month


def test_the_leap_month_of_1985_and_2025_start_where_the_almanac_says():
    assert lunar.from_lunar(LunarDate(1985, 2, 1, leap=True)) == date(1985, 3, 21)
    assert lunar.from_lunar(LunarDate(2025, 6, 1, leap=True)) == date(2025, 7, 25)
    assert lunar.to_lunar(date(2025, 7, 25)) == LunarDate(2025, 6, 1, leap=True)
    assert lunar.from_lunar(LunarDate(2026, 6, 1, leap=True)) is None, "2026 has no leap month"


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2026, 4, 26), LunarDate(2026, 3, 10)),  # Giỗ Tổ Hùng Vương
        (date(2024, 9, 17), LunarDate(2024, 8, 15)),  # Tết Trung thu
        (date(2026, 2, 16), LunarDate(2025, 12, 29)),  # giao thừa: tháng Chạp has 29 days
        (date(2026, 11, 23), LunarDate(2026, 10, 15)),  # rằm tháng Mười
    ],
)
def test_known_lunar_days(day, expected):
    assert lunar.to_lunar(day) == expected
    assert lunar.from_lunar(expected) == day


def test_a_thirtieth_that_does_not_exist_is_none():
    assert lunar.month_length(date(2026, 2, 16)) == 29
    assert lunar.from_lunar(LunarDate(2025, 12, 30)) is None


@given(st.dates(min_value=date(1901, 2, 1), max_value=date(2099, 12, 1)))
def test_every_day_converts_there_and_back(day):
    lunar_day = lunar.to_lunar(day)
    assert 1 <= lunar_day.day <= 30
    assert lunar.from_lunar(lunar_day) == day
    if lunar_day.day > 1:
        previous = lunar.to_lunar(day - timedelta(days=1))
        assert (previous.month, previous.day + 1) == (lunar_day.month, lunar_day.day)


@pytest.mark.parametrize(
    "year, hung_kings",
    [
        (2020, date(2020, 4, 2)),
        (2021, date(2021, 4, 21)),
        (2022, date(2022, 4, 10)),
        (2023, date(2023, 4, 29)),
        (2024, date(2024, 4, 18)),
        (2025, date(2025, 4, 7)),
        (2026, date(2026, 4, 26)),
        (2027, date(2027, 4, 16)),
        (2028, date(2028, 4, 4)),
        (2029, date(2029, 4, 23)),
        (2030, date(2030, 4, 12)),
    ],
)
def test_hung_kings_day(year, hung_kings):
    assert holiday_days("hung_kings", year) == (hung_kings,)


@pytest.mark.parametrize(
    "year, extra",
    [
        (2021, date(2021, 9, 3)),
        (2022, date(2022, 9, 1)),
        (2023, date(2023, 9, 1)),
        (2024, date(2024, 9, 3)),
        (2025, date(2025, 9, 1)),
    ],
)
def test_national_day_takes_the_adjacent_day_the_government_chose(year, extra):
    assert national_day_extra(year) == extra
    assert extra in holiday_days("national_day", year)
    assert date(year, 9, 2) in holiday_days("national_day", year)


@pytest.mark.parametrize(
    "day, keys",
    [
        (date(2027, 2, 6), ["tet"]),
        (date(2027, 2, 8), ["tet"]),
        (date(2027, 2, 9), []),
        (date(2026, 1, 1), ["new_year"]),
        (date(2026, 4, 30), ["reunification"]),
        (date(2026, 5, 1), ["labour_day"]),
        (date(2026, 4, 26), ["hung_kings"]),
        (date(2026, 11, 23), []),
    ],
)
def test_holidays_on_a_day(day, keys):
    assert [h.key for h in holidays_on(day)] == keys
