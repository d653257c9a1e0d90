"""The playout engine's sound on the PC's sound card, through Qt Multimedia.

:class:`SoundCardSink` is an :class:`~studio.push.fm.playout.AudioSink`: the engine's thread
calls :meth:`~SoundCardSink.play`, which puts the samples in a queue and returns once the
sound card has nearly caught up with them. A ``QTimer`` on the UI thread moves the queue
into a ``QAudioSink`` (push mode), so no Python runs in the audio callback, and tops the
device up with silence between items so the stream never stalls and the latency stays
the same all day.
"""

from __future__ import annotations

import threading

import numpy as np

from PySide6 import QtMultimedia
from PySide6.QtCore import QIODevice, QObject, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices

from studio.errors import QT_TRANSLATE_NOOP
from studio.push.fm.errors import FMError

#: what the device holds: short enough that the sound follows the clock closely
_DEVICE_BUFFER_S = 0.25
#: silence is added only while less than this is queued on the device
_KEEP_FED_S = 0.06
#: play() returns when no more than this is waiting in the queue
_LOW_WATER_S = 0.1
_TICK_MS = 10
#: the audio namespace is QtAudio from Qt 6.7 (QAudio before)
_AUDIO = getattr(QtMultimedia, "QtAudio", None) or QtMultimedia.QAudio


def device_key(device: QAudioDevice) -> str:
    """How a sound card is remembered in the settings: its system id, as text."""
    return bytes(device.id().data()).decode("utf-8", "replace")


class SoundCardSink(QObject):
    """Plays float32 (frames, channels) at ``rate`` on ``device`` (None: the default
    output). Create it on the UI thread, :meth:`start` it, and hand it to the engine."""

    def __init__(
        self,
        rate: int = 48000,
        channels: int = 2,
        device: QAudioDevice | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rate, self.channels = rate, channels
        self.device = device if device is not None else QMediaDevices.defaultAudioOutput()
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self._frame_bytes = 2 * channels
        self._sink = QAudioSink(self.device, fmt, self)
        self._sink.setBufferSize(self._bytes(_DEVICE_BUFFER_S))
        self._io: QIODevice | None = None
        self._queue = bytearray()
        self._lock = threading.Condition()
        self._closed = True
        self.written_frames = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MS)
        self._timer.timeout.connect(self._feed)

    def _bytes(self, seconds: float) -> int:
        return round(seconds * self.rate) * self._frame_bytes

    @property
    def description(self) -> str:
        return self.device.description()

    def start(self) -> None:
        """Open the device; FMError when there is none or it refuses."""
        if self.device.isNull():
            raise FMError(
                QT_TRANSLATE_NOOP(
                    "errors", "No sound card is available to play to the transmitter."
                )
            )
        io = self._sink.start()
        if io is None or self._sink.error() != _AUDIO.Error.NoError:
            raise FMError(
                QT_TRANSLATE_NOOP("errors", "The sound card “{name}” cannot play: {reason}"),
                name=self.description,
                reason=self._sink.error().name,
            )
        self._io = io
        with self._lock:
            self._closed = False
        self._timer.start()

    def stop(self) -> None:
        """Stop the sound at once; a play() under way returns."""
        self._timer.stop()
        self._sink.stop()
        self._io = None
        with self._lock:
            self._closed = True
            self._queue.clear()
            self._lock.notify_all()

    @property
    def error(self) -> object:
        return self._sink.error()

    def play(self, samples: np.ndarray) -> None:
        """Queue ``samples`` (float32 (frames, channels)); returns when the sound card has
        all but the last moment of them. Called on the engine's thread."""
        pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).round().astype("<i2").tobytes()
        low_water = self._bytes(_LOW_WATER_S)
        with self._lock:
            if self._closed:
                return
            self._queue += pcm
            while len(self._queue) > low_water and not self._closed:
                self._lock.wait(0.5)

    def _feed(self) -> None:
        """UI thread: move what is queued to the device, or silence to keep it fed."""
        io = self._io
        if io is None:
            return
        free = self._sink.bytesFree()
        free -= free % self._frame_bytes
        if free <= 0:
            return
        with self._lock:
            chunk = bytes(self._queue[:free])
            del self._queue[: len(chunk)]
            self._lock.notify_all()
        sound = bool(chunk)
        if not sound:
            queued = self._sink.bufferSize() - free
            need = self._bytes(_KEEP_FED_S) - queued
            if need <= 0:
                return
            chunk = bytes(need - need % self._frame_bytes)
        written = io.write(chunk)
        if written > 0:
            self.written_frames += written // self._frame_bytes
        if sound and 0 <= written < len(chunk):  # the device took less: the rest goes first
            with self._lock:
                self._queue[:0] = chunk[written:]
