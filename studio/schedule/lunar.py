"""The Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7.

A lunar month starts on the local day of a new moon. Month 11 is the month that contains the
winter solstice; a year with 13 months between two months 11 repeats (nhuận) its first month
that holds no major solar term (trung khí, the sun crossing a multiple of 30° of longitude).
Days begin at midnight in Vietnam's time zone, which is why the calendar sometimes differs
from the Chinese one (UTC+8): Tết 1985 fell on 21 January in Vietnam, 20 February in China.

New moons and the sun's longitude use the series in Jean Meeus, *Astronomical Algorithms*
(1998), chapters 25 and 49, truncated to the terms that matter at one-day resolution; they
hold for 1900–2100, the range Studio accepts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

#: Vietnam's offset from UTC, hours; the calendar is defined on this local day
VIETNAM_OFFSET_H = 7.0

FIRST_YEAR, LAST_YEAR = 1900, 2100

#: Julian day number of date(1, 1, 1) minus its ordinal, so JDN = ordinal + this
_JDN_OFFSET = 1_721_425
#: mean Julian day of new moon number 0 (2000-01-06) and the mean lunation, days
_EPOCH_NEW_MOON = 2451550.09766
_SYNODIC_MONTH = 29.530588861
_DEG = math.pi / 180


@dataclass(frozen=True, order=True)
class LunarDate:
    """A day of the lunar calendar: ``year`` is the lunar year Tết opens (e.g. 2026 Bính Ngọ)."""

    year: int
    month: int  # 1 (tháng Giêng) … 12 (tháng Chạp)
    day: int  # 1 (mùng 1) … 29 or 30
    leap: bool = False  # True in the repeated month of a 13-month year

    def __str__(self) -> str:
        return f"{self.day}/{self.month}{'n' if self.leap else ''}/{self.year}"


def _jdn(d: date) -> int:
    return d.toordinal() + _JDN_OFFSET


def _from_jdn(jdn: int) -> date:
    return date.fromordinal(jdn - _JDN_OFFSET)


def _delta_t_days(jd: float) -> float:
    """ΔT = TT − UT, days (Espenak & Meeus polynomials, 1900–2150)."""
    y = 2000 + (jd - 2451544.5) / 365.2425
    if y < 1920:
        t = y - 1900
        s = -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    elif y < 1941:
        t = y - 1920
        s = 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    elif y < 1961:
        t = y - 1950
        s = 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    elif y < 1986:
        t = y - 1975
        s = 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    elif y < 2005:
        t = y - 2000
        s = (
            63.86
            + 0.3345 * t
            - 0.060374 * t**2
            + 0.0017275 * t**3
            + 0.000651814 * t**4
            + 0.00002373599 * t**5
        )
    elif y < 2050:
        t = y - 2000
        s = 62.92 + 0.32217 * t + 0.005589 * t**2
    else:
        s = -20 + 32 * ((y - 1820) / 100) ** 2 - 0.5628 * (2150 - y)
    return s / 86400


# Periodic terms of the true new moon (Meeus table 49.A): (coefficient, power of E,
# multiples of M, M′, F, Ω)
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0),
    (0.17241, 1, 1, 0, 0, 0),
    (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0),
    (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0),
    (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0),
    (-0.00042, 0, 0, 3, 0, 0),
    (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0),
    (-0.00024, 1, -1, 2, 0, 0),
    (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0),
    (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0),
    (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0),
    (-0.00002, 0, -1, 1, -2, 0),
    (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)

# Planetary arguments A1…A14: (constant, rate per lunation, coefficient)
_PLANETARY_TERMS = (
    (299.77, 0.107408, 0.000325),
    (251.88, 0.016321, 0.000165),
    (251.83, 26.651886, 0.000164),
    (349.42, 36.412478, 0.000126),
    (84.66, 18.206239, 0.000110),
    (141.74, 53.303771, 0.000062),
    (207.14, 2.453732, 0.000060),
    (154.84, 7.306860, 0.000056),
    (34.52, 27.261239, 0.000047),
    (207.19, 0.121824, 0.000042),
    (291.34, 1.844379, 0.000040),
    (161.72, 24.198154, 0.000037),
    (239.56, 25.513099, 0.000035),
    (331.55, 3.592518, 0.000023),
)


def _new_moon_jd(k: int) -> float:
    """Julian day (UT) of new moon number ``k`` (k = 0: 2000-01-06), Meeus ch. 49."""
    t = k / 1236.85
    t2, t3, t4 = t * t, t**3, t**4
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
    e = 1 - 0.002516 * t - 0.0000074 * t2  # eccentricity of Earth's orbit
    m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * _DEG
    mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * _DEG
    f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3) * _DEG
    om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * _DEG
    for coef, e_power, cm, cmp, cf, com in _NEW_MOON_TERMS:
        jde += coef * e**e_power * math.sin(cm * m + cmp * mp + cf * f + com * om)
    a1 = (_PLANETARY_TERMS[0][0] + _PLANETARY_TERMS[0][1] * k - 0.009173 * t2) * _DEG
    jde += _PLANETARY_TERMS[0][2] * math.sin(a1)
    for constant, rate, coef in _PLANETARY_TERMS[1:]:
        jde += coef * math.sin((constant + rate * k) * _DEG)
    return jde - _delta_t_days(jde)


def _sun_longitude(jd: float) -> float:
    """Apparent ecliptic longitude of the sun at Julian day ``jd`` (UT), radians in [0, 2π).

    Meeus ch. 25, lower accuracy (about 0.01°, a quarter of an hour of the sun's motion).
    """
    t = (jd + _delta_t_days(jd) - 2451545.0) / 36525
    t2 = t * t
    m = (357.52911 + 35999.05029 * t - 0.0001537 * t2) * _DEG
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2
    c = (1.914602 - 0.004817 * t - 0.000014 * t2) * math.sin(m)
    c += (0.019993 - 0.000101 * t) * math.sin(2 * m) + 0.000289 * math.sin(3 * m)
    omega = (125.04 - 1934.136 * t) * _DEG
    apparent = l0 + c - 0.00569 - 0.00478 * math.sin(omega)  # aberration and nutation
    return (apparent * _DEG) % (2 * math.pi)


def _new_moon_day(k: int, offset_h: float) -> int:
    """JDN of the local day the k-th new moon falls on."""
    return math.floor(_new_moon_jd(k) + 0.5 + offset_h / 24)


def _sun_sector(jdn: int, offset_h: float) -> int:
    """Which 30° sector (0–11) the sun is in at local midnight opening day ``jdn``."""
    jd_midnight = jdn - 0.5 - offset_h / 24
    return math.floor(_sun_longitude(jd_midnight) / math.pi * 6)


@lru_cache(maxsize=512)
def _month11_start(year: int, offset_h: float) -> int:
    """JDN of the first day of lunar month 11 (the solstice month) around December ``year``."""
    start = _month_start(_jdn(date(year, 12, 31)), offset_h)
    if _sun_sector(start, offset_h) >= 9:  # already past 270°: the solstice is in the month before
        start = _month_start(start - 1, offset_h)
    return start


def _k_of(jdn: int) -> int:
    """Number of the new moon nearest to day ``jdn``."""
    return math.floor((jdn - _EPOCH_NEW_MOON) / _SYNODIC_MONTH + 0.5)


def _month_start(jdn: int, offset_h: float) -> int:
    """JDN of the first day of the lunar month that contains day ``jdn``."""
    k = _k_of(jdn) + 1
    while (start := _new_moon_day(k, offset_h)) > jdn:
        k -= 1
    return start


@lru_cache(maxsize=512)
def _leap_offset(month11: int, offset_h: float) -> int:
    """Months after month 11 until the first month without a major solar term (the leap one)."""
    k = _k_of(month11)
    i = 1
    sector = _sun_sector(_new_moon_day(k + i, offset_h), offset_h)
    while True:
        last = sector
        i += 1
        sector = _sun_sector(_new_moon_day(k + i, offset_h), offset_h)
        if sector == last or i >= 14:
            return i - 1


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the lunar calendar is computed for {FIRST_YEAR}–{LAST_YEAR}, not {year}")


def to_lunar(day: date, offset_h: float = VIETNAM_OFFSET_H) -> LunarDate:
    """The lunar date of a (Gregorian) civil day in Vietnam."""
    _check_year(day.year)
    jdn = _jdn(day)
    month_start = _month_start(jdn, offset_h)
    a11 = _month11_start(day.year, offset_h)
    if a11 >= month_start:
        lunar_year, b11 = day.year, a11
        a11 = _month11_start(day.year - 1, offset_h)
    else:
        lunar_year, b11 = day.year + 1, _month11_start(day.year + 1, offset_h)
    months_since_11 = math.floor((month_start - a11) / 29)
    month, leap = months_since_11 + 11, False
    if b11 - a11 > 365:  # a 13-month year
        leap_at = _leap_offset(a11, offset_h)
        if months_since_11 >= leap_at:
            month = months_since_11 + 10
            leap = months_since_11 == leap_at
    if month > 12:
        month -= 12
    if month >= 11 and months_since_11 < 4:
        lunar_year -= 1
    return LunarDate(lunar_year, month, jdn - month_start + 1, leap)


def from_lunar(lunar: LunarDate, offset_h: float = VIETNAM_OFFSET_H) -> date | None:
    """The civil day of a lunar date, or None if it does not exist that year.

    A date does not exist when its month has only 29 days and ``day`` is 30, or when ``leap``
    is asked for a month that is not repeated that year.
    """
    _check_year(lunar.year)
    if not (1 <= lunar.month <= 12 and 1 <= lunar.day <= 30):
        return None
    if lunar.month < 11:
        a11 = _month11_start(lunar.year - 1, offset_h)
        b11 = _month11_start(lunar.year, offset_h)
    else:
        a11 = _month11_start(lunar.year, offset_h)
        b11 = _month11_start(lunar.year + 1, offset_h)
    k = _k_of(a11)
    off = (lunar.month - 11) % 12
    if b11 - a11 > 365:
        leap_at = _leap_offset(a11, offset_h)
        leap_month = (leap_at - 2) % 12 or 12
        if lunar.leap and lunar.month != leap_month:
            return None
        if lunar.leap or off >= leap_at:
            off += 1
    elif lunar.leap:
        return None
    start = _new_moon_day(k + off, offset_h)
    length = _new_moon_day(k + off + 1, offset_h) - start
    if lunar.day > length:
        return None
    return _from_jdn(start + lunar.day - 1)


def month_length(day: date, offset_h: float = VIETNAM_OFFSET_H) -> int:
    """Days (29 or 30) in the lunar month that contains ``day``."""
    start = _month_start(_jdn(day), offset_h)
    return _new_moon_day(_k_of(start) + 1, offset_h) - start


def leap_month(year: int, offset_h: float = VIETNAM_OFFSET_H) -> int | None:
    """The month repeated in lunar ``year`` (1–12), or None in a 12-month year."""
    _check_year(year)
    a11 = _month11_start(year - 1, offset_h)
    b11 = _month11_start(year, offset_h)
    if b11 - a11 <= 365:
        return None
    return (_leap_offset(a11, offset_h) - 2) % 12 or 12


def tet(year: int, offset_h: float = VIETNAM_OFFSET_H) -> date:
    """Mùng 1 Tết Nguyên đán of lunar ``year``."""
    first = from_lunar(LunarDate(year, 1, 1), offset_h)
    assert first is not None  # every year has a first month
    return first
