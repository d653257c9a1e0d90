"""Shared audio fixtures: signals made by code, and the real ffmpeg/libsndfile."""

from __future__ import annotations

import os
import shutil

import pytest


def _require(ok: bool, what: str) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing (CI must have it)")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="session")
def ffmpeg() -> str:
    """Path of the real ffmpeg the engine will use."""
    from studio.audio import _ffmpeg
    from studio.audio.errors import AudioError

    try:
        path = _ffmpeg.locate()
    except AudioError:
        path = None
    _require(path is not None and shutil.which(path) is not None, "ffmpeg")
    return path


@pytest.fixture(scope="session")
def sndfile() -> None:
    try:
        import soundfile  # noqa: F401
    except OSError:
        _require(False, "libsndfile")
