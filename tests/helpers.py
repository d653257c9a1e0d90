"""Helpers the tests share: the real `studio` command, system tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

ON_CI = os.environ.get("CI", "").lower() == "true"


def require(present: bool, what: str) -> None:
    """Go on when ``what`` is here; skipped locally when missing, a failure on CI."""
    if present:
        return
    message = f"{what} is not installed (make setup installs it)"
    if ON_CI:
        pytest.fail(message)
    pytest.skip(message)


def need_tool(name: str) -> str:
    """Path of a system tool; skipped locally when missing, a failure on CI."""
    path = shutil.which(name)
    require(path is not None, name)
    return path


def studio_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STUDIO_")}
    env.update(extra)
    return env


def run_studio(*args: str, env: dict[str, str] | None = None, timeout: float = 60, **kw):
    """Run the real `studio` command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        capture_output=True,
        text=True,
        env=env if env is not None else studio_env(),
        timeout=timeout,
        **kw,
    )
