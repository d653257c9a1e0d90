"""The frozen application (`make bundle` → dist/studio/) passes its own self-test.

The bundle is optional for `make test`: building it takes minutes and is a release step
(`make bundle-check`, and the Windows workflow). So this test is skipped when dist/studio is
absent — even under CI=true, where a missing *system tool* would be a failure; the CI jobs
that build the bundle run this test right after building it, and there it is present.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio import selftest

BUNDLE = Path(__file__).resolve().parent.parent / "dist" / "studio"
#: the console program of the bundle (on Windows studio.exe has no console to print on)
PROGRAM = BUNDLE / ("studio-cli.exe" if sys.platform == "win32" else "studio")
#: what the installed program may take on disk: the 300 MB goal, and a guard against a
#: dependency, Qt module or system library slipping in. Measured on Linux: 290 MB with
#: imageio-ffmpeg 0.6 (ffmpeg 7.0, 76 MB), PySide6 6.11, scipy 1.17 — what goes in and what is
#: left out is written in installers/studio.spec. Windows, not yet measured (its workflow
#: prints the size), keeps a looser guard until it is.
MAX_SIZE_MB = 340 if sys.platform == "win32" else 300

pytestmark = pytest.mark.skipif(
    not PROGRAM.is_file(), reason="no bundle in dist/studio (make bundle builds it)"
)


def _size_mb(folder: Path) -> float:
    # PyInstaller links some libraries into _internal/ on Linux: count each file once
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def test_frozen_studio_passes_its_self_test(tmp_path):
    # nothing from the development environment: no venv on PATH, no overrides of ffmpeg
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("STUDIO_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", STUDIO_LANG="en", XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run(
        [str(PROGRAM), "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(frozen)" in done.stdout
    passed = [line for line in done.stdout.splitlines() if line.startswith("✓")]
    assert len(passed) == len(selftest.STEPS), done.stdout
    # the MP3 was made by the ffmpeg inside the bundle, not one found on PATH
    mp3 = next(line for line in passed if "MP3" in line)
    assert str(BUNDLE) in mp3, mp3


def test_bundle_stays_small():
    size = _size_mb(BUNDLE)
    print(f"bundle size: {size:.0f} MB")
    assert size <= MAX_SIZE_MB, f"dist/studio is {size:.0f} MB, above {MAX_SIZE_MB} MB"
