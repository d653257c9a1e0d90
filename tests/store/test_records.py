"""Records survive a round trip with their Vietnamese text, and carry sync metadata."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from studio.store import (
    StoreError,
    bulletins,
    open_store,
    pronunciations,
    records,
    sqlite_url,
    stations,
)
from studio.store import settings as stored
from studio.store.models import (
    AsRunEntry,
    AudioAsset,
    Bulletin,
    BulletinSource,
    Device,
    DeviceKind,
    ExceptionAction,
    ItemKind,
    OutboxMessage,
    PlayResult,
    PlaySource,
    Priority,
    Programme,
    ProgrammeItem,
    ScheduleException,
    Slot,
    Station,
    StationKind,
    Zone,
    ZoneKind,
)
from studio.store.stations import StationProfile

NFD = unicodedata.normalize("NFD", "Thông báo khẩn: lũ quét ở bản Khuổi Ha")
ICT = timezone(timedelta(hours=7))


@pytest.fixture
def station(store):
    return stations.create_local_station(
        store,
        StationProfile(
            "Xã Bằng Thành", "Bắc Kạn", admin_code="01936", parent_name="Đài PT-TH huyện Pác Nặm"
        ),
    )


def make_records(station_id: uuid.UUID) -> list[object]:
    """One of every record, filled with the kind of text communes write."""
    zone = Zone(name="Thôn Nà Lạ – cụm loa số 2", kind=ZoneKind.IP)
    asset = AudioAsset(
        sha256="ab" * 32,
        title="Nhạc hiệu “Quê hương”",
        file_name="nhạc hiệu.mp3",
        duration_s=12.5,
        sample_rate=48000,
        channels=2,
        integrated_lufs=-16.02,
        loudness_range_lu=4.1,
        true_peak_dbtp=-1.0,
    )
    bulletin = Bulletin(
        title="Thông báo tiêm chủng",
        text=NFD,
        source=BulletinSource.TTS,
        priority=Priority.EMERGENCY,
        author="Nông Thị Hoa",
        approver="Hoàng Văn Ất",
        approved_at=datetime(2026, 11, 20, 8, 30, tzinfo=ICT),
    )
    programme = Programme(
        title="Chương trình thời sự sáng", description="Tiếp âm VOV1", bed_asset_id=asset.id
    )
    return [
        zone,
        Device(
            name="Loa IP đầu bản",
            kind=DeviceKind.IP_SPEAKER,
            zone_id=zone.id,
            address="nala-2",
            credentials_ref="keyring:nala-2",
        ),
        asset,
        bulletin,
        programme,
        ProgrammeItem(
            programme_id=programme.id,
            position=0,
            kind=ItemKind.BULLETIN,
            bulletin_id=bulletin.id,
            gain_db=-1.5,
            fade_in_s=0.2,
        ),
        Slot(
            title="Buổi sáng",
            weekdays=0b0011111,
            start_minute=330,
            max_duration_s=1800,
            zone_ids=[str(zone.id)],
            programme_id=programme.id,
            valid_from=date(2026, 1, 1),
        ),
        ScheduleException(
            on_date=date(2027, 2, 6),
            action=ExceptionAction.CANCEL,
            reason="Nghỉ Tết Nguyên đán Đinh Mùi",
        ),
        AsRunEntry(
            started_at=datetime(2026, 11, 21, 5, 30, tzinfo=ICT),
            result=PlayResult.PLAYED,
            source=PlaySource.SPEAKER,
            title="Bản tin sáng thứ Bảy",
        ),
        OutboxMessage(
            seq=1,
            message_id="m-1",
            topic="studio/xa-bang-thanh/zone/nala",
            payload='{"tiêu đề": "khẩn"}'.encode(),
        ),
    ]


def test_every_record_round_trips_through_a_reopened_file(db_path, store, station):
    records = make_records(station.id)
    for r in records:
        r.id = uuid.uuid4()
    # references were built before ids were assigned; wire them again
    zone, device, asset, bulletin, programme, item, slot, _exc, _run, out = records
    device.zone_id, programme.bed_asset_id = zone.id, asset.id
    item.programme_id, item.bulletin_id = programme.id, bulletin.id
    slot.zone_ids, slot.programme_id = [str(zone.id)], programme.id
    with store.session() as s:
        for r in records:  # parents first: foreign keys are checked on every insert
            s.add(r)
            s.flush()
    store.close()

    reopened = open_store(sqlite_url(db_path))
    try:
        with reopened.session() as s:
            for original in records:
                again = s.get(type(original), original.id)
                assert again is not None
                for column in type(original).__table__.columns:
                    assert getattr(again, column.key) == getattr(original, column.key), column.key
                assert again.station_id == station.id, "records belong to this station"
            b = s.get(Bulletin, bulletin.id)
            assert b.text == NFD, "text is kept exactly as typed (no Unicode re-normalization)"
            assert b.approved_at == datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
            assert b.approved_at.tzinfo is not None
            assert s.get(OutboxMessage, out.id).payload.decode() == '{"tiêu đề": "khẩn"}'
    finally:
        reopened.close()


def test_naive_datetimes_are_refused(store, station):
    with pytest.raises(StoreError), store.session() as s:
        s.add(
            AsRunEntry(
                started_at=datetime(2026, 1, 1, 5, 30),
                result=PlayResult.PLAYED,
                source=PlaySource.PC_PLAYOUT,
            )
        )


def test_station_owns_itself_and_its_parent_is_recorded(store, station):
    assert station.station_id == station.id
    assert stations.parent_name(store, station) == "Đài PT-TH huyện Pác Nặm"
    parent = stations.get_station(store, station.parent_id)
    assert parent.kind == StationKind.PARENT


def test_every_change_gets_a_later_clock_time_even_if_the_pc_clock_goes_back(store, station):
    zone = stations.add_zone(store, "Thôn 1")
    first = zone.updated_at
    store.clock._wall = lambda: 0  # the PC's clock jumped back to 1970
    with store.session() as s:
        s.get(Zone, zone.id).name = "Thôn Một"
    with store.session() as s:
        renamed = s.get(Zone, zone.id)
    assert renamed.updated_at > first
    assert renamed.name == "Thôn Một"


def test_deleting_leaves_a_tombstone_that_replicates(store, station):
    zone = stations.add_zone(store, "Thôn sẽ bỏ")
    records.tombstone(store, Zone, zone.id)
    assert [z.name for z in stations.list_zones(store)] == []
    with store.session() as s:
        tomb = s.get(Zone, zone.id)
    assert tomb.deleted and tomb.updated_at > zone.updated_at


def test_foreign_keys_are_enforced(store, station):
    with pytest.raises(StoreError), store.session() as s:
        s.add(Device(name="Loa lạc", kind=DeviceKind.IP_SPEAKER, zone_id=uuid.uuid4()))
    assert stations.list_devices(store) == []


@pytest.mark.parametrize(
    "profile, message",
    [
        (StationProfile("  ", "Bắc Kạn"), "needs a name"),
        (StationProfile("Xã A", ""), "needs a province"),
        (StationProfile("Xã A", "Bắc Kạn", admin_code="01-936"), "digits only"),
    ],
)
def test_station_profile_is_checked_before_anything_is_saved(store, profile, message):
    with pytest.raises(StoreError, match=message):
        stations.create_local_station(store, profile)
    assert store.local_station_id is None
    assert stations.record_counts(store)["stations"] == 0


def test_a_database_belongs_to_one_station(store, station):
    with pytest.raises(StoreError, match="already belongs"):
        stations.create_local_station(store, StationProfile("Xã khác", "Cao Bằng"))


def test_settings_fall_back_to_their_declared_default(store):
    from studio import settings

    assert stored.get(store, settings.LOUDNESS_TARGET) == -16.0
    stored.put(store, settings.LOUDNESS_TARGET, -23)
    assert stored.get(store, settings.LOUDNESS_TARGET) == -23.0
    with pytest.raises(ValueError):
        stored.put(store, settings.LOUDNESS_TARGET, 5.0)
    with pytest.raises(ValueError):
        stored.put(store, settings.LANGUAGE, "fr")
    assert stored.get(store, settings.LANGUAGE) == "vi"


def test_pronunciation_dictionary_edits(store, station):
    pronunciations.put(store, "Pác Nặm", "Pác Nậm")
    pronunciations.put(store, "COVID-19", "cô vít mười chín")
    pronunciations.put(store, "Pác Nặm", "Pác  Nặm ")  # corrected
    assert pronunciations.as_dict(store) == {"COVID-19": "cô vít mười chín", "Pác Nặm": "Pác Nặm"}
    assert pronunciations.remove(store, "COVID-19")
    assert not pronunciations.remove(store, "COVID-19")
    assert pronunciations.as_dict(store) == {"Pác Nặm": "Pác Nặm"}


def test_bulletins_list_newest_first_and_need_a_title(store, station):
    bulletins.add_bulletin(store, "Bản tin 1")
    bulletins.add_bulletin(store, "Bản tin 2", priority=Priority.PRIORITY)
    assert [b.title for b in bulletins.list_bulletins(store)] == ["Bản tin 2", "Bản tin 1"]
    with pytest.raises(StoreError, match="title"):
        bulletins.add_bulletin(store, "   ")


def test_store_is_usable_from_several_threads(store, station):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: stations.add_zone(store, f"Thôn {i}"), range(40)))
    zones = stations.list_zones(store)
    assert len(zones) == 40
    assert len({z.updated_at for z in zones}) == 40, "clock times are unique"


def test_station_record_is_the_local_one_after_reopen(db_path, store, station):
    store.close()
    again = open_store(sqlite_url(db_path))
    try:
        assert again.local_station_id == station.id
        assert stations.local_station(again).name == "Xã Bằng Thành"
        assert isinstance(stations.local_station(again), Station)
    finally:
        again.close()
