"""Resolving a day: what plays on each zone, when, and what gets cut."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.localtime import to_local
from studio.schedule.checks import ProblemKind, check_day
from studio.schedule.resolve import exception_key, resolve, slot_key
from studio.schedule.template import Content, parse_weekdays
from studio.store.models import ExceptionAction, Priority, SlotContent
from tests.schedule.build import MONDAY, ZONE_A, ZONE_B, book, bulletin, exception, programme, slot

NEWS = programme("Thời sự sáng", 25 * 60)
LONG = programme("Chuyên đề nông thôn mới", 40 * 60)
STORM = bulletin("Tin bão số 9", 3 * 60)
VOV = Content(SlotContent.RELAY_STREAM, stream_url="https://vov1.example/live")
MORNING = slot("05:30", 30, NEWS, days=parse_weekdays("mon-fri"), title="Buổi sáng")
EVENING = slot("17:30", 30, VOV, title="Tiếp sóng VOV")


def timeline(playlist):
    """(local HH:MM start, HH:MM end, title) of each entry, as an operator reads it."""
    return [
        (f"{to_local(e.start):%H:%M}", f"{to_local(e.end):%H:%M}", e.title)
        for e in playlist.entries
    ]


CASES = {
    "template on a weekday": (
        book([MORNING, EVENING], library=[NEWS]),
        MONDAY,
        ZONE_A,
        [("05:30", "05:55", "Thời sự sáng"), ("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "weekend skips a mon-fri slot": (
        book([MORNING, EVENING], library=[NEWS]),
        date(2026, 11, 28),
        ZONE_A,
        [("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "slot aimed at another zone": (
        book([slot("05:30", 30, NEWS, zones=[ZONE_B])], library=[NEWS]),
        MONDAY,
        ZONE_A,
        [],
    ),
    "slot not yet valid": (
        book([slot("05:30", 30, NEWS, valid_from=date(2026, 12, 1))], library=[NEWS]),
        MONDAY,
        ZONE_A,
        [],
    ),
    "slot no longer valid": (
        book([slot("05:30", 30, NEWS, valid_to=date(2026, 11, 22))], library=[NEWS]),
        MONDAY,
        ZONE_A,
        [],
    ),
    "content longer than its slot is cut at the slot's end": (
        book([slot("05:30", 30, LONG)], library=[LONG]),
        MONDAY,
        ZONE_A,
        [("05:30", "06:00", "Chuyên đề nông thôn mới")],
    ),
    "emergency interrupts the programme": (
        book(
            [MORNING, slot("05:40", 10, STORM, priority=Priority.EMERGENCY)],
            library=[NEWS, STORM],
        ),
        MONDAY,
        ZONE_A,
        [("05:30", "05:40", "Thời sự sáng"), ("05:40", "05:43", "Tin bão số 9")],
    ),
    "equal slots: the later one starts when the first ends": (
        book([slot("05:30", 30, NEWS), slot("05:45", 30, VOV, title="VOV")], library=[NEWS]),
        MONDAY,
        ZONE_A,
        [("05:30", "05:55", "Thời sự sáng"), ("06:00", "06:15", "VOV")],
    ),
}


@pytest.mark.parametrize("the_book, day, zone, expected", CASES.values(), ids=CASES.keys())
def test_resolved_day(the_book, day, zone, expected):
    assert timeline(resolve(the_book, day, zone)) == expected


def test_times_are_stored_in_utc_and_mean_vietnam_wall_clock():
    entry = resolve(book([MORNING], library=[NEWS]), MONDAY, ZONE_A).entries[0]
    assert entry.start == datetime(2026, 11, 22, 22, 30, tzinfo=UTC)
    assert entry.start.tzinfo is UTC
    assert entry.duration_s == 25 * 60
    assert entry.slot_id == MORNING.id and entry.exception_id is None


def test_long_content_says_how_much_is_cut():
    entry = resolve(book([slot("05:30", 30, LONG)], library=[LONG]), MONDAY, ZONE_A).entries[0]
    assert entry.cut_s == 10 * 60
    assert entry.duration_s == 40 * 60


EXCEPTION_CASES = {
    "cancel one slot": (
        [exception(ExceptionAction.CANCEL, slot_id=MORNING.id)],
        [("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "cancel the whole day": ([exception(ExceptionAction.CANCEL)], []),
    "cancel on another zone only": (
        [exception(ExceptionAction.CANCEL, zones=[ZONE_B])],
        [("05:30", "05:55", "Thời sự sáng"), ("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "cancel another day": (
        [exception(ExceptionAction.CANCEL, date(2026, 11, 24))],
        [("05:30", "05:55", "Thời sự sáng"), ("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "replace content and time": (
        [
            exception(
                ExceptionAction.REPLACE,
                slot_id=MORNING.id,
                content=STORM,
                at="06:00",
                title="Tin khẩn",
            )
        ],
        [("06:00", "06:03", "Tin bão số 9"), ("17:30", "18:00", "Tiếp sóng VOV")],
    ),
    "add a slot": (
        [exception(ExceptionAction.ADD, content=STORM, at="19:00", minutes=15)],
        [
            ("05:30", "05:55", "Thời sự sáng"),
            ("17:30", "18:00", "Tiếp sóng VOV"),
            ("19:00", "19:03", "Tin bão số 9"),
        ],
    ),
    "insert a bulletin at the head of a slot": (
        [
            exception(
                ExceptionAction.ADD,
                slot_id=MORNING.id,
                content=STORM,
                priority=Priority.PRIORITY,
            )
        ],
        [
            ("05:30", "05:33", "Tin bão số 9"),
            ("05:33", "05:58", "Thời sự sáng"),
            ("17:30", "18:00", "Tiếp sóng VOV"),
        ],
    ),
    "an insert ahead of a relay shortens the relay, not the slot": (
        [
            exception(
                ExceptionAction.ADD, slot_id=EVENING.id, content=STORM, priority=Priority.PRIORITY
            )
        ],
        [
            ("05:30", "05:55", "Thời sự sáng"),
            ("17:30", "17:33", "Tin bão số 9"),
            ("17:33", "18:00", "Tiếp sóng VOV"),
        ],
    ),
    "on rằm (lunar 15th) every month": (
        [
            exception(
                ExceptionAction.ADD,
                date(2026, 1, 1),
                content=STORM,
                at="19:00",
                minutes=15,
                rule="lunar:15",
            )
        ],
        [
            ("05:30", "05:55", "Thời sự sáng"),
            ("17:30", "18:00", "Tiếp sóng VOV"),
            ("19:00", "19:03", "Tin bão số 9"),
        ],
    ),
    "a rule not yet started": (
        [exception(ExceptionAction.CANCEL, date(2026, 12, 1), rule="lunar:15")],
        [("05:30", "05:55", "Thời sự sáng"), ("17:30", "18:00", "Tiếp sóng VOV")],
    ),
}


@pytest.mark.parametrize("exceptions, expected", EXCEPTION_CASES.values(), ids=EXCEPTION_CASES)
def test_exceptions_change_the_day(exceptions, expected):
    the_book = book([MORNING, EVENING], exceptions, library=[NEWS, STORM])
    assert timeline(resolve(the_book, MONDAY, ZONE_A)) == expected


@pytest.mark.parametrize(
    "day, on_air",
    [
        (date(2027, 2, 5), True),  # 29 tháng Chạp
        (date(2027, 2, 6), False),  # mùng 1 Tết Đinh Mùi
        (date(2027, 2, 8), False),  # mùng 3
        (date(2027, 2, 9), True),
    ],
)
def test_tet_cancels_the_template(day, on_air):
    the_book = book(
        [EVENING], [exception(ExceptionAction.CANCEL, date(2026, 1, 1), rule="holiday:tet")]
    )
    assert bool(resolve(the_book, day, ZONE_A).entries) is on_air


def test_stored_positions_reorder_a_slot():
    insert = exception(
        ExceptionAction.ADD,
        slot_id=MORNING.id,
        content=STORM,
        priority=Priority.PRIORITY,
        position=1,
    )
    own = exception(ExceptionAction.REPLACE, slot_id=MORNING.id, position=0)
    playlist = resolve(book([MORNING], [insert, own], library=[NEWS, STORM]), MONDAY, ZONE_A)
    assert [e.key for e in playlist.entries] == [slot_key(MORNING.id), exception_key(insert.id)]
    assert timeline(playlist) == [
        ("05:30", "05:55", "Thời sự sáng"),
        ("05:55", "05:58", "Tin bão số 9"),
    ]


def test_an_insert_for_one_zone_stays_off_the_other():
    insert = exception(
        ExceptionAction.ADD,
        slot_id=MORNING.id,
        content=STORM,
        zones=[ZONE_B],
        priority=Priority.PRIORITY,
    )
    the_book = book([MORNING], [insert], library=[NEWS, STORM])
    assert [e.title for e in resolve(the_book, MONDAY, ZONE_A).entries] == ["Thời sự sáng"]
    assert [e.title for e in resolve(the_book, MONDAY, ZONE_B).entries] == [
        "Tin bão số 9",
        "Thời sự sáng",
    ]


# --- properties --------------------------------------------------------------------------

library = [programme(f"Chương trình {i}", s) for i, s in enumerate([None, 60, 600, 1800, 5400])]
library += [bulletin(f"Bản tin {i}", s) for i, s in enumerate([None, 45, 300])]
contents = st.one_of(
    st.sampled_from(library),
    st.just(VOV),
    st.just(Content(SlotContent.RELAY_FM)),
    st.none(),
)
zone_choices = st.sampled_from([None, [ZONE_A], [ZONE_B], [ZONE_A, ZONE_B]])
slots_strategy = st.lists(
    st.builds(
        lambda minute, length, content, zones, prio: slot(
            f"{minute // 60:02d}:{minute % 60:02d}", length, content, zones=zones, priority=prio
        ),
        st.integers(0, 24 * 60 - 1),
        st.integers(1, 180),
        contents,
        zone_choices,
        st.sampled_from(list(Priority)),
    ),
    max_size=12,
)


@st.composite
def books(draw):
    slots = draw(slots_strategy)
    exceptions = []
    for s in slots:
        kind = draw(st.sampled_from(["none", "cancel", "replace", "insert"]))
        if kind == "cancel":
            exceptions.append(exception(ExceptionAction.CANCEL, slot_id=s.id))
        elif kind == "replace":
            exceptions.append(
                exception(
                    ExceptionAction.REPLACE,
                    slot_id=s.id,
                    minutes=draw(st.integers(1, 120)),
                    content=draw(contents),
                )
            )
        elif kind == "insert":
            exceptions.append(
                exception(
                    ExceptionAction.ADD,
                    slot_id=s.id,
                    content=draw(st.sampled_from(library)),
                    priority=draw(st.sampled_from(list(Priority))),
                    position=draw(st.none() | st.integers(-2, 2)),
                )
            )
    for _ in range(draw(st.integers(0, 3))):
        minute = draw(st.integers(0, 24 * 60 - 1))
        exceptions.append(
            exception(
                ExceptionAction.ADD,
                content=draw(st.sampled_from(library)),
                at=f"{minute // 60:02d}:{minute % 60:02d}",
                minutes=draw(st.integers(1, 90)),
                zones=draw(zone_choices),
                priority=draw(st.sampled_from(list(Priority))),
            )
        )
    return book(slots, exceptions, library=library)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(books(), st.sampled_from([ZONE_A, ZONE_B]))
def test_a_resolved_day_never_overlaps_and_never_exceeds_a_slot(the_book, zone):
    playlist = resolve(the_book, MONDAY, zone)
    entries = sorted(playlist.entries, key=lambda e: (e.start, e.end))
    for a, b in itertools.pairwise(entries):
        assert a.end <= b.start, f"{a.title} overlaps {b.title}"
    flagged = {
        p.entry_keys
        for p in check_day(playlist, the_book, 45)
        if p.kind == ProblemKind.CONTENT_TOO_LONG
    }
    for block in playlist.blocks:
        assert block.planned_start <= block.start <= block.end <= block.planned_end
        for e in block.entries:
            assert block.start <= e.start <= e.end <= block.end, "an item runs past its slot"
            assert e.cut_s >= 0
            if e.duration_s is not None and not e.content.is_relay:
                # what plays plus what is cut is the whole item: nothing silently lost
                assert e.length_s + e.cut_s == pytest.approx(e.duration_s, abs=1e-3)
            if e.cut_s > 0:
                assert (e.key,) in flagged, "a cut item is always reported"
    blocks = [b for b in playlist.blocks if b.end > b.start]
    for a, b in itertools.pairwise(blocks):
        assert a.end <= b.start


@settings(max_examples=60, deadline=None)
@given(books())
def test_emergency_always_gets_its_whole_window(the_book):
    playlist = resolve(the_book, MONDAY, ZONE_A)
    emergencies = [b for b in playlist.blocks if b.priority == Priority.EMERGENCY]
    for b in emergencies:
        others = [
            o
            for o in emergencies
            if o is not b and o.planned_start < b.planned_end and b.planned_start < o.planned_end
        ]
        if not others:  # an emergency yields only to another emergency
            assert (b.start, b.end) == (b.planned_start, b.planned_end)


def test_a_slot_past_midnight_stays_on_its_day():
    late = slot("23:30", 60, VOV, title="Đêm")
    playlist = resolve(book([late]), MONDAY, ZONE_A)
    entry = playlist.entries[0]
    assert to_local(entry.end) == to_local(entry.start) + timedelta(hours=1)
    assert to_local(entry.end).date() == MONDAY + timedelta(days=1)
    assert resolve(book([late]), MONDAY + timedelta(days=1), ZONE_A).entries[0].start > entry.end
