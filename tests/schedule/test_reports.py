"""As-run reports: minutes per zone, results, and the share the station produced itself."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from studio.localtime import STATION_TZ
from studio.schedule import reports
from studio.store import bulletins, stations
from studio.store.models import (
    AsRunEntry,
    Bulletin,
    BulletinSource,
    PlayResult,
    PlaySource,
    Station,
    StationKind,
)
from studio.store.stations import StationProfile
from tests.helpers import run_studio


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=STATION_TZ)


@pytest.fixture
def aired(store):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    na_la = stations.add_zone(store, "Thôn Nà Lạ")
    khuoi = stations.add_zone(store, "Thôn Khuổi Ha")
    own = bulletins.add_bulletin(store, "Thông báo của xã")
    with store.session() as s:
        parent = Station(id=uuid.uuid4(), name="Đài tỉnh", kind=StationKind.PARENT)
        s.add(parent)
        s.flush()
        theirs = Bulletin(
            title="Tin của tỉnh", source=BulletinSource.RECEIVED, station_id=parent.id
        )
        s.add(theirs)
        s.flush()

        def play(zone, start, minutes, title, result=PlayResult.PLAYED, bulletin=None):
            s.add(
                AsRunEntry(
                    started_at=start,
                    ended_at=start + timedelta(minutes=minutes),
                    zone_id=zone.id,
                    title=title,
                    result=result,
                    source=PlaySource.SPEAKER,
                    bulletin_id=bulletin,
                )
            )

        play(na_la, at(23, 5, 30), 10, "Thông báo của xã", bulletin=own.id)
        play(na_la, at(23, 5, 40), 20, "Tin của tỉnh", bulletin=theirs.id)
        play(khuoi, at(23, 17, 30), 15, "Thông báo của xã", bulletin=own.id)
        play(khuoi, at(24, 5, 30), 0, "Thông báo của xã", PlayResult.MISSED, own.id)
        play(na_la, at(30, 23, 59), 5, "Tiếp sóng VOV1", PlayResult.FAILED)
    return store


def test_week_totals_per_zone(aired):
    report = reports.build(aired, *reports.period("week", "2026-W48"))
    totals = {z.zone: z for z in report.zones}
    assert totals["Thôn Nà Lạ"].minutes == pytest.approx(30.0)
    assert totals["Thôn Nà Lạ"].local_share == pytest.approx(10 / 30)
    assert totals["Thôn Khuổi Ha"].played == 1 and totals["Thôn Khuổi Ha"].missed == 1
    assert totals["Thôn Khuổi Ha"].local_share == 1.0
    assert totals["Thôn Nà Lạ"].failed == 0, "30/11 is in the next week"


@pytest.mark.parametrize(
    "kind, text, first, last",
    [
        ("day", "2026-11-23", "2026-11-23", "2026-11-23"),
        ("week", "2026-W48", "2026-11-23", "2026-11-29"),
        ("month", "2026-11", "2026-11-01", "2026-11-30"),
        ("month", "2026-12", "2026-12-01", "2026-12-31"),
    ],
)
def test_periods(kind, text, first, last):
    assert [d.isoformat() for d in reports.period(kind, text)] == [first, last]


def test_month_report_as_csv_and_xlsx(aired, db_path, tmp_path):
    report = reports.build(aired, *reports.period("month", "2026-11"))
    table = list(csv.reader(io.StringIO(reports.to_csv(report).decode("utf-8-sig"))))
    assert table[0][:5] == ["Ngày", "Bắt đầu", "Kết thúc", "Vùng phát", "Nội dung"]
    assert [
        "23/11/2026",
        "05:30:00",
        "05:40:00",
        "Thôn Nà Lạ",
        "Thông báo của xã",
        "10.0",
        "Đã phát",
        "Có",
    ] in table
    assert table[-1][6] == "Lỗi"
    aired.close()

    out = tmp_path / "bao-cao-11.xlsx"
    result = run_studio("--db", str(db_path), "report", "--month", "2026-11", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Thôn Nà Lạ: 30 phút" in result.stdout
    book = load_workbook(out)
    totals = list(book["Tổng hợp"].iter_rows(min_row=3, values_only=True))
    assert ("Thôn Khuổi Ha", 15.0, 1, 0, 1, 1.0) in totals
    assert book["Chi tiết"].max_row == 6


def test_bad_period_and_format_exit_2(aired, db_path, tmp_path):
    aired.close()
    bad = run_studio("--db", str(db_path), "report", "--month", "tháng 11")
    assert bad.returncode == 2 and "2026-W48" in bad.stderr
    wrong = run_studio(
        "--db", str(db_path), "report", "--week", "2026-W48", "-o", str(tmp_path / "x.pdf")
    )
    assert wrong.returncode == 2 and not (tmp_path / "x.pdf").exists()
    as_json = json.loads(
        run_studio("--db", str(db_path), "report", "--day", "2026-11-23", "--json").stdout
    )
    assert as_json["entries"] == 3
