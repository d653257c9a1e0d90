"""Programme rendering, measured in the rendered file: ducking, crossfades, gaps, fades,
loudness, cancellation and progress."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from studio.audio import codec, render, spec
from studio.audio.errors import AudioError, Cancelled
from studio.audio.loudness import measure_array
from tests.audio.signals import sine, speechlike

RATE = 48000
pytestmark = pytest.mark.usefixtures("ffmpeg", "sndfile")


def level_db(x: np.ndarray, a: float, b: float) -> float:
    seg = x[round(a * RATE) : round(b * RATE)]
    return float(10 * np.log10(np.mean(np.square(seg, dtype=np.float64)) + 1e-20))


@pytest.fixture
def files(tmp_path):
    codec.write(tmp_path / "speech.wav", speechlike(RATE, 6.0, channels=1) * 2, RATE)
    codec.write(tmp_path / "tone.wav", sine(RATE, 4.0, -12.0, 440.0), RATE)
    codec.write(tmp_path / "bed.wav", sine(RATE, 2.5, -12.0, 110.0), RATE)  # loops
    return tmp_path


def programme(tmp_path, items, **extra) -> spec.Programme:
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"items": items, **extra}))
    return spec.load(path)


def test_bed_ducks_under_speech_with_attack_and_release(files):
    items = [
        {"kind": "bed", "file": "bed.wav", "duck_db": -15, "attack_ms": 500, "release_ms": 1000},
        {"kind": "gap", "gap_s": 3},
        {"kind": "speech", "file": "speech.wav", "gain_db": -60},  # near-silent: hear the bed
        {"kind": "gap", "gap_s": 4},
    ]
    prog = programme(files, items, target_lufs=None)
    out = files / "out.wav"
    render.render(prog, out, codec.Encoding(subtype="FLOAT"))
    y, _ = codec.read(out)
    assert len(y) == 13 * RATE
    free = level_db(y, 1.0, 2.0)
    assert level_db(y, 4.0, 8.0) - free == pytest.approx(-15.0, abs=0.5)  # full depth
    assert level_db(y, 2.0, 2.45) - free == pytest.approx(0.0, abs=0.3)  # not yet
    assert level_db(y, 2.725, 2.775) - free == pytest.approx(-7.5, abs=1.0)  # half-way down
    assert level_db(y, 9.45, 9.55) - free == pytest.approx(-7.5, abs=1.0)  # half-way up
    assert level_db(y, 10.2, 12.5) - free == pytest.approx(0.0, abs=0.3)  # recovered


def test_crossfade_overlaps_and_keeps_power(files):
    items = [
        {"kind": "jingle", "file": "tone.wav"},
        {"kind": "jingle", "file": "tone.wav", "crossfade_s": 1.0},
    ]
    plan = render.layout(programme(files, items))
    assert [p.start for p in plan.placed] == [0, 3 * RATE]
    assert plan.frames == 7 * RATE
    out = files / "x.wav"
    render.render(programme(files, items, target_lufs=None), out, codec.Encoding(subtype="FLOAT"))
    y, _ = codec.read(out)
    assert len(y) == 7 * RATE
    # equal-power fades of the same tone in phase: the overlap swells by at most 3 dB
    assert level_db(y, 3.45, 3.55) - level_db(y, 1.0, 2.0) == pytest.approx(3.0, abs=0.3)


def test_gaps_fades_and_gains(files):
    items = [
        {"kind": "jingle", "file": "tone.wav", "fade_in_s": 1.0, "fade_out_s": 1.0},
        {"kind": "gap", "gap_s": 2.0},
        {"kind": "jingle", "file": "tone.wav", "gain_db": -6, "gap_s": 0.5},
    ]
    out = files / "x.wav"
    render.render(programme(files, items, target_lufs=None), out, codec.Encoding(subtype="FLOAT"))
    y, _ = codec.read(out)
    assert len(y) == round(10.5 * RATE)
    assert level_db(y, 0.0, 0.05) < level_db(y, 1.5, 2.5) - 20  # fading in
    assert level_db(y, 4.1, 6.4) < -120  # gap + gap_s of the next item: silence
    assert level_db(y, 7.0, 9.0) - level_db(y, 1.5, 2.5) == pytest.approx(-6.0, abs=0.1)


def test_rendered_programme_meets_loudness_and_ceiling(files):
    items = [
        {"kind": "bed", "file": "bed.wav", "gain_db": -6},
        {"kind": "jingle", "file": "tone.wav", "fade_out_s": 0.5},
        {"kind": "speech", "file": "speech.wav", "crossfade_s": 0.5},
        {"kind": "jingle", "file": "tone.wav", "gap_s": 0.5},
    ]
    seen: list[float] = []
    out = files / "out.wav"
    result = render.render(
        programme(files, items, target_lufs=-16, ceiling_dbtp=-1),
        out,
        codec.Encoding(subtype="FLOAT"),
        progress=seen.append,
    )
    y, _ = codec.read(out)
    m = measure_array(y, RATE)
    assert m.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert m.true_peak_dbtp <= -1.0
    assert result.after.integrated_lufs == pytest.approx(m.integrated_lufs, abs=0.01)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 2


def test_mp3_output_is_mono_and_normalized_as_mono(files):
    items = [{"kind": "speech", "file": "speech.wav"}, {"kind": "jingle", "file": "tone.wav"}]
    result = render.render(programme(files, items), files / "out.mp3")
    assert result.after.channels == 1
    assert result.after.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert codec.probe(files / "out.mp3").channels == 1


@pytest.mark.parametrize("ext", [".mp3", ".opus", ".m4a", ".ogg"])
def test_lossy_programme_decodes_at_the_target_under_the_ceiling(files, ext):
    items = [
        {"kind": "bed", "file": "bed.wav", "gain_db": -6, "duck_db": -12},
        {"kind": "jingle", "file": "tone.wav", "fade_out_s": 0.5},
        {"kind": "speech", "file": "speech.wav", "crossfade_s": 0.3},
        {"kind": "jingle", "file": "tone.wav", "gap_s": 0.5},
    ]
    out = files / f"out{ext}"
    result = render.render(programme(files, items, target_lufs=-16, ceiling_dbtp=-1), out)
    decoded = measure_array(*codec.read(out))
    assert decoded.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert decoded.true_peak_dbtp <= -1.0
    assert result.after.integrated_lufs == pytest.approx(decoded.integrated_lufs, abs=0.05)


@pytest.mark.parametrize("at", [0.2, 0.7])
def test_cancel_leaves_no_file(files, at):
    items = [{"kind": "speech", "file": "speech.wav"}] * 4
    cancel = threading.Event()

    def progress(f: float) -> None:
        if f >= at:
            cancel.set()

    prog = programme(files, items)
    before = sorted(p.name for p in files.iterdir())
    with pytest.raises(Cancelled):
        render.render(prog, files / "out.mp3", progress=progress, cancel=cancel)
    assert sorted(p.name for p in files.iterdir()) == before


BAD_SPECS = [
    ({"items": []}, "no speech"),
    ({"items": [{"kind": "song", "file": "tone.wav"}]}, "kind"),
    ({"items": [{"kind": "speech"}]}, "file"),
    ({"items": [{"kind": "speech", "file": "tone.wav", "gain_db": "loud"}]}, "number"),
    ({"items": [{"kind": "speech", "file": "tone.wav", "fade_in_s": -1}]}, "negative"),
    ({"items": [{"kind": "speech", "file": "tone.wav", "volume": 3}]}, "unknown"),
    ({"items": [{"kind": "speech", "file": "nowhere.wav"}]}, "does not exist"),
]


@pytest.mark.parametrize(("data", "says"), BAD_SPECS)
def test_bad_spec_is_an_audio_error(files, data, says):
    path = files / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(AudioError, match=says):
        render.render(spec.load(path), files / "out.wav")
    assert not (files / "out.wav").exists()
