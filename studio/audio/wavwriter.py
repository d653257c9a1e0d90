"""A WAV file that is readable at every moment while it grows: for live recordings.

Samples go to the operating system as soon as they are written (no buffer in the program).
The header's sizes are rewritten after every ``checkpoint_s`` of sound, always *after* the
samples they count are synced to disk. So the file is a complete, valid WAV whatever
happens to the program or the power: it always holds all but at most the last
checkpoint's worth of sound, and :func:`repair` gets that back too, by counting the
samples that did reach the disk.

Samples go in as bytes already in the file's format (what the sound card delivered), so
recording costs no conversion. 16-bit integer or 32-bit float PCM, any channel count.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP

#: how often the header is brought up to date, seconds of sound
CHECKPOINT_S = 1.0

_PCM, _FLOAT = 1, 3
#: RIFF header, fmt chunk (16 bytes), data chunk header: 44 bytes before the samples
_HEADER = struct.Struct("<4sI4s4sIHHIIHH4sI")
_RIFF_SIZE_AT = 4
_DATA_SIZE_AT = 40
#: RIFF sizes are 32-bit: stop short of 4 GiB (about 6 hours of 48 kHz stereo 16-bit)
MAX_DATA_BYTES = 0xFFFFFFFF - _HEADER.size


def _header(rate: int, channels: int, sample_bytes: int, tag: int, data_bytes: int) -> bytes:
    block = channels * sample_bytes
    return _HEADER.pack(
        b"RIFF",
        _HEADER.size - 8 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        tag,
        channels,
        rate,
        rate * block,
        block,
        8 * sample_bytes,
        b"data",
        data_bytes,
    )


def _cannot_write(path: Path, exc: OSError) -> AudioError:
    return AudioError(
        QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}."),
        file=str(path),
        reason=exc.strerror or str(exc),
    )


class GrowingWav:
    """Appends raw samples to ``path``, keeping the file a valid WAV (see the module doc).

    ``sample_format``: ``"int16"`` or ``"float32"``; bytes given to :meth:`write` are
    interleaved little-endian samples of that format. A partial frame at the end of one
    write is kept back until the next, so the file always holds whole frames.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        sample_rate: int,
        channels: int,
        sample_format: str = "int16",
        *,
        checkpoint_s: float = CHECKPOINT_S,
        sync: bool = True,
    ) -> None:
        if sample_format not in ("int16", "float32"):
            raise ValueError(f"unsupported sample format {sample_format!r}")
        self.path = Path(path)
        self.sample_rate, self.channels = sample_rate, channels
        self.sample_format = sample_format
        self._sample_bytes = 2 if sample_format == "int16" else 4
        self._tag = _PCM if sample_format == "int16" else _FLOAT
        self.frame_bytes = channels * self._sample_bytes
        self._checkpoint_bytes = max(1, round(checkpoint_s * sample_rate)) * self.frame_bytes
        self._sync = sync
        self.data_bytes = 0
        #: bytes of sound the header on disk counts
        self.committed_bytes = 0
        self._pending = b""
        try:
            # unbuffered: what was handed over is with the system at once, so a crash of
            # the program itself loses nothing; the checkpoints guard against power cuts
            self._file: io.FileIO | None = open(self.path, "xb", buffering=0)  # noqa: SIM115
            self._write_all(self._header(0))
            self._flush()
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc

    @property
    def frames(self) -> int:
        return self.data_bytes // self.frame_bytes

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate

    @property
    def closed(self) -> bool:
        return self._file is None

    def _header(self, data_bytes: int) -> bytes:
        return _header(self.sample_rate, self.channels, self._sample_bytes, self._tag, data_bytes)

    def write(self, data: bytes) -> None:
        """Append interleaved samples; the header follows at the next checkpoint."""
        if self._file is None:
            raise ValueError("the recording is closed")
        data = self._pending + bytes(data)
        whole = len(data) - len(data) % self.frame_bytes
        self._pending = data[whole:]
        if not whole:
            return
        if self.data_bytes + whole > MAX_DATA_BYTES:
            raise AudioError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The recording {file} has reached the largest size a WAV file can have.",
                ),
                file=str(self.path),
            )
        try:
            self._write_all(memoryview(data)[:whole])
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc
        self.data_bytes += whole
        if self.data_bytes - self.committed_bytes >= self._checkpoint_bytes:
            self.checkpoint()

    def checkpoint(self) -> None:
        """Put the samples written so far on disk, then the header that counts them."""
        if self._file is None or self.committed_bytes == self.data_bytes:
            return
        f = self._file
        try:
            self._flush()  # the samples first: the header never counts what is not there
            f.seek(_RIFF_SIZE_AT)
            self._write_all(struct.pack("<I", _HEADER.size - 8 + self.data_bytes))
            f.seek(_DATA_SIZE_AT)
            self._write_all(struct.pack("<I", self.data_bytes))
            f.seek(0, os.SEEK_END)
            self._flush()
        except OSError as exc:
            raise _cannot_write(self.path, exc) from exc
        self.committed_bytes = self.data_bytes

    def _write_all(self, data: bytes | memoryview) -> None:
        assert self._file is not None
        view = memoryview(data)
        while view:
            written = self._file.write(view)
            view = view[written:]

    def _flush(self) -> None:
        assert self._file is not None
        if self._sync:
            os.fsync(self._file.fileno())

    def close(self) -> Path:
        """Bring the header up to date and close the file; returns its path."""
        if self._file is not None:
            try:
                self.checkpoint()
            finally:
                f, self._file = self._file, None
                f.close()
        return self.path

    def __enter__(self) -> GrowingWav:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def repair(path: str | os.PathLike[str]) -> bool:
    """Make the header of a WAV written by :class:`GrowingWav` count every whole frame
    in the file (those written after its last checkpoint, when recording was cut off).

    Returns True if the header was changed. Files of any other layout are left alone.
    """
    path = Path(path)
    try:
        with open(path, "r+b") as f:
            head = f.read(_HEADER.size)
            if len(head) < _HEADER.size:
                return False
            riff, _, wave, fmt, fmt_size, tag, channels, _, _, block, _, data_id, declared = (
                _HEADER.unpack(head)
            )
            if (riff, wave, fmt, fmt_size, data_id) != (b"RIFF", b"WAVE", b"fmt ", 16, b"data"):
                return False
            if tag not in (_PCM, _FLOAT) or not channels or not block:
                return False
            size = f.seek(0, os.SEEK_END)
            present = min(MAX_DATA_BYTES, size - _HEADER.size)
            present -= present % block
            if present <= declared:
                return False
            f.seek(_RIFF_SIZE_AT)
            f.write(struct.pack("<I", _HEADER.size - 8 + present))
            f.seek(_DATA_SIZE_AT)
            f.write(struct.pack("<I", present))
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    return True
