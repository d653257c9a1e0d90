"""Produce: turn a paper notice or the operator's voice into a bulletin draft."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import numpy as np

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.audio import codec, library
from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, assets, bulletins
from studio.store.models import AssetKind, Bulletin, Priority

from studio.ui.editor import AudioEditor, clock
from studio.ui.labels import label
from studio.ui.programme_builder import ProgrammeBuilder
from studio.ui.pronunciations import PronunciationEditor
from studio.ui.recorder import RecorderPanel
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Translatable, form_rows, heading, hint

#: the voices an operator can choose; "auto" falls back to offline when Google is unreachable
VOICES = ("auto", "gtts", "offline")
#: library sounds the Record tab offers to edit
EDITABLE_KINDS = (AssetKind.SPEECH, AssetKind.OTHER, AssetKind.JINGLE, AssetKind.MUSIC)


def recordings_folder(store: Store) -> Path:
    """Where the microphone's takes are written: ``recordings/`` beside the database."""
    return store.files_dir / "recordings"


def save_recorded_bulletin(
    store: Store,
    title: str,
    samples: np.ndarray,
    sample_rate: int,
    *,
    author: str = "",
    priority: Priority = Priority.NORMAL,
) -> Bulletin:
    """Keep edited sound (float32 (frames, channels)) as a draft bulletin recorded by the
    operator. Nothing is stored if the title is missing or the sound is unusable."""
    bulletins.check_title(title)
    # a temporary folder beside the library: the same disk, and cleaned up whatever happens
    with tempfile.TemporaryDirectory(dir=store.files_dir, prefix=".record-") as tmp:
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in title.strip()[:60])
        path = codec.write(Path(tmp) / f"{name or 'recording'}.wav", samples, sample_rate)
        return library.add_sound_bulletin(store, title, path, author=author, priority=priority)


