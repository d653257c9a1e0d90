"""One station's schedule in a database that sync shares with other stations.

A parent's database holds its communes' slots, exceptions, zones and devices, a commune's
its parent's: each station resolves, checks, prints, pushes and plays its own only, and a
parent works on a commune's schedule by naming it.
"""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from studio import cli
from studio.push import schedule as push_schedule
from studio.push.fm import config as fm_config
from studio.push.station import StationPush
from studio.schedule import edits, export
from studio.schedule.book import load_book
from studio.schedule.checks import ProblemKind, check
from studio.schedule.resolve import resolve
from studio.store import stations
from studio.store.models import Slot, SlotContent, ZoneKind
from tests.helpers import need_tool
from tests.schedule.communes import (
    COMMUNE,
    MONDAY,
    WEEK,
    commune_with_parent,
    parent_with_commune,
)

#: before the week pushed: nothing in it has ended yet
BEFORE = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture
def parent(store):
    return parent_with_commune(store)


def titles(book, day):
    """What goes on air that day, in time order."""
    return [r.title for r in export.day_rows(book, day)]


def slot_titles(book, day):
    return [s.title for s in book.slots if s.runs_on(day)]


def test_the_parent_resolves_and_checks_its_own_schedule_only(parent):
    book = load_book(parent.store)
    assert titles(book, MONDAY) == ["Thời sự huyện"]
    assert set(book.zones.values()) == {"Thị trấn Phủ Thông"}
    assert [e.title for e in resolve(book, MONDAY, None).entries] == ["Thời sự huyện"]
    kinds = {p.kind for p in check(book, MONDAY, 7)}
    assert ProblemKind.OVERLAP not in kinds, "the commune's 06:10 slot is not the parent's"
    assert ProblemKind.ZONE_WITHOUT_DEVICE not in kinds


def test_naming_the_commune_gives_its_week(parent):
    book = load_book(parent.store, parent.commune_id)
    assert titles(book, MONDAY) == ["Phát thanh xã", "Thông báo xã"]
    assert titles(book, MONDAY + timedelta(days=1)) == ["Phát thanh xã"]
    assert list(book.zones.values()) == ["Thôn Nà Lạ"]
    assert book.devices_per_zone == {parent.other_zone.id: 1}
    assert len(book.bulletins) == 3, "programmes and bulletins are everyone's"


def test_zones_devices_and_slots_listed_are_the_stations_own(parent):
    store = parent.store
    assert [z.name for z in stations.list_zones(store)] == ["Thị trấn Phủ Thông"]
    assert [d.name for d in stations.list_devices(store)] == ["Loa thị trấn"]
    assert [z.name for z in stations.list_zones(store, parent.commune_id)] == ["Thôn Nà Lạ"]
    assert [c.name for c in stations.list_communes(store)] == [COMMUNE]
    assert stations.schedule_station(store, COMMUNE).id == parent.commune_id


def test_the_parent_pushes_its_own_zones_and_slots(parent, tmp_path):
    push = StationPush.open(parent.store, tmp_path / "push")
    zones = push_schedule.ip_zones(push)
    assert [z.name for z in zones] == ["Thị trấn Phủ Thông"]
    plans = push_schedule.plan(push, MONDAY, 7, zones, BEFORE)
    assert [p.skipped for p in plans] == [("Thời sự huyện",)], "no audio yet, and only its own"
    pushed = push_schedule.push_plans(push, plans)
    assert pushed[0].devices == [str(parent.own_device.id)]


def test_edits_on_the_communes_template_belong_to_the_commune(parent):
    store = parent.store
    tuesday = [(SlotContent.BULLETIN, parent.news.id, "Tin tối", 120.0)]
    edit = edits.place(store, 1, 18 * 60, tuesday, station_id=parent.commune_id)
    with store.session() as s:
        assert s.get(Slot, edit.created[0]).station_id == parent.commune_id
    edits.revert(store, edit)
    edits.reapply(store, edit)
    with store.session() as s:
        assert s.get(Slot, edit.created[0]).station_id == parent.commune_id
    tuesday_of = MONDAY + timedelta(days=1)
    assert "Tin tối" in slot_titles(load_book(store, parent.commune_id), tuesday_of)
    assert "Tin tối" not in slot_titles(load_book(store), tuesday_of)
    copied = edits.copy_day(store, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2))
    assert not copied, "this station's Tuesday has nothing the Wednesday lacks"
    copied = edits.copy_day(
        store, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2), parent.commune_id
    )
    assert slot_titles(load_book(store, parent.commune_id), MONDAY + timedelta(days=2)) == [
        "Phát thanh xã",
        "Tin tối",
    ]


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def studio(parent, db_path, capsys, monkeypatch):
    monkeypatch.setenv("STUDIO_LANG", "en")

    def run(*args, code=0):
        capsys.readouterr()
        got = cli.main(["--db", str(db_path), *args])
        out = capsys.readouterr()
        assert got == code, out
        return out.out + out.err

    return run


