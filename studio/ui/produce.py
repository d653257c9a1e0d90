"""Produce: turn a paper notice into a bulletin draft (recording and speech come next)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, bulletins
from studio.store.models import Priority

from studio.ui.labels import label
from studio.ui.tasks import TaskRunner
from studio.ui.widgets import Translatable, form_rows, heading, hint


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
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        self.labels = form_rows(form, (self.title_edit, self.author_edit, self.priority))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Produce"))
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
        self.title_edit.clear()
        self.text_edit.clear()
        self.saved.emit(bulletin.title)
        return True