class ProducePage(Translatable, QWidget):
    """A form for the bulletin's title, text, author and priority, saved as a draft."""

    saved = Signal(str)  # the title of the bulletin just saved

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.heading = heading()
        self.hint = hint()
        self.title_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem("", p)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(220)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.engine = QComboBox()
        for key in VOICES:
            self.engine.addItem("", key)
        self.voice_button = QPushButton()
        self.voice_button.clicked.connect(self.save_and_voice)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        #: the bulletin saved last, which "Read aloud" voices when the form is empty
        self.last_saved: uuid.UUID | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        self.labels = form_rows(form, (self.title_edit, self.author_edit, self.priority))
        buttons = QHBoxLayout()
        for w in (self.save_button, self.engine, self.voice_button, self.progress):
            buttons.addWidget(w)
        buttons.addStretch()
        bulletin_tab = QWidget()
        layout = QVBoxLayout(bulletin_tab)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.builder = ProgrammeBuilder(store, tasks)
        self.dictionary = PronunciationEditor(store)
        self.record_tab = self._record_tab(store, tasks)
        self.tabs = QTabWidget()
        for tab in (bulletin_tab, self.record_tab, self.builder, self.dictionary):
            self.tabs.addTab(tab, "")
        page = QVBoxLayout(self)
        page.addWidget(self.heading)
        page.addWidget(self.tabs, stretch=1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Produce"))
        names = (self.tr("Bulletin"), self.tr("Record"), self.tr("Programme"))
        for i, text in enumerate((*names, self.tr("Pronunciation"))):
            self.tabs.setTabText(i, text)
        for text_label, text in zip(
            self.record_labels,
            (self.tr("&Title"), self.tr("&Author"), self.tr("&Priority")),
            strict=True,
        ):
            text_label.setText(text)
        for i in range(self.record_priority.count()):
            self.record_priority.setItemText(i, label(self.record_priority.itemData(i)))
        self.record_title.setPlaceholderText(self.tr("e.g. Notice of the vaccination day"))
        self.record_save_button.setText(self.tr("Save as bulletin"))
        self.library_button.setText(self.tr("Edit a library sound…"))
        self.hint.setText(
            self.tr("Type or paste the notice, then save it as a draft bulletin for approval.")
        )
        for text_label, text in zip(
            self.labels, (self.tr("&Title"), self.tr("&Author"), self.tr("&Priority")), strict=True
        ):
            text_label.setText(text)
        for i in range(self.priority.count()):
            self.priority.setItemText(i, label(self.priority.itemData(i)))
        self.title_edit.setPlaceholderText(self.tr("e.g. Notice of the vaccination day"))
        self.text_edit.setPlaceholderText(self.tr("Text of the bulletin"))
        self.save_button.setText(self.tr("Save draft"))
        names = {
            "auto": self.tr("Voice: automatic"),
            "gtts": self.tr("Voice: Google (online)"),
            "offline": self.tr("Voice: offline"),
        }
        for i in range(self.engine.count()):
            self.engine.setItemText(i, names[self.engine.itemData(i)])
        self.voice_button.setText(self.tr("Save and read aloud"))

    def _record_tab(self, store: Store, tasks: TaskRunner) -> QWidget:
        """Record, then edit, then keep as a bulletin: top to bottom in that order."""
        self.recorder = RecorderPanel(tasks, recordings_folder(store))
        self.editor = AudioEditor(tasks)
        self.recorder.recorded.connect(self.editor.load)
        # the speakers stay quiet while the microphone is open
        self.recorder.recording_changed.connect(lambda on: on and self.editor.stop())
        self.editor.changed.connect(self._update_record_actions)
        #: the library sound being opened and its title, given to the bulletin once shown
        self._library_sound: tuple[Path, str] | None = None
        self.editor.loaded.connect(self._editor_loaded)
        self.editor.load_failed.connect(self._editor_load_failed)
        self.record_title = QLineEdit()
        self.record_author = QLineEdit()
        self.record_priority = QComboBox()
        for p in Priority:
            self.record_priority.addItem("", p)
        self.library_button = QPushButton()
        self.library_button.clicked.connect(self.choose_library_sound)
        self.record_save_button = QPushButton()
        self.record_save_button.clicked.connect(self.save_recording)
        self.record_message = QLabel()
        self.record_message.setWordWrap(True)
        form = QFormLayout()
        self.record_labels = form_rows(
            form, (self.record_title, self.record_author, self.record_priority)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_save_button)
        buttons.addWidget(self.library_button)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.recorder)
        layout.addWidget(self.editor, stretch=1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.record_message)
        self._update_record_actions()
        return tab

    def _update_record_actions(self) -> None:
        self.record_save_button.setEnabled(self.editor.editable)

    def choose_library_sound(self) -> None:
        """Open a sound from the library in the editor (saving makes a new bulletin)."""
        sounds = [a for kind in EDITABLE_KINDS for a in assets.list_assets(self.store, kind)]
        if not sounds:
            self.record_message.setText(self.tr("The library has no sounds yet."))
            return
        names = [f"{a.title} ({clock(a.duration_s or 0.0)})" for a in sounds]
        name, ok = QInputDialog.getItem(
            self, self.tr("Edit a library sound"), self.tr("Sound:"), names, 0, False
        )
        if not ok:
            return
        chosen = sounds[names.index(name)]
        path = library.library(self.store).path(chosen.sha256)
        self._library_sound = (path, chosen.title)
        self.editor.load(path, chosen.title)  # the library names its files by their hash

    def _editor_loaded(self, path: Path) -> None:
        """A library sound shown in the editor names the bulletin (a take does not)."""
        if self._library_sound is not None and self._library_sound[0] == path:
            self.record_title.setText(self._library_sound[1])
        self._library_sound = None

    def _editor_load_failed(self, _path: Path) -> None:
        self._library_sound = None  # the editor says why; the title stays as it was

    def save_recording(self) -> None:
        """Keep the edited sound as a draft bulletin, off the UI thread."""
        clip = self.editor.clip
        if clip is None:
            return
        title, author = self.record_title.text(), self.record_author.text()
        if not title.strip():
            self.record_message.setText(self.tr("Give the bulletin a title first."))
            self.record_title.setFocus()
            return
        priority = self.record_priority.currentData()
        samples, rate = clip.samples, clip.sample_rate  # never changed in place: safe to share
        self.record_save_button.setEnabled(False)
        self.record_message.setText(self.tr("Saving…"))
        self.record_handle = self.tasks.run(
            lambda ctx: save_recorded_bulletin(
                self.store, title, samples, rate, author=author, priority=priority
            ),
            on_result=self._recording_saved,
            on_error=self._recording_failed,
        )

    def _recording_saved(self, bulletin: Bulletin) -> None:
        self._update_record_actions()
        self.record_message.setText(
            self.tr("Saved “%1” as a recorded draft bulletin.").replace("%1", bulletin.title)
        )
        self.record_title.clear()
        self.saved.emit(bulletin.title)

    def _recording_failed(self, error: BaseException) -> None:
        self._update_record_actions()
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.record_message.setText(text)

    def has_unsaved_work(self) -> bool:
        return bool(self.title_edit.text().strip() or self.text_edit.toPlainText().strip())

    def save(self) -> bool:
        """Save the form as a draft; on success the form is cleared for the next one."""
        try:
            bulletin = bulletins.add_bulletin(
                self.store,
                self.title_edit.text(),
                self.text_edit.toPlainText(),
                priority=self.priority.currentData(),
                author=self.author_edit.text(),
            )
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return False
        self.message.setText(self.tr("Saved “%1” as a draft.").replace("%1", bulletin.title))
        self.last_saved = bulletin.id
        self.title_edit.clear()
        self.text_edit.clear()
        self.saved.emit(bulletin.title)
        return True

    def save_and_voice(self) -> None:
        """Save what is typed (if anything), then read the bulletin aloud off the UI thread."""
        if self.has_unsaved_work() and not self.save():
            return
        if self.last_saved is None:
            self.message.setText(self.tr("Type the notice first."))
            return
        from studio.tts.bulletins import voice_bulletin  # speech engines load when first used

        chosen, engine = self.last_saved, self.engine.currentData()
        self.voice_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.handle = self.tasks.run(
            lambda ctx: voice_bulletin(
                self.store,
                chosen,
                engine=engine,
                cancel=ctx.cancel_event,
                progress=ctx.progress,
            ),
            on_result=self._voiced,
            on_error=self._voice_failed,
            on_progress=lambda fraction, _text: self.progress.setValue(round(fraction * 100)),
        )

    def _voice_done(self) -> None:
        self.voice_button.setEnabled(True)
        self.progress.hide()

    def _voiced(self, made) -> None:
        self._voice_done()
        lines = [
            self.tr("Read aloud by %1: %2 s, %3 LUFS.")
            .replace("%1", translate("tts", made.label))
            .replace("%2", f"{made.loudness.duration_s:.1f}")
            .replace("%3", f"{made.loudness.integrated_lufs:.1f}")
        ]
        notice = made.notice(translate)
        if notice:
            lines.append(notice)
        self.message.setText("\n".join(lines))
        self.saved.emit("")

    def _voice_failed(self, error: BaseException) -> None:
        self._voice_done()
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)
