"""An advisory lock on a file, held until released or until the process ends (even killed).

Used where two Studio processes must not both take one thing, such as the commands' own
broker session: the second one does without it instead of waiting.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


def try_hold(path: Path) -> IO | None:
    """The open lock file if this process now holds the lock on ``path``, else None
    (another process, or another holder in this one, has it). Close it to release."""
    path.parent.mkdir(parents=True, exist_ok=True)
    f = path.open("a+b")
    try:
        if sys.platform == "win32":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        f.close()
        return None
    f.seek(0)
    f.truncate()
    f.write(f"{os.getpid()}\n".encode())  # for a person wondering who holds it
    f.flush()
    return f
