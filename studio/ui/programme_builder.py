"""The programme builder: intro jingle, bulletins in order, outro jingle, a ducked music bed.

Saved as a Programme in the store, then rendered at the station's loudness into the
library off the UI thread, with a progress bar and a Cancel button; the result's measured
loudness and true peak are shown.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, assets, bulletins, programmes
from studio.store.models import AssetKind, ItemKind, Programme
from studio.store.programmes import NewItem

from studio.ui.tasks import TaskHandle, TaskRunner
from studio.ui.widgets import Translatable, form_rows, hint

ID = Qt.ItemDataRole.UserRole


class ProgrammeBuilder(Translatable, QWidget):
    rendered = Signal(str)  # the programme's title

    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.handle: TaskHandle | None = None
        self.hint = hint()
        self.title = QLineEdit()
        self.intro, self.outro, self.bed = QComboBox(), QComboBox(), QComboBox()
        self.duck = QDoubleSpinBox()
        self.duck.setRange(-30.0, 0.0)
        self.duck.setValue(-12.0)
        self.duck.setSuffix(" dB")
        self.crossfade = QDoubleSpinBox()
        self.crossfade.setRange(0.0, 5.0)
        self.crossfade.setSingleStep(0.1)
        self.crossfade.setValue(0.5)
        self.crossfade.setSuffix(" s")
        self.available = QListWidget()
        self.order = QListWidget()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(lambda: self.order.takeItem(self.order.currentRow()))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.render_button, self.cancel_button = QPushButton(), QPushButton()
        self.render_button.clicked.connect(self.save_and_render)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        self.labels = form_rows(
            form, (self.title, self.intro, self.outro, self.bed, self.duck, self.crossfade)
        )
        moves = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            moves.addWidget(b)
        moves.addStretch()
        lists = QHBoxLayout()
        lists.addWidget(self.available, 1)
        lists.addLayout(moves)
        lists.addWidget(self.order, 1)
        actions = QHBoxLayout()
        for w in (self.render_button, self.cancel_button, self.progress):
            actions.addWidget(w)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("Choose the bulletins in the order they play; jingles and a bed frame them.")
        )
        texts = (
            self.tr("Title"),
            self.tr("Intro jingle"),
            self.tr("Outro jingle"),
            self.tr("Music bed"),
            self.tr("Bed under speech"),
            self.tr("Crossfade"),
        )
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.add_button.setText(self.tr("Add →"))
        self.remove_button.setText(self.tr("← Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.render_button.setText(self.tr("Save and render"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.reload()

    def reload(self) -> None:
        """Fill the pick lists from the library (keeping the running order being built)."""
        none = self.tr("(none)")
        pick_lists = (
            (self.intro, AssetKind.JINGLE),
            (self.outro, AssetKind.JINGLE),
            (self.bed, AssetKind.BED),
        )
        for combo, kind in pick_lists:
            keep = combo.currentData()
            combo.clear()
            combo.addItem(none, None)
            for a in assets.list_assets(self.store, kind):
                combo.addItem(a.title, a.id)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        self.available.clear()
        for b in bulletins.list_bulletins(self.store):
            if b.asset_id is None:
                continue  # only bulletins with sound can go into a programme
            item = QListWidgetItem(b.title)
            item.setData(ID, b.id)
            self.available.addItem(item)

    def showEvent(self, event) -> None:
        self.reload()
        super().showEvent(event)

    def add_selected(self) -> None:
        for item in self.available.selectedItems() or [self.available.currentItem()]:
            if item is not None:
                copy = QListWidgetItem(item.text())
                copy.setData(ID, item.data(ID))
                self.order.addItem(copy)

    def move(self, step: int) -> None:
        row = self.order.currentRow()
        if row < 0 or not 0 <= row + step < self.order.count():
            return
        self.order.insertItem(row + step, self.order.takeItem(row))
        self.order.setCurrentRow(row + step)

    def running_order(self) -> list[NewItem]:
        items = []
        if self.intro.currentData():
            items.append(NewItem(ItemKind.JINGLE, asset_id=self.intro.currentData()))
        fade = self.crossfade.value()
        for row in range(self.order.count()):
            bulletin: uuid.UUID = self.order.item(row).data(ID)
            items.append(NewItem(ItemKind.BULLETIN, bulletin_id=bulletin, crossfade_s=fade))
        if self.outro.currentData():
            items.append(
                NewItem(ItemKind.JINGLE, asset_id=self.outro.currentData(), crossfade_s=fade)
            )
        return items

    def save(self) -> Programme:
        return programmes.create_programme(
            self.store,
            self.title.text().strip(),
            self.running_order(),
            bed_asset_id=self.bed.currentData(),
            duck_db=self.duck.value(),
        )

    def save_and_render(self) -> None:
        from studio.audio import library  # the audio engine loads when first needed

        try:
            programme = self.save()
        except StudioError as exc:
            self.message.setText(exc.text(translate))
            return
        self.message.setText(self.tr("Rendering “%1”…").replace("%1", programme.title))
        self._busy(True)
        self.handle = self.tasks.run(
            lambda ctx: library.render_programme(
                self.store, programme.id, progress=ctx.progress, cancel=ctx.cancel_event
            ),
            on_result=self._rendered,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            on_progress=lambda fraction, _t: self.progress.setValue(round(fraction * 100)),
        )

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _busy(self, busy: bool) -> None:
        self.render_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    def _rendered(self, outcome) -> None:
        result, asset = outcome
        self._busy(False)
        self.message.setText(
            self.tr("“%1” is ready: %2, %3 LUFS, true peak %4 dBTP.")
            .replace("%1", asset.title)
            .replace("%2", f"{int(result.duration_s // 60)}:{round(result.duration_s % 60):02d}")
            .replace("%3", f"{result.after.integrated_lufs:.1f}")
            .replace("%4", f"{result.after.true_peak_dbtp:.1f}")
        )
        self.rendered.emit(asset.title)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        text = error.text(translate) if isinstance(error, StudioError) else str(error)
        self.message.setText(text)

    def _cancelled(self) -> None:
        self._busy(False)
        self.message.setText(self.tr("Rendering cancelled; the programme is saved unrendered."))
