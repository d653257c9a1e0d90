"""An audio stream to relay (the district's or the national channel), decoded by ffmpeg.

ffmpeg reads the address (http, https, rtsp, rtmp) and writes mono float32 samples to a
pipe; the agent's player reads them block by block and paces them by its clock, as it does
for a file, so a stop or an emergency cuts in at the next block.
"""

from __future__ import annotations

import subprocess

import numpy as np

from studio.audio._ffmpeg import locate

RATE = 22050  # speech and music on a horn loudspeaker need no more
READ_TIMEOUT_S = 15


class StreamReader:
    def __init__(self, url: str, *, rate: int = RATE, ffmpeg: str | None = None) -> None:
        self.samplerate, self.channels = rate, 1
        args = [
            locate(ffmpeg),
            "-nostdin",
            "-hide_banner",
            "-loglevel",
            "error",
            "-rw_timeout",
            str(READ_TIMEOUT_S * 1_000_000),
            "-i",
            url,
            "-vn",
            "-f",
            "f32le",
            "-ac",
            "1",
            "-ar",
            str(rate),
            "pipe:1",
        ]
        self._proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def read(self, frames: int) -> np.ndarray:
        """Up to ``frames`` samples as (frames, 1) float32; empty when the stream ended."""
        assert self._proc.stdout is not None
        want, chunks = frames * 4, []
        while want > 0:
            data = self._proc.stdout.read(want)
            if not data:
                break
            chunks.append(data)
            want -= len(data)
        raw = b"".join(chunks)
        if not raw:
            try:
                code = self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
            if code:  # unreachable address, not audio, cut off: a failed relay, not a short one
                raise RuntimeError(f"the stream could not be read (ffmpeg exit {code})")
        raw = raw[: len(raw) - len(raw) % 4]
        return np.frombuffer(raw, dtype="<f4").reshape(-1, 1)

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait(timeout=10)
        if self._proc.stdout:
            self._proc.stdout.close()

    def __enter__(self) -> StreamReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
