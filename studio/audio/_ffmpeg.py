"""The one place Studio runs ffmpeg.

The binary is, in order: the ``ffmpeg`` argument, the ``STUDIO_FFMPEG`` environment
variable, the one bundled by the ``imageio-ffmpeg`` package, or ``ffmpeg`` on PATH. A failed
run is never swallowed: it becomes an :class:`AudioError` carrying the tail of ffmpeg's
stderr. stderr goes to a temporary file so a chatty ffmpeg can never block on a full pipe.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from studio.audio.errors import AudioError
from studio.errors import QT_TRANSLATE_NOOP

ENV_VAR = "STUDIO_FFMPEG"
#: how much of stderr an error carries
TAIL_CHARS = 600


def locate(ffmpeg: str | os.PathLike[str] | None = None) -> str:
    """Path of the ffmpeg binary to use; AudioError if there is none."""
    candidate = ffmpeg or os.environ.get(ENV_VAR)
    if candidate:
        found = shutil.which(str(candidate))
        if found:
            return found
        raise AudioError(
            QT_TRANSLATE_NOOP("errors", "ffmpeg was not found at {path}."), path=candidate
        )
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        pass
    found = shutil.which("ffmpeg")
    if found:
        return found
    raise AudioError(
        QT_TRANSLATE_NOOP(
            "errors", "ffmpeg is missing; reinstall Studio or set {variable} to its path."
        ),
        variable=ENV_VAR,
    )


def _text(stderr: IO[bytes]) -> str:
    stderr.seek(0)
    return stderr.read().decode("utf-8", "replace").strip()


def _tail(stderr: IO[bytes]) -> str:
    return _text(stderr)[-TAIL_CHARS:]


#: the windowed app on Windows would flash a console for every ffmpeg run without this
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


def base_args(binary: str) -> list[str]:
    return [binary, "-hide_banner", "-nostdin", "-loglevel", "error"]


def run(args: Sequence[str], *, what: Path | str, ffmpeg: str | None = None) -> str:
    """Run ffmpeg with ``args`` (after the binary and quiet flags) to completion.

    Returns its whole stderr (probe output lives there). ``what`` names the file in errors.
    """
    binary = locate(ffmpeg)
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.run(
                [*base_args(binary), *args],
                stdout=subprocess.DEVNULL,
                stderr=err,
                check=False,
                creationflags=NO_WINDOW,
            )
        except OSError as exc:
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "Cannot run ffmpeg ({path}): {reason}."),
                path=binary,
                reason=exc.strerror or str(exc),
            ) from exc
        text = _text(err)
    if proc.returncode != 0:
        raise failure(what, text[-TAIL_CHARS:])
    return text


def failure(what: Path | str, tail: str) -> AudioError:
    """The error for an ffmpeg run on ``what`` that failed with stderr ``tail``."""
    return AudioError(
        QT_TRANSLATE_NOOP("errors", "ffmpeg could not process {file}: {detail}"),
        file=str(what),
        detail=tail or "?",
    )


class Process:
    """A running ffmpeg with a pipe on stdin or stdout; ``finish`` checks how it ended."""

    def __init__(self, args: Sequence[str], *, what: Path | str, ffmpeg: str | None, mode: str):
        binary = locate(ffmpeg)
        self.what = what
        self._err = tempfile.TemporaryFile()  # noqa: SIM115 — lives as long as the process
        try:
            self.proc = subprocess.Popen(
                [*base_args(binary), *args],
                stdin=subprocess.PIPE if mode == "w" else subprocess.DEVNULL,
                stdout=subprocess.PIPE if mode == "r" else subprocess.DEVNULL,
                stderr=self._err,
                bufsize=0,
                creationflags=NO_WINDOW,
            )
        except OSError as exc:
            self._err.close()
            raise AudioError(
                QT_TRANSLATE_NOOP("errors", "Cannot run ffmpeg ({path}): {reason}."),
                path=binary,
                reason=exc.strerror or str(exc),
            ) from exc

    @property
    def stdout(self) -> IO[bytes]:
        assert self.proc.stdout is not None
        return self.proc.stdout

    def write(self, data: bytes | memoryview) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(data)
        except (BrokenPipeError, OSError):  # ffmpeg gave up; its stderr says why
            self.proc.wait()
            raise failure(self.what, _tail(self._err)) from None

    def finish(self) -> str:
        """Close the pipes, wait, and raise AudioError unless ffmpeg succeeded."""
        try:
            if self.proc.stdin:
                with contextlib.suppress(BrokenPipeError, OSError):
                    self.proc.stdin.close()
            code = self.proc.wait()
            text = _text(self._err)
            if code != 0:
                raise failure(self.what, text[-TAIL_CHARS:])
            return text
        finally:
            self.close()

    def close(self) -> None:
        """Stop ffmpeg if it is still running (abandoned read, cancelled write)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe:
                with contextlib.suppress(OSError):
                    pipe.close()
        self._err.close()
