"""Programmes kept in the store: content-addressed sound files, the mapping to the engine's
description, and ``studio audio mix --programme`` rendering one."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from studio.audio import codec, spec
from studio.audio.errors import AudioError
from studio.audio.loudness import measure_array
from studio.blobs import BlobError, BlobStore
from studio.store import bulletins, open_store, programmes, sqlite_url, stations
from studio.store.models import AssetKind, AudioAsset, Bulletin, ItemKind
from studio.store.programmes import NewItem
from studio.store.stations import StationProfile
from tests.audio.signals import sine, speechlike
from tests.helpers import run_studio, studio_env

RATE = 48000


def test_import_stores_once_by_content(tmp_path):
    data = tmp_path / "data"
    library = BlobStore(data / "audio")
    sound = tmp_path / "nhạc hiệu.wav"
    codec.write(sound, sine(RATE, 1.0, -12.0), RATE)
    digest = hashlib.sha256(sound.read_bytes()).hexdigest()
    sha, path = library.put_file(sound)
    assert sha == digest
    assert path == data / "audio" / digest[:2] / digest == library.path(digest)
    assert path.read_bytes() == sound.read_bytes()
    again = tmp_path / "copy.wav"
    again.write_bytes(sound.read_bytes())
    assert library.put_file(again) == (sha, path)
    files = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert files == [f"audio/{digest[:2]}/{digest}"]  # one blob, no temporary left


@pytest.mark.parametrize(
    ("make", "says"),
    [(lambda p: None, "does not exist"), (lambda p: p.mkdir(), "folder")],
)
def test_import_of_a_missing_file_or_folder_says_so(tmp_path, make, says):
    source = tmp_path / "bulletin.wav"
    make(source)
    with pytest.raises(BlobError, match=says):
        BlobStore(tmp_path / "data").put_file(source)
    assert not any(p.is_file() for p in (tmp_path / "data").rglob("*"))


def test_blob_path_refuses_what_is_not_a_sha256(tmp_path):
    with pytest.raises(BlobError, match="sha256"):
        BlobStore(tmp_path).path("../../etc/passwd")


def asset(kind: AssetKind, title: str) -> AudioAsset:
    return AudioAsset(
        id=uuid.uuid4(),
        sha256=hashlib.sha256(title.encode()).hexdigest(),
        kind=kind,
        title=title,
        duration_s=5.0,
        sample_rate=RATE,
        channels=1,
    )


def test_stored_rows_map_onto_the_engine_description(tmp_path):
    from studio.store.models import Programme, ProgrammeItem

    bed, jingle, talk = (
        asset(AssetKind.BED, "nền"),
        asset(AssetKind.JINGLE, "hiệu"),
        asset(AssetKind.SPEECH, "phỏng vấn"),
    )
    news = Bulletin(id=uuid.uuid4(), title="Thời tiết", asset_id=talk.id)
    prog = Programme(
        id=uuid.uuid4(),
        title="Sáng",
        bed_asset_id=bed.id,
        bed_gain_db=-8.0,
        duck_db=-15.0,
        duck_attack_ms=200.0,
        duck_release_ms=900.0,
        target_lufs=None,
    )
    rows = [
        ProgrammeItem(position=0, kind=ItemKind.JINGLE, asset_id=jingle.id, fade_out_s=0.5),
        ProgrammeItem(position=1, kind=ItemKind.BULLETIN, bulletin_id=news.id, crossfade_s=0.3),
        ProgrammeItem(position=2, kind=ItemKind.GAP, gap_s=1.5),
        ProgrammeItem(position=3, kind=ItemKind.ASSET, asset_id=talk.id, gain_db=2.0),
        ProgrammeItem(position=4, kind=ItemKind.ASSET, asset_id=jingle.id),
    ]
    for row in rows:
        for key in ("gain_db", "fade_in_s", "fade_out_s", "crossfade_s", "gap_s"):
            setattr(row, key, getattr(row, key) or 0.0)
    assets = {a.id: a for a in (bed, jingle, talk)}

    def mapped(**extra) -> spec.Programme:
        return spec.from_store(
            prog, rows, assets, lambda sha: tmp_path / sha, bulletins={news.id: news}, **extra
        )

    got = mapped(target_lufs=-23)
    assert [i.kind for i in got.items] == ["bed", "jingle", "speech", "gap", "speech", "jingle"]
    assert got.items[0].file == tmp_path / bed.sha256
    assert (got.items[0].gain_db, got.items[0].duck_db) == (-8.0, -15.0)
    assert (got.items[0].attack_ms, got.items[0].release_ms) == (200.0, 900.0)
    assert got.items[2].file == tmp_path / talk.sha256 and got.items[2].crossfade_s == 0.3
    assert got.items[3].gap_s == 1.5 and got.items[4].gain_db == 2.0
    assert got.target_lufs == -23  # the station's, as the programme has none
    prog.target_lufs = -18.0
    assert mapped(target_lufs=-23).target_lufs == -18.0
    del assets[talk.id]
    with pytest.raises(AudioError, match="Item 2 of “Sáng” has no sound"):
        mapped()


@pytest.mark.usefixtures("ffmpeg", "sndfile")
def test_mix_renders_a_stored_programme(tmp_path):
    # the station's audio library lives beside its database
    library, db = BlobStore(tmp_path / "audio"), tmp_path / "studio.db"
    sources = {
        "sang.wav": speechlike(RATE, 6.0, seed=1),
        "chieu.wav": speechlike(RATE, 5.0, seed=2),
        "hieu.wav": sine(RATE, 2.0, -10.0, 660.0),
    }
    store = open_store(sqlite_url(db))
    try:
        stations.create_local_station(store, StationProfile("Xã Cao Sơn", "Bắc Kạn"))
        ids = {}
        with store.session() as s:
            for name, samples in sources.items():
                codec.write(tmp_path / name, samples, RATE)
                sha, _ = library.put_file(tmp_path / name)
                row = asset(AssetKind.SPEECH if name != "hieu.wav" else AssetKind.JINGLE, name)
                row.sha256, row.duration_s = sha, len(samples) / RATE
                s.add(row)
                ids[name] = row.id
        news = []
        for name in ("sang.wav", "chieu.wav"):
            b = bulletins.add_bulletin(store, f"Bản tin {name}")
            with store.session() as s:
                s.get(Bulletin, b.id).asset_id = ids[name]
            news.append(b.id)
        programmes.create_programme(
            store,
            "Thời sự sáng",
            [
                NewItem(ItemKind.JINGLE, asset_id=ids["hieu.wav"], fade_out_s=0.3),
                NewItem(ItemKind.BULLETIN, bulletin_id=news[0], crossfade_s=0.3),
                NewItem(ItemKind.BULLETIN, bulletin_id=news[1], gap_s=1.0),
                NewItem(ItemKind.JINGLE, asset_id=ids["hieu.wav"], gap_s=0.5),
            ],
            target_lufs=-18.0,
        )
    finally:
        store.close()
    env = studio_env(STUDIO_LANG="en")
    out = tmp_path / "out.wav"
    args = ("--db", str(db), "audio", "mix", "--programme", "Thời sự sáng", "-o", str(out))
    proc = run_studio(*args, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "-18.0 LUFS" in proc.stdout
    y, rate = codec.read(out)
    assert len(y) / rate == pytest.approx(2.0 + 6.0 - 0.3 + 1.0 + 5.0 + 0.5 + 2.0, abs=0.01)
    assert measure_array(y, rate).integrated_lufs == pytest.approx(-18.0, abs=0.5)

    proc = run_studio(*args[:5], "Chương trình khác", "-o", str(out), env=env)
    assert proc.returncode == 2
    assert "no programme “Chương trình khác”" in proc.stderr and "Traceback" not in proc.stderr
