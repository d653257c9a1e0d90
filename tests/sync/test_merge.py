"""The merge rules, between real station databases trading change sets in process."""

from __future__ import annotations

import pytest

from studio.store import settings as stored
from studio.store import sync_state
from studio.store.models import Pronunciation, Slot, StationKind, SyncApplied, SyncOutgoing
from studio.sync.errors import SyncError
from tests.sync.stations import add, edit, exchange, get, link, make_station, shared_view


@pytest.fixture
def pair_(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Văn Bàn", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Khánh Yên", StationKind.COMMUNE)
    link(parent, commune)
    yield parent, commune
    parent.store.close()
    commune.store.close()


def test_a_change_set_applied_twice_changes_nothing_the_second_time(pair_):
    parent, commune = pair_
    word = add(parent, Pronunciation(written="UBND", spoken="ủy ban nhân dân"))
    parent.replica.capture()
    *earlier, change = parent.replica.unconfirmed()  # after the one made at pairing
    for out in earlier:  # the parent's own station record, which the word refers to
        commune.replica.apply(out.payload)
    first = commune.replica.apply(change.payload)
    edit(commune, Pronunciation, word.id, spoken="ủy ban")  # a later local edit
    again = commune.replica.apply(change.payload)
    assert (first.records, first.duplicate) == (1, False)
    assert again.duplicate
    assert get(commune, Pronunciation, word.id).spoken == "ủy ban"
    with commune.store.session() as s:
        assert s.query(SyncApplied).filter_by(change_id=change.change_id).count() == 1


def test_a_forged_change_set_is_refused(pair_):
    parent, commune = pair_
    add(parent, Pronunciation(written="UBND", spoken="ủy ban nhân dân"))
    parent.replica.capture()
    payload = parent.replica.unconfirmed()[-1].payload
    forged = payload.replace("ủy ban nhân dân".encode(), "giả mạo".encode())
    with pytest.raises(SyncError):
        commune.replica.apply(forged)


def test_different_fields_merge_and_a_delete_replicates(pair_):
    parent, commune = pair_
    word = add(parent, Pronunciation(written="UBND", spoken="ủy ban"))
    other = add(parent, Pronunciation(written="HĐND", spoken="hội đồng"))
    exchange([parent, commune])
    edit(parent, Pronunciation, word.id, spoken="ủy ban nhân dân")
    edit(commune, Pronunciation, word.id, written="U.B.N.D")
    edit(commune, Pronunciation, other.id, deleted=True)
    exchange([parent, commune])
    for st in (parent, commune):
        w = get(st, Pronunciation, word.id)
        assert (w.written, w.spoken) == ("U.B.N.D", "ủy ban nhân dân")
        assert get(st, Pronunciation, other.id).deleted
        assert sync_state.open_conflicts(st.store) == []


@pytest.mark.parametrize("allowed", [True, False])
def test_the_parent_changes_a_commune_schedule_only_where_the_commune_allows_it(pair_, allowed):
    parent, commune = pair_
    stored.put(commune.store, sync_state.PARENT_MAY_EDIT_SCHEDULE, allowed)
    slot = add(
        commune, Slot(weekdays=0b1111111, start_minute=360, max_duration_s=900, title="Sáng")
    )
    word = add(commune, Pronunciation(written="THCS", spoken="trung học cơ sở"))
    exchange([parent, commune])
    edit(parent, Slot, slot.id, start_minute=420)
    edit(parent, Pronunciation, word.id, spoken="tê hát")  # never the parent's to change
    exchange([parent, commune])
    expected = 420 if allowed else 360
    for st in (parent, commune):  # a refused change is undone at the parent too
        assert get(st, Slot, slot.id).start_minute == expected
        assert get(st, Pronunciation, word.id).spoken == "trung học cơ sở"
    owners = {parent.id, commune.id}
    assert shared_view(parent, owners) == shared_view(commune, owners)
    refused = [e for e in sync_state.log(commune.store) if e.direction == "refused"]
    assert len(refused) == (1 if allowed else 2)


def test_a_resolution_settles_the_conflict_at_both_stations(pair_):
    parent, commune = pair_
    word = add(parent, Pronunciation(written="MTTQ", spoken="mặt trận"))
    exchange([parent, commune])
    edit(parent, Pronunciation, word.id, spoken="mặt trận tổ quốc")
    edit(commune, Pronunciation, word.id, spoken="em tê tê quy")
    exchange([parent, commune])
    (theirs_view,) = sync_state.open_conflicts(parent.store)
    assert (theirs_view.mine, theirs_view.theirs) == ("mặt trận tổ quốc", "em tê tê quy")
    (conflict,) = sync_state.open_conflicts(commune.store)
    commune.replica.resolve(conflict.id, "theirs")  # the commune keeps the parent's
    exchange([parent, commune])
    for st in (parent, commune):
        assert get(st, Pronunciation, word.id).spoken == "mặt trận tổ quốc"
        assert sync_state.open_conflicts(st.store) == []
    with parent.store.session() as s:
        assert s.query(SyncOutgoing).filter(SyncOutgoing.acked_at.is_(None)).count() == 0


def test_records_of_one_commune_do_not_reach_another(tmp_path, pair_):
    parent, commune = pair_
    other = make_station(tmp_path / "xa-2", "Xã Dương Quỳ", StationKind.COMMUNE)
    link(parent, other)
    mine = add(commune, Pronunciation(written="A", spoken="a"))
    shared = add(parent, Pronunciation(written="B", spoken="bê"))
    exchange([parent, commune, other])
    assert get(other, Pronunciation, shared.id).spoken == "bê"
    assert get(other, Pronunciation, mine.id) is None
    assert get(parent, Pronunciation, mine.id).spoken == "a"
    other.store.close()
