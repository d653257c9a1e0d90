"""Errors of station sync that an operator can act on."""

from __future__ import annotations

from studio.errors import StudioError


class SyncError(StudioError):
    """Sync cannot be done as asked, or a peer's message was refused."""
