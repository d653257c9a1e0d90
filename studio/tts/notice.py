"""Reading a notice the operator typed or received as a text file."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from studio.errors import QT_TRANSLATE_NOOP
from studio.tts.errors import TTSError

#: byte-order marks Windows editors write (Notepad's "Unicode" is UTF-16 LE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: a notice is a page or a few; anything this large is not one
MAX_BYTES = 1_000_000


def read_notice(path: str | os.PathLike[str]) -> str:
    """The text of ``path``: UTF-8 (with or without BOM) or UTF-16 with BOM.

    TTSError if it cannot be read, is not text in those encodings, or is too large.
    """
    path = Path(path)
    if path.is_dir():
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a text file."), file=str(path)
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TTSError(
                QT_TRANSLATE_NOOP("errors", "{file} is too large to be a notice."), file=str(path)
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "The file {file} does not exist."), file=str(path)
        ) from None
    except OSError as exc:
        raise TTSError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
            file=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise TTSError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} is not a text file in Unicode (UTF-8); save it as UTF-8 text."
            ),
            file=str(path),
        ) from None
