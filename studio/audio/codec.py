"""Reading and writing sound files: the engine's only door to the outside.

Audio comes out and goes in as float32 (frames, channels) blocks, never a whole file, so a
three-hour recording costs a few megabytes. libsndfile (``soundfile``) reads and writes
WAV, FLAC, OGG/Vorbis, Opus and MP3 itself; everything else (M4A/AAC from phones and Zalo,
WMA, video files with a sound track) and any sample-rate conversion goes through ffmpeg
(:mod:`studio.audio._ffmpeg`), which decodes to 32-bit float WAV on a pipe.

Every failure is an :class:`AudioError` naming the file, and a file being written appears
under its name only when complete (temporary file in the same folder, then ``os.replace``).
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from studio.audio import _ffmpeg
from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP

#: default block length, seconds: long enough to keep the DSP vectorized, short enough
#: that memory does not matter
BLOCK_S = 4.0
#: a decode that falls this far short of the length the file declares is a truncated file
_TRUNCATION_S = 0.1

#: output formats by file extension: (container, codec, default kbit/s or None for PCM)
OUTPUTS: dict[str, tuple[str, str, int | None]] = {
    ".wav": ("WAV", "PCM_16", None),
    ".flac": ("FLAC", "PCM_16", None),
    ".ogg": ("ogg", "libvorbis", 96),
    ".mp3": ("mp3", "libmp3lame", 64),
    ".opus": ("opus", "libopus", 48),
    ".m4a": ("ipod", "aac", 96),
    ".wma": ("asf", "wmav2", 64),
}
#: sample rates an MP3 for the loudspeakers may have
MP3_RATES = (44100, 48000)


@dataclass(frozen=True)
class AudioInfo:
    """What a file holds. ``frames`` is exact for PCM/FLAC, estimated from the container
    for compressed formats."""

    path: Path
    sample_rate: int
    channels: int
    frames: int
    codec: str

    @property
    def duration_s(self) -> float:
        return self.frames / self.sample_rate


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise AudioError(
            QT_TRANSLATE_NOOP("errors", "The file {file} does not exist."), file=str(path)
        ) from None
    except OSError as exc:
        raise AudioError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
            file=str(path),
            reason=exc.strerror,
        ) from exc
    if path.is_dir():
        raise AudioError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a sound file."), file=str(path)
        )
    if size == 0:
        raise AudioError(QT_TRANSLATE_NOOP("errors", "The file {file} is empty."), file=str(path))


def _truncated(path: Path) -> AudioError:
    return AudioError(
        QT_TRANSLATE_NOOP("errors", "The file {file} is truncated: part of its sound is missing."),
        file=str(path),
    )


def _damaged(path: Path, detail: str) -> AudioError:
    return AudioError(
        QT_TRANSLATE_NOOP("errors", "The file {file} is damaged: {detail}"),
        file=str(path),
        detail=detail,
    )


def _open_sndfile(path: Path) -> sf.SoundFile | None:
    """The file opened by libsndfile, or None if libsndfile does not know the format."""
    try:
        f = sf.SoundFile(str(path))
    except (sf.LibsndfileError, RuntimeError, TypeError):
        return None
    # libsndfile reads what is there of a WAV whose data chunk was cut short; say so.
    m = re.search(r"data\s*:\s*(\d+)\s*\(should be (\d+)\)", f.extra_info)
    if m and int(m.group(1)) > int(m.group(2)) + f.channels * 4:
        f.close()
        raise _truncated(path)
    return f


_DURATION = re.compile(r"Duration:\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)")
_STREAM = re.compile(r"Stream #\d+:\d+.*?: Audio: (\w+).*?(\d+) Hz, ([^,]+)")


def _layout_channels(layout: str) -> int:
    named = {"mono": 1, "stereo": 2, "2.1": 3, "3.0": 3, "quad": 4, "4.0": 4, "5.0": 5, "5.1": 6}
    layout = layout.strip().split("(")[0]
    if layout in named:
        return named[layout]
    m = re.match(r"(\d+) channels", layout)
    return int(m.group(1)) if m else 2


def probe(path: str | os.PathLike[str], *, ffmpeg: str | None = None) -> AudioInfo:
    """Describe the sound in ``path`` without decoding it."""
    path = Path(path)
    _check_file(path)
    f = _open_sndfile(path)
    if f is not None:
        with f:
            return AudioInfo(path, f.samplerate, f.channels, f.frames, f.subtype or f.format)
    err = _ffmpeg.run(
        ["-loglevel", "info", "-i", str(path), "-map", "0:a:0", "-t", "0", "-f", "null", "-"],
        what=path,
        ffmpeg=ffmpeg,
    )
    stream = _STREAM.search(err)
    duration = _DURATION.search(err)
    if not stream:
        raise _damaged(path, err[-_ffmpeg.TAIL_CHARS :])
    rate = int(stream.group(2))
    seconds = 0.0
    if duration:
        h, m, s = duration.groups()
        seconds = int(h) * 3600 + int(m) * 60 + float(s)
    return AudioInfo(
        path, rate, _layout_channels(stream.group(3)), round(seconds * rate), stream.group(1)
    )


def remix(block: np.ndarray, channels: int) -> np.ndarray:
    """``block`` (frames, n) float32 as ``channels`` channels.

    Mono is copied to every channel; a fold to mono is the channels' mean (so a mono
    recording copied to stereo comes back unchanged); 5.1 to stereo is the ITU-R BS.775
    downmix (centre and surrounds at −3 dB, LFE dropped); otherwise channels are dropped
    or silent ones added.
    """
    have = block.shape[1]
    if have == channels:
        return block
    if have == 1:
        return np.repeat(block, channels, axis=1)
    if channels == 1:
        return block.mean(axis=1, keepdims=True, dtype=np.float32)
    if have == 6 and channels == 2:
        k = np.float32(0.7071)
        left = block[:, 0] + k * block[:, 2] + k * block[:, 4]
        right = block[:, 1] + k * block[:, 2] + k * block[:, 5]
        return np.stack([left, right], axis=1) / np.float32(1.0 + 2 * k)
    out = np.zeros((block.shape[0], channels), dtype=np.float32)
    n = min(have, channels)
    out[:, :n] = block[:, :n]
    return out


class Reader:
    """Blocks of float32 (frames, channels) from a sound file; use as a context manager.

    ``sample_rate`` and ``channels`` are those of the blocks (after any conversion asked
    for); ``frames`` is the expected length at that rate (exact for PCM/FLAC).
    """

    sample_rate: int
    channels: int
    frames: int

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        sample_rate: int | None = None,
        channels: int | None = None,
        block_s: float = BLOCK_S,
        ffmpeg: str | None = None,
    ) -> None:
        self.path = Path(path)
        _check_file(self.path)
        self._sf: sf.SoundFile | None = _open_sndfile(self.path)
        self._proc: _ffmpeg.Process | None = None
        self._want_channels = channels
        if self._sf is not None and sample_rate in (None, self._sf.samplerate):
            self.sample_rate = self._sf.samplerate
            self.frames = self._sf.frames
            self._source_channels = self._sf.channels
        else:
            if self._sf is not None:
                self._sf.close()
                self._sf = None
            self._start_ffmpeg(sample_rate, ffmpeg)
        self.channels = channels or self._source_channels
        self.block_frames = max(1, int(block_s * self.sample_rate))
        self.read_frames = 0

    def _start_ffmpeg(self, sample_rate: int | None, ffmpeg: str | None) -> None:
        args = ["-nostats", "-loglevel", "info", "-i", str(self.path), "-map", "0:a:0", "-vn"]
        if sample_rate:
            args += ["-ar", str(sample_rate)]
        args += ["-c:a", "pcm_f32le", "-f", "wav", "-bitexact", "pipe:1"]
        self._proc = _ffmpeg.Process(args, what=self.path, ffmpeg=ffmpeg, mode="r")
        try:
            self._source_channels, self.sample_rate = self._read_wav_header()
        except BaseException:
            self._proc.close()
            raise
        self.frames = -1  # known once ffmpeg has said (its stderr), see _expected_frames

    def _read_exact(self, n: int) -> bytes:
        assert self._proc is not None
        chunks, got = [], 0
        while got < n:
            chunk = self._proc.stdout.read(n - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def _read_wav_header(self) -> tuple[int, int]:
        assert self._proc is not None
        riff = self._read_exact(12)
        if len(riff) < 12 or riff[:4] != b"RIFF":
            self._proc.finish()  # raises with ffmpeg's reason when it failed
            raise _damaged(self.path, "no audio")
        channels = rate = 0
        while True:
            head = self._read_exact(8)
            if len(head) < 8:
                self._proc.finish()
                raise _damaged(self.path, "no audio")
            cid, size = head[:4], struct.unpack("<I", head[4:])[0]
            if cid == b"data":
                return channels, rate
            body = self._read_exact(size + (size & 1))
            if cid == b"fmt ":
                channels, rate = struct.unpack("<HI", body[2:8])

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._sf is not None:
            self._sf.close()
            self._sf = None
        if self._proc is not None:
            self._proc.close()
            self._proc = None

    def _expected_frames(self, err: str) -> int | None:
        m = _DURATION.search(err)
        if not m:
            return None
        h, mi, s = m.groups()
        return round((int(h) * 3600 + int(mi) * 60 + float(s)) * self.sample_rate)

    def _next_raw(self) -> np.ndarray | None:
        if self._sf is not None:
            try:
                block = self._sf.read(self.block_frames, dtype="float32", always_2d=True)
            except (sf.LibsndfileError, RuntimeError) as exc:
                raise _damaged(self.path, str(exc)) from exc
            if len(block) == 0:
                if self.read_frames + self.sample_rate * _TRUNCATION_S < self.frames:
                    raise _truncated(self.path)
                return None
            return block
        assert self._proc is not None
        width = 4 * self._source_channels
        data = self._read_exact(self.block_frames * width)
        usable = len(data) - len(data) % width
        if usable == 0:
            err = self._proc.finish()
            expected = self._expected_frames(err)
            if expected is not None:
                self.frames = expected
                missing = expected - self.read_frames
                if missing > max(self.sample_rate * _TRUNCATION_S, 0.01 * expected):
                    raise _truncated(self.path)
            return None
        return np.frombuffer(data[:usable], dtype="<f4").reshape(-1, self._source_channels)

    def __iter__(self) -> Iterator[np.ndarray]:
        while True:
            block = self._next_raw()
            if block is None:
                return
            self.read_frames += len(block)
            yield remix(block, self.channels) if self.channels != block.shape[1] else block


def read(
    path: str | os.PathLike[str],
    *,
    sample_rate: int | None = None,
    channels: int | None = None,
    ffmpeg: str | None = None,
    check: Callable[[], None] | None = None,
) -> tuple[np.ndarray, int]:
    """A whole (short) file as float32 (frames, channels), and its sample rate.

    ``check`` is called after every block: what it raises (a cancelled job) stops the
    reading there, and the decoder with it."""
    with Reader(path, sample_rate=sample_rate, channels=channels, ffmpeg=ffmpeg) as r:
        blocks = []
        for block in r:
            blocks.append(block)
            if check is not None:
                check()
        rate, chans = r.sample_rate, r.channels
    if not blocks:
        return np.zeros((0, chans), dtype=np.float32), rate
    return np.concatenate(blocks), rate


@dataclass(frozen=True)
class Encoding:
    """How a file is written: None means the format's default."""

    sample_rate: int | None = None
    channels: int | None = None
    bitrate_kbps: int | None = None
    #: PCM sample format for WAV/FLAC ("PCM_16", "PCM_24", "FLOAT")
    subtype: str | None = None


