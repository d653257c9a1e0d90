"""A resolved week as the station publishes it: rows for the printed schedule, iCalendar, CSV.

:func:`week_rows` resolves each day for every zone and merges what the zones share into one
row, naming the zones only where they differ. :func:`to_ics` and :func:`to_csv` write those
rows; the printed document (``studio.ui.printing``) lays out the same rows with the heading
of a Vietnamese administrative document, whose text (:func:`place_name`,
:func:`date_line` …) is made here. Labels in these files are Vietnamese whatever the UI
language: they are the content of a document the commune files and posts, not UI.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from studio.localtime import STATION_TZ, to_local
from studio.schedule.book import ScheduleBook
from studio.schedule.resolve import parse_key, resolve, zones_to_resolve
from studio.store.models import Priority

WEEKDAY_NAMES_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
PRIORITY_VI = {
    Priority.NORMAL: "Thường",
    Priority.PRIORITY: "Ưu tiên",
    Priority.EMERGENCY: "Khẩn cấp",
}
ALL_ZONES_VI = "Tất cả"
CSV_COLUMNS = (
    "Ngày",
    "Giờ bắt đầu",
    "Giờ kết thúc",
    "Vùng phát",
    "Nội dung",
    "Thời lượng",
    "Mức ưu tiên",
)
#: namespace of the iCalendar UIDs, so the same entry keeps its UID from one export to the next
_UID_NAMESPACE = uuid.UUID("6f1c8a52-3b0e-4d7e-9a44-5c2d0e7b9f10")


@dataclass(frozen=True)
class Row:
    """One item on air, shared by the zones in ``zones``.

    ``zones``: zone names, empty when it plays on every zone (or the station has none);
    ``start``/``end``: aware UTC instants; ``key``: the entry's handle (``slot:…``).
    """

    day: date
    start: datetime
    end: datetime
    title: str
    slot_title: str
    zones: tuple[str, ...]
    zone_ids: tuple[uuid.UUID, ...]
    priority: Priority
    key: str
    cut_s: float = 0.0

    @property
    def length_s(self) -> float:
        return (self.end - self.start).total_seconds()


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=i) for i in range(7)]


def day_rows(book: ScheduleBook, day: date) -> list[Row]:
    """Every zone's running order of ``day`` merged: one row per item and time, in time order."""
    zones = zones_to_resolve(book)
    merged: dict[tuple, list] = {}
    for zone_id in zones:
        playlist = resolve(book, day, zone_id)
        for block in playlist.blocks:
            for e in block.entries:
                ident = (e.key, e.start, e.end, e.title, e.priority, e.cut_s, block.title)
                merged.setdefault(ident, []).append(zone_id)
    rows = []
    for (key, start, end, title, prio, cut, slot_title), zone_ids in merged.items():
        everywhere = len(zone_ids) == len(zones)
        named = () if everywhere else tuple(z for z in zone_ids if z is not None)
        rows.append(
            Row(
                day=day,
                start=start,
                end=end,
                title=title,
                slot_title=slot_title if slot_title != title else "",
                zones=tuple(sorted(book.zone_name(z) for z in named)),
                zone_ids=tuple(sorted(named)),
                priority=prio,
                key=key,
                cut_s=cut,
            )
        )
    rows.sort(key=lambda r: (r.start, r.end, r.zones, r.title))
    return rows


def week_rows(book: ScheduleBook, monday: date) -> dict[date, list[Row]]:
    """The seven days from ``monday``, each with its merged rows (possibly none)."""
    return {d: day_rows(book, d) for d in week_days(monday)}


# --- text of the document --------------------------------------------------------------------


def clock_text(instant: datetime, *, seconds: bool = True) -> str:
    """Local ``HH:MM``, or ``HH:MM:SS`` when the item is not on the minute and ``seconds``.

    Without ``seconds`` the time is cut to the minute (the printed schedule, whose duration
    column gives the exact length).
    """
    local = to_local(instant + timedelta(microseconds=500_000)).replace(microsecond=0)
    return f"{local:%H:%M}" if local.second == 0 or not seconds else f"{local:%H:%M:%S}"


def length_text(seconds: float) -> str:
    """``30 phút`` for whole minutes, else ``m:ss`` (``h:mm:ss`` from an hour up)."""
    total = round(seconds)
    if total and total % 60 == 0:
        return f"{total // 60} phút"
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_week(monday: date) -> int:
    return monday.isocalendar().week


def week_line(monday: date) -> str:
    """``Tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)``."""
    sunday = monday + timedelta(days=6)
    return f"Tuần {iso_week(monday)} (từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y})"


#: words that open a station's name but are not the place (longest first)
_PLACE_PREFIXES = (
    "đài truyền thanh - truyền hình",
    "đài truyền thanh",
    "đài phát thanh",
    "trung tâm văn hóa - thông tin - thể thao",
    "trung tâm",
    "thị trấn",
    "đặc khu",
    "phường",
    "xã",
)


