"""Chunked, resumable, hash-checked delivery of audio files (docs/protocol.md, "Audio delivery").

The station side answers a device's ``need`` with exactly the chunks asked for
(:func:`chunks_for`); the device side keeps good chunks on disk as they come
(:class:`PartialFile`) and builds the file only when the whole of it hashes right.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.blobs import BlobStore, file_sha256
from studio.files import write_atomic
from studio.push import protocol


def need_message(device_id: str, sha256: str, chunks: list[int] | None) -> dict[str, Any]:
    return {
        "v": protocol.VERSION,
        "type": "need",
        "device": device_id,
        "sha256": sha256,
        "chunks": chunks,
    }


def read_chunk(blobs: BlobStore, sha256: str, index: int) -> bytes:
    """Chunk ``index`` of a stored file (protocol.CHUNK_SIZE bytes, the last one shorter)."""
    if not 0 <= index < protocol.chunk_count(blobs.size(sha256)):
        raise IndexError(index)
    with blobs.path(sha256).open("rb") as f:
        f.seek(index * protocol.CHUNK_SIZE)
        return f.read(protocol.CHUNK_SIZE)


def chunks_for(blobs: BlobStore, need: dict[str, Any]) -> Iterator[bytes]:
    """The chunk frames answering a ``need`` (nothing if the station lacks the file)."""
    for _index, frame in indexed_chunks_for(blobs, need):
        yield frame


def indexed_chunks_for(blobs: BlobStore, need: dict[str, Any]) -> Iterator[tuple[int, bytes]]:
    """``(index, frame)`` of each chunk answering a ``need``."""
    sha = str(need.get("sha256", ""))
    if len(sha) != 64 or not blobs.has(sha):
        return
    size = blobs.size(sha)
    count = protocol.chunk_count(size)
    wanted = need.get("chunks")
    indexes = range(count) if wanted is None else sorted({int(i) for i in wanted})
    for index in indexes:
        if not 0 <= index < count:
            continue
        data = read_chunk(blobs, sha, index)
        header = {
            "sha256": sha,
            "index": index,
            "count": count,
            "size": size,
            "chunk_sha256": hashlib.sha256(data).hexdigest(),
        }
        yield index, protocol.chunk_frame(header, data)


@dataclass
class PartialFile:
    """A file arriving in chunks, kept in ``folder`` so a restart loses nothing."""

    folder: Path
    sha256: str
    size: int
    #: indexes of the chunks on disk, read from the folder once (a check per chunk that
    #: arrives would otherwise look at every chunk file: quadratic in the file's size)
    _have: set[int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def count(self) -> int:
        return protocol.chunk_count(self.size)

    def _chunk(self, index: int) -> Path:
        return self.folder / f"{index:06d}"

    def _present(self) -> set[int]:
        if self._have is None:
            names = (p.name for p in self.folder.iterdir()) if self.folder.is_dir() else ()
            self._have = {int(n) for n in names if len(n) == 6 and n.isdigit()}
        return self._have

    def missing(self) -> list[int]:
        have = self._present()
        return [i for i in range(self.count) if i not in have]

    def accept(self, header: dict[str, Any], data: bytes) -> bool:
        """Keep a chunk if it belongs to this file and its bytes hash right."""
        index = header.get("index")
        if (
            header.get("sha256") != self.sha256
            or header.get("size") != self.size
            or not isinstance(index, int)
            or not 0 <= index < self.count
            or hashlib.sha256(data).hexdigest() != header.get("chunk_sha256")
        ):
            return False
        last = index == self.count - 1
        expected = (
            self.size - protocol.CHUNK_SIZE * (self.count - 1) if last else protocol.CHUNK_SIZE
        )
        if len(data) != expected:
            return False
        write_atomic(self._chunk(index), data)
        self._present().add(index)
        return True

    def assemble(self, blobs: BlobStore) -> bool:
        """Join the chunks and move the file into ``blobs`` if its sha256 is right.

        A file that hashes wrong (chunks from a different file with the same name) is
        thrown away whole, so the next ``need`` starts over.
        """
        if self.missing():
            return False
        joined = self.folder / "joined"
        with joined.open("wb") as out:
            for i in range(self.count):
                out.write(self._chunk(i).read_bytes())
        if file_sha256(joined) != self.sha256:
            shutil.rmtree(self.folder, ignore_errors=True)
            self._have = None
            return False
        blobs.adopt(self.sha256, joined)
        shutil.rmtree(self.folder, ignore_errors=True)
        return True

    def discard(self) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)
        self._have = None


def partial_folder(cache_root: Path, sha256: str) -> Path:
    path = cache_root / "partial" / sha256
    path.mkdir(parents=True, exist_ok=True)
    return path


class Fetcher:
    """A device's side of delivery: asks for what it lacks, keeps what arrives, resumes.

    Thread-safe: chunks arrive on the MQTT thread, ``want``/``ask`` come from the agent.
    ``send`` publishes a ``need`` message; ``now`` is a monotonic clock in seconds.
    """

    def __init__(
        self,
        cache_root: Path,
        blobs: BlobStore,
        device_id: str,
        send: Callable[[dict[str, Any]], None],
        *,
        retry_s: float = 5.0,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cache_root, self.blobs, self.device_id = cache_root, blobs, device_id
        self.send, self.retry_s, self.now = send, retry_s, now
        self._files: dict[str, PartialFile] = {}
        self._last_progress: dict[str, float] = {}
        self._lock = threading.Lock()
        self.completed = threading.Event()  # set whenever a file completes
        self.chunks_received = 0

    def want(self, sha256: str, size: int) -> bool:
        """Note a file the device needs; False if it already has it."""
        if self.blobs.has(sha256):
            return False
        with self._lock:
            if sha256 not in self._files:
                folder = partial_folder(self.cache_root, sha256)
                self._files[sha256] = PartialFile(folder, sha256, size)
        return True

    def missing_files(self) -> list[str]:
        with self._lock:
            return sorted(self._files)

    def ask(self, *, force: bool = False) -> int:
        """Send a ``need`` for every file that is stalled (or all, if ``force``). -> needs sent"""
        sent = 0
        with self._lock:
            files = list(self._files.values())
        for f in files:
            last = self._last_progress.get(f.sha256)
            if not force and last is not None and self.now() - last < self.retry_s:
                continue
            missing = f.missing()
            chunks = None if len(missing) == f.count else missing
            self._last_progress[f.sha256] = self.now()
            self.send(need_message(self.device_id, f.sha256, chunks))
            sent += 1
        return sent

    def on_chunk(self, payload: bytes) -> str | None:
        """Take one chunk frame; returns the sha256 of a file it completed, if any."""
        try:
            header, data = protocol.split_chunk_frame(payload)
        except ValueError:
            return None
        sha = header.get("sha256")
        with self._lock:
            f = self._files.get(sha) if isinstance(sha, str) else None
            if f is None or not f.accept(header, data):
                return None
            self.chunks_received += 1
            self._last_progress[f.sha256] = self.now()
            if f.missing() or not f.assemble(self.blobs):
                return None
            del self._files[f.sha256]
        self.completed.set()
        return f.sha256
