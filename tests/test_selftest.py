"""`studio --self-test` from source: every step passes, and a missing part names its step."""

from __future__ import annotations

from pathlib import Path

from studio import selftest
from tests.helpers import run_studio, studio_env


def _env(home: Path, **extra: str) -> dict[str, str]:
    # the user's own data folder is pointed at an empty place, to see the test leaves it alone
    return studio_env(
        STUDIO_LANG="en",
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        **extra,
    )


def test_self_test_passes_every_step_and_leaves_no_trace(tmp_path):
    done = run_studio("--self-test", env=_env(tmp_path), timeout=240, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    count = len(selftest.STEPS)
    for number, step in enumerate(selftest.STEPS, start=1):
        assert any(line.startswith(f"✓ {number}/{count} {step.title}") for line in lines)
    assert "✗" not in done.stdout
    assert lines[-1] == "Self-test passed."
    assert "LUFS" in done.stdout and "page" in done.stdout
    assert not (tmp_path / "data").exists(), "the self-test wrote into the user's data folder"


def test_a_missing_ffmpeg_fails_the_self_test_at_its_step(tmp_path):
    env = _env(tmp_path, STUDIO_FFMPEG=str(tmp_path / "no-ffmpeg"))
    done = run_studio("--self-test", env=env, timeout=240, cwd=tmp_path)
    assert done.returncode == selftest.FAILED
    failed = [line for line in done.stdout.splitlines() if line.startswith("✗")]
    assert len(failed) == 1, done.stdout
    assert "ffmpeg was not found" in failed[0]
    # the failed step is named, and the ones before it passed
    number = int(failed[0].split()[1].split("/")[0])
    title = selftest.STEPS[number - 1].title
    assert f" {title}: " in failed[0]
    assert done.stdout.count("✓") == number - 1
    assert f"Self-test failed at step {number}: {title}." in done.stdout
    assert "Self-test passed." not in done.stdout


def test_the_self_test_ignores_the_database_given_with_db(tmp_path):
    mine = tmp_path / "mine.db"
    done = run_studio("--db", str(mine), "--self-test", env=_env(tmp_path), timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not mine.exists()
