"""`studio fm …` as an engineer runs it: real child processes and a real pty."""

from __future__ import annotations

import signal
import subprocess
import sys

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