def output_format(path: str | os.PathLike[str]) -> tuple[str, str, int | None]:
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUTS:
        raise AudioError(
            QT_TRANSLATE_NOOP(
                "errors", "Cannot write {file}: choose one of these file types: {types}."
            ),
            file=str(path),
            types=", ".join(OUTPUTS),
        )
    return OUTPUTS[suffix]


def is_lossy(path: str | os.PathLike[str]) -> bool:
    """Whether ``path``'s format is encoded lossily (MP3, Opus, AAC, Vorbis, WMA)."""
    return output_format(path)[2] is not None


def resolve_encoding(
    path: str | os.PathLike[str], sample_rate: int, channels: int, encoding: Encoding | None
) -> Encoding:
    """The concrete rate, channels and bitrate ``path`` will be written with, given the
    audio's own; MP3 defaults to mono at 44.1/48 kHz, the loudspeakers' format."""
    encoding = encoding or Encoding()
    _container, codec, kbps = output_format(path)
    rate = encoding.sample_rate or sample_rate
    chans = encoding.channels or channels
    if codec == "libmp3lame":
        chans = encoding.channels or 1
        if rate not in MP3_RATES:
            rate = 48000 if rate > 48000 else 44100
    if codec == "libopus" and rate not in (8000, 12000, 16000, 24000, 48000):
        rate = 48000
    if codec == "libvorbis" and rate < 32000:
        rate = 44100  # libvorbis refuses its usual bit rates below 32 kHz (eSpeak is 22.05 kHz)
    return Encoding(rate, chans, encoding.bitrate_kbps or kbps, encoding.subtype)


