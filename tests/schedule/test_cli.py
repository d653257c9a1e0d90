"""`studio schedule …` as a script runs it: a real child process on a real SQLite file."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid

import pytest

from tests.helpers import run_studio, studio_env

EN = studio_env(STUDIO_LANG="en")


def studio(db, *args, env=EN):
    return run_studio("--db", str(db), *args, env=env)


@pytest.fixture(scope="module")
def station_db(tmp_path_factory):
    """A station set up once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("station") / "studio.db"
    assert studio(path, "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn").returncode == 0
    # a rendered programme and a zone with one loudspeaker, as the library would leave them
    with sqlite3.connect(path) as con:
        station = con.execute("SELECT id FROM stations").fetchone()[0]
        rows = {
            "audio_assets": (
                "id, sha256, kind, title, file_name, duration_s, sample_rate, channels",
                ("a1", "a" * 64, "programme", "", "", 1500.0, 48000, 1),
            ),
            "programmes": (
                "id, title, description, priority, bed_gain_db, duck_db, duck_attack_ms, "
                "duck_release_ms, rendered_asset_id",
                ("p1", "Thời sự sáng", "", "normal", -6, -12, 300, 800, "a1"),
            ),
            "zones": ("id, name, kind, description", ("z1", "Thôn Nà Lạ", "ip", "")),
            "devices": (
                "id, name, kind, transport, zone_id, address, enabled",
                ("d1", "Loa đầu bản", "ip_speaker", "mqtt", "z1", "nala", 1),
            ),
        }
        ids = {}
        for table, (columns, values) in rows.items():
            values = tuple(
                ids.setdefault(v, uuid.uuid4().hex) if v in ("a1", "p1", "z1", "d1") else v
                for v in values
            )
            marks = ", ".join("?" * (len(values) + 4))
            con.execute(
                f"INSERT INTO {table} ({columns}, updated_at, deleted, created_at, station_id)"
                f" VALUES ({marks})",
                (*values, 1, 0, "2026-11-01 00:00:00", station),
            )
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(station_db, tmp_path):
    path = tmp_path / "studio.db"
    shutil.copy(station_db, path)
    return path


def test_add_then_day_shows_the_running_order(db):
    add = studio(
        db,
        "schedule",
        "add",
        "--days",
        "mon-fri",
        "--at",
        "05:30",
        "--length",
        "30",
        "--content",
        "Thời sự sáng",
        "--title",
        "Buổi sáng",
        "--json",
    )
    assert add.returncode == 0, add.stderr
    slot = json.loads(add.stdout)
    assert (slot["days"], slot["start"], slot["length_min"]) == ("mon-fri", "05:30", 30)

    relay = studio(
        db,
        "schedule",
        "add",
        "--days",
        "daily",
        "--at",
        "17:30",
        "--length",
        "30",
        "--content",
        "stream:https://vov1.example/live",
        "--title",
        "Tiếp sóng VOV1",
    )
    assert relay.returncode == 0, relay.stderr

    day = studio(db, "schedule", "day", "2026-11-23")
    assert day.returncode == 0, day.stderr
    assert "05:30–05:55  Thời sự sáng" in day.stdout
    assert "17:30–18:00  Tiếp sóng VOV1" in day.stdout

    data = json.loads(studio(db, "schedule", "day", "2026-11-23", "--json").stdout)
    (zone,) = data["zones"]
    assert zone["zone"] == "Thôn Nà Lạ"
    first = zone["entries"][0]
    assert first["start"] == "2026-11-22T22:30:00+00:00", "stored in UTC"
    assert first["local_start"] == "2026-11-23T05:30:00+07:00", "meant in Vietnam"
    assert first["duration_s"] == 1500.0 and first["slot_id"] == slot["id"]


def test_exceptions_by_date_lunar_rule_and_holiday(db):
    studio(
        db,
        "schedule",
        "add",
        "--days",
        "daily",
        "--at",
        "05:30",
        "--length",
        "30",
        "--content",
        "Thời sự sáng",
        "--title",
        "Buổi sáng",
    )
    assert studio(db, "schedule", "except", "2026-11-24", "--cancel").returncode == 0
    rằm = studio(
        db,
        "schedule",
        "except",
        "2026-01-01",
        "--lunar",
        "15",
        "--add",
        "--at",
        "19:00",
        "--length",
        "15",
        "--content",
        "fm",
        "--title",
        "Tiếp sóng đêm rằm",
    )
    assert rằm.returncode == 0, rằm.stderr
    assert (
        studio(db, "schedule", "except", "2026-01-01", "--holiday", "tet", "--cancel").returncode
        == 0
    )

    week = json.loads(studio(db, "schedule", "show", "--week", "2026-W48", "--json").stdout)
    titles = {d["date"]: [e["title"] for e in d["zones"][0]["entries"]] for d in week["days"]}
    assert titles["2026-11-23"] == ["Thời sự sáng", "Tiếp sóng đêm rằm"]  # rằm tháng Mười
    assert titles["2026-11-24"] == []
    assert titles["2026-11-25"] == ["Thời sự sáng"]
    tet = json.loads(studio(db, "schedule", "day", "2027-02-06", "--json").stdout)
    assert tet["zones"][0]["entries"] == []


def test_check_exits_1_on_errors_and_explains_them(db):
    studio(
        db,
        "schedule",
        "add",
        "--days",
        "daily",
        "--at",
        "05:30",
        "--length",
        "20",
        "--content",
        "Thời sự sáng",
        "--title",
        "Buổi sáng",
    )
    result = studio(db, "schedule", "check", "--from", "2026-11-23", "--days", "3")
    assert result.returncode == 1
    assert "“Thời sự sáng” lasts 25:00 but only 20:00 is left for it in “Buổi sáng”" in (
        result.stdout
    )
    assert "its last 5:00 will be cut at 05:50" in result.stdout
    data = json.loads(studio(db, "schedule", "check", "--from", "2026-11-23", "--json").stdout)
    assert data["errors"] == 1 and data["problems"][0]["kind"] == "content_too_long"
    assert len(data["problems"][0]["dates"]) == 7

    fixed = json.loads(studio(db, "schedule", "list", "--json").stdout)["slots"][0]
    assert studio(db, "schedule", "remove", fixed["id"]).returncode == 0
    clean = studio(db, "schedule", "check", "--from", "2026-11-23")
    assert clean.returncode == 0 and "No problems found." in clean.stdout


def test_check_speaks_vietnamese_by_default(db):
    result = studio(db, "schedule", "check", "--from", "2026-11-23", env=studio_env())
    assert result.returncode == 0
    assert "Không phát hiện vấn đề nào." in result.stdout


BAD_INPUT = [
    (
        ["add", "--days", "someday", "--at", "05:30", "--length", "30", "--content", "fm"],
        "weekdays",
    ),
    (
        ["add", "--days", "mon", "--at", "05:30", "--length", "30", "--content", "Không có"],
        "No programme or bulletin",
    ),
    (["except", "2026-13-01", "--cancel"], "Not a date"),
    (["except", "--lunar", "31/1", "--cancel"], "lunar date"),
]


def test_bad_input_gets_a_message_and_exit_code_2_not_a_traceback(db):
    for args, message in BAD_INPUT:
        result = studio(db, "schedule", *args)
        assert result.returncode == 2, args
        assert message in result.stderr
        assert "Traceback" not in result.stderr
    nothing = {"slots": [], "exceptions": []}
    assert json.loads(studio(db, "schedule", "list", "--json").stdout) == nothing
