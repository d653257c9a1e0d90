"""Three stations and a real Mosquitto: work done apart comes together, audio included."""

from __future__ import annotations

import os

from studio.blobs import BlobStore
from studio.store import sync_state
from studio.store.models import (
    AudioAsset,
    Programme,
    Pronunciation,
    Slot,
)
from tests.sync.stations import (
    add,
    edit,
    get,
    shared_view,
    sync_together,
)


def test_edits_made_apart_meet_when_the_network_returns(trio, tmp_path):
    parent, a, b = trio
    # the parent's programme for its communes, with its audio
    sound = tmp_path / "ban-tin.bin"
    sound.write_bytes(os.urandom(150_000))  # three delivery chunks
    sha, _ = BlobStore(parent.store.files_dir / "audio").put_file(sound)
    asset = add(
        parent,
        AudioAsset(sha256=sha, title="Bản tin", duration_s=9.4, sample_rate=44100, channels=1),
    )
    programme = add(parent, Programme(title="Chương trình thời sự", rendered_asset_id=asset.id))
    word = add(parent, Pronunciation(written="UBND", spoken="ủy ban nhân dân"))
    slot = add(a, Slot(weekdays=0b11111, start_minute=6 * 60, max_duration_s=900, title="Sáng"))
    sync_together([parent, a, b])

    assert get(a, Programme, programme.id).title == "Chương trình thời sự"
    assert get(b, Pronunciation, word.id).spoken == "ủy ban nhân dân"
    assert BlobStore(a.store.files_dir / "audio").has(sha), "the audio did not follow its record"
    assert get(parent, Slot, slot.id).title == "Sáng"
    assert get(b, Slot, slot.id) is None, "a commune's schedule went to another commune"

    # all three offline: edits on every side, one field changed at two stations
    edit(parent, Programme, programme.id, title="Thời sự buổi sáng")
    edit(a, Programme, programme.id, description="Phát lại lúc 17 giờ")
    edit(parent, Pronunciation, word.id, spoken="ủy ban")
    edit(a, Pronunciation, word.id, spoken="u bê en đê")
    edit(a, Slot, slot.id, start_minute=6 * 60 + 30)
    edit(b, Pronunciation, word.id, deleted=False)  # unchanged: not a change at all
    edit(parent, Programme, programme.id, priority="priority")

    # the parent and one commune come back first; the other later, from the broker's queue
    sync_together([parent, a])
    sync_together([b])
    sync_together([parent, a, b])

    for commune in (a, b):
        owners = {parent.id, commune.id}
        assert shared_view(commune, owners) == shared_view(parent, owners)
    p = get(b, Programme, programme.id)
    assert (p.title, p.description) == ("Thời sự buổi sáng", "Phát lại lúc 17 giờ")
    assert get(parent, Slot, slot.id).start_minute == 6 * 60 + 30
    # the same field changed at the parent and at commune A: both keep it as a conflict
    for st in (parent, a):
        (conflict,) = sync_state.open_conflicts(st.store)
        assert {conflict.mine, conflict.theirs} == {"ủy ban", "u bê en đê"}
    assert sync_state.waiting_count(parent.store) == 0
