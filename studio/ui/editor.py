"""The audio editor: a waveform to select on, trim/cut/fade/gain with undo, preview, loudness.

The editing itself is :mod:`studio.audio.edit` (no Qt); this module draws the clip, turns
mouse drags into selections, plays the clip through the output device (a ``QAudioSink``
fed from a timer, so no Python runs in the audio callback) and shows the loudness and true
peak, measured off the UI thread after every change. Files are decoded off the UI thread
too: a long recording takes a moment, and the window keeps answering meanwhile.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollBar,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio.audio import codec, edit
from studio.audio.loudness import Loudness
from studio.errors import StudioError
from studio.i18n import translate

from studio.ui.tasks import TaskContext, TaskHandle, TaskRunner
from studio.ui.widgets import Translatable, hint

#: most pixels one frame may take when zoomed in
MAX_PX_PER_FRAME = 16
#: a press that moves less than this (pixels) is a click that places the playhead
DRAG_THRESHOLD = 3
#: how often the preview is fed and the playhead moves, ms
PREVIEW_TICK_MS = 20
#: sound queued for the output device, seconds: enough to ride out a busy moment of the
#: UI thread (stop drops it at once)
PREVIEW_BUFFER_S = 0.5
#: "open a file" offers these
SOUND_FILES = "*.wav *.mp3 *.flac *.ogg *.opus *.m4a *.aac *.wma"


def open_clip(ctx: TaskContext, path: Path) -> edit.Clip:
    """Decode ``path`` into a clip, on a worker thread."""
    clip = edit.Clip.open(path, check=ctx.check_cancelled)  # a newer open stops this one
    # the first drawing of a long sound reads its block summary: an outline of the whole
    # sound in one column has the clip work it out here rather than on the UI thread
    clip.overview(0.0, float(max(clip.frames, 1)), 1)
    return clip


def clock(seconds: float) -> str:
    """0:05.2, 12:30.0: minutes and seconds to a tenth."""
    tenths = max(0, round(seconds * 10))
    minutes, rest = divmod(tenths, 600)
    return f"{minutes}:{rest // 10:02d}.{rest % 10}"


class WaveformView(QWidget):
    """Draws a clip's outline; a drag selects, a click places the playhead, Ctrl+wheel
    zooms around the pointer, the wheel alone scrolls, Space plays or stops."""

    selection_changed = Signal()
    playhead_moved = Signal()
    view_changed = Signal()
    play_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clip: edit.Clip | None = None
        #: frame at the left edge, and frames per pixel
        self.first = 0.0
        self.per_px = 1.0
        self.selection: tuple[int, int] | None = None
        self.playhead = 0
        #: shown when there is no clip
        self.empty_text = ""
        self._press_x: float | None = None
        self._anchor = 0
        self._dragging = False
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)

    # --- the clip and the view
    def set_clip(self, clip: edit.Clip | None, *, fit: bool = True) -> None:
        self.clip = clip
        frames = clip.frames if clip else 0
        if self.selection is not None:
            a, b = min(self.selection[0], frames), min(self.selection[1], frames)
            self.selection = (a, b) if b > a else None
        self.playhead = min(self.playhead, frames)
        if fit:
            self.fit()
        else:
            self._set_view(self.first, self.per_px)

    def fit_per_px(self) -> float:
        return max(self.clip.frames if self.clip else 1, 1) / max(self.width(), 1)

    def visible_frames(self) -> float:
        return self.per_px * max(self.width(), 1)

    def _set_view(self, first: float, per_px: float) -> None:
        per_px = min(max(per_px, 1.0 / MAX_PX_PER_FRAME), self.fit_per_px())
        frames = self.clip.frames if self.clip else 0
        first = min(max(first, 0.0), max(0.0, frames - per_px * max(self.width(), 1)))
        self.first, self.per_px = first, per_px
        self.update()
        self.view_changed.emit()

    def fit(self) -> None:
        self._set_view(0.0, self.fit_per_px())

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the frame under ``anchor_x`` in place
        (the playhead when it is on screen, else the middle)."""
        if anchor_x is None:
            x = (self.playhead - self.first) / self.per_px
            anchor_x = x if 0 <= x <= self.width() else self.width() / 2
        frame = self.first + anchor_x * self.per_px
        per_px = self.per_px / factor
        per_px = min(max(per_px, 1.0 / MAX_PX_PER_FRAME), self.fit_per_px())
        self._set_view(frame - anchor_x * per_px, per_px)

    def scroll_to(self, first: float) -> None:
        self._set_view(first, self.per_px)

    def frame_at(self, x: float) -> int:
        frames = self.clip.frames if self.clip else 0
        return int(min(max(round(self.first + x * self.per_px), 0), frames))

    def x_of(self, frame: float) -> float:
        return (frame - self.first) / self.per_px

    def set_playhead(self, frame: int) -> None:
        self.playhead = frame
        self.update()

    def clear_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.update()
            self.selection_changed.emit()

    def select(self, start: int, end: int) -> None:
        frames = self.clip.frames if self.clip else 0
        a, b = sorted((min(max(start, 0), frames), min(max(end, 0), frames)))
        self.selection = (a, b) if b > a else None
        self.update()
        self.selection_changed.emit()

    # --- events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frames = self.clip.frames if self.clip else 0
        # a view showing the whole sound keeps showing it whole at the new width
        if self.per_px * max(event.oldSize().width(), 1) >= frames - 1:
            self.fit()
        else:
            self._set_view(self.first, self.per_px)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.clip is None:
            return super().mousePressEvent(event)
        self._press_x = event.position().x()
        self._anchor = self.frame_at(self._press_x)
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None:
            return super().mouseMoveEvent(event)
        x = event.position().x()
        if not self._dragging and abs(x - self._press_x) < DRAG_THRESHOLD:
            return
        self._dragging = True
        self.select(self._anchor, self.frame_at(x))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_x is None:
            return super().mouseReleaseEvent(event)
        if self._dragging:
            self.select(self._anchor, self.frame_at(event.position().x()))
            if self.selection is not None:
                self.set_playhead(self.selection[0])
        else:
            self.clear_selection()
            self.set_playhead(self._anchor)
        self._press_x = None
        self._dragging = False
        self.playhead_moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.play_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.clip is None:
            return super().wheelEvent(event)
        steps = event.angleDelta().y() / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(2.0**steps, event.position().x())
        else:
            self.scroll_to(self.first - steps * self.visible_frames() / 8)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        palette = self.palette()
        p.fillRect(self.rect(), palette.base())
        mid = h / 2
        if self.clip is None:
            p.setPen(palette.placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        if self.selection is not None:
            a, b = (self.x_of(f) for f in self.selection)
            selected = palette.highlight().color()
            selected.setAlpha(90)
            p.fillRect(QRectF(a, 0, max(b - a, 1.0), h), selected)
        p.setPen(QPen(palette.mid().color(), 1))
        p.drawLine(QLineF(0, mid, w, mid))
        outline = self.clip.overview(self.first, self.per_px, w)
        shown = np.flatnonzero(~np.isnan(outline.maxs))
        scale = (h / 2 - 2) * -1.0
        tops = mid + np.clip(outline.maxs[shown], -1, 1) * scale
        bottoms = mid + np.clip(outline.mins[shown], -1, 1) * scale
        p.setPen(QPen(QColor("#1e6bb8"), 1))
        p.drawLines(
            [
                QLineF(x + 0.5, top, x + 0.5, bottom + 0.01)
                for x, top, bottom in zip(
                    shown.tolist(), tops.tolist(), bottoms.tolist(), strict=True
                )
            ]
        )
        x = self.x_of(self.playhead)
        if -1 <= x <= w + 1:
            p.setPen(QPen(QColor("#d32f2f"), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, h))
        p.end()


class Preview(QObject):
    """Plays part of a clip through the default output device.

    Push mode: a timer writes what the device has room for, so a slow UI never runs the
    audio callback and stop takes effect within the short device buffer. ``on_position``
    is called with the frame being heard on every tick: a plain call, not a signal, as
    PySide6 6.12.0's ``SignalInstance.emit`` loses a reference to ``True`` on every call
    and 50 a second would soon crash the interpreter.
    """

    finished = Signal()

    def __init__(self, on_position: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_position = on_position
        self.devices = QMediaDevices(self)
        self.sink: QAudioSink | None = None
        self._io = None
        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._samples = np.zeros((0, 1), dtype=np.float32)
        self._rate = 48000
        self._start = self._next = self._end = 0
        self._encode = None

    def available(self) -> bool:
        return not QMediaDevices.defaultAudioOutput().isNull()

    @property
    def playing(self) -> bool:
        return self.sink is not None

    def play(self, samples: np.ndarray, rate: int, start: int, end: int) -> bool:
        """Start playing frames ``start`` to ``end`` of ``samples`` (float32 (frames,
        channels)); False when the device cannot play them."""
        self.stop()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        chosen = None
        for channels in dict.fromkeys((samples.shape[1], 2)):
            for kind in (QAudioFormat.SampleFormat.Float, QAudioFormat.SampleFormat.Int16):
                fmt = QAudioFormat()
                fmt.setSampleRate(rate)
                fmt.setChannelCount(channels)
                fmt.setSampleFormat(kind)
                if device.isFormatSupported(fmt):
                    chosen = fmt
                    break
            if chosen is not None:
                break
        if chosen is None:
            return False
        channels = chosen.channelCount()
        as_float = chosen.sampleFormat() == QAudioFormat.SampleFormat.Float

        def encode(block: np.ndarray) -> bytes:
            if block.shape[1] != channels:
                block = codec.remix(block, channels)
            block = np.clip(block, -1.0, 1.0)
            if as_float:
                return block.astype("<f4").tobytes()
            return np.rint(block * 32767.0).astype("<i2").tobytes()

        self._encode = encode
        self._frame_bytes = chosen.bytesPerFrame()
        self._samples, self._rate = samples, rate
        self._start = self._next = start
        self._end = end
        self.sink = QAudioSink(device, chosen, self)
        self.sink.setBufferSize(int(PREVIEW_BUFFER_S * rate) * self._frame_bytes)
        self._io = self.sink.start()
        if self.sink.error() != QtAudio.Error.NoError or self._io is None:
            self.stop()
            return False
        self._tick()
        self._timer.start()
        return True

    def heard(self) -> int:
        """Frame of the clip the listener hears now."""
        if self.sink is None:
            return self._start
        done = round(self.sink.processedUSecs() * self._rate / 1e6)
        return min(self._start + done, self._end)

    def _tick(self) -> None:
        if self.sink is None:
            return
        free = self.sink.bytesFree() // self._frame_bytes
        if free > 0 and self._next < self._end:
            block = self._samples[self._next : min(self._next + free, self._end)]
            self._io.write(self._encode(block))
            self._next += len(block)
        self.on_position(self.heard())
        drained = self.sink.state() in (QtAudio.State.IdleState, QtAudio.State.StoppedState)
        if self._next >= self._end and (drained or self.heard() >= self._end):
            self.stop(at_end=True)

    def stop(self, *, at_end: bool = False) -> None:
        """Stop at once (what the device still holds is dropped), or, ``at_end``, once
        everything was handed over, letting the device play out what it holds."""
        if self.sink is None:
            return
        self._timer.stop()
        sink, self.sink, self._io = self.sink, None, None
        if not at_end:
            sink.reset()
        sink.stop()
        sink.deleteLater()
        self.finished.emit()


class AudioEditor(Translatable, QWidget):
    """Load a sound, cut it to shape, hear it, see its loudness, save it."""

    changed = Signal()  # a clip was loaded or edited, or a file began or ended opening
    measured = Signal(object)  # the Loudness of the clip as it is now
    loaded = Signal(object)  # the Path of the file now shown for editing
    load_failed = Signal(object)  # the Path of a file that could not be opened (reason shown)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.clip: edit.Clip | None = None
        self.path: Path | None = None
        self.loudness: Loudness | None = None
        self._measuring: TaskHandle | None = None
        #: the file being opened, the name it goes by, and the number of its request: a
        #: later request wins
        self.opening: Path | None = None
        self._opening_name = ""
        self._opening_handle: TaskHandle | None = None
        self._requests = 0
        self._play_from = 0

        self.view = WaveformView()
        self.view.selection_changed.connect(self._update)
        self.view.playhead_moved.connect(self._update)
        self.view.view_changed.connect(self._sync_scrollbar)
        self.view.play_pressed.connect(self.toggle_play)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal)
        self.scrollbar.valueChanged.connect(lambda v: self.view.scroll_to(v * self.view.per_px))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_save_file)
        self.zoom_in_button = QPushButton()
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(2.0))
        self.zoom_out_button = QPushButton()
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(0.5))
        self.fit_button = QPushButton()
        self.fit_button.clicked.connect(self.view.fit)
        style = self.style()
        self.play_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.play_button.clicked.connect(self.play)
        self.stop_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), "")
        self.stop_button.clicked.connect(self.stop)
        self.trim_button = QPushButton()
        self.trim_button.clicked.connect(self.trim)
        self.cut_button = QPushButton()
        self.cut_button.clicked.connect(self.cut)
        self.fade_in_button = QPushButton()
        self.fade_in_button.clicked.connect(lambda: self.fade(fade_in=True))
        self.fade_out_button = QPushButton()
        self.fade_out_button.clicked.connect(lambda: self.fade(fade_in=False))
        self.gain_spin = QDoubleSpinBox()
        self.gain_spin.setRange(-40.0, 20.0)
        self.gain_spin.setSingleStep(1.0)
        self.gain_spin.setDecimals(1)
        self.gain_spin.setValue(3.0)
        self.gain_button = QPushButton()
        self.gain_button.clicked.connect(self.apply_gain)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton()
        self.redo_button.clicked.connect(self.redo)

        # the shortcuts work anywhere inside the editor, not in the rest of the page
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.position_label = QLabel()
        self.loudness_label = QLabel()
        self.loudness_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_note = hint()
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.preview = Preview(self._heard, self)
        self.preview.finished.connect(self._preview_finished)
        self.preview.devices.audioOutputsChanged.connect(self._update)

        view_row = QHBoxLayout()
        for w in (
            self.open_button,
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            view_row.addWidget(w)
        view_row.addStretch()
        view_row.addWidget(self.position_label)
        edit_row = QHBoxLayout()
        for w in (
            self.play_button,
            self.stop_button,
            self.trim_button,
            self.cut_button,
            self.fade_in_button,
            self.fade_out_button,
            self.gain_spin,
            self.gain_button,
            self.undo_button,
            self.redo_button,
        ):
            edit_row.addWidget(w)
        edit_row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(view_row)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.scrollbar)
        layout.addLayout(edit_row)
        layout.addWidget(self.loudness_label)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self._show_empty()
        self.open_button.setText(self.tr("Open file…"))
        self.save_button.setText(self.tr("Save as file…"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit"))
        self.play_button.setText(self.tr("Play"))
        self.stop_button.setText(self.tr("Stop"))
        self.trim_button.setText(self.tr("Trim"))
        self.trim_button.setToolTip(self.tr("Keep only the selection"))
        self.cut_button.setText(self.tr("Cut"))
        self.cut_button.setToolTip(self.tr("Delete the selection"))
        self.fade_in_button.setText(self.tr("Fade in"))
        self.fade_out_button.setText(self.tr("Fade out"))
        self.gain_spin.setSuffix(self.tr(" dB"))
        self.gain_button.setText(self.tr("Apply gain"))
        self.gain_button.setToolTip(
            self.tr("Change the level of the selection, or of the whole sound")
        )
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        if self.opening is not None:
            self.message.setText(self._opening_text())
        self._show_loudness()
        self._update()

    def _opening_text(self) -> str:
        return self.tr("Opening %1…").replace("%1", self._opening_name)

    def _show_empty(self) -> None:
        """What the waveform says with no sound in it: what to do, or that one is coming."""
        if self.opening is not None:
            self.view.empty_text = self._opening_text()
        else:
            self.view.empty_text = self.tr("Record or open a sound to edit it here.")
        self.view.update()

    # --- files
    def load(self, path: str | Path, name: str = "") -> None:
        """Start opening ``path`` for editing, off the UI thread, and return at once.

        Meanwhile the editor says so (calling the file ``name``, by default its file name)
        and edits are off; then the sound is shown with its history started afresh
        (``loaded``), or, when it is not a sound file, the reason is shown and the sound
        there before stays (``load_failed``). A second call replaces one still opening:
        the first one's outcome is never shown.
        """
        self.stop()
        path = Path(path)
        if self._opening_handle is not None:
            self._opening_handle.cancel()
            self._opening_handle = None
        self._requests += 1
        request = self._requests
        self.opening = path
        self._opening_name = name or path.name
        self.message.setText(self._opening_text())
        self._show_empty()
        self._update()
        self.changed.emit()
        handle = self.tasks.run(
            open_clip,
            path,
            on_result=lambda clip: self._opened(request, path, clip),
            on_error=lambda error: self._open_failed(request, path, error),
        )
        if request == self._requests and self.opening is not None:
            self._opening_handle = handle  # still opening (not when the runner is inline)

    def _opened(self, request: int, path: Path, clip: edit.Clip) -> None:
        if request != self._requests:
            return  # a later file was asked for
        self._end_opening()
        self.path = path
        self.message.clear()
        self.view.selection = None
        self.view.playhead = 0
        self._set_clip(clip, fit=True)
        self.loaded.emit(path)

    def _open_failed(self, request: int, path: Path, error: BaseException) -> None:
        if request != self._requests:
            return
        self._end_opening()
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)
        self._update()
        self.changed.emit()
        self.load_failed.emit(path)

    def _end_opening(self) -> None:
        self.opening = None
        self._opening_handle = None
        self._show_empty()

    @property
    def editable(self) -> bool:
        """A sound is there and no other one is on its way to replace it."""
        return self.clip is not None and self.opening is None

    def save(self, path: str | Path) -> bool:
        """Write the edited sound to ``path`` (the file appears only once complete)."""
        if not self.editable:
            return False
        try:
            self.clip.save(path)
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return False
        self.message.setText(self.tr("Saved %1.").replace("%1", Path(path).name))
        return True

    def choose_file(self) -> None:
        files = self.tr("Sound files (%1)").replace("%1", SOUND_FILES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a sound"),
            "",
            files,
        )
        if path:
            self.load(path)

    def choose_save_file(self) -> None:
        start = str(self.path.with_name(f"{self.path.stem}-edited.wav")) if self.path else ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sound"), start, self.tr("WAV sound (*.wav)")
        )
        if path:
            self.save(path if Path(path).suffix else f"{path}.wav")

    # --- edits
    def selection(self) -> tuple[int, int] | None:
        return self.view.selection

    def _need_selection(self) -> tuple[int, int] | None:
        if not self.editable:
            return None
        if self.view.selection is None:
            self.message.setText(self.tr("Select part of the sound first: drag across it."))
        return self.view.selection

    def trim(self) -> None:
        chosen = self._need_selection()
        if chosen:
            self._edit(lambda: self.clip.trim(*chosen))
            self.view.selection = None
            self.view.playhead = 0
            self._set_clip(self.clip, fit=True)

    def cut(self) -> None:
        chosen = self._need_selection()
        if chosen:
            self._edit(lambda: self.clip.cut(*chosen))
            self.view.selection = None
            self.view.playhead = chosen[0]
            self._set_clip(self.clip)

    def fade(self, *, fade_in: bool) -> None:
        chosen = self._need_selection()
        if chosen:
            do = self.clip.fade_in if fade_in else self.clip.fade_out
            self._edit(lambda: do(*chosen))
            self._set_clip(self.clip)

    def apply_gain(self) -> None:
        if not self.editable:
            return
        chosen = self.view.selection or (None, None)
        self._edit(lambda: self.clip.gain(self.gain_spin.value(), *chosen))
        self._set_clip(self.clip)

    def undo(self) -> None:
        if self.editable and self.clip.can_undo:
            self._edit(self.clip.undo)
            self._set_clip(self.clip, fit=self.view.per_px >= self.view.fit_per_px())

    def redo(self) -> None:
        if self.editable and self.clip.can_redo:
            self._edit(self.clip.redo)
            self._set_clip(self.clip, fit=self.view.per_px >= self.view.fit_per_px())

    def _edit(self, do) -> None:
        self.stop()
        self.message.clear()
        do()

    def _set_clip(self, clip: edit.Clip, *, fit: bool = False) -> None:
        self.clip = clip
        self.view.set_clip(clip, fit=fit)
        self._measure()
        self._update()
        self.changed.emit()

    # --- loudness
    def _measure(self) -> None:
        if self._measuring is not None:
            self._measuring.cancel()  # its result is for sound that is gone
        clip = self.clip
        self.loudness = None
        self._show_loudness()
        version, samples, rate = clip.version, clip.samples, clip.sample_rate
        self._measuring = self.tasks.run(
            lambda ctx: edit.measure(samples, rate),
            on_result=lambda result: self._measured(clip, version, result),
            on_error=self._measure_failed,
        )

    def _measured(self, clip: edit.Clip, version: int, result: Loudness) -> None:
        if clip is not self.clip or version != clip.version:
            return
        self._measuring = None
        self.loudness = result
        self._show_loudness()
        self.measured.emit(result)

    def _measure_failed(self, error: BaseException) -> None:
        self._measuring = None
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.loudness_label.setText(self.tr("Could not measure: %1").replace("%1", text))

    def _show_loudness(self) -> None:
        if self.clip is None:
            self.loudness_label.clear()
            return
        m = self.loudness
        if m is None:
            self.loudness_label.setText(self.tr("Measuring loudness…"))
            return
        if m.is_silent:
            self.loudness_label.setText(self.tr("Loudness: silent"))
            return
        peak = m.true_peak_dbtp if m.true_peak_dbtp is not None else -math.inf
        text = (
            self.tr("Loudness %1 LUFS · true peak %2 dBTP")
            .replace("%1", f"{m.integrated_lufs:.1f}")
            .replace("%2", f"{peak:.1f}")
        )
        if peak > 0.0:
            text += " · " + self.tr("too loud: it will distort")
        self.loudness_label.setText(text)

    # --- preview
    def play(self) -> None:
        if not self.editable or self.preview.playing:
            return
        if self.view.selection is not None:
            start, end = self.view.selection
        else:
            start = self.view.playhead if self.view.playhead < self.clip.frames else 0
            end = self.clip.frames
        self._play_from = self.view.playhead
        if not self.preview.play(self.clip.samples, self.clip.sample_rate, start, end):
            self.message.setText(self.tr("The sound output device cannot play this sound."))
        self._update()

    def stop(self) -> None:
        self.preview.stop()

    def toggle_play(self) -> None:
        if self.preview.playing:
            self.stop()
        elif self.play_button.isEnabled():
            self.play()

    def _heard(self, frame: int) -> None:
        view = self.view
        if not view.first <= frame < view.first + view.visible_frames():
            view.scroll_to(frame - 0.1 * view.visible_frames())  # the playhead stays in sight
        view.set_playhead(frame)
        self._show_position()

    def _preview_finished(self) -> None:
        self.view.set_playhead(self._play_from)
        self._update()

    # --- state of the controls
    def _sync_scrollbar(self) -> None:
        v = self.view
        frames = v.clip.frames if v.clip else 0
        page = max(v.width(), 1)
        total = round(frames / v.per_px) if v.per_px else 0
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, max(0, total - page))
        self.scrollbar.setPageStep(page)
        self.scrollbar.setValue(round(v.first / v.per_px))
        self.scrollbar.blockSignals(False)
        self.scrollbar.setEnabled(total > page)

    def _show_position(self) -> None:
        clip = self.clip
        if clip is None:
            self.position_label.clear()
            return
        rate, total = clip.sample_rate, clock(clip.duration_s)
        chosen = self.view.selection
        if chosen is None:
            text = (
                self.tr("%1 of %2")
                .replace("%1", clock(self.view.playhead / rate))
                .replace("%2", total)
            )
        else:
            a, b = chosen
            text = (
                self.tr("Selected %1 – %2 (%3 s) of %4")
                .replace("%1", clock(a / rate))
                .replace("%2", clock(b / rate))
                .replace("%3", f"{(b - a) / rate:.1f}")
                .replace("%4", total)
            )
        self.position_label.setText(text)

    def _update(self) -> None:
        has = self.editable
        chosen = has and self.view.selection is not None
        playing = self.preview.playing
        can_play = self.preview.available()
        for w in (
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
            self.gain_button,
        ):
            w.setEnabled(has)
        for w in (self.trim_button, self.cut_button, self.fade_in_button, self.fade_out_button):
            w.setEnabled(chosen)
        self.undo_button.setEnabled(has and self.clip.can_undo)
        self.redo_button.setEnabled(has and self.clip.can_redo)
        self.undo_action.setEnabled(self.undo_button.isEnabled())
        self.redo_action.setEnabled(self.redo_button.isEnabled())
        self.play_button.setEnabled(has and can_play and not playing)
        self.stop_button.setEnabled(playing)
        self.preview_note.setVisible(not can_play)
        self.preview_note.setText(
            self.tr("No sound output device: connect speakers or headphones to listen.")
        )
        self._show_position()
