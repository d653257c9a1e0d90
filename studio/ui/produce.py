"""Produce: turn a paper notice into a bulletin draft (recording and speech come next)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, bulletins
from studio.store.models import Priority

from studio.ui.labels import label
from studio.ui.programme_builder import ProgrammeBuilder
from studio.ui.pronunciations import PronunciationEditor
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Translatable, form_rows, heading, hint

#: the voices an operator can choose; "auto" falls back to offline when Google is unreachable
VOICES = ("auto", "gtts", "offline")


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
        self.tabs = QTabWidget()
        self.tabs.addTab(bulletin_tab, "")
        self.tabs.addTab(self.builder, "")
        self.dictionary = PronunciationEditor(store)
        self.tabs.addTab(self.dictionary, "")
        page = QVBoxLayout(self)
        page.addWidget(self.heading)
        page.addWidget(self.tabs, stretch=1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Produce"))
        self.tabs.setTabText(0, self.tr("Bulletin"))
        self.tabs.setTabText(1, self.tr("Programme"))
        self.tabs.setTabText(2, self.tr("Pronunciation"))
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
