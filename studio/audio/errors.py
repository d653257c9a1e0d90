"""What the audio engine raises: an operator-facing error, and a cancelled job."""

from __future__ import annotations

from studio.errors import StudioError


class AudioError(StudioError):
    """A file cannot be read, written or processed; nothing was left half-written."""


class Cancelled(Exception):
    """The operator cancelled a long job; any output file was removed."""