class Writer:
    """Writes float32 (frames, channels) blocks to ``path``; the file appears, complete,
    only when the writer is closed without an error (use as a context manager).

    ``sample_rate``/``channels`` describe the blocks given to :meth:`write`; the file gets
    those of ``encoding`` (resolved with :func:`resolve_encoding`).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        sample_rate: int,
        channels: int,
        encoding: Encoding | None = None,
        *,
        ffmpeg: str | None = None,
    ) -> None:
        self.path = Path(path)
        container, codec, _ = output_format(self.path)
        self.encoding = resolve_encoding(self.path, sample_rate, channels, encoding)
        self.sample_rate, self.channels = sample_rate, channels
        self.frames = 0
        self.ffmpeg = ffmpeg
        #: the encoder changes the sound (level and peaks move), so check what it wrote
        self.lossy = is_lossy(self.path)
        self._finished = False
        folder = self.path.parent
        try:
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.path.stem}.", suffix=".part" + self.path.suffix, dir=folder
            )
        except OSError as exc:
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}."),
                file=str(self.path),
                reason=exc.strerror,
            ) from exc
        os.close(fd)
        self.tmp = Path(tmp)
        self._sf: sf.SoundFile | None = None
        self._proc: _ffmpeg.Process | None = None
        try:
            if codec.startswith("PCM") or codec == "FLOAT":
                if self.encoding.sample_rate != sample_rate:
                    self._start_ffmpeg(
                        container="wav" if container == "WAV" else "flac", codec=None, ffmpeg=ffmpeg
                    )
                else:
                    self._sf = sf.SoundFile(
                        str(self.tmp),
                        "w",
                        samplerate=sample_rate,
                        channels=self.encoding.channels,
                        format=container,
                        subtype=self.encoding.subtype or codec,
                    )
            else:
                self._start_ffmpeg(container=container, codec=codec, ffmpeg=ffmpeg)
        except BaseException:
            self._discard()
            raise

    def _start_ffmpeg(self, *, container: str, codec: str | None, ffmpeg: str | None) -> None:
        e = self.encoding
        args = ["-f", "f32le", "-ar", str(self.sample_rate), "-ac", str(e.channels), "-i", "pipe:0"]
        args += ["-ar", str(e.sample_rate)]
        if codec:
            args += ["-c:a", codec, "-b:a", f"{e.bitrate_kbps}k"]
        else:
            pcm = {"PCM_16": "pcm_s16le", "PCM_24": "pcm_s24le", "FLOAT": "pcm_f32le"}
            args += ["-c:a", "flac" if container == "flac" else pcm[e.subtype or "PCM_16"]]
        args += ["-map_metadata", "-1", "-f", container, "-y", str(self.tmp)]
        self._proc = _ffmpeg.Process(args, what=self.path, ffmpeg=ffmpeg, mode="w")

    def write(self, block: np.ndarray) -> None:
        """Append ``block``: float32 (frames, self.channels)."""
        block = remix(np.asarray(block, dtype=np.float32), self.encoding.channels)
        self.frames += len(block)
        if self._sf is not None:
            self._sf.write(_pcm16(block) if self._sf.subtype == "PCM_16" else block)
        else:
            assert self._proc is not None
            self._proc.write(memoryview(np.ascontiguousarray(block, dtype="<f4")).cast("B"))

    def finish(self) -> Path:
        """Complete the file under its temporary name (:attr:`tmp`), which it keeps until
        :meth:`commit`, so it can be read back first. Returns that path."""
        if self._finished:
            return self.tmp
        try:
            if self._sf is not None:
                self._sf.close()
                self._sf = None
            if self._proc is not None:
                proc, self._proc = self._proc, None
                proc.finish()
        except OSError as exc:
            self._discard()
            raise self._cannot_write(exc) from exc
        except BaseException:
            self._discard()
            raise
        self._finished = True
        return self.tmp

    def commit(self) -> None:
        """Finish the file and give it its name."""
        self.finish()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            self._discard()
            raise self._cannot_write(exc) from exc
        except BaseException:
            self._discard()
            raise

    def _cannot_write(self, exc: OSError) -> AudioError:
        return AudioError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}."),
            file=str(self.path),
            reason=exc.strerror or str(exc),
        )

    def discard(self) -> None:
        """Abandon the file: nothing is left under its name or as a temporary file."""
        self._discard()
        self._discarded = True

    def _discard(self) -> None:
        if self._sf is not None:
            with contextlib.suppress(Exception):
                self._sf.close()
            self._sf = None
        if self._proc is not None:
            self._proc.close()
            self._proc = None
        with contextlib.suppress(FileNotFoundError):
            self.tmp.unlink()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if getattr(self, "_discarded", False):
            return
        if exc_type is None:
            self.commit()
        else:
            self._discard()


def _pcm16(block: np.ndarray) -> np.ndarray:
    """float32 samples as int16 on libsndfile's scale (full scale is 32768, as it reads
    them back), rounded to nearest and clipped; several times faster than its own loop."""
    scaled = block * np.float32(32768.0)
    np.clip(scaled, -32768.0, 32767.0, out=scaled)
    return np.rint(scaled, out=scaled).astype(np.int16)


def write(
    path: str | os.PathLike[str],
    samples: np.ndarray,
    sample_rate: int,
    encoding: Encoding | None = None,
    *,
    ffmpeg: str | None = None,
) -> Path:
    """Write float32 (frames, channels) ``samples`` (or (frames,) mono) to ``path``."""
    samples = np.asarray(samples, dtype=np.float32)
    if samples.ndim == 1:
        samples = samples[:, None]
    with Writer(path, sample_rate, samples.shape[1], encoding, ffmpeg=ffmpeg) as w:
        step = int(BLOCK_S * sample_rate)
        for i in range(0, len(samples), step):
            w.write(samples[i : i + step])
    return Path(path)


def convert(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    encoding: Encoding | None = None,
    *,
    ffmpeg: str | None = None,
) -> AudioInfo:
    """Decode ``source`` and encode it to ``target`` (format from its extension), in blocks."""
    info = probe(source, ffmpeg=ffmpeg)
    resolved = resolve_encoding(target, info.sample_rate, info.channels, encoding)
    with Reader(
        source, sample_rate=resolved.sample_rate, channels=resolved.channels, ffmpeg=ffmpeg
    ) as r:
        with Writer(target, r.sample_rate, r.channels, resolved, ffmpeg=ffmpeg) as w:
            for block in r:
                w.write(block)
        return AudioInfo(Path(target), r.sample_rate, r.channels, w.frames, resolved.subtype or "")
