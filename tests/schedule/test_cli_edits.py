"""`studio schedule move | copy-day | copy-week`: the grid editor's edits as commands."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.helpers import run_studio, studio_env

EN = studio_env(STUDIO_LANG="en")


def studio(db, *args):
    return run_studio("--db", str(db), *args, env=EN)


@pytest.fixture(scope="module")
def station_db(tmp_path_factory):
    """Set up once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("edits") / "studio.db"
    assert studio(path, "init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn").returncode == 0
    for title, days, at in (("Sáng", "mon-tue", "05:30"), ("Chiều", "wed", "17:30")):
        add = studio(
            path,
            "schedule",
            "add",
            "--days",
            days,
            "--at",
            at,
            "--length",
            "30",
            "--content",
            "fm",
            "--title",
            title,
        )
        assert add.returncode == 0, add.stderr
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db(station_db, tmp_path):
    path = tmp_path / "studio.db"
    shutil.copy(station_db, path)
    return path


START = {"Sáng": ("mon,tue", "05:30", 30), "Chiều": ("wed", "17:30", 30)}


def listed(db) -> list[dict]:
    return json.loads(studio(db, "schedule", "list", "--json").stdout)["slots"]


def template(db) -> dict[str, tuple[str, str, float]]:
    return {s["title"]: (s["days"], s["start"], s["length_min"]) for s in listed(db)}


def test_move_a_day_of_a_slot_then_change_its_length(db):
    moved = studio(
        db, "schedule", "move", "Sáng", "--day", "tue", "--to-day", "fri", "--at", "06:00"
    )
    assert moved.returncode == 0, moved.stderr
    assert sorted((s["days"], s["start"]) for s in listed(db) if s["title"] == "Sáng") == [
        ("fri", "06:00"),
        ("mon", "05:30"),
    ]
    longer = studio(db, "schedule", "move", "Chiều", "--length", "45")
    assert longer.returncode == 0, longer.stderr
    assert template(db)["Chiều"] == ("wed", "17:30", 45)


def test_copy_day_and_copy_week(db):
    result = studio(db, "schedule", "copy-day", "mon", "wed", "--week", "2026-W48")
    assert result.returncode == 0, result.stderr
    assert template(db) == {"Sáng": ("mon-wed", "05:30", 30)}, "Wednesday now carries Monday's"
    week = studio(db, "schedule", "copy-week", "--week", "2026-W48")
    assert week.returncode == 0 and "nothing to copy" in week.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["move", "Sáng", "--day", "mon-fri", "--to-day", "sat"],
        ["move", "Không có", "--at", "06:00"],
        ["move", "Sáng", "--at", "25:00"],
        ["copy-day", "mon", "someday"],
        ["copy-week", "--week", "2026-W99"],
    ],
)
def test_bad_edits_exit_2_and_change_nothing(db, args):
    result = studio(db, "schedule", *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert template(db) == START
