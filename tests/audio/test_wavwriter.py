"""The growing WAV: readable by the engine at every moment, whatever cuts it off."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from studio.audio import codec, wavwriter
from studio.audio.errors import AudioError
from tests.audio.signals import sine

RATE = 48000


def as_bytes(block: np.ndarray, fmt: str) -> bytes:
    if fmt == "int16":
        return np.rint(block * 32767).astype("<i2").tobytes()
    return block.astype("<f4").tobytes()


def feed(writer: wavwriter.GrowingWav, data: bytes, piece: int) -> None:
    """Hand ``data`` over in pieces of ``piece`` bytes, as a sound card does (odd sizes)."""
    for i in range(0, len(data), piece):
        writer.write(data[i : i + piece])


@pytest.mark.parametrize(("fmt", "channels"), [("int16", 1), ("int16", 2), ("float32", 1)])
def test_closed_recording_holds_every_sample(tmp_path: Path, fmt: str, channels: int) -> None:
    signal = sine(RATE, 2.5, -6.0, channels=channels)
    path = tmp_path / "take.wav"
    with wavwriter.GrowingWav(path, RATE, channels, fmt, sync=False) as w:
        feed(w, as_bytes(signal, fmt), 4801)  # pieces that split frames
    samples, rate = codec.read(path)
    assert (rate, samples.shape) == (RATE, signal.shape)
    tolerance = 1 / 32767 if fmt == "int16" else 1e-7
    assert np.abs(samples - signal).max() <= tolerance
    assert codec.probe(path).codec == ("PCM_16" if fmt == "int16" else "FLOAT")


@pytest.mark.parametrize("fmt", ["int16", "float32"])
def test_a_copy_taken_mid_recording_is_valid_and_lacks_at_most_the_last_second(
    tmp_path: Path, fmt: str
) -> None:
    signal = sine(RATE, 6.0, -12.0, channels=1)
    data = as_bytes(signal, fmt)
    path = tmp_path / "take.wav"
    w = wavwriter.GrowingWav(path, RATE, 1, fmt, sync=False)
    step = len(data) // 17 // w.frame_bytes * w.frame_bytes + 3  # 17 uneven cuts
    for n, i in enumerate(range(0, len(data), step)):
        w.write(data[i : i + step])
        crash = tmp_path / f"crash-{n}.wav"
        shutil.copy(path, crash)  # what a crash at this moment leaves on disk
        info = codec.probe(crash)
        assert w.duration_s - 1.0 <= info.duration_s <= w.duration_s
        got, _ = codec.read(crash)
        assert len(got) == info.frames
        # … and once repaired on the next start, all that reached the disk
        wavwriter.repair(crash)
        assert codec.probe(crash).frames == w.frames
    w.close()


def test_header_only_counts_samples_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    w = wavwriter.GrowingWav(path, RATE, 1, sync=False)
    assert codec.probe(path).frames == 0  # a fresh file is already a valid (empty) WAV
    w.write(b"\x01\x00" * (RATE // 2))
    assert w.committed_bytes == 0  # half a second: the header waits for a full second
    w.write(b"\x01\x00" * (RATE // 2))
    assert w.committed_bytes == RATE * 2
    w.write(b"\x01")  # half a frame stays back until its other half comes
    assert w.frames == RATE
    w.close()
    assert codec.probe(path).frames == RATE


def test_repair_leaves_complete_and_foreign_files_alone(tmp_path: Path) -> None:
    complete = tmp_path / "complete.wav"
    codec.write(complete, sine(RATE, 1.0, -6.0, channels=1), RATE)
    before = complete.read_bytes()
    assert not wavwriter.repair(complete)
    assert complete.read_bytes() == before
    notes = tmp_path / "notes.wav"
    notes.write_bytes(b"not a sound file at all, but longer than a header " * 4)
    assert not wavwriter.repair(notes)


def test_never_overwrites_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "take.wav"
    path.write_bytes(b"earlier work")
    with pytest.raises(AudioError, match="Cannot write"):
        wavwriter.GrowingWav(path, RATE, 1)
    assert path.read_bytes() == b"earlier work"


def test_stops_at_the_largest_wav_size(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(wavwriter, "MAX_DATA_BYTES", RATE * 2)
    path = tmp_path / "take.wav"
    with wavwriter.GrowingWav(path, RATE, 1, sync=False) as w:
        w.write(b"\x00\x00" * RATE)
        with pytest.raises(AudioError, match="largest size"):
            w.write(b"\x00\x00")
    assert codec.probe(path).frames == RATE  # what fitted is kept
