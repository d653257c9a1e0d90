"""Where the agent's sound goes: WAV files named by when they played, or the sound card."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import numpy as np
import soundfile as sf

from studio.push.timefmt import format_instant


class WavOutput:
    """One WAV file per play, named ``<start instant>_<item id>.wav`` (start on the agent clock)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def open(self, item_id: str, start: datetime, rate: int, channels: int) -> _WavWriter:
        stamp = format_instant(start).replace(":", "")
        return _WavWriter(
            sf.SoundFile(
                self.folder / f"{stamp}_{item_id}.wav",
                "w",
                samplerate=rate,
                channels=channels,
                subtype="PCM_16",
            )
        )


class _WavWriter:
    def __init__(self, f: sf.SoundFile) -> None:
        self._f = f

    def write(self, block: np.ndarray) -> None:
        self._f.write(block)

    def close(self) -> None:
        self._f.close()


class SoundCardOutput:
    """ALSA's ``aplay`` fed with raw samples: what a Raspberry Pi with an amplifier uses."""

    def open(self, item_id: str, start: datetime, rate: int, channels: int) -> _PipeWriter:
        aplay = shutil.which("aplay")
        if aplay is None:
            raise RuntimeError("aplay is not installed (apt install alsa-utils)")
        cmd = [aplay, "-q", "-t", "raw", "-f", "FLOAT_LE", "-r", str(rate), "-c", str(channels)]
        return _PipeWriter(subprocess.Popen(cmd, stdin=subprocess.PIPE))


class _PipeWriter:
    def __init__(self, proc: subprocess.Popen) -> None:
        self._proc = proc

    def write(self, block: np.ndarray) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(np.ascontiguousarray(block, dtype="<f4").tobytes())

    def close(self) -> None:
        if self._proc.stdin:
            self._proc.stdin.close()
        self._proc.wait(timeout=30)
