"""Edits of the weekly template (the grid editor's and the command line's), and their undo."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from studio.schedule import edits
from studio.schedule.book import load_book
from studio.schedule.checks import ProblemKind, check
from studio.store import slots, stations
from studio.store.db import StoreError
from studio.store.models import Priority, SlotContent
from studio.store.stations import StationProfile
from tests.schedule.week import MON, MONDAY, TUE, WED, add_programme, relay, template


@pytest.fixture(autouse=True)
def station(store):
    return stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))


@pytest.mark.parametrize(
    ("minute", "snapped"), [(0, 0), (2.4, 0), (2.6, 5), (333, 335), (1437.4, 1435)]
)
def test_snap_to_five_minutes(minute, snapped):
    assert edits.snap(minute) == snapped


@pytest.mark.parametrize(
    ("seconds", "length_s"), [(None, 900), (0, 900), (61, 300), (300, 300), (301, 600)]
)
def test_a_dropped_item_gets_a_slot_that_holds_it(seconds, length_s):
    assert edits.length_for(seconds) == length_s


def test_place_lays_items_back_to_back_and_undo_removes_them(store):
    news = add_programme(store, "Thời sự sáng", 20 * 60)
    weather = add_programme(store, "Dự báo thời tiết", 4 * 60 + 10)
    edit = edits.place(
        store,
        TUE,
        330,
        [
            (SlotContent.PROGRAMME, news.id, news.title, 1200.0),
            (SlotContent.PROGRAMME, weather.id, weather.title, 250.0),
        ],
    )
    assert template(store) == {
        "Thời sự sáng": (1 << TUE, 330, 20),
        "Dự báo thời tiết": (1 << TUE, 350, 5),
    }
    edits.revert(store, edit)
    assert template(store) == {}
    edits.reapply(store, edit)
    assert len(template(store)) == 2


def test_moving_within_a_day_moves_every_day_of_the_slot(store):
    slot = slots.add_slot(store, relay("Tiếp sóng", 0b0011111, 330))
    edit = edits.move(store, slot.id, WED, WED, 345)
    assert template(store) == {"Tiếp sóng": (0b0011111, 345, 30)}
    edits.revert(store, edit)
    assert template(store) == {"Tiếp sóng": (0b0011111, 330, 30)}


def test_moving_to_another_day_splits_a_slot_of_several_days(store):
    slot = slots.add_slot(store, relay("Tiếp sóng", 0b0000011, 330))
    edit = edits.move(store, slot.id, MON, WED, 600, 45 * 60)
    kept, moved = sorted(slots.list_slots(store), key=lambda s: s.start_minute)
    assert (kept.id, kept.weekdays, kept.start_minute) == (slot.id, 1 << TUE, 330)
    assert (moved.weekdays, moved.start_minute, moved.max_duration_s) == (1 << WED, 600, 2700)
    assert edit.created == (moved.id,)
    edits.revert(store, edit)
    assert template(store) == {"Tiếp sóng": (0b0000011, 330, 30)}


def test_moving_a_one_day_slot_keeps_its_id(store):
    slot = slots.add_slot(store, relay("Chiều", 1 << MON, 1050))
    edits.move(store, slot.id, MON, TUE, 1060)
    (moved,) = slots.list_slots(store)
    assert (moved.id, moved.weekdays, moved.start_minute) == (slot.id, 1 << TUE, 1060)


def test_resize_change_and_remove(store):
    slot = slots.add_slot(store, relay("Tiếp sóng", 0b0000111, 330))
    edits.resize(store, slot.id, 40 * 60)
    edits.change(store, slot.id, priority=Priority.EMERGENCY)
    assert slots.get_slot(store, slot.id).priority == Priority.EMERGENCY
    edits.remove(store, slot.id, TUE)
    assert template(store) == {"Tiếp sóng": (0b0000101, 330, 40)}
    gone = edits.remove(store, slot.id)
    assert template(store) == {}
    edits.revert(store, gone)
    assert template(store) == {"Tiếp sóng": (0b0000101, 330, 40)}


def test_copy_day_makes_the_target_like_the_source(store):
    slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    slots.add_slot(store, relay("Chiều", (1 << MON) | (1 << WED), 1050))
    slots.add_slot(store, relay("Chỉ thứ Tư", 1 << WED, 600))
    slots.add_slot(store, relay("Tối", (1 << WED) | (1 << TUE), 1200))
    before = template(store)
    edit = edits.copy_day(store, MONDAY, MONDAY + timedelta(days=WED))
    assert template(store) == {
        "Sáng": ((1 << MON) | (1 << WED), 330, 30),
        "Chiều": ((1 << MON) | (1 << WED), 1050, 30),
        "Tối": (1 << TUE, 1200, 30),
    }
    edits.revert(store, edit)
    assert template(store) == before


def test_copy_week_copies_only_what_the_next_week_would_miss(store):
    sunday = MONDAY + timedelta(days=6)
    slots.add_slot(store, relay("Mỗi tuần", 0b1111111, 330))
    slots.add_slot(store, relay("Tuần này", 0b0000101, 600, valid_from=MONDAY, valid_to=sunday))
    edit = edits.copy_week(store, MONDAY, MONDAY + timedelta(days=7))
    (copy,) = [s for s in slots.list_slots(store) if s.id in edit.created]
    assert (copy.title, copy.weekdays, copy.start_minute) == ("Tuần này", 0b0000101, 600)
    assert (copy.valid_from, copy.valid_to) == (MONDAY + timedelta(7), sunday + timedelta(7))
    assert not edits.copy_week(store, MONDAY, MONDAY + timedelta(days=7)), "nothing left to copy"


def test_an_overlap_made_by_a_move_is_found_by_the_checks(store):
    slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    later = slots.add_slot(store, relay("Tiếp sóng", 1 << MON, 420))
    edits.move(store, later.id, MON, MON, 345)
    kinds = {p.kind for p in check(load_book(store), MONDAY, 1)}
    assert ProblemKind.OVERLAP in kinds


def test_bad_edits_are_refused_and_change_nothing(store):
    slot = slots.add_slot(store, relay("Sáng", 1 << MON, 330))
    with pytest.raises(StoreError):
        edits.move(store, slot.id, TUE, WED, 330)
    with pytest.raises(StoreError):
        edits.move(store, slot.id, MON, MON, 24 * 60)
    with pytest.raises(StoreError):
        edits.resize(store, uuid.uuid4(), 600)
    assert template(store) == {"Sáng": (1 << MON, 330, 30)}
