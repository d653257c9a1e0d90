"""Shared fixtures: real SQLite files, Qt offscreen, translations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studio import i18n
from studio.store import Store, open_store, sqlite_url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "studio.db"


@pytest.fixture
def store(db_path: Path):
    s: Store = open_store(sqlite_url(db_path))
    yield s
    s.close()


@pytest.fixture
def vietnamese():
    """Texts in Vietnamese for the test, back to the source language after."""
    assert i18n.install("vi"), "resources/i18n/studio_vi.qm is missing: run make setup"
    yield
    i18n.install("en")
