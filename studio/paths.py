"""Where Studio keeps things: the user's data directory and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Studio"


def data_dir() -> Path:
    """Per-user data directory (database, audio) — %LOCALAPPDATA%\\Studio on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / "studio.db"


def resources_dir() -> Path:
    """``resources/`` of a source checkout, or of the frozen (PyInstaller) bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
