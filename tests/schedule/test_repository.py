"""Slots and exceptions saved in a real SQLite file; priority placement and stored order."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from studio.schedule.book import load_book
from studio.schedule.priority import ScheduleError, place_bulletin, reorder, running_order
from studio.schedule.resolve import local_instant, resolve, slot_key
from studio.store import StoreError, bulletins, schedule_exceptions, slots, stations
from studio.store.models import (
    AudioAsset,
    Bulletin,
    ExceptionAction,
    Priority,
    Programme,
    SlotContent,
)
from studio.store.schedule_exceptions import ExceptionSpec
from studio.store.slots import SlotSpec
from studio.store.stations import StationProfile

MONDAY = date(2026, 11, 23)


@pytest.fixture
def station(store):
    return stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))


@pytest.fixture
def news(store, station):
    with store.session() as s:
        asset = AudioAsset(sha256="a" * 64, duration_s=1200, sample_rate=48000, channels=1)
        s.add(asset)
        s.flush()
        programme = Programme(title="Thời sự sáng", rendered_asset_id=asset.id)
        s.add(programme)
    return programme


def storm_bulletin(store, seconds=120):
    b = bulletins.add_bulletin(store, "Tin bão số 9", priority=Priority.PRIORITY)
    with store.session() as s:
        asset = AudioAsset(sha256="b" * 64, duration_s=seconds, sample_rate=48000, channels=1)
        s.add(asset)
        s.flush()
        s.get(Bulletin, b.id).asset_id = asset.id
    return b


def morning(store, news, **changes):
    spec = SlotSpec(
        weekdays=0b0011111,
        start_minute=330,
        max_duration_s=1800,
        content=SlotContent.PROGRAMME,
        programme_id=news.id,
        title="Buổi sáng",
    )
    return slots.add_slot(store, dataclasses.replace(spec, **changes))


def test_slots_are_added_changed_and_tombstoned(store, news):
    slot = morning(store, news)
    assert [s.title for s in slots.list_slots(store)] == ["Buổi sáng"]
    slots.update_slot(store, slot.id, start_minute=345, title="Sáng sớm")
    again = slots.get_slot(store, slot.id)
    assert (again.start_minute, again.title, again.programme_id) == (345, "Sáng sớm", news.id)
    assert slots.delete_slot(store, slot.id)
    assert slots.list_slots(store) == [] and slots.get_slot(store, slot.id) is None
    assert not slots.delete_slot(store, slot.id)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"weekdays": 0}, "weekday"),
        ({"start_minute": 1440}, "23:59"),
        ({"max_duration_s": 0}, "24 hours"),
        ({"programme_id": None}, "programme"),
        ({"content": SlotContent.RELAY_STREAM}, "stream"),
        ({"zone_ids": (uuid.uuid4(),)}, "zone"),
        ({"valid_from": date(2026, 2, 1), "valid_to": date(2026, 1, 1)}, "before it begins"),
    ],
)
def test_a_bad_slot_is_refused_and_nothing_is_saved(store, news, changes, message):
    with pytest.raises(StoreError, match=message):
        morning(store, news, **changes)
    assert slots.list_slots(store) == []


def test_exceptions_round_trip_with_their_rule(store, news):
    slot = morning(store, news)
    tet = schedule_exceptions.add_exception(
        store,
        ExceptionSpec(
            on_date=date(2026, 1, 1),
            action=ExceptionAction.CANCEL,
            recurrence=" Holiday:tet ",
            reason="Nghỉ Tết",
        ),
    )
    one = schedule_exceptions.add_exception(
        store, ExceptionSpec(on_date=MONDAY, action=ExceptionAction.CANCEL, slot_id=slot.id)
    )
    listed = schedule_exceptions.list_exceptions(store, since=date(2026, 11, 1))
    assert [e.id for e in listed] == [tet.id, one.id], "a rule that started earlier still applies"
    assert listed[0].recurrence == "holiday:tet"
    assert resolve(load_book(store), date(2027, 2, 6), None).entries == ()
    assert schedule_exceptions.delete_exception(store, one.id)
    assert [e.id for e in schedule_exceptions.list_exceptions(store)] == [tet.id]


@pytest.mark.parametrize(
    "spec, message",
    [
        (ExceptionSpec(on_date=MONDAY, action=ExceptionAction.REPLACE), "slot to replace"),
        (ExceptionSpec(on_date=MONDAY, action=ExceptionAction.ADD), "plays"),
        (
            ExceptionSpec(on_date=MONDAY, action=ExceptionAction.ADD, content=SlotContent.RELAY_FM),
            "start time",
        ),
        (
            ExceptionSpec(on_date=MONDAY, action=ExceptionAction.CANCEL, recurrence="lunar:31/1"),
            "calendar rule",
        ),
    ],
)
def test_a_bad_exception_is_refused(store, station, spec, message):
    with pytest.raises(StoreError, match=message):
        schedule_exceptions.add_exception(store, spec)
    assert schedule_exceptions.list_exceptions(store) == []


def test_a_priority_bulletin_goes_first_in_the_next_slot_and_the_order_can_be_changed(store, news):
    slot = morning(store, news)
    storm = storm_bulletin(store)
    saturday_noon = local_instant(date(2026, 11, 21), 12 * 60)
    (placed,) = place_bulletin(store, storm.id, after=saturday_noon)
    assert placed.on_date == MONDAY, "the weekend has no slot: Monday's is the next"
    assert placed.slot_id == slot.id

    book = load_book(store)
    insert_key = f"exception:{placed.id}"
    assert running_order(book, MONDAY, slot.id) == [insert_key, slot_key(slot.id)]

    order = reorder(store, MONDAY, slot.id, [slot_key(slot.id), insert_key])
    assert order == [slot_key(slot.id), insert_key]
    entries = resolve(load_book(store), MONDAY, None).entries
    assert [e.title for e in entries] == ["Thời sự sáng", "Tin bão số 9"]

    # a second priority bulletin still goes to the head of the arranged order
    second = bulletins.add_bulletin(store, "Lịch cắt điện", priority=Priority.PRIORITY)
    (again,) = place_bulletin(store, second.id, after=saturday_noon)
    assert running_order(load_book(store), MONDAY, slot.id)[0] == f"exception:{again.id}"

    with pytest.raises(ScheduleError, match="exactly the items"):
        reorder(store, MONDAY, slot.id, [insert_key])


def test_a_bulletin_that_fits_no_slot_is_refused(store, news):
    morning(store, news)
    storm = storm_bulletin(store, seconds=3600)
    with pytest.raises(ScheduleError, match="No slot"):
        place_bulletin(store, storm.id, after=local_instant(MONDAY, 0))
    assert schedule_exceptions.list_exceptions(store) == []
