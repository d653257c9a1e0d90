"""``studio audio …`` as an operator runs it: a real child process, real files."""

from __future__ import annotations

import json

import pytest

from studio.audio import codec
from tests.audio.signals import sine, speechlike
from tests.helpers import run_studio, studio_env

RATE = 48000
pytestmark = pytest.mark.usefixtures("ffmpeg", "sndfile")
KEYS = {
    "file",
    "integrated_lufs",
    "lra_lu",
    "true_peak_dbtp",
    "sample_peak_dbfs",
    "momentary_max_lufs",
    "short_term_max_lufs",
    "duration_s",
}


def studio(*args: str, cwd=None):
    return run_studio(*args, env=studio_env(STUDIO_LANG="en"), cwd=cwd, timeout=120)


def test_loudness_json_for_several_files(tmp_path):
    codec.write(tmp_path / "a.wav", sine(RATE, 10, -23.0), RATE)
    codec.write(tmp_path / "b.flac", sine(44100, 5, -33.0), 44100)
    proc = studio("audio", "loudness", "a.wav", "b.flac", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [d["file"] for d in data] == ["a.wav", "b.flac"]
    assert all(set(d) >= KEYS for d in data)
    assert data[0]["integrated_lufs"] == pytest.approx(-23.0, abs=0.1)
    assert data[1]["integrated_lufs"] == pytest.approx(-33.0, abs=0.1)
    assert data[0]["duration_s"] == pytest.approx(10.0)


def test_loudness_text_output(tmp_path):
    codec.write(tmp_path / "a.wav", sine(RATE, 4, -20.0), RATE)
    proc = studio("audio", "loudness", str(tmp_path / "a.wav"))
    assert proc.returncode == 0, proc.stderr
    assert "-20.0 LUFS" in proc.stdout and "dBTP" in proc.stdout


@pytest.mark.parametrize(
    ("content", "says"), [(b"", "empty"), (b"\x00garbage" * 500, "ffmpeg"), (None, "silent")]
)
def test_bad_files_exit_2_with_a_message(tmp_path, content, says):
    path = tmp_path / "bad.wav"
    if content is None:
        codec.write(path, sine(RATE, 2, -200.0), RATE)
    else:
        path.write_bytes(content)
    proc = studio("audio", "loudness", str(path), "--json")
    assert proc.returncode == 2
    assert says in proc.stderr and "Traceback" not in proc.stderr
    proc = studio("audio", "normalize", str(path), str(tmp_path / "out.mp3"))
    assert proc.returncode == 2
    assert not (tmp_path / "out.mp3").exists()


def test_normalize_convert_and_mix(tmp_path):
    codec.write(tmp_path / "speech.wav", speechlike(RATE, 8.0, channels=1), RATE)
    codec.write(tmp_path / "jingle.wav", sine(RATE, 2.0, -10.0, 660.0), RATE)
    proc = studio("audio", "normalize", "speech.wav", "n.wav", "--target", "-23", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = studio("audio", "convert", "n.wav", "n.m4a", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "p.json").write_text(
        json.dumps(
            {
                "items": [
                    {"kind": "jingle", "file": "jingle.wav", "fade_out_s": 0.3},
                    {"kind": "speech", "file": "n.m4a", "crossfade_s": 0.3},
                ],
                "target_lufs": -16,
            }
        )
    )
    proc = studio("audio", "mix", "p.json", "-o", "out.mp3", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = studio("audio", "loudness", "n.wav", "out.mp3", "--json", cwd=tmp_path)
    data = json.loads(proc.stdout)
    assert data[0]["integrated_lufs"] == pytest.approx(-23.0, abs=0.5)
    assert data[1]["integrated_lufs"] == pytest.approx(-16.0, abs=1.0)  # after MP3 coding
    assert data[1]["duration_s"] == pytest.approx(9.7, abs=0.1)
