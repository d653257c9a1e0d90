"""Reading dates and clock times the way a Vietnamese announcer says them.

- Days 1–10 of a month take "mồng" ("ngày mồng hai tháng một").
- Months are said by number with the administrative (solar calendar) names: January is
  "tháng một" and December "tháng mười hai"; "tháng Giêng" and "tháng Chạp" belong to the
  lunar calendar and are not used. April is "tháng tư".
- Years are read as plain numbers ("năm hai nghìn không trăm mười chín").
- "17h30" is "mười bảy giờ ba mươi phút"; a zero minute is left out ("7h00" → "bảy giờ").
"""

from __future__ import annotations

from studio.tts.numbers import read_number


def is_date(day: int, month: int) -> bool:
    """True when ``day``/``month`` can be a calendar date (the year is not checked)."""
    return 1 <= day <= 31 and 1 <= month <= 12


def read_day(day: int) -> str:
    """The day of the month: 2 → "mồng hai", 15 → "mười lăm"."""
    return f"mồng {read_number(day)}" if day <= 10 else read_number(day)


def read_month(month: int) -> str:
    """The month's number as said after "tháng": 4 → "tư", 1 → "một"."""
    return "tư" if month == 4 else read_number(month)


def read_date(day: int, month: int, year: int | None = None) -> str:
    """The date without the leading "ngày": "mồng hai tháng một năm hai nghìn …"."""
    words = f"{read_day(day)} tháng {read_month(month)}"
    if year is not None:
        words += f" năm {read_number(year)}"
    return words


def read_time(hour: int, minute: int | None = None) -> str:
    """A clock time: (17, 30) → "mười bảy giờ ba mươi phút", (7, None) → "bảy giờ"."""
    words = f"{read_number(hour)} giờ"
    if minute:
        words += f" {read_number(minute)} phút"
    return words


def is_time(hour: int, minute: int | None = None) -> bool:
    """True when ``hour``:``minute`` is a time of day (24 is allowed for "24h")."""
    return 0 <= hour <= 24 and (minute is None or 0 <= minute <= 59)
