"""A private PulseAudio server for tests that capture or play real sound.

The daemon runs with its own runtime folder and socket, loads nothing but what is asked
(a null sink as the "speakers" and, by default, a virtual microphone that hears them), so
a test plays a known sound into the sink and the program under test records it from the
microphone — through the same sound server API a desktop uses.

Qt Multimedia connects to the server once, when first used in a process, so the program
under test must see ``PULSE_SERVER`` before that: run it as a child process with
:attr:`PulseServer.env`, or set the variable before anything touches Qt Multimedia.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.helpers import need_tool

#: the null sink a test plays into
SPEAKERS = "test_speakers"
#: the virtual microphone: a copy of what the speakers play
MICROPHONE = "test_microphone"
MICROPHONE_NAME = "TestMicrophone"
RATE = 48000


class PulseServer:
    """A running daemon; :attr:`env` is the environment its clients need."""

    def __init__(self, address: str, process: subprocess.Popen[bytes] | None = None) -> None:
        self.process = process
        self.address = address
        # Qt 6.10+ can talk to PipeWire natively: ask for PulseAudio, the server tests start
        self.env = {**os.environ, "PULSE_SERVER": self.address, "QT_AUDIO_BACKEND": "pulseaudio"}
        self.env.pop("PULSE_SINK", None)
        self.env.pop("PULSE_SOURCE", None)

    def pactl(self, *args: str) -> str:
        done = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=20
        )
        if done.returncode:
            raise RuntimeError(f"pactl {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def load_module(self, name: str, *args: str) -> int:
        return int(self.pactl("load-module", name, *args).strip())

    def unload_module(self, index: int) -> None:
        self.pactl("unload-module", str(index))

    def add_microphone(self, name: str = MICROPHONE, description: str = MICROPHONE_NAME) -> int:
        """A virtual microphone hearing the speakers; returns its module index."""
        return self.load_module(
            "module-remap-source",
            f"master={SPEAKERS}.monitor",
            f"source_name={name}",
            f"source_properties=device.description={description}",
        )

    def play(self, path: Path) -> subprocess.Popen[bytes]:
        """Play ``path`` into the speakers (stop it with :func:`stop_player`)."""
        return subprocess.Popen(
            ["paplay", "--latency-msec=20", f"--device={SPEAKERS}", str(path)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    @classmethod
    def client(cls) -> PulseServer:
        """The server this process was pointed at (``PULSE_SERVER``), to drive from a child."""
        return cls(os.environ["PULSE_SERVER"])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def stop_player(player: subprocess.Popen[bytes]) -> None:
    if player.poll() is None:
        player.terminate()
        with suppress(subprocess.TimeoutExpired):
            player.wait(timeout=5)
    if player.poll() is None:
        player.kill()
        player.wait()


def tone_file(path: Path, frequency: float, seconds: float = 30.0, amplitude: float = 0.25) -> Path:
    """A 48 kHz mono 16-bit WAV of a sine (amplitude 0.25 is −12 dBFS peak)."""
    t = np.arange(round(seconds * RATE)) / RATE
    sf.write(
        path,
        (amplitude * np.sin(2 * np.pi * frequency * t)).astype(np.float32),
        RATE,
        subtype="PCM_16",
    )
    return path


def _die_with_parent() -> None:
    """In the daemon before it starts: end it when the test process ends, however it ends."""
    with suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start(runtime: Path, *, microphone: bool = True, timeout: float = 15.0) -> PulseServer:
    """Start a daemon whose files all live in ``runtime`` (a short path: a socket is made there)."""
    pulseaudio = need_tool("pulseaudio")
    need_tool("pactl")
    need_tool("paplay")
    runtime.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(runtime / "config"),
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_STATE_PATH": str(runtime / "state"),
    }
    modules = [
        f"module-native-protocol-unix socket={runtime / 'native'} auth-anonymous=1",
        f"module-null-sink sink_name={SPEAKERS} rate={RATE}",
    ]
    args = [pulseaudio, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no"]
    args += ["--disable-shm=yes", "--log-target=stderr", "--log-level=error"]
    for module in modules:
        args += ["-L", module]
    log = open(runtime / "pulseaudio.log", "wb")  # noqa: SIM115 - the daemon writes it
    process = subprocess.Popen(
        args, env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
    )
    log.close()
    server = PulseServer(f"unix:{runtime / 'native'}", process)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                "pulseaudio did not start: " + (runtime / "pulseaudio.log").read_text()[-2000:]
            )
        try:
            server.pactl("info")
            break
        except (RuntimeError, subprocess.TimeoutExpired):
            if time.monotonic() > deadline:
                server.stop()
                raise
            time.sleep(0.05)
    if microphone:
        server.add_microphone()
        server.pactl("set-default-source", MICROPHONE)
    return server


@contextmanager
def running(runtime: Path, *, microphone: bool = True) -> Iterator[PulseServer]:
    server = start(runtime, microphone=microphone)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(runtime, ignore_errors=True)


def short_dir(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A folder for the socket: unix socket paths must stay under ~100 bytes."""
    base = tmp_path_factory.mktemp(name)
    if len(str(base)) < 80:
        return base
    return Path(tempfile.mkdtemp(prefix=name))


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """A private PulseAudio server with a virtual microphone, for one test module."""
    with running(short_dir(tmp_path_factory, "pulse")) as server:
        yield server
