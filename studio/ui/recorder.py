"""Recording the operator's voice: microphone picker, level meter, record / pause / stop.

Sound comes from Qt Multimedia's ``QAudioSource`` at 48 kHz into a WAV that is valid at
every moment (:class:`studio.audio.wavwriter.GrowingWav`): a crash or a power cut loses at
most the last second. A ``QTimer`` drains the captured bytes every 50 ms, so no Python
runs in the audio callback. While paused the microphone stays open (the meter keeps
moving, so the operator can check the level) but nothing is written.

After Stop the recording is cleaned up by the audio engine (high-pass, silence trim) off
the UI thread, and :attr:`RecorderPanel.recorded` hands the cleaned WAV to the editor.
The untouched recording stays next to it.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio.audio import cleanup, codec, wavwriter
from studio.errors import StudioError
from studio.i18n import translate
from studio.localtime import to_local

from studio.ui.tasks import TaskContext, TaskRunner
from studio.ui.widgets import Translatable, form_rows, heading, hint

SAMPLE_RATE = 48000
#: how often captured sound is taken from Qt and written, milliseconds
DRAIN_MS = 50
#: sound Qt may hold for us while the UI thread is busy, seconds
BUFFER_S = 1.0
#: a peak at or above this is shown as clipping (0 dBFS is full scale)
CLIP_DBFS = -0.5
#: how long the clip warning stays after the last clipped sample, seconds
CLIP_HOLD_S = 2.0
#: no sound at all from the microphone for this long means it has stopped working
STALL_S = 3.0
#: … but a sound system may take this long to deliver the first sound after opening
STARTUP_S = 10.0
#: the meter's scale, dBFS
METER_FLOOR_DB = -60.0
#: raw recordings are named so; the cleaned one adds CLEAN_SUFFIX
PREFIX = "recording-"
CLEAN_SUFFIX = "-clean"

_ELAPSED_STYLE = "font-size: 28pt; font-weight: 600;"
_IDLE, _RECORDING, _PAUSED, _CLEANING = "idle", "recording", "paused", "cleaning"


def peak_dbfs(data: bytes, sample_format: str) -> float:
    """Highest absolute sample of interleaved ``data``, in dBFS (−inf for silence)."""
    if sample_format == "int16":
        samples = np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2")
        peak = float(np.abs(samples.astype(np.int32)).max()) / 32768.0 if len(samples) else 0.0
    else:
        samples = np.frombuffer(data[: len(data) - len(data) % 4], dtype="<f4")
        peak = float(np.abs(samples).max()) if len(samples) else 0.0
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def format_elapsed(seconds: float) -> str:
    """``MM:SS``, or ``H:MM:SS`` from one hour on."""
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def recording_path(folder: Path, now: datetime | None = None) -> Path:
    """A new file name in ``folder`` from the station's wall-clock time."""
    stamp = to_local(now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{PREFIX}{stamp}.wav"
    n = 2
    while path.exists() or cleaned_path(path).exists():
        path = folder / f"{PREFIX}{stamp}-{n}.wav"
        n += 1
    return path


def cleaned_path(raw: Path) -> Path:
    return raw.with_name(raw.stem + CLEAN_SUFFIX + raw.suffix)


def recover_interrupted(folder: Path) -> list[Path]:
    """Complete the headers of recordings cut off by a crash; returns those repaired."""
    if not folder.is_dir():
        return []
    repaired = []
    for path in sorted(folder.glob(f"{PREFIX}*.wav")):
        if path.stem.endswith(CLEAN_SUFFIX):
            continue
        try:
            if wavwriter.repair(path):
                repaired.append(path)
        except StudioError:
            continue  # unreadable leftovers are not the operator's concern here
    return repaired


def clean_recording(ctx: TaskContext, raw: Path, target: Path) -> Path:
    """Run the engine's voice clean-up on ``raw`` into ``target`` (off the UI thread)."""
    cleanup.clean_file(raw, target, progress=ctx.progress, cancel=ctx.cancel_event)
    return target


def _capture_format(device: QAudioDevice) -> tuple[QAudioFormat, str] | None:
    """48 kHz, mono if the device allows, 16-bit integer or else 32-bit float samples."""
    channels = [1]
    preferred = device.preferredFormat().channelCount()
    if preferred > 1:
        channels.append(preferred)
    for count in channels:
        for qt_format, name in (
            (QAudioFormat.SampleFormat.Int16, "int16"),
            (QAudioFormat.SampleFormat.Float, "float32"),
        ):
            fmt = QAudioFormat()
            fmt.setSampleRate(SAMPLE_RATE)
            fmt.setChannelCount(count)
            fmt.setSampleFormat(qt_format)
            if device.isFormatSupported(fmt):
                return fmt, name
    return None


def _record_icon(size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#d32f2f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7))
    painter.end()
    return QIcon(pixmap)


#: the meter's colours: (from dBFS, to dBFS, colour)
_METER_ZONES = (
    (METER_FLOOR_DB, -18.0, "#43a047"),
    (-18.0, -6.0, "#fbc02d"),
    (-6.0, 0.0, "#e53935"),
)


class LevelMeter(QWidget):
    """A horizontal peak meter from METER_FLOOR_DB to 0 dBFS: green, amber near the top,
    red in the last 6 dB; a thin line holds the highest recent peak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_db = -math.inf
        self.hold_db = -math.inf
        self._hold_until = 0.0
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_level(self, dbfs: float) -> None:
        now = time.monotonic()
        self.level_db = dbfs
        if dbfs >= self.hold_db or now > self._hold_until:
            self.hold_db, self._hold_until = dbfs, now + 1.5
        self.update()

    def _x(self, dbfs: float) -> float:
        if dbfs == -math.inf:
            return 0.0
        share = (max(METER_FLOOR_DB, min(0.0, dbfs)) - METER_FLOOR_DB) / -METER_FLOOR_DB
        return share * self.width()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        h = self.height()
        painter.fillRect(self.rect(), QColor("#263238"))
        x = self._x(self.level_db)
        for low_db, high_db, colour in _METER_ZONES:
            start, end = self._x(low_db), min(x, self._x(high_db))
            if end > start:
                painter.fillRect(QRectF(start, 0, end - start, h), QColor(colour))
        if self.hold_db > METER_FLOOR_DB:
            painter.fillRect(QRectF(self._x(self.hold_db) - 1, 0, 2, h), QColor("white"))
        painter.end()


class RecorderPanel(Translatable, QWidget):
    """Record the operator's voice into ``folder``; emits :attr:`recorded` when done.

    The chosen microphone is open while the panel is visible, so the meter shows the level
    before recording starts and Record loses nothing to the sound system's start-up.
    """

    #: the cleaned recording, ready for the editor
    recorded = Signal(Path)
    #: True while a recording is running or paused
    recording_changed = Signal(bool)

    def __init__(self, tasks: TaskRunner, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.folder = Path(folder)
        self.state = _IDLE
        self.source: QAudioSource | None = None
        self.writer: wavwriter.GrowingWav | None = None
        self.sample_format = "int16"
        self.channels = 1
        self.device_id = b""
        self._io = None
        self._got_sound = False
        self._last_sound = 0.0
        self._clip_until = 0.0
        #: the last recording, cleaned or (if clean-up failed) as captured
        self.last_path: Path | None = None
        self._message_prefix = ""
        self._showing_no_device = False

        self.heading = heading()
        self.hint = hint()
        self.devices = QComboBox()
        self.devices.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meter = LevelMeter()
        self.level_label = QLabel()
        self.level_label.setMinimumWidth(110)
        self.clip_label = QLabel()
        self.clip_label.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.clip_label.setWordWrap(True)
        self.clip_label.hide()
        self.elapsed = QLabel(format_elapsed(0))
        self.elapsed.setStyleSheet(_ELAPSED_STYLE)
        style = self.style()
        self.record_button = QPushButton(_record_icon(), "")
        self.pause_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause), "")
        self.stop_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), "")
        for button in (self.record_button, self.pause_button, self.stop_button):
            button.setMinimumHeight(56)
            button.setIconSize(button.iconSize() * 2)
            button.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 8px 22px;")
        self.record_button.clicked.connect(self.record)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        self.labels = form_rows(form, (self.devices,))
        level = QHBoxLayout()
        level.addWidget(self.meter, stretch=1)
        level.addWidget(self.level_label)
        buttons = QHBoxLayout()
        for w in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(w)
        buttons.addStretch()
        buttons.addWidget(self.elapsed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(level)
        layout.addWidget(self.clip_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch()

        self.drain_timer = QTimer(self)
        self.drain_timer.setInterval(DRAIN_MS)
        self.drain_timer.timeout.connect(self._drain)
        self.media = QMediaDevices(self)
        self.media.audioInputsChanged.connect(self._refresh_devices)
        self.devices.currentIndexChanged.connect(self._device_chosen)
        self._refresh_devices()
        self.retranslate()
        repaired = recover_interrupted(self.folder)
        if repaired:
            self.message.setText(
                self.tr("A recording cut off earlier was recovered: %1").replace(
                    "%1", ", ".join(p.name for p in repaired)
                )
            )

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Record"))
        self.hint.setText(
            self.tr(
                "Choose the microphone, speak a few words to check the level, then press "
                "Record. Keep the meter out of the red."
            )
        )
        self.labels[0].setText(self.tr("&Microphone"))
        self.record_button.setText(self.tr("Record"))
        self.stop_button.setText(self.tr("Stop"))
        self.pause_button.setText(self.tr("Resume") if self.state == _PAUSED else self.tr("Pause"))
        # the clock is red while sound is being kept, as on a tape machine
        red = " color: #c62828;" if self.state == _RECORDING else ""
        self.elapsed.setStyleSheet(_ELAPSED_STYLE + red)
        self.clip_label.setText(
            self.tr(
                "Too loud: the sound is clipping. Move back from the microphone "
                "or turn its volume down."
            )
        )
        self.devices.setPlaceholderText(self.tr("No microphone"))
        if self._showing_no_device:
            self.message.setText(self._no_device_text())
        self._show_level(self.meter.level_db)

    def _no_device_text(self) -> str:
        return self.tr(
            "No microphone found. Plug a microphone into the computer; "
            "Studio will see it by itself."
        )

    def _show_level(self, dbfs: float) -> None:
        if dbfs == -math.inf or self.source is None:
            self.level_label.setText(self.tr("— dBFS"))
        else:
            shown = f"{dbfs:.1f}".replace("-0.0", "0.0")
            self.level_label.setText(self.tr("%1 dBFS").replace("%1", shown))

    # -- devices ----------------------------------------------------------------------

    def _refresh_devices(self) -> None:
        current = self.devices.currentData()
        keep = bytes(current.id().data()) if isinstance(current, QAudioDevice) else None
        inputs = QMediaDevices.audioInputs()
        self.devices.blockSignals(True)
        self.devices.clear()
        chosen = -1
        for i, device in enumerate(inputs):
            self.devices.addItem(device.description(), device)
            if bytes(device.id().data()) == keep:
                chosen = i
        if chosen < 0 and inputs:
            chosen = next((i for i, d in enumerate(inputs) if d.isDefault()), 0)
        self.devices.setCurrentIndex(chosen)
        self.devices.blockSignals(False)
        if not inputs and self.state == _IDLE:
            self._showing_no_device = True
            self.message.setText(self._no_device_text())
        elif inputs and self._showing_no_device:
            self._showing_no_device = False
            self.message.clear()
        if self.is_recording():
            if self.device_id not in {bytes(d.id().data()) for d in inputs}:
                self._fail(self.tr("the microphone was unplugged"))
        elif self.isVisible():
            self._open_source()
        self._update_buttons()

    def _device_chosen(self) -> None:
        if self.state == _IDLE and self.isVisible():
            self._open_source()

    def _update_buttons(self) -> None:
        has_device = self.devices.count() > 0
        active = self.is_recording()
        self.record_button.setEnabled(has_device and self.state == _IDLE)
        self.pause_button.setEnabled(active)
        self.stop_button.setEnabled(active)
        self.devices.setEnabled(has_device and self.state == _IDLE)

    def _open_source(self) -> bool:
        """Open the chosen microphone (again, if another was open); False if it cannot be."""
        device = self.devices.currentData()
        if not isinstance(device, QAudioDevice) or device.isNull():
            self._close_source()
            return False
        ident = bytes(device.id().data())
        if self.source is not None and ident == self.device_id:
            return True
        self._close_source()
        chosen = _capture_format(device)
        if chosen is None:
            self.message.setText(
                self.tr("The microphone “%1” cannot record at 48 kHz. Choose another one.").replace(
                    "%1", device.description()
                )
            )
            return False
        fmt, self.sample_format = chosen
        self.channels = fmt.channelCount()
        self.device_id = ident
        self.source = QAudioSource(device, fmt, self)
        frame_bytes = self.channels * (2 if self.sample_format == "int16" else 4)
        self.source.setBufferSize(int(BUFFER_S * SAMPLE_RATE) * frame_bytes)
        self._io = self.source.start()
        self._got_sound, self._last_sound = False, time.monotonic()
        self.drain_timer.start()
        return True

    def _close_source(self) -> None:
        self.drain_timer.stop()
        if self.source is not None:
            self.source.stop()
            self.source.deleteLater()
        self.source, self._io = None, None
        self.device_id = b""
        self.meter.set_level(-math.inf)
        self.clip_label.hide()
        self._show_level(-math.inf)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.state == _IDLE:
            self._open_source()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.is_recording():  # a recording goes on while another page is shown
            self._close_source()

    # -- recording --------------------------------------------------------------------

    def is_recording(self) -> bool:
        """Whether sound is being recorded (or the recording is paused)."""
        return self.state in (_RECORDING, _PAUSED)

    def record(self) -> None:
        """Start a new recording from the chosen microphone."""
        if self.state != _IDLE:
            return
        if not self._open_source():
            if not self.devices.count():
                self.message.setText(self._no_device_text())
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = recording_path(self.folder)
            self.writer = wavwriter.GrowingWav(path, SAMPLE_RATE, self.channels, self.sample_format)
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return
        except OSError as exc:
            self.message.setText(
                self.tr("Cannot create the folder %1: %2")
                .replace("%1", str(self.folder))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self._drain()  # what came before the click is not part of the recording
        if self.source is None:  # the drain found the microphone dead
            self.writer.close()
            self.writer.path.unlink(missing_ok=True)
            self.writer = None
            return
        self.state = _RECORDING
        self.elapsed.setText(format_elapsed(0))
        self.message.setText(self.tr("Recording…"))
        self.retranslate()
        self._update_buttons()
        self.recording_changed.emit(True)

    def toggle_pause(self) -> None:
        """Pause (the microphone stays open for the meter) or resume the recording."""
        if not self.is_recording():
            return
        self._drain()  # what came before the click goes where the state says
        if self.state == _RECORDING:
            self.state = _PAUSED
            self.message.setText(self.tr("Paused. Press Resume to go on recording."))
        elif self.state == _PAUSED:
            self.state = _RECORDING
            self.message.setText(self.tr("Recording…"))
        else:
            return  # the drain found the microphone gone
        if self.writer is not None:
            try:
                self.writer.checkpoint()
            except StudioError as exc:
                self._fail(exc.text(translate))
                return
        self.retranslate()

    def stop(self) -> None:
        """End the recording, keep it, and clean it up for the editor."""
        if not self.is_recording():
            return
        self._drain()
        if self.is_recording():
            self._finish()

    def _drain(self) -> None:
        """Take what Qt captured since last time: meter, clip warning, file, clock."""
        if self.source is None or self._io is None:
            return
        data = self._io.readAll().data()
        now = time.monotonic()
        if data:
            self._got_sound, self._last_sound = True, now
            level = peak_dbfs(data, self.sample_format)
            self.meter.set_level(level)
            self._show_level(level)
            if level >= CLIP_DBFS:
                self._clip_until = now + CLIP_HOLD_S
            if self.state == _RECORDING and self.writer is not None:
                try:
                    self.writer.write(data)
                except StudioError as exc:
                    self._fail(exc.text(translate))
                    return
        self.clip_label.setVisible(now < self._clip_until)
        if self.writer is not None:
            self.elapsed.setText(format_elapsed(self.writer.duration_s))
        error = self.source.error()
        if error != QtAudio.Error.NoError:
            self._device_failed(self._device_error_text(error))
        elif now - self._last_sound > (STALL_S if self._got_sound else STARTUP_S):
            self._device_failed(self.tr("the microphone sends no sound"))

    def _device_error_text(self, error: QtAudio.Error) -> str:
        if error == QtAudio.Error.OpenError:
            return self.tr("the microphone cannot be opened (is another program using it?)")
        return self.tr("the microphone stopped working")

    def _device_failed(self, reason: str) -> None:
        if self.is_recording():
            self._fail(reason)
        else:
            self._close_source()
            self.message.setText(
                self.tr(
                    "The microphone does not work: %1. Check it, or choose another one."
                ).replace("%1", reason)
            )

    def _fail(self, reason: str) -> None:
        """The microphone or the disk failed mid-recording: keep what was recorded."""
        if not self.is_recording():
            return
        reason = reason.rstrip(".")  # it goes inside a sentence
        self._close_source()
        if self._finish(reason) is None:
            self.message.setText(self.tr("Recording stopped: %1.").replace("%1", reason))

    def _finish(self, reason: str | None = None) -> Path | None:
        """Close the file; start clean-up if any sound was recorded. Returns the file."""
        writer, self.writer = self.writer, None
        self.recording_changed.emit(False)
        raw: Path | None = None
        if writer is not None:
            try:
                raw = writer.close()
            except StudioError as exc:
                reason = reason or exc.text(translate).rstrip(".")
                raw = writer.path  # the last checkpoint's header still holds
            if writer.frames == 0:
                raw.unlink(missing_ok=True)
                raw = None
        if raw is None:
            self.state = _IDLE
            if reason is None:
                self.message.setText(self.tr("Nothing was recorded."))
            self.retranslate()
            self._update_buttons()
            return None
        self.state = _CLEANING
        self._message_prefix = (
            self.tr("Recording stopped: %1. What was recorded until then is kept.").replace(
                "%1", reason
            )
            + " "
            if reason
            else ""
        )
        self.message.setText(self._message_prefix + self.tr("Cleaning up the recording…"))
        self.progress.setValue(0)
        self.progress.show()
        self.retranslate()
        self._update_buttons()
        self.tasks.run(
            clean_recording,
            raw,
            cleaned_path(raw),
            on_result=lambda path: self._cleaned(path, raw),
            on_error=lambda exc: self._clean_failed(exc, raw),
            on_progress=lambda fraction, _text: self.progress.setValue(round(fraction * 100)),
            on_cancelled=lambda: self._clean_failed(None, raw),
        )
        return raw

    def _cleaned(self, path: Path, raw: Path) -> None:
        self._done(
            self._message_prefix
            + self.tr("Recording saved: %1 (%2).")
            .replace("%1", path.name)
            .replace("%2", format_elapsed(_duration(raw))),
            path,
        )

    def _clean_failed(self, exc: BaseException | None, raw: Path) -> None:
        reason = exc.text(translate) if isinstance(exc, StudioError) else str(exc or "")
        text = self.tr("The recording could not be cleaned up (%1); it is kept as recorded: %2.")
        self._done(self._message_prefix + text.replace("%1", reason).replace("%2", raw.name), raw)

    def _done(self, text: str, path: Path) -> None:
        self.state = _IDLE
        self.progress.hide()
        self.message.setText(text)
        self.last_path = path
        self.retranslate()
        self._update_buttons()
        if self.isVisible():
            self._open_source()
        self.recorded.emit(path)


def _duration(path: Path) -> float:
    try:
        return codec.probe(path).duration_s
    except StudioError:
        return 0.0
