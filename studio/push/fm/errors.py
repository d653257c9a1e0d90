"""Errors of the FM side that an operator can act on."""

from __future__ import annotations

from studio.errors import StudioError


class FMError(StudioError):
    """The transmitter, a controller or a receiver code cannot be driven as configured."""
