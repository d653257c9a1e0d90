"""Sound files kept by the sha256 of their content: the station's audio library and a
loudspeaker's cache share this one layout, ``<root>/<first two hex digits>/<sha256>``.

Identical content is stored once, and a file appears under its name only when complete
(hashed while copied into a temporary file in the store, then renamed). Free of Qt and of
the database, so the loudspeaker agent can use it on a small computer.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP, StudioError

_SHA256 = re.compile(r"[0-9a-f]{64}")
_BLOCK = 1 << 20


class BlobError(StudioError):
    """A sound file cannot be taken into, or found in, the store."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class BlobStore:
    root: Path

    def path(self, sha256: str) -> Path:
        """Where the content with hash ``sha256`` (64 lowercase hex digits) lives."""
        if not _SHA256.fullmatch(sha256):
            raise BlobError(
                QT_TRANSLATE_NOOP("errors", "“{value}” is not the sha256 of a sound file."),
                value=sha256,
            )
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        return self.path(sha256).stat().st_size

    def put_file(self, source: Path) -> tuple[str, Path]:
        """Copy ``source`` in (once); returns its sha256 and where it is stored."""
        source = Path(source)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".in-", suffix=".part", dir=self.root)
            tmp = Path(tmp_name)
            try:
                digest = hashlib.sha256()
                with open(fd, "wb") as out, source.open("rb") as src:
                    while block := src.read(_BLOCK):
                        digest.update(block)
                        out.write(block)
                    out.flush()
                    os.fsync(out.fileno())
                sha = digest.hexdigest()
                target = self.path(sha)
                if target.exists():  # already stored: same hash, same content
                    tmp.unlink()
                else:
                    target.parent.mkdir(exist_ok=True)
                    os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()
                raise
        except IsADirectoryError:
            raise BlobError(
                QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a sound file."), file=source
            ) from None
        except FileNotFoundError as exc:
            if exc.filename is not None and Path(exc.filename) == source:
                raise BlobError(
                    QT_TRANSLATE_NOOP("errors", "The file {file} does not exist."), file=source
                ) from None
            raise self._cannot_store(exc) from exc
        except OSError as exc:
            raise self._cannot_store(exc) from exc
        return sha, target

    def adopt(self, sha256: str, assembled: Path) -> Path:
        """Move a file already verified to have this hash (same file system) into the store."""
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(assembled, target)
        return target

    def used_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.root.glob("??/*") if p.is_file())

    def _cannot_store(self, exc: OSError) -> BlobError:
        return BlobError(
            QT_TRANSLATE_NOOP("errors", "Cannot store sound in {folder}: {reason}."),
            folder=self.root,
            reason=exc.strerror or str(exc),
        )