def place_name(station_name: str, province: str = "") -> str:
    """The place for the date line: ``Xã Bằng Thành`` → ``Bằng Thành``; the province if none."""
    name = unicodedata.normalize("NFC", station_name).strip()
    changed = True
    while changed:
        changed = False
        for prefix in _PLACE_PREFIXES:
            lower = name.lower()
            if lower == prefix or lower.startswith(prefix + " "):
                name = name[len(prefix) :].strip(" -–")
                changed = True
    return name or unicodedata.normalize("NFC", province).strip()


def date_line(place: str, day: date) -> str:
    """``Bằng Thành, ngày 23 tháng 11 năm 2026``; days below 10 and months 1–2 get a leading
    zero, as Nghị định 30/2020/NĐ-CP asks (so no one can add a digit in front)."""
    d = f"{day.day:02d}" if day.day < 10 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {d} tháng {m} năm {day.year}"


def number_line(number: str | int | None, issuer_code: str = "ĐTT", kind: str = "LPS") -> str:
    """``Số: 12/LPS-ĐTT`` (``kind`` BC for a report); without a number the space is left for
    the clerk to fill in."""
    shown = str(number).strip() if number not in (None, "") else "\u00a0" * 8
    return f"Số: {shown}/{kind}-{issuer_code}"


def today_local(now: datetime | None = None) -> date:
    """Today's date in Asia/Ho_Chi_Minh."""
    return (now or datetime.now(UTC)).astimezone(STATION_TZ).date()


# --- CSV ------------------------------------------------------------------------------------


def to_csv(rows: dict[date, list[Row]]) -> bytes:
    """The rows as CSV, UTF-8 with a byte-order mark so Excel on Windows reads Vietnamese."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for day, day_rows_ in rows.items():
        for r in day_rows_:
            writer.writerow(
                [
                    f"{day:%d/%m/%Y}",
                    clock_text(r.start),
                    clock_text(r.end),
                    ", ".join(r.zones) or ALL_ZONES_VI,
                    r.title,
                    length_text(r.length_s),
                    PRIORITY_VI[r.priority],
                ]
            )
    return out.getvalue().encode("utf-8-sig")


# --- iCalendar (RFC 5545) -------------------------------------------------------------------

TZID = "Asia/Ho_Chi_Minh"
#: Vietnam has kept UTC+7 without daylight saving since 13 June 1975 (it was +8 before)
_VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19750613T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0700",
    "TZNAME:+07",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def ics_escape(text: str) -> str:
    """TEXT value escaping of RFC 5545 §3.3.11."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return re.sub(r"\r\n|\r|\n", r"\\n", text)


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character."""
    parts, current, size, limit = [], [], 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(ch)
        size += n
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _local_stamp(instant: datetime) -> str:
    return to_local(instant.replace(microsecond=0)).strftime("%Y%m%dT%H%M%S")


def event_uid(row: Row) -> str:
    """Stable for the same entry on the same day and zones, so re-imports update events."""
    kind, record_id = parse_key(row.key)
    zones = ",".join(str(z) for z in row.zone_ids) or "*"
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{kind}:{record_id}|{row.day}|{zones}')}@studio"


def _description(row: Row) -> str:
    lines = []
    if row.slot_title:
        lines.append(f"Buổi phát: {row.slot_title}")
    lines.append(f"Vùng phát: {', '.join(row.zones) or ALL_ZONES_VI}")
    lines.append(f"Thời lượng: {length_text(row.length_s)}")
    lines.append(f"Mức ưu tiên: {PRIORITY_VI[row.priority]}")
    if row.cut_s:
        lines.append(f"Bị cắt: {length_text(row.cut_s)} cuối")
    return "\n".join(lines)


def to_ics(
    rows: dict[date, list[Row]], calendar_name: str = "", now: datetime | None = None
) -> bytes:
    """One VEVENT per row, local times with a VTIMEZONE, CRLF lines folded at 75 octets."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Studio//Lich phat song//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if calendar_name:
        lines.append(f"X-WR-CALNAME:{ics_escape(calendar_name)}")
    lines.append(f"X-WR-TIMEZONE:{TZID}")
    lines.extend(_VTIMEZONE)
    for day_rows_ in rows.values():
        for r in day_rows_:
            lines += [
                "BEGIN:VEVENT",
                f"UID:{event_uid(r)}",
                f"DTSTAMP:{stamp}",
                f"DTSTART;TZID={TZID}:{_local_stamp(r.start)}",
                f"DTEND;TZID={TZID}:{_local_stamp(r.end)}",
                f"SUMMARY:{ics_escape(r.title)}",
                f"DESCRIPTION:{ics_escape(_description(r))}",
            ]
            if r.zones:
                lines.append(f"LOCATION:{ics_escape(', '.join(r.zones))}")
            lines.append(
                "PRIORITY:" + {"normal": "0", "priority": "5", "emergency": "1"}[r.priority]
            )
            lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
