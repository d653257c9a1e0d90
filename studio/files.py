"""Writing files whole or not at all, secrets readable by their owner only (no Qt, no
database: the loudspeaker agent uses it too)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(
    path: Path, data: bytes | str, *, secret: bool = False, make_folder: bool = True
) -> Path:
    """Write via a temp file in the same folder and rename, so no reader sees half a file.

    ``secret``: readable by the owner only; ``make_folder``: create missing parent folders
    (off where a missing folder is the person's mistake to report).
    """
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode() if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600 if secret else 0o644)  # mkstemp makes 0600; public files widen
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
