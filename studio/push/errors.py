"""Errors of the push side that an operator can act on."""

from __future__ import annotations

from studio.errors import StudioError


class PushError(StudioError):
    """A push, a device or the broker configuration cannot be done as asked."""
