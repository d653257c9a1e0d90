"""A station with three loudspeakers in two zones, and its real broker."""

from __future__ import annotations

import pytest

from tests.push.broker import deploy

LAYOUT = {"loa-cho": "thon-1", "loa-dinh": "thon-1", "loa-truong": "thon-2"}


@pytest.fixture
def deployment(store, tmp_path):
    dep = deploy(store, tmp_path, LAYOUT)
    dep.broker.start()
    yield dep
    dep.broker.stop()
