"""Programmes in the store: a running order kept in order, refused when it cannot play."""

from __future__ import annotations

import uuid

import pytest

from studio.store import (
    StoreError,
    bulletins,
    open_store,
    programmes,
    records,
    sqlite_url,
    stations,
)
from studio.store.models import AssetKind, AudioAsset, ItemKind
from studio.store.programmes import NewItem
from studio.store.stations import StationProfile


@pytest.fixture
def station(store):
    return stations.create_local_station(store, StationProfile("Xã Nà Phặc", "Bắc Kạn"))


def add_asset(store, title: str, kind: AssetKind, seconds: float = 8.0) -> AudioAsset:
    with store.session() as s:
        asset = AudioAsset(
            id=uuid.uuid4(),
            sha256=uuid.uuid4().hex * 2,
            kind=kind,
            title=title,
            duration_s=seconds,
            sample_rate=48000,
            channels=1,
        )
        s.add(asset)
    return asset


@pytest.fixture
def parts(store, station):
    jingle = add_asset(store, "Nhạc hiệu", AssetKind.JINGLE)
    bed = add_asset(store, "Nhạc nền", AssetKind.BED, 60.0)
    speech = add_asset(store, "tiêm chủng", AssetKind.SPEECH)
    news = bulletins.add_bulletin(store, "Thông báo lịch tiêm chủng")
    with store.session() as s:
        news = s.get(type(news), news.id)
        news.asset_id = speech.id
    return jingle, bed, news


def test_running_order_is_kept_and_survives_reopening(db_path, store, parts):
    jingle, bed, news = parts
    made = programmes.create_programme(
        store,
        "  Bản tin sáng  ",
        [
            NewItem(ItemKind.JINGLE, asset_id=jingle.id, fade_out_s=0.5),
            NewItem(ItemKind.BULLETIN, bulletin_id=news.id, crossfade_s=0.5, gain_db=-1.5),
            NewItem(ItemKind.GAP, gap_s=1.0),
            NewItem(ItemKind.JINGLE, asset_id=jingle.id, fade_in_s=0.2),
        ],
        bed_asset_id=bed.id,
        duck_db=-14.0,
    )
    store.close()
    reopened = open_store(sqlite_url(db_path))
    try:
        order = programmes.running_order(reopened, "Bản tin sáng")
        assert order.programme.id == made.id and order.programme.duck_db == -14.0
        assert [i.kind for i in order.items] == [
            ItemKind.JINGLE,
            ItemKind.BULLETIN,
            ItemKind.GAP,
            ItemKind.JINGLE,
        ]
        assert [i.position for i in order.items] == [0, 1, 2, 3]
        assert order.items[1].gain_db == -1.5 and order.items[1].crossfade_s == 0.5
        assert set(order.assets) == {jingle.id, bed.id, news.asset_id}
        assert set(order.bulletins) == {news.id}
        assert programmes.get_programme(reopened, str(made.id)).title == "Bản tin sáng"
        assert [p.title for p in programmes.list_programmes(reopened)] == ["Bản tin sáng"]
    finally:
        reopened.close()


def test_list_is_by_title_and_leaves_out_deleted(store, parts):
    jingle = parts[0]
    for title in ("Thời sự tối", "Bản tin sáng", "Ca nhạc trưa"):
        programmes.create_programme(store, title, [NewItem(ItemKind.JINGLE, asset_id=jingle.id)])
    gone = programmes.get_programme(store, "Ca nhạc trưa")
    records.tombstone(store, type(gone), gone.id)
    assert [p.title for p in programmes.list_programmes(store)] == ["Bản tin sáng", "Thời sự tối"]
    with pytest.raises(StoreError, match="no programme"):
        programmes.get_programme(store, "Ca nhạc trưa")


def test_same_title_twice_asks_for_the_id(store, parts):
    jingle = parts[0]
    items = [NewItem(ItemKind.JINGLE, asset_id=jingle.id)]
    first = programmes.create_programme(store, "Bản tin", items)
    programmes.create_programme(store, "Bản tin", items)
    with pytest.raises(StoreError, match="Several programmes"):
        programmes.get_programme(store, "Bản tin")
    assert programmes.get_programme(store, first.id).id == first.id


BAD = [
    ("", lambda j, n: [NewItem(ItemKind.JINGLE, asset_id=j)], "needs a title"),
    ("P", lambda j, n: [], "at least one item"),
    ("P", lambda j, n: [NewItem(ItemKind.BULLETIN)], "Item 1 .* needs a bulletin"),
    ("P", lambda j, n: [NewItem(ItemKind.BULLETIN, bulletin_id=j)], "needs a bulletin"),
    (
        "P",
        lambda j, n: [NewItem(ItemKind.JINGLE, asset_id=j), NewItem(ItemKind.ASSET)],
        "Item 2 .* needs a sound file",
    ),
    ("P", lambda j, n: [NewItem(ItemKind.GAP)], "gap of no length"),
    ("P", lambda j, n: [NewItem(ItemKind.JINGLE, asset_id=j, fade_in_s=-1)], "negative"),
    ("P", lambda j, n: [NewItem(ItemKind.BULLETIN, bulletin_id=n, gain_db=float("nan"))], "gain"),
]


@pytest.mark.parametrize(("title", "items", "says"), BAD)
def test_unplayable_programme_is_refused_and_nothing_is_stored(store, parts, title, items, says):
    jingle, _bed, news = parts
    with pytest.raises(StoreError, match=says):
        programmes.create_programme(store, title, items(jingle.id, news.id))
    assert programmes.list_programmes(store) == []


def test_missing_bed_is_refused(store, parts):
    jingle = parts[0]
    with pytest.raises(StoreError, match="music bed"):
        programmes.create_programme(
            store, "P", [NewItem(ItemKind.JINGLE, asset_id=jingle.id)], bed_asset_id=uuid.uuid4()
        )
    assert programmes.list_programmes(store) == []
