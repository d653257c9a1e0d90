"""The pronunciation dictionary editor: how the voice should say a name or an abbreviation.

The operator adds a written form and how it is spoken ("Pác Nặm" → "Pác Nậm"), and tries a
sentence to hear — as text — exactly what the voice will say.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, pronunciations
from studio.tts.normalize import normalize

from studio.ui.widgets import Row, Translatable, fill_table, form_rows, hint, read_only_table


class PronunciationEditor(Translatable, QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.hint = hint()
        self.table = read_only_table()
        self.table.itemSelectionChanged.connect(self._pick)
        self.written, self.spoken = QLineEdit(), QLineEdit()
        self.save_button, self.remove_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.sample = QLineEdit()
        self.sample.textChanged.connect(lambda _t: self.try_sample())
        self.heard = QLabel()
        self.heard.setWordWrap(True)
        self.heard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()

        form = QFormLayout()
        self.labels = form_rows(form, (self.written, self.spoken, self.sample))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.heard)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("How the voice says names and abbreviations it would otherwise misread.")
        )
        texts = (self.tr("Written"), self.tr("Spoken"), self.tr("Try a sentence"))
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.written.setPlaceholderText(self.tr("e.g. Pác Nặm"))
        self.spoken.setPlaceholderText(self.tr("e.g. Pác Nậm"))
        self.save_button.setText(self.tr("Save"))
        self.remove_button.setText(self.tr("Remove"))
        self.refresh()

    def refresh(self) -> None:
        rows = [
            Row([e.written, e.spoken], key=e.written) for e in pronunciations.entries(self.store)
        ]
        fill_table(self.table, [self.tr("Written"), self.tr("Spoken")], rows)
        self.try_sample()

    def _pick(self) -> None:
        items = self.table.selectedItems()
        if items:
            row = items[0].row()
            self.written.setText(self.table.item(row, 0).text())
            self.spoken.setText(self.table.item(row, 1).text())

    def save(self) -> None:
        try:
            pronunciations.put(self.store, self.written.text(), self.spoken.text())
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return
        self.message.setText(self.tr("Saved."))
        self.refresh()

    def remove(self) -> None:
        if pronunciations.remove(self.store, self.written.text().strip()):
            self.written.clear()
            self.spoken.clear()
            self.message.setText(self.tr("Removed."))
        self.refresh()

    def try_sample(self) -> None:
        text = self.sample.text().strip()
        spoken = normalize(text, pronunciations.as_dict(self.store)) if text else ""
        self.heard.setText(self.tr("The voice will say: %1").replace("%1", spoken) if text else "")
