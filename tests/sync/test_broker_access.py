"""The parent's generated broker config lets each commune use only its own sync topics."""

from __future__ import annotations

import json

from studio.push.keys import station_user
from studio.store.models import Pronunciation, StationKind
from studio.sync import topics
from studio.sync.service import broker_address
from tests.helpers import run_studio
from tests.push.broker import connect
from tests.sync.stations import make_station, sync_together


def test_a_commune_cannot_read_another_communes_down_topic(trio):
    parent, a, b = trio
    hub = parent.id
    snoop, inbox = connect(
        broker_address(a.replica),
        "snoop-a",
        [
            (topics.down(hub, b.id, "changes"), 1),
            (topics.base(hub, "+") + "/down/#", 1),
            (topics.commune_subscription(hub, a.id), 1),
        ],
    )
    hub_link, _ = connect(broker_address(parent.replica), "hub")
    try:
        hub_link.publish(topics.down(hub, b.id, "changes"), b"for commune B")
        hub_link.publish(topics.down(hub, a.id, "changes"), b"for commune A")
        # its own message arrives (once per matching subscription); B's never does
        assert inbox.wait_for(lambda m: len(m) >= 1)
        assert {t for t, _ in inbox.messages} == {topics.down(hub, a.id, "changes")}
        assert {p for _, p in inbox.messages} == {b"for commune A"}
    finally:
        snoop.stop()
        hub_link.stop()


def test_a_commune_cannot_write_another_communes_up_topic(trio):
    parent, a, b = trio
    hub = parent.id
    hub_link, seen = connect(
        broker_address(parent.replica), "hub", [(topics.parent_subscription(hub), 1)]
    )
    victim, received = connect(
        broker_address(b.replica), "victim-b", [(topics.commune_subscription(hub, b.id), 1)]
    )
    forger, _ = connect(broker_address(a.replica), "forger-a")
    try:
        forger.publish(topics.up(hub, b.id, "changes"), b"forged as commune B")
        forger.publish(topics.down(hub, b.id, "changes"), b"forged as the parent")
        forger.publish(topics.up(hub, a.id, "ack"), b"its own")
        assert seen.wait_for(lambda m: len(m) >= 1)
        assert seen.messages == [(topics.up(hub, a.id, "ack"), b"its own")]
        hub_link.publish(topics.down(hub, b.id, "changes"), b"from the parent")
        assert received.wait_for(lambda m: len(m) >= 1)
        assert received.messages == [(topics.down(hub, b.id, "changes"), b"from the parent")]
    finally:
        forger.stop()
        victim.stop()
        hub_link.stop()


def test_sync_works_through_the_generated_config(trio):
    parent, a, b = trio
    with parent.store.session() as s:
        word = Pronunciation(written="MTTQ", spoken="mặt trận tổ quốc")
        s.add(word)
    with a.store.session() as s:
        mine = Pronunciation(written="HĐND", spoken="hội đồng nhân dân")
        s.add(mine)
    sync_together([parent, a, b])
    for commune in (a, b):
        with commune.store.session() as s:
            assert s.get(Pronunciation, word.id).spoken == "mặt trận tổ quốc"
    with parent.store.session() as s:
        assert s.get(Pronunciation, mine.id).spoken == "hội đồng nhân dân"


def test_pairing_a_commune_and_broker_config_from_the_command_line(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Si Ma Cai", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Sán Chải", StationKind.COMMUNE)
    key = json.loads(run_studio("--db", str(commune.store.path), "sync", "id", "--json").stdout)
    parent.store.close()
    commune.store.close()
    db = str(parent.store.path)
    out = run_studio(
        "--db", db, "sync", "pair", key["id"], "--key", key["public_key"], "--role", "commune"
    )
    assert out.returncode == 0, out.stderr
    user = station_user(key["id"])
    assert user in out.stdout
    secret = parent.store.files_dir / "keys" / f"sync-{key['id']}.secret"
    assert str(secret) in out.stdout and secret.stat().st_mode & 0o077 == 0

    folder = tmp_path / "broker"
    out = run_studio("--db", db, "broker", "config", "-o", str(folder))
    assert out.returncode == 0, out.stderr
    acl = (folder / "acl").read_text()
    hub = str(parent.store.local_station_id)
    assert f"user {user}\ntopic write {topics.base(hub, key['id'])}/up/#\n" in acl
    assert f"topic read {topics.base(hub, key['id'])}/down/#" in acl
    passwd = (folder / "passwd").read_text()
    assert f"{user}:" in passwd and secret.read_text().strip() not in passwd
    # a second run keeps the commune's password
    before = secret.read_text()
    assert run_studio("--db", db, "broker", "config", "-o", str(folder)).returncode == 0
    assert secret.read_text() == before
