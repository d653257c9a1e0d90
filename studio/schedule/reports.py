"""As-run reports: what went on air over a day, a week or a month, per zone.

Totals per zone — minutes broadcast, items played, failed and missed, and the share of
minutes the station produced itself (its own bulletins and programmes, as against relays
and the parent station's content) — plus every entry, for the CSV and XLSX files.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from studio.localtime import STATION_TZ, to_local
from studio.store import Store
from studio.store.models import AsRunEntry, Bulletin, PlayResult, Programme, Zone

ALL_ZONES = "—"


@dataclass
class ZoneTotals:
    zone: str
    minutes: float = 0.0
    local_minutes: float = 0.0
    played: int = 0
    failed: int = 0
    missed: int = 0

    @property
    def local_share(self) -> float:
        """Locally produced minutes as a fraction of all minutes (0 when nothing played)."""
        return self.local_minutes / self.minutes if self.minutes else 0.0


@dataclass(frozen=True)
class ReportLine:
    started: datetime  # aware, station time
    ended: datetime | None
    zone: str
    title: str
    result: PlayResult
    local: bool

    @property
    def minutes(self) -> float:
        return (self.ended - self.started).total_seconds() / 60 if self.ended else 0.0


@dataclass
class Report:
    first: date
    last: date
    zones: list[ZoneTotals] = field(default_factory=list)
    lines: list[ReportLine] = field(default_factory=list)


def period(kind: str, text: str) -> tuple[date, date]:
    """First and last day of ``--day 2026-11-23``, ``--week 2026-W48`` or ``--month 2026-11``.

    ValueError for text that is not such a period.
    """
    text = text.strip()
    if kind == "day":
        day = date.fromisoformat(text)
        return day, day
    if kind == "week":
        year, _, week = text.upper().partition("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        return monday, monday + timedelta(days=6)
    year, month = (int(part) for part in text.split("-"))
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def shift(kind: str, first: date, steps: int) -> tuple[date, date]:
    """The day, week or month ``steps`` after the one that begins on ``first``."""
    if kind == "day":
        day = first + timedelta(days=steps)
        return day, day
    if kind == "week":
        monday = first - timedelta(days=first.weekday()) + timedelta(weeks=steps)
        return monday, monday + timedelta(days=6)
    months = first.year * 12 + first.month - 1 + steps
    return period("month", f"{months // 12}-{months % 12 + 1}")


def containing(kind: str, day: date) -> tuple[date, date]:
    """The day, week or month ``day`` falls in."""
    if kind == "month":
        return shift("month", day.replace(day=1), 0)
    return shift(kind, day, 0)


def period_line(first: date, last: date) -> str:
    """The period as a report's subtitle: ``Ngày 23/11/2026``, ``Tuần 48 (từ ngày … đến ngày
    …)``, ``Tháng 11 năm 2026``, else ``Từ ngày … đến ngày …``."""
    if first == last:
        return f"Ngày {first:%d/%m/%Y}"
    if first.weekday() == 0 and last == first + timedelta(days=6):
        week = first.isocalendar().week
        return f"Tuần {week} (từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y})"
    if first.day == 1 and (first, last) == shift("month", first, 0):
        return f"Tháng {first.month} năm {first.year}"
    return f"Từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}"


def build(store: Store, first: date, last: date) -> Report:
    """The report of the station-time days ``first`` … ``last`` (inclusive)."""
    since = datetime.combine(first, time(), STATION_TZ)
    until = datetime.combine(last + timedelta(days=1), time(), STATION_TZ)
    own = store.local_station_id
    with store.session() as s:
        entries = s.scalars(
            select(AsRunEntry)
            .where(~AsRunEntry.deleted, AsRunEntry.started_at >= since)
            .where(AsRunEntry.started_at < until)
            .order_by(AsRunEntry.started_at)
        ).all()
        zones = {z.id: z.name for z in s.scalars(select(Zone))}
        owners: dict[uuid.UUID, uuid.UUID] = {}
        for model, attr in ((Bulletin, "bulletin_id"), (Programme, "programme_id")):
            ids = {getattr(e, attr) for e in entries} - {None}
            if ids:
                query = select(model.id, model.station_id).where(model.id.in_(ids))
                owners.update((row[0], row[1]) for row in s.execute(query).all())
    report = Report(first, last)
    totals: dict[str, ZoneTotals] = {}
    for e in entries:
        made_by = owners.get(e.bulletin_id) or owners.get(e.programme_id)
        line = ReportLine(
            started=to_local(e.started_at),
            ended=to_local(e.ended_at) if e.ended_at else None,
            zone=zones.get(e.zone_id, ALL_ZONES),
            title=e.title,
            result=e.result,
            local=made_by is not None and made_by == own,
        )
        report.lines.append(line)
        zone = totals.setdefault(line.zone, ZoneTotals(line.zone))
        if e.result in (PlayResult.PLAYED, PlayResult.PARTIAL, PlayResult.INTERRUPTED):
            zone.played += 1
            zone.minutes += line.minutes
            zone.local_minutes += line.minutes if line.local else 0.0
        elif e.result == PlayResult.FAILED:
            zone.failed += 1
        else:
            zone.missed += 1
    report.zones = sorted(totals.values(), key=lambda z: z.zone)
    return report


#: column headings of the entry table (the report is a Vietnamese administrative record)
HEADINGS = (
    "Ngày",
    "Bắt đầu",
    "Kết thúc",
    "Vùng phát",
    "Nội dung",
    "Phút",
    "Kết quả",
    "Tự sản xuất",
)
RESULTS = {
    PlayResult.PLAYED: "Đã phát",
    PlayResult.PARTIAL: "Phát một phần",
    PlayResult.INTERRUPTED: "Bị ngắt",
    PlayResult.FAILED: "Lỗi",
    PlayResult.MISSED: "Bỏ lỡ",
}


def rows(report: Report) -> list[list[object]]:
    return [
        [
            f"{line.started:%d/%m/%Y}",
            f"{line.started:%H:%M:%S}",
            f"{line.ended:%H:%M:%S}" if line.ended else "",
            line.zone,
            line.title,
            round(line.minutes, 2),
            RESULTS[line.result],
            "Có" if line.local else "Không",
        ]
        for line in report.lines
    ]


def to_csv(report: Report) -> bytes:
    """UTF-8 with a byte-order mark, so Excel on Windows shows the Vietnamese."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    writer.writerows(rows(report))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(report: Report) -> bytes:
    """A workbook with the totals per zone on the first sheet and every entry on the second."""
    from openpyxl import Workbook  # only the XLSX export needs it

    book = Workbook()
    totals = book.active
    totals.title = "Tổng hợp"
    totals.append([f"Báo cáo phát sóng từ {report.first:%d/%m/%Y} đến {report.last:%d/%m/%Y}"])
    totals.append(["Vùng phát", "Phút phát", "Số lần phát", "Lỗi", "Bỏ lỡ", "Tỷ lệ tự sản xuất"])
    for z in report.zones:
        totals.append(
            [z.zone, round(z.minutes, 1), z.played, z.failed, z.missed, round(z.local_share, 3)]
        )
    detail = book.create_sheet("Chi tiết")
    detail.append(list(HEADINGS))
    for row in rows(report):
        detail.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
