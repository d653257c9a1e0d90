"""Broker passwords: hashed the way Mosquitto 2 reads them, never kept in plain text."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP
from studio.push.errors import PushError

#: Mosquitto 2's defaults for its PBKDF2-SHA512 ("$7$") entries
ITERATIONS = 101
SALT_BYTES = 12


def new_password() -> str:
    return secrets.token_urlsafe(24)


def pbkdf2_entry(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """``$7$<iterations>$<salt b64>$<hash b64>``, the format of ``mosquitto_passwd``."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations, 64)
    b64 = base64.b64encode
    return f"$7${iterations}${b64(salt).decode()}${b64(digest).decode()}"


def hash_password(username: str, password: str, *, tool: str | None = None) -> str:
    """The password file entry for ``password``.

    Uses ``mosquitto_passwd`` when installed (the broker's own hashing), else the same
    format computed here. The plain password only ever touches a private temp file.
    """
    tool = tool if tool is not None else shutil.which("mosquitto_passwd")
    if not tool:
        return pbkdf2_entry(password)
    fd, tmp = tempfile.mkstemp(prefix=".passwd-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f"{username}:{password}\n")
        done = subprocess.run([tool, "-U", tmp], capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise PushError(
                QT_TRANSLATE_NOOP("errors", "mosquitto_passwd failed: {reason}"),
                reason=(done.stderr or done.stdout).strip()[-300:],
            )
        line = Path(tmp).read_text(encoding="utf-8").strip()
    finally:
        os.unlink(tmp)
    return line.split(":", 1)[1]


def verify(entry: str, password: str) -> bool:
    """Whether ``password`` matches a ``$7$`` entry (what the broker will decide)."""
    _, kind, iterations, salt, digest = entry.split("$")
    if kind != "7":
        raise ValueError(f"unsupported password hash ${kind}$")
    computed = hashlib.pbkdf2_hmac(
        "sha512", password.encode(), base64.b64decode(salt), int(iterations), 64
    )
    return secrets.compare_digest(computed, base64.b64decode(digest))
