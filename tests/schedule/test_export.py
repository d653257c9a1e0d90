"""The week as iCalendar and CSV: read back the way a calendar app and Excel would."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from studio.schedule import export
from studio.schedule.template import Content
from studio.store.models import ExceptionAction, Priority, SlotContent
from tests.helpers import run_studio, studio_env
from tests.schedule.build import MONDAY, ZONE_A, ZONE_B, book, bulletin, exception, programme, slot

VN = ZoneInfo("Asia/Ho_Chi_Minh")
NEWS = programme("Thời sự sáng", 1500.0)
NOTICE = bulletin("Thông báo: tiêm phòng dại; chó, mèo\nđợt 2", 313.0)
LONG = programme("Chương trình phát thanh tiếng Tày – Nùng của xã Bằng Thành", 600.0)
VOV1 = Content(SlotContent.RELAY_STREAM, stream_url="https://vov1.example/live")


def sample_book():
    """A commune's week: news every morning on every zone, an evening relay on one hamlet,
    a Saturday priority notice on the other, and no morning news on Sunday."""
    morning = slot("05:30", 30, NEWS, title="Buổi sáng")
    return book(
        slots=[
            morning,
            slot("17:30", 30, VOV1, days=0b0011111, zones=[ZONE_A], title="Tiếp sóng VOV1"),
            slot("19:00", 15, NOTICE, days=0b0100000, zones=[ZONE_B], priority=Priority.PRIORITY),
            slot("20:00", 15, LONG, days=0b0000001),
        ],
        exceptions=[exception(ExceptionAction.CANCEL, date(2026, 11, 29), slot_id=morning.id)],
        library=[NEWS, NOTICE, LONG],
    )


def test_zones_are_merged_and_named_only_where_they_differ():
    rows = export.week_rows(sample_book(), MONDAY)
    monday = [(export.clock_text(r.start), r.title, r.zones) for r in rows[MONDAY]]
    assert monday == [
        ("05:30", "Thời sự sáng", ()),  # on every zone: one row, no names
        ("17:30", "Tiếp sóng VOV1", ("Thôn Nà Lạ",)),
        ("20:00", LONG.title, ()),
    ]
    assert rows[date(2026, 11, 29)] == [], "Sunday's only slot is cancelled"
    saturday = rows[date(2026, 11, 28)]
    assert [(r.title.split(":")[0], r.zones, r.priority) for r in saturday] == [
        ("Thời sự sáng", (), Priority.NORMAL),
        ("Thông báo", ("Thôn Bản Chang",), Priority.PRIORITY),
    ]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(1800, "30 phút"), (1500, "25 phút"), (313, "5:13"), (3725, "1:02:05"), (0, "0:00")],
)
def test_length_text(seconds, text):
    assert export.length_text(seconds) == text


@pytest.mark.parametrize(
    ("name", "province", "place"),
    [
        ("Xã Bằng Thành", "Thái Nguyên", "Bằng Thành"),
        ("Đài truyền thanh xã Nà Phặc", "Thái Nguyên", "Nà Phặc"),
        ("Phường Ba Đình", "Hà Nội", "Ba Đình"),
        ("Đài truyền thanh", "Cao Bằng", "Cao Bằng"),
    ],
)
def test_place_of_the_date_line(name, province, place):
    assert export.place_name(name, province) == place


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (date(2026, 11, 23), "Bằng Thành, ngày 23 tháng 11 năm 2026"),
        (date(2027, 2, 5), "Bằng Thành, ngày 05 tháng 02 năm 2027"),
        (date(2026, 3, 1), "Bằng Thành, ngày 01 tháng 3 năm 2026"),
    ],
)
def test_date_line_pads_as_the_decree_asks(day, line):
    assert export.date_line("Bằng Thành", day) == line


def test_today_is_the_date_in_vietnam():
    assert export.today_local(datetime(2026, 11, 22, 18, 0, tzinfo=UTC)) == date(2026, 11, 23)


# --- iCalendar ------------------------------------------------------------------------------


def parse_ics(raw: bytes) -> list[dict[str, tuple[dict[str, str], str]]]:
    """Components as {NAME: (params, value)}, after unfolding and unescaping (RFC 5545)."""
    text = raw.decode("utf-8")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    components, stack = [], []
    for line in unfolded.split("\r\n"):
        if not line:
            continue
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        if name == "BEGIN":
            stack.append({"BEGIN": ({}, value)})
        elif name == "END":
            components.append(stack.pop())
        else:
            value = re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)
            stack[-1][name] = (dict(p.split("=", 1) for p in params), value)
    assert not stack
    return components


def when(prop: tuple[dict[str, str], str]) -> datetime:
    params, value = prop
    tz = ZoneInfo(params["TZID"])
    return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=tz)


def test_ics_reads_back_with_times_in_vietnam():
    rows = export.week_rows(sample_book(), MONDAY)
    raw = export.to_ics(rows, "Lịch phát sóng - Xã Bằng Thành")
    comps = parse_ics(raw)
    cal = next(c for c in comps if c["BEGIN"][1] == "VCALENDAR")
    assert cal["VERSION"][1] == "2.0" and "PRODID" in cal
    tz = next(c for c in comps if c["BEGIN"][1] == "VTIMEZONE")
    assert tz["TZID"][1] == "Asia/Ho_Chi_Minh"
    events = [c for c in comps if c["BEGIN"][1] == "VEVENT"]
    assert len(events) == sum(len(r) for r in rows.values())
    first = events[0]
    assert first["SUMMARY"][1] == "Thời sự sáng"
    assert when(first["DTSTART"]) == datetime(2026, 11, 23, 5, 30, tzinfo=VN)
    assert when(first["DTSTART"]).astimezone(UTC) == datetime(2026, 11, 22, 22, 30, tzinfo=UTC)
    assert when(first["DTEND"]) == datetime(2026, 11, 23, 5, 55, tzinfo=VN)
    notice = next(e for e in events if e["SUMMARY"][1].startswith("Thông báo"))
    assert notice["SUMMARY"][1] == NOTICE.title, "comma, semicolon and newline survive"
    assert notice["LOCATION"][1] == "Thôn Bản Chang"
    assert "Mức ưu tiên: Ưu tiên" in notice["DESCRIPTION"][1].split("\n")
    assert any(e["SUMMARY"][1] == LONG.title for e in events), "long titles fold and unfold"
    assert len({e["UID"][1] for e in events}) == len(events)
    for e in events:
        assert e["DTSTAMP"][1].endswith("Z")


def test_ics_lines_are_crlf_and_folded_at_75_octets_without_splitting_letters():
    raw = export.to_ics(export.week_rows(sample_book(), MONDAY))
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "the long title was folded"
    for line in lines:
        line.decode("utf-8")  # no line ends inside a multi-byte letter


def test_ics_uids_are_stable_between_exports():
    rows = export.week_rows(sample_book(), MONDAY)
    now = datetime(2026, 11, 20, tzinfo=UTC)
    a = export.to_ics(rows, now=now)
    b = export.to_ics(rows, now=datetime(2026, 11, 21, tzinfo=UTC))
    uids = [e["UID"][1] for e in parse_ics(a) if "UID" in e]
    assert uids == [e["UID"][1] for e in parse_ics(b) if "UID" in e]


# --- CSV ------------------------------------------------------------------------------------


def test_csv_has_a_bom_and_reads_back():
    raw = export.to_csv(export.week_rows(sample_book(), MONDAY))
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel on Windows needs the BOM to read UTF-8"
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(table[0]) == list(export.CSV_COLUMNS)
    assert table[0] == {
        "Ngày": "23/11/2026",
        "Giờ bắt đầu": "05:30",
        "Giờ kết thúc": "05:55",
        "Vùng phát": "Tất cả",
        "Nội dung": "Thời sự sáng",
        "Thời lượng": "25 phút",
        "Mức ưu tiên": "Thường",
    }
    notice = next(r for r in table if r["Nội dung"] == NOTICE.title)
    assert (notice["Ngày"], notice["Vùng phát"], notice["Thời lượng"]) == (
        "28/11/2026",
        "Thôn Bản Chang",
        "5:13",
    )
    assert notice["Mức ưu tiên"] == "Ưu tiên"
    assert not any(r["Ngày"] == "29/11/2026" for r in table)


# --- the commands ---------------------------------------------------------------------------

EN = studio_env(STUDIO_LANG="en")


@pytest.fixture(scope="module")
def station_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "studio.db"
    for args in (
        ["init", "--name", "Xã Bằng Thành", "--province", "Thái Nguyên"],
        [
            "schedule",
            "add",
            "--days",
            "mon-fri",
            "--at",
            "17:30",
            "--length",
            "30",
            "--content",
            "stream:https://vov1.example/live",
            "--title",
            "Tiếp sóng VOV1",
        ],
    ):
        result = run_studio("--db", str(path), *args, env=EN)
        assert result.returncode == 0, result.stderr
    return path


def test_export_commands_write_ics_and_csv(station_db, tmp_path):
    ics, table = tmp_path / "lich.ics", tmp_path / "lich.csv"
    for flag, out in (("--ics", ics), ("--csv", table)):
        args = ["schedule", "export", "--week", "2026-W48", flag, "-o", str(out)]
        result = run_studio("--db", str(station_db), *args, env=EN)
        assert result.returncode == 0, result.stderr
        assert "5 items" in result.stdout
    events = [c for c in parse_ics(ics.read_bytes()) if c["BEGIN"][1] == "VEVENT"]
    assert [when(e["DTSTART"]).day for e in events] == [23, 24, 25, 26, 27]
    assert when(events[0]["DTSTART"]) == datetime(2026, 11, 23, 17, 30, tzinfo=VN)
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    assert rows[1][:5] == ["23/11/2026", "17:30", "18:00", "Tất cả", "Tiếp sóng VOV1"]
    assert not list(tmp_path.glob(".*part")), "no temp file left behind"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W60", "--csv", "-o", "{tmp}/a.csv"], "Not a week"),
        (["--week", "2026-W48", "--ics", "-o", "{tmp}/missing/a.ics"], "folder does not exist"),
    ],
)
def test_export_bad_input_exits_2_with_a_message(station_db, tmp_path, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    result = run_studio("--db", str(station_db), "schedule", "export", *args, env=EN)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not any(tmp_path.iterdir())
