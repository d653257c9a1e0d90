"""What the audio engine raises: an operator-facing error, and a cancelled job."""

from __future__ import annotations

from studio.errors import Cancelled, StudioError

# one Cancelled for all of Studio, so the UI's task runner knows a cancel from a failure
__all__ = ["AudioError", "Cancelled"]


class AudioError(StudioError):
    """A file cannot be read, written or processed; nothing was left half-written."""
