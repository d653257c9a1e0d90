"""Shared audio fixtures: signals made by code, and the real ffmpeg/libsndfile."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers import require


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    """Path of the real ffmpeg the engine will use."""
    from studio.audio import _ffmpeg
    from studio.audio.errors import AudioError

    try:
        path = _ffmpeg.locate()
    except AudioError:
        path = None
    require(path is not None and shutil.which(path) is not None, "ffmpeg")
    return path


@pytest.fixture(scope="session")
def sndfile() -> None:
    try:
        import soundfile  # noqa: F401
    except OSError:
        require(False, "libsndfile")
