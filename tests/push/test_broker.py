"""The generated broker config: TLS, one password per device, and each device fenced in."""

from __future__ import annotations

import socket
import ssl

import pytest

from studio.push import passwords, topics
from studio.push.transport import BrokerAddress, Link
from tests.push.broker import connect


def test_a_device_cannot_write_to_another_devices_topics(deployment):
    st = deployment.station_id
    a, b = deployment.device_id("loa-cho"), deployment.device_id("loa-truong")
    station, seen = connect(
        deployment.station_address(),
        "station",
        [(f"{topics.root(st)}/device/+/status", 1), (f"{topics.root(st)}/device/+/report/#", 1)],
    )
    intruder, _ = connect(deployment.device_address("loa-cho"), a)
    try:
        intruder.publish(topics.device_status(st, b), b'{"v":1,"online":true,"forged":1}')
        intruder.publish(topics.device_report(st, b, "play"), b'{"v":1,"forged":1}')
        intruder.publish(topics.zone_manifest(st, str(deployment.zones["thon-2"])), b"{}")
        intruder.publish(topics.device_status(st, a), b'{"v":1,"online":true}')
        # its own status arrives; what it wrote as the other device never does
        assert seen.wait_for(lambda m: any(t == topics.device_status(st, a) for t, _ in m))
        assert [t for t, _ in seen.messages] == [topics.device_status(st, a)]
    finally:
        intruder.stop()
        station.stop()


def test_a_device_reads_its_zone_and_itself_but_not_another_device(deployment):
    st = deployment.station_id
    a, b = deployment.device_id("loa-cho"), deployment.device_id("loa-truong")
    zone_a = str(deployment.zones["thon-1"])
    snoop, inbox = connect(
        deployment.device_address("loa-cho"),
        a,
        [(topics.device_command(st, b), 1), (topics.zone_all(st, zone_a), 1)],
    )
    station, _ = connect(deployment.station_address(), "station")
    try:
        station.publish(topics.device_command(st, b), b"for the other device")
        station.publish(topics.zone_command(st, zone_a), b"for my zone")
        assert inbox.wait_for(lambda m: len(m) >= 1)
        assert inbox.messages == [(topics.zone_command(st, zone_a), b"for my zone")]
    finally:
        snoop.stop()
        station.stop()


def test_a_wrong_password_is_refused(deployment):
    good = deployment.device_address("loa-cho")
    bad = BrokerAddress(good.host, good.port, good.ca_file, good.username, "not-the-password")
    link = Link(bad, good.username)
    link.start()
    try:
        assert not link.wait_connected(1.5)
    finally:
        link.stop()


def test_no_password_or_key_is_kept_in_plain_text_in_the_database(deployment):
    text = (deployment.broker.folder / "passwd").read_text()
    store = deployment.push.store
    database = b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))
    secrets = [e.password for e in deployment.devices.values()]
    secrets.append(deployment.push.keys.station_password(deployment.station_id))
    deployment.push.keys.signing_key()
    key_pem = deployment.push.keys.signing_key_path.read_text().splitlines()[1]
    for secret in [*secrets, key_pem]:
        assert secret.encode() not in database
        assert secret not in text
    for enrolled in deployment.devices.values():
        entry = deployment.push.keys.password_entries()[str(enrolled.device.id)]
        assert entry.startswith("$7$") and passwords.verify(entry, enrolled.password)
        assert enrolled.device.credentials_ref == f"keys:{enrolled.device.id}"


@pytest.mark.parametrize("tool", ["", "mosquitto_passwd"], ids=["own hashing", "mosquitto_passwd"])
def test_the_broker_accepts_passwords_hashed_either_way(deployment, tool, monkeypatch):
    if tool:
        from tests.helpers import need_tool

        need_tool(tool)
    else:
        monkeypatch.setattr(passwords.shutil, "which", lambda _name: None)
    name = "loa-moi"
    password = passwords.new_password()
    deployment.push.keys.set_password(name, password)
    deployment.broker.stop()
    deployment.write_broker_config()
    deployment.broker.start()
    good = deployment.device_address("loa-cho")
    link, _ = connect(BrokerAddress(good.host, good.port, good.ca_file, name, password), name)
    link.stop()


def test_the_broker_speaks_only_tls_with_the_station_ca(deployment):
    address = ("127.0.0.1", deployment.broker.port)
    ctx = ssl.create_default_context(cafile=str(deployment.push.keys.ca_cert_path))
    with (
        socket.create_connection(address) as raw,
        ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
    stranger = ssl.create_default_context()  # the system CAs do not know the station's CA
    with (
        socket.create_connection(address) as raw,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        stranger.wrap_socket(raw, server_hostname="127.0.0.1")


def test_a_communes_replicated_loudspeaker_gets_no_access_on_the_parents_broker(deployment):
    """A parent's database holds its communes' devices too (sync); their broker is theirs."""
    import uuid

    from studio.push import devices
    from studio.store.models import Device, DeviceKind, Station, StationKind

    store = deployment.push.store
    commune_id = uuid.uuid4()
    with store.session() as s:
        s.add(Station(id=commune_id, name="Xã Tả Van", kind=StationKind.COMMUNE))
        s.flush()
        s.add(Device(name="Loa Tả Van 1", kind=DeviceKind.IP_SPEAKER, station_id=commune_id))
    allowed = {d.device_id for d in devices.access_list(deployment.push)}
    assert allowed == {str(d.device.id) for d in deployment.devices.values()}
