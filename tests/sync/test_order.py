"""Records that arrive before the records they refer to wait, with foreign keys checked.

A bulletin can reach a commune before the audio it names (change sets of their own, a
resend after a crash). The apply keeps such a record pending — its fields known, its row not
written — and writes it as soon as what it refers to arrives, so it works with foreign-key
checks on (SQLite as the store opens it, and PostgreSQL, which always checks them).
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from studio.store import open_store, stations, sync_state
from studio.store.models import (
    AudioAsset,
    Bulletin,
    BulletinSource,
    ItemKind,
    Programme,
    ProgrammeItem,
    StationKind,
)
from studio.sync.replica import Replica
from tests.store.test_postgres import postgres_url  # noqa: F401  (the fixture)
from tests.sync.stations import Station, get, link, make_station, shared_view


def add(station, *records):
    with station.store.session() as s:
        s.add_all(records)
        s.flush()
    return records


def change_sets(station: Station) -> list[bytes]:
    """What ``station`` made since the last call, oldest first (taken as sent)."""
    station.replica.capture()
    out = station.replica.unconfirmed()
    for row in out:
        station.replica.mark_confirmed(row.peer, [row.change_id])
    return [row.payload for row in out]


def check_arrival_in_any_order(parent: Station, commune: Station) -> None:
    pairing = change_sets(parent)  # the parent's own station record, sent at pairing
    change_sets(commune)
    (asset,) = add(parent, AudioAsset(sha256="a" * 64, duration_s=3, sample_rate=8000, channels=1))
    first = change_sets(parent)
    (bulletin,) = add(
        parent, Bulletin(title="Lịch tiêm chủng", source=BulletinSource.TTS, asset_id=asset.id)
    )
    second = change_sets(parent)
    programme = Programme(title="Thời sự", rendered_asset_id=asset.id)
    add(parent, programme)
    item = ProgrammeItem(programme_id=programme.id, position=0, kind=ItemKind.BULLETIN)
    item.bulletin_id = bulletin.id
    add(parent, item)
    third = change_sets(parent)
    with parent.store.session() as s:
        s.get(Programme, programme.id).title = "Thời sự buổi sáng"
    fourth = change_sets(parent)

    # everything arrives in the reverse of the order it was made in
    for payload in [*fourth, *third, *second]:
        commune.replica.apply(payload)
    assert get(commune, Programme, programme.id) is None, "written before its audio came"
    assert get(commune, ProgrammeItem, item.id) is None
    assert sync_state.pending_count(commune.store) == 3  # bulletin, programme, item
    assert commune.replica.capture() == 0, "a pending record was taken for a local edit"
    for payload in [*first, *pairing]:
        result = commune.replica.apply(payload)
    assert result.pending == 0 and sync_state.pending_count(commune.store) == 0

    p = get(commune, Programme, programme.id)
    assert (p.title, p.rendered_asset_id) == ("Thời sự buổi sáng", asset.id)
    assert get(commune, ProgrammeItem, item.id).bulletin_id == bulletin.id
    assert shared_view(commune, {parent.id}) == shared_view(parent, {parent.id})
    assert commune.replica.capture() == 0, "what came in was taken for a local edit"


def test_records_wait_for_what_they_refer_to_with_foreign_keys_on(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bảo Yên", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Lương Sơn", StationKind.COMMUNE)
    link(parent, commune)
    with commune.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    check_arrival_in_any_order(parent, commune)
    with commune.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    parent.store.close()
    commune.store.close()


def test_an_edit_naming_audio_not_yet_here_keeps_the_old_reference_until_it_comes(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bảo Yên", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Lương Sơn", StationKind.COMMUNE)
    link(parent, commune)
    for payload in change_sets(parent):
        commune.replica.apply(payload)
    change_sets(commune)
    (bulletin,) = add(parent, Bulletin(title="Thông báo", source=BulletinSource.RECORDED))
    for payload in change_sets(parent):
        commune.replica.apply(payload)
    (asset,) = add(parent, AudioAsset(sha256="b" * 64, duration_s=1, sample_rate=8000, channels=1))
    audio = change_sets(parent)
    with parent.store.session() as s:
        b = s.get(Bulletin, bulletin.id)
        b.asset_id, b.title = asset.id, "Thông báo khẩn"
    for payload in change_sets(parent):
        commune.replica.apply(payload)
    kept = get(commune, Bulletin, bulletin.id)
    assert (kept.title, kept.asset_id) == ("Thông báo khẩn", None), "the title waited too"
    with commune.store.session() as s:  # the operator edits it meanwhile
        s.get(Bulletin, bulletin.id).text = "Bão số 3 đổ bộ chiều nay."
    assert commune.replica.capture() == 1, "the operator's edit did not count"
    for payload in audio:
        commune.replica.apply(payload)
    done = get(commune, Bulletin, bulletin.id)
    assert (done.title, done.asset_id) == ("Thông báo khẩn", asset.id)
    assert done.text == "Bão số 3 đổ bộ chiều nay.", "the local edit was lost"
    assert sync_state.pending_count(commune.store) == 0
    for payload in change_sets(commune):
        parent.replica.apply(payload)
    assert shared_view(commune, {parent.id}) == shared_view(parent, {parent.id})
    parent.store.close()
    commune.store.close()


@pytest.mark.postgres
def test_records_wait_for_what_they_refer_to_on_postgresql(tmp_path, postgres_url):  # noqa: F811
    parent = make_station(tmp_path / "huyen", "Huyện Bảo Yên", StationKind.PARENT)
    store = open_store(postgres_url)
    stations.create_local_station(
        store, stations.StationProfile("Xã Tân Dương", "Lào Cai", StationKind.COMMUNE)
    )
    commune = Station("Xã Tân Dương", store, Replica(store, Ed25519PrivateKey.generate()))
    link(parent, commune)
    check_arrival_in_any_order(parent, commune)
    with store.engine.connect() as conn:
        # PostgreSQL checked every row as it was written; the references all hold
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM programme_items i "
                "LEFT JOIN programmes p ON p.id = i.programme_id WHERE p.id IS NULL"
            )
        ).scalar()
        assert orphans == 0
    parent.store.close()
    store.close()
