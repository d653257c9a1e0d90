"""``studio push schedule`` while the broker is away: the week waits in the outbox, once."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from studio import cli
from studio.audio import library
from studio.store import bulletins, open_store, slots, sqlite_url, stations
from studio.store.models import AssetKind, Bulletin, SlotContent
from tests.push.broker import free_port


@pytest.fixture
def db(tmp_path):
    return tmp_path / "studio.db"


@pytest.fixture
def studio(db, capsys, monkeypatch):
    """The `studio` command in this process, in English: its output, once it exits ``code``."""
    monkeypatch.setenv("STUDIO_LANG", "en")

    def run(*args, code=0):
        capsys.readouterr()
        got = cli.main(["--db", str(db), *args])
        out = capsys.readouterr()
        assert got == code, out
        return out.out + out.err

    return run


def test_the_week_waits_in_the_outbox_and_is_not_pushed_twice(tmp_path, db, studio):
    port = str(free_port())  # nothing listens there: the broker is away

    studio("init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    out = tmp_path / "loa"
    studio("devices", "add", "Loa chợ", "--zone", "Thôn Nà Pài", "-o", str(out), "--host", "x")
    store = open_store(sqlite_url(db))
    try:
        t = np.arange(16000) / 8000
        sf.write(tmp_path / "tin.wav", (0.3 * np.sin(2 * np.pi * 440 * t)).astype("float32"), 8000)
        asset = library.import_file(store, tmp_path / "tin.wav", AssetKind.SPEECH).asset
        news = bulletins.add_bulletin(store, "Bản tin sáng")
        with store.session() as s:
            s.get(Bulletin, news.id).asset_id = asset.id
        silent = bulletins.add_bulletin(store, "Chưa thu âm")
        for minute, b in ((6 * 60, news), (7 * 60, silent)):
            spec = slots.SlotSpec(0b1111111, minute, 900, SlotContent.BULLETIN, bulletin_id=b.id)
            slots.add_slot(store, spec)
        assert [z.name for z in stations.list_zones(store)] == ["Thôn Nà Pài"]
    finally:
        store.close()

    week = ["push", "schedule", "--from", "2030-01-07", "--days", "7", "--port", port]
    first = studio(*week, "--broker", "127.0.0.1", "--wait", "0.5")
    assert "Zone “Thôn Nà Pài”: 7 items, 2030-01-07 to 2030-01-13, sent as new." in first
    assert first.count("left out (no audio yet): Chưa thu âm") == 1
    assert "Sent: 0. Waiting in the outbox: 1." in first

    again = studio(*week, "--broker", "127.0.0.1", "--wait", "0.5")
    assert "7 items, 2030-01-07 to 2030-01-13, unchanged." in again
    assert "Waiting in the outbox: 1." in again

    wrong = studio("push", "schedule", "--days", "40", code=2)
    assert "Days must be between 1 and 31 (got 40)." in wrong
    assert "Traceback" not in wrong


def test_an_iso_week_is_pushed_monday_to_sunday(tmp_path, db, studio):
    port = str(free_port())

    studio("init", "--name", "Xã Bằng Thành", "--province", "Bắc Kạn")
    studio(
        "devices",
        "add",
        "Loa chợ",
        "--zone",
        "Thôn Nà Pài",
        "-o",
        str(tmp_path / "loa"),
        "--host",
        "x",
    )
    store = open_store(sqlite_url(db))
    try:
        t = np.arange(8000) / 8000
        sf.write(tmp_path / "tin.wav", (0.3 * np.sin(2 * np.pi * 440 * t)).astype("float32"), 8000)
        asset = library.import_file(store, tmp_path / "tin.wav", AssetKind.SPEECH).asset
        news = bulletins.add_bulletin(store, "Bản tin sáng")
        with store.session() as s:
            s.get(Bulletin, news.id).asset_id = asset.id
        # Monday and Saturday only: the week's items show which local days it covered
        spec = slots.SlotSpec(0b0100001, 6 * 60, 900, SlotContent.BULLETIN, bulletin_id=news.id)
        slots.add_slot(store, spec)
    finally:
        store.close()

    broker = ("--port", port, "--broker", "127.0.0.1", "--wait", "0.2")
    # 2030-W48 runs from Monday 25 November to Sunday 1 December 2030
    out = studio("push", "schedule", "--week", "2030-W48", *broker)
    assert "Zone “Thôn Nà Pài”: 2 items, 2030-11-25 to 2030-12-01, sent as new." in out

    same = studio("push", "schedule", "--from", "2030-11-25", "--days", "7", *broker)
    assert "2 items, 2030-11-25 to 2030-12-01, unchanged." in same

    both = studio("push", "schedule", "--week", "2030-W48", "--days", "3", code=2)
    assert "Give either --week or --from and --days, not both." in both
    assert "Traceback" not in both
    bad = studio("push", "schedule", "--week", "2030-48", code=2)
    assert "not an ISO week like 2026-W48: 2030-48" in bad
