"""The hybrid logical clock orders every change, whatever the PC's clock does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studio.store.hlc import COUNTER_BITS, HybridLogicalClock, pack, to_datetime

events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(0, 2**40)),  # local change at this wall time
        st.tuples(st.just("recv"), st.integers(0, 2**56)),  # timestamp from another station
    ),
    max_size=200,
)


@given(events)
def test_timestamps_strictly_increase_and_follow_what_was_received(sequence):
    wall = [0]
    clock = HybridLogicalClock(wall=lambda: wall[0])
    last = 0
    newest_seen = 0
    for kind, value in sequence:
        if kind == "tick":
            wall[0] = value
            now = clock.now()
            assert now > last
            assert now > newest_seen
            assert now >= pack(value), "never behind the wall clock"
            last = now
        else:
            clock.observe(value)
            newest_seen = max(newest_seen, value)


def test_wall_clock_part_reads_back_as_utc_time():
    clock = HybridLogicalClock(wall=lambda: 1_764_000_000_000)
    stamp = clock.now()
    assert stamp >> COUNTER_BITS == 1_764_000_000_000
    assert to_datetime(stamp).isoformat() == "2025-11-24T16:00:00+00:00"


def test_same_millisecond_counts_up():
    clock = HybridLogicalClock(wall=lambda: 5)
    assert [clock.now() for _ in range(3)] == [pack(5, 0), pack(5, 1), pack(5, 2)]