def test_show_names_the_commune_and_lists_its_week(studio):
    own = studio("schedule", "show", "--week", WEEK)
    assert "Thời sự huyện" in own and "Phát thanh xã" not in own
    theirs = studio("schedule", "show", "--week", WEEK, "--station", COMMUNE)
    # no sound recorded yet: each item is shown at its start, without length
    assert theirs.count("06:10–06:10  Phát thanh xã") == 7
    assert theirs.count("20:00–20:00  Thông báo xã") == 1
    assert "Thời sự huyện" not in theirs
    assert "Thôn Nà Lạ" in theirs


def test_adding_to_the_communes_schedule_from_the_command_line(studio, parent):
    studio(
        "schedule", "add", "--station", COMMUNE, "--days", "sat,sun", "--at", "19:00",
        "--length", "20", "--content", "Phát thanh xã", "--zones", "Thôn Nà Lạ",
        "--title", "Tin tối",
    )  # fmt: skip
    with parent.store.session() as s:
        added = s.scalars(select(Slot).where(Slot.title == "Tin tối")).one()
    assert added.station_id == parent.commune_id
    day = studio("schedule", "day", "2030-01-12", "--station", str(parent.commune_id))
    assert "19:00–19:00  Phát thanh xã" in day
    assert "19:00" not in studio("schedule", "day", "2030-01-12")
    studio("schedule", "move", "Tin tối", "--station", COMMUNE, "--at", "19:30")
    moved = studio("schedule", "day", "2030-01-12", "--station", COMMUNE)
    assert "19:30–19:30  Phát thanh xã" in moved
    studio(
        "schedule", "add", "--station", COMMUNE, "--days", "sat", "--at", "21:00", "--length",
        "10", "--content", "Thời sự huyện", "--zones", "Thị trấn Phủ Thông", code=2,
    )  # fmt: skip


def test_devices_listed_are_the_stations_own(studio):
    listed = studio("devices", "list")
    assert "Loa thị trấn  [Thị trấn Phủ Thông]" in listed
    assert "Nà Lạ" not in listed, "the commune's loudspeaker is on the Sync page"


def test_check_of_each_station_and_an_unknown_station(studio):
    own = studio("schedule", "check", "--from", MONDAY.isoformat(), code=1)
    assert "Thời sự huyện" in own, "its own news has no sound yet"
    assert "overlap" not in own and "Phát thanh xã" not in own
    theirs = studio("schedule", "check", "--from", MONDAY.isoformat(), "--station", COMMUNE, code=1)
    assert "Phát thanh xã" in theirs and "Thời sự huyện" not in theirs
    wrong = studio("schedule", "show", "--week", WEEK, "--station", "Xã Không Có", code=2)
    assert "Xã Không Có" in wrong and "Traceback" not in wrong


def test_the_printed_schedule_of_the_commune_carries_its_name_and_slots(studio, tmp_path, qapp):
    """(In this process: ``qapp`` first, so printing finds the application the widget
    tests need, not one of its own without widgets.)"""
    pdftotext = need_tool("pdftotext")

    def printed(*more):
        out = tmp_path / "lich.pdf"
        studio("schedule", "print", "--week", WEEK, "-o", str(out), *more)
        text = subprocess.run(
            [pdftotext, "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        return unicodedata.normalize("NFC", text)

    own = printed()
    assert "Thời sự huyện" in own and "Phát thanh xã" not in own
    theirs = printed("--station", COMMUNE)
    assert "Phát thanh xã" in theirs and "Thời sự huyện" not in theirs
    assert COMMUNE.upper() in theirs.upper()


# --- a commune holding its parent's records ---------------------------------------------------


def test_a_commune_neither_plays_nor_pushes_its_parents_slot(
    store, db_path, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("STUDIO_LANG", "en")
    commune = commune_with_parent(store, tmp_path)
    fm = stations.add_zone(store, "Các thôn vùng FM", ZoneKind.FM)
    fm_config.save(store, fm_config.FmConfig(zone=str(fm.id), lead_s=1.0))
    assert titles(load_book(store), MONDAY) == []

    push = StationPush.open(store, store.files_dir)
    zones = push_schedule.ip_zones(push)
    assert [z.name for z in zones] == ["Thôn Nà Lạ"]
    plans = push_schedule.plan(push, MONDAY, 7, zones, BEFORE)
    assert [(p.items, p.skipped) for p in plans] == [((), ())]

    def render():
        capsys.readouterr()
        out = tmp_path / "sang.wav"
        args = ["fm", "render", "--day", MONDAY.isoformat(), "--from", "05:59", "--to", "07:00"]
        assert cli.main(["--db", str(db_path), *args, "-o", str(out), "--rate", "8000"]) == 0
        return capsys.readouterr().out

    assert "Wrote 0 items" in render()
    # the same bulletin in a slot of its own does play, and is pushed
    monday = [(SlotContent.BULLETIN, commune.news.id, "Tin xã", 2.0)]
    edits.place(store, 0, 6 * 60 + 30, monday)
    assert "Wrote 1 items" in render()
    plans = push_schedule.plan(push, MONDAY, 7, zones, BEFORE)
    assert [i.title for i in plans[0].items] == ["Thời sự huyện"]
