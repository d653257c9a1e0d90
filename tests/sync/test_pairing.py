"""Pairing codes: one copyable line per station, read by the other one to pair."""

from __future__ import annotations

import base64
import json

import pytest

from studio.push.keys import KeyStore
from studio.store import sync_state
from studio.store.models import StationKind
from studio.sync import access, pairing
from studio.sync.errors import SyncError
from tests.helpers import run_studio
from tests.sync.stations import exchange, make_station, shared_view


@pytest.fixture
def two(tmp_path):
    parent = make_station(tmp_path / "huyen", "Huyện Bát Xát", StationKind.PARENT)
    commune = make_station(tmp_path / "xa", "Xã Y Tý", StationKind.COMMUNE)
    yield parent, commune
    parent.store.close()
    commune.store.close()


def test_a_code_names_the_station_and_reads_back(two):
    parent, _ = two
    code = pairing.own_code(parent.store)
    assert code.startswith("STUDIO1-") and "\n" not in code and " " not in code
    read = pairing.decode(code)
    assert read.id == parent.id and read.name == "Huyện Bát Xát" and read.kind == "parent"
    assert read.key == parent.peer(sync_state.PARENT).public_key
    # pasted from a chat: broken over lines, with spaces around
    assert pairing.decode(f"  {code[:20]}\n{code[20:]} ") == read


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "STUDIO1-",
        "STUDIO1-!!!not base64",
        "STUDIO1-" + base64.urlsafe_b64encode(b"[1, 2]").decode(),
        "STUDIO1-" + base64.urlsafe_b64encode(json.dumps({"id": "x"}).encode()).decode(),
    ],
)
def test_garbage_is_refused_with_a_clear_message(two, text):
    with pytest.raises(SyncError, match="not a pairing code"):
        pairing.other_code(two[0].store, text)


def test_a_cut_code_is_refused(two):
    code = pairing.own_code(two[0].store)
    with pytest.raises(SyncError, match="not a pairing code"):
        pairing.other_code(two[1].store, code[:-10])


def test_this_stations_own_code_is_refused(two):
    parent, _ = two
    with pytest.raises(SyncError, match="own pairing code"):
        pairing.pair_with(parent.store, pairing.own_code(parent.store))
    assert sync_state.peers(parent.store) == []


def test_the_role_follows_from_the_kinds_and_records_cross(two, tmp_path):
    parent, commune = two
    on_parent = pairing.pair_with(parent.store, pairing.own_code(commune.store))
    on_commune = pairing.pair_with(commune.store, pairing.own_code(parent.store))
    assert on_parent.peer.role == sync_state.COMMUNE and on_parent.peer.name == "Xã Y Tý"
    assert on_commune.peer.role == sync_state.PARENT and on_commune.password_file is None
    # the parent made the commune's broker password, for its broker's access list
    keys = KeyStore(parent.store.files_dir / "keys")
    assert on_parent.password_file == access.secret_path(keys, commune.id)
    assert on_parent.password_file.read_text().strip()
    assert commune.id in access.broker_acl(parent.store, keys)
    exchange([parent, commune])
    assert shared_view(commune, {parent.id}) == shared_view(parent, {parent.id})

    other = make_station(tmp_path / "xa2", "Xã A Mú Sung", StationKind.COMMUNE)
    with pytest.raises(SyncError, match="Both stations are communes"):
        pairing.pair_with(other.store, pairing.own_code(commune.store))
    other.store.close()


def studio(db, *args):
    return run_studio("--db", str(db), "sync", *args)


def test_pairing_codes_from_the_command_line(two):
    parent, commune = two
    p_db, c_db = parent.store.path, commune.store.path
    parent.store.close()
    commune.store.close()
    codes = {}
    for db in (p_db, c_db):
        out = studio(db, "id", "--code")
        assert out.returncode == 0, out.stderr
        codes[db] = out.stdout.strip()
    out = studio(p_db, "pair", "--code", codes[c_db])
    assert out.returncode == 0, out.stderr
    assert "studio broker config" in out.stdout and ".secret" in out.stdout
    out = studio(c_db, "pair", "--code", codes[p_db])
    assert out.returncode == 0, out.stderr
    assert "studio broker config" not in out.stdout
    out = studio(c_db, "pair", "--code", "STUDIO1-garbage")
    assert out.returncode == 2 and "not a pairing code" in out.stderr
    assert "Traceback" not in out.stderr
    out = studio(c_db, "pair")
    assert out.returncode == 2 and "--code" in out.stderr

    peers = {db: json.loads(studio(db, "status", "--json").stdout)["peers"] for db in (p_db, c_db)}
    assert [(p["name"], p["role"]) for p in peers[p_db]] == [("Xã Y Tý", "commune")]
    assert [(p["name"], p["role"]) for p in peers[c_db]] == [("Huyện Bát Xát", "parent")]
