"""A demo commune station, so `make run` opens on something to look at."""

from __future__ import annotations

from studio.store import Store, bulletins, stations
from studio.store.models import DeviceKind, Priority, Slot, Transport, ZoneKind
from studio.store.stations import StationProfile

DEMO_STATION = StationProfile(
    name="Đài truyền thanh xã Bằng Thành",
    province="Thái Nguyên",
    admin_code="01936",
    parent_name="Đài Phát thanh và Truyền hình Thái Nguyên",
)

EVERY_DAY = 0b111_1111


def seed(store: Store) -> bool:
    """Set up the demo station if this database has none; True if it did."""
    if store.local_station_id is not None:
        return False
    stations.create_local_station(store, DEMO_STATION)
    na_la = stations.add_zone(store, "Thôn Nà Lạ", ZoneKind.IP, "Cụm loa IP đầu thôn")
    khuoi_ha = stations.add_zone(store, "Thôn Khuổi Ha", ZoneKind.IP, "Cụm loa IP nhà văn hoá")
    fm = stations.add_zone(store, "Các thôn vùng FM", ZoneKind.FM, "Máy thu FM ở 6 thôn")
    stations.add_device(
        store, "Loa IP Nà Lạ 1", DeviceKind.IP_SPEAKER, zone_id=na_la.id, address="bt-nala-1"
    )
    stations.add_device(
        store,
        "Loa IP Khuổi Ha 1",
        DeviceKind.IP_SPEAKER,
        zone_id=khuoi_ha.id,
        address="bt-khuoiha-1",
    )
    stations.add_device(
        store,
        "Bộ điều khiển máy phát FM",
        DeviceKind.FM_CONTROLLER,
        zone_id=fm.id,
        transport=Transport.SERIAL,
        address="COM3",
    )
    bulletins.add_bulletin(
        store,
        "Thông báo lịch tiêm chủng mở rộng tháng 12",
        "UBND xã Bằng Thành thông báo: ngày 05/12, Trạm Y tế xã tổ chức tiêm chủng mở rộng "
        "cho trẻ em dưới 5 tuổi. Đề nghị các gia đình đưa trẻ đến đúng giờ.",
        author="Nông Thị Hoa",
    )
    bulletins.add_bulletin(
        store,
        "Cảnh báo mưa lớn, lũ quét",
        "Từ đêm nay đến ngày mai, khu vực xã có mưa to đến rất to, lượng mưa 100-150 mm. "
        "Nguy cơ cao xảy ra lũ quét, sạt lở đất ở các thôn vùng núi.",
        priority=Priority.EMERGENCY,
        author="Nông Thị Hoa",
    )
    with store.session() as s:
        s.add(
            Slot(
                title="Bản tin buổi sáng",
                weekdays=EVERY_DAY,
                start_minute=5 * 60 + 30,
                max_duration_s=30 * 60,
            )
        )
        s.add(
            Slot(
                title="Bản tin buổi chiều",
                weekdays=EVERY_DAY,
                start_minute=17 * 60 + 30,
                max_duration_s=30 * 60,
            )
        )
    return True
