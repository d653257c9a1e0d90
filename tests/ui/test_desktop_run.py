"""`make run` for real: the studio command opens its Vietnamese window on an X display."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.helpers import need_tool, run_studio, studio_env

TITLE = "Studio — Đài truyền thanh cơ sở"


@pytest.fixture
def display():
    """A private Xvfb server; its display name."""
    xvfb = need_tool("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def window_titles(display: str) -> str:
    xwininfo = need_tool("xwininfo")
    return subprocess.run(
        [xwininfo, "-root", "-tree", "-display", display], capture_output=True, text=True
    ).stdout


def test_demo_station_window_opens_in_vietnamese_and_closes_cleanly(tmp_path, display):
    env = studio_env(DISPLAY=display, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "studio", "gui", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while TITLE not in window_titles(display):
            assert app.poll() is None, app.stderr.read()
            assert time.monotonic() < deadline, "the window did not appear"
            time.sleep(0.3)
    finally:
        app.send_signal(signal.SIGTERM)  # closes the window the normal way
        _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err

    # the demo station was stored under the user's data folder
    db = tmp_path / "data" / "Studio" / "studio.db"
    info = json.loads(run_studio("--db", str(db), "info", "--json").stdout)
    assert info["station"]["name"] == "Đài truyền thanh xã Bằng Thành"
    assert info["records"]["devices"] == 3
