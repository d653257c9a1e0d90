"""``studio-speaker`` agents as separate processes, and the ``studio`` command beside them."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import soundfile as sf

from studio.push import devices
from studio.push.timefmt import format_instant, parse_instant
from tests.helpers import studio_env
from tests.push.broker import Deployment


def speaker_folder(tmp_path: Path, name: str) -> Path:
    return tmp_path / "speakers" / name


def write_speaker_config(dep: Deployment, name: str, tmp_path: Path) -> Path:
    """The config folder ``studio devices add`` would hand over (speaker.toml, ca.crt)."""
    folder = speaker_folder(tmp_path, name)
    devices.write_config(
        dep.push, dep.devices[name], folder, host="127.0.0.1", port=dep.broker.port
    )
    return folder / devices.CONFIG_NAME


def start_speaker(
    config: Path,
    *,
    clock_start: datetime | None = None,
    rate: float = 1.0,
    heartbeat: float = 1.0,
) -> subprocess.Popen:
    args = [
        sys.executable,
        "-m",
        "studio.speaker",
        "-c",
        str(config),
        "--wav-dir",
        str(config.parent / "wav"),
        "--heartbeat",
        str(heartbeat),
    ]
    if clock_start is not None:
        args += ["--clock-start", format_instant(clock_start), "--clock-rate", str(rate)]
    log = (config.parent / "agent.log").open("ab")
    return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=studio_env())


def stop_speaker(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def played(config: Path) -> list[tuple[datetime, str, float]]:
    """(start on the agent's clock, item id, seconds) of every WAV the agent wrote, in order."""
    out = []
    for p in sorted((config.parent / "wav").glob("*.wav")):
        stamp, item = p.stem.split("_", 1)
        start = parse_instant(stamp[:13] + ":" + stamp[13:15] + ":" + stamp[15:])
        out.append((start, item, sf.info(p).duration))
    return out


def studio_command(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real ``studio`` command in a child process, in English."""
    return subprocess.run(
        [sys.executable, "-m", "studio", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=studio_env(STUDIO_LANG="en"),
        timeout=timeout,
    )


def studio_process(db: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "studio", "--db", str(db), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=studio_env(STUDIO_LANG="en"),
    )
