"""`studio fm …` as an engineer runs it: real child processes and a real pty."""

from __future__ import annotations

import signal
import subprocess
import sys

import numpy as np
import pytest

from studio.audio import codec
from studio.push.fm import dtmf
from tests.helpers import run_studio, studio_env


def test_dtmf_writes_a_code_that_decodes_back(tmp_path):
    out = tmp_path / "codes.wav"
    done = run_studio(
        "fm", "dtmf", "--digits", "*12#", "-o", str(out), "--rate", "44100", "--tone-ms", "70"
    )
    assert done.returncode == 0, done.stderr
    samples, rate = codec.read(out)
    assert rate == 44100
    settings = dtmf.DtmfSettings(tone_ms=70)
    found = dtmf.detect(samples, rate)
    assert dtmf.digits_of(found) == "*12#"
    assert found[0][1] == pytest.approx(dtmf.tone_times("*12#", settings)[0][1], abs=0.005)


def test_dtmf_refuses_a_bad_digit_with_a_message(tmp_path):
    out = tmp_path / "codes.wav"
    done = run_studio("fm", "dtmf", "--digits", "*1E#", "-o", str(out))
    assert done.returncode == 2
    assert "*1E#" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="the emulator needs a POSIX pty")
def test_fm_test_against_the_emulator_prints_the_exchange():
    emulator = subprocess.Popen(
        [sys.executable, "-m", "studio", "fm", "emulator", "--silent-on", "zone"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=studio_env(STUDIO_LANG="en"),
    )
    try:
        path = emulator.stdout.readline().strip()
        assert path.startswith("/dev/")
        done = run_studio("fm", "test", "--port", path, env=studio_env(STUDIO_LANG="en"))
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert [line.split(" ", 1)[1] for line in lines[:6]] == [
            "→ TX ON",
            "← OK",
            "→ STATUS",
            "← STATUS TX=ON ZONES=-",
            "→ TX OFF",
            "← OK",
        ]
        assert "The controller answered: STATUS TX=ON ZONES=-" in done.stdout

        silent = run_studio(
            "fm",
            "test",
            "--port",
            path,
            "--timeout",
            "0.2",
            "--baud",
            "19200",
            env=studio_env(STUDIO_LANG="en"),
        )
        assert silent.returncode == 0, "the emulator is silent on ZONE only"
    finally:
        emulator.send_signal(signal.SIGINT)
        out, err = emulator.communicate(timeout=10)
    assert emulator.returncode == 0, err
    assert "← TX ON" in out and "→ OK" in out, "the emulator shows its side of the exchange"


def test_render_plays_the_stored_schedule_into_a_sound_file(tmp_path):
    """A station with one FM zone and a 06:00 slot carrying a recorded bulletin: the
    rendered morning has the zone's codes around the bulletin, at 06:00 exactly."""
    from studio.audio.library import import_file
    from studio.push.fm import config as fm_config
    from studio.store import bulletins, open_store, slots, sqlite_url, stations
    from studio.store.models import Bulletin, BulletinSource, SlotContent, ZoneKind

    db = tmp_path / "studio.db"
    store = open_store(sqlite_url(db))
    stations.create_local_station(store, stations.StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    zone = stations.add_zone(store, "Thôn Nà Lạ", ZoneKind.FM)
    wav = tmp_path / "tin.wav"
    t = np.arange(2 * 8000) / 8000
    codec.write(wav, (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[:, None], 8000)
    bulletin = bulletins.add_bulletin(store, "Tin sáng", source=BulletinSource.RECORDED)
    with store.session() as s:
        s.get(Bulletin, bulletin.id).asset_id = import_file(store, wav).asset.id
    slots.add_slot(
        store,
        slots.SlotSpec(
            weekdays=0b1111111,
            start_minute=6 * 60,
            max_duration_s=600,
            content=SlotContent.BULLETIN,
            bulletin_id=bulletin.id,
            zone_ids=(zone.id,),
        ),
    )
    fm_config.save(
        store,
        fm_config.FmConfig(
            zone=str(zone.id),
            zones={str(zone.id): fm_config.ZoneSetup("3", "*3#", "#3#")},
            lead_s=1.0,
        ),
    )
    store.close()

    out = tmp_path / "sang.wav"
    done = run_studio(
        "--db", str(db), "fm", "render", "--day", "2026-05-05", "--from", "05:59",
        "--to", "06:30", "-o", str(out), "--rate", "8000",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    samples, rate = codec.read(out)
    found = dtmf.detect(samples, rate)
    assert dtmf.digits_of(found) == "*3##3#"
    guard = dtmf.DtmfSettings().guard_ms / 1000
    assert found[2][2] + guard == pytest.approx(60.0, abs=0.01), "the code ends at 06:00"
    assert found[3][1] - guard == pytest.approx(62.0, abs=0.01), "the off code after it"
    bulletin_part = samples[60 * rate + 100 : 62 * rate - 100, 0]
    assert float(np.abs(bulletin_part).max()) == pytest.approx(0.3, abs=0.02)
