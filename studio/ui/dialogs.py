"""First-run, settings and About dialogs."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio import __version__, settings
from studio.errors import StudioError
from studio.i18n import translate
from studio.store import Store, stations
from studio.store import settings as stored

from studio.ui.station_form import StationForm
from studio.ui.widgets import Translatable, form_rows, hint

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SavingDialog(Translatable, QDialog):
    """A form that saves when confirmed; a refusal is shown in the dialog, which stays open.

    Subclasses put their widgets in ``self.body`` and write ``save()``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except StudioError as exc:
            self.error.setText(exc.text(translate))
            return
        super().accept()


class FirstRunDialog(SavingDialog):
    """Creates this installation's station; nothing is saved unless the person confirms."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.intro = hint()
        self.form = StationForm()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.form)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up your station"))
        self.intro.setText(
            self.tr("Welcome to Studio. Tell us which station this computer belongs to.")
        )

    def save(self) -> None:
        stations.create_local_station(self.store, self.form.profile())


class SettingsDialog(SavingDialog):
    """Station profile, language and loudness; saved together when the person confirms."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tabs = QTabWidget()

        self.station_form = StationForm()
        station = stations.local_station(store)
        if station is not None:
            self.station_form.load(station, stations.parent_name(store, station))

        self.language = QComboBox()
        for code in settings.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(stored.get(store, settings.LANGUAGE)))
        self.parent_may_edit = QCheckBox()
        self.parent_may_edit.setChecked(stored.get(store, settings.PARENT_MAY_EDIT_SCHEDULE))
        self.general = QWidget()
        general = QFormLayout(self.general)
        (self.language_label,) = form_rows(general, (self.language,))
        general.addRow(self.parent_may_edit)

        self.preset = QComboBox()
        self.target = QDoubleSpinBox()
        self.target.setRange(
            settings.LOUDNESS_TARGET.minimum or -36, settings.LOUDNESS_TARGET.maximum or -6
        )
        self.target.setSingleStep(0.5)
        self.target.setSuffix(" LUFS")
        self.target.setValue(stored.get(store, settings.LOUDNESS_TARGET))
        self.ceiling = QDoubleSpinBox()
        self.ceiling.setRange(
            settings.TRUE_PEAK_CEILING.minimum or -9, settings.TRUE_PEAK_CEILING.maximum or 0
        )
        self.ceiling.setSingleStep(0.5)
        self.ceiling.setSuffix(" dBTP")
        self.ceiling.setValue(stored.get(store, settings.TRUE_PEAK_CEILING))
        self.preset.activated.connect(self._apply_preset)
        self.loudness = QWidget()
        self.loudness_labels = form_rows(
            QFormLayout(self.loudness), (self.preset, self.target, self.ceiling)
        )

        self.tabs.addTab(self.station_form, "")
        self.tabs.addTab(self.general, "")
        self.tabs.addTab(self.loudness, "")
        self.body.addWidget(self.tabs)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, text in enumerate((self.tr("Station"), self.tr("General"), self.tr("Loudness"))):
            self.tabs.setTabText(i, text)
        self.language_label.setText(translate("settings", settings.LANGUAGE.title))
        self.parent_may_edit.setText(translate("settings", settings.PARENT_MAY_EDIT_SCHEDULE.title))
        labels = (
            self.tr("Preset"),
            translate("settings", settings.LOUDNESS_TARGET.title),
            translate("settings", settings.TRUE_PEAK_CEILING.title),
        )
        for text_label, text in zip(self.loudness_labels, labels, strict=True):
            text_label.setText(text)
        self.preset.clear()
        self.preset.addItem(self.tr("Outdoor loudspeakers (−16 LUFS)"), "loudspeakers")
        self.preset.addItem(self.tr("EBU R128 broadcast (−23 LUFS)"), "ebu_r128")
        self.preset.addItem(self.tr("Custom"), None)
        self._show_preset()

    def _apply_preset(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key is not None:
            self.target.setValue(settings.LOUDNESS_PRESETS[key])

    def _show_preset(self) -> None:
        for key, value in settings.LOUDNESS_PRESETS.items():
            if abs(self.target.value() - value) < 1e-6:
                self.preset.setCurrentIndex(self.preset.findData(key))
                return
        self.preset.setCurrentIndex(self.preset.count() - 1)

    def save(self) -> None:
        # the station is checked first: a refused profile leaves every setting as it was
        if self.store.local_station_id is not None:
            stations.update_local_station(self.store, self.station_form.profile())
        stored.put(self.store, settings.LOUDNESS_TARGET, self.target.value())
        stored.put(self.store, settings.TRUE_PEAK_CEILING, self.ceiling.value())
        stored.put(self.store, settings.LANGUAGE, self.language.currentData())
        stored.put(self.store, settings.PARENT_MAY_EDIT_SCHEDULE, self.parent_may_edit.isChecked())


def show_about(parent: QWidget, store: Store) -> None:
    where = str(store.path) if store.path else store.engine.url.render_as_string(True)
    QMessageBox.about(
        parent,
        translate("About", "About Studio"),
        translate(
            "About",
            "<h2>Studio %1</h2><p>Broadcast studio for commune radio stations.</p>"
            "<p>Database: %2</p><p>Qt %3, PySide6 %4</p><p>Licence: GNU GPL v3 or later.</p>",
        )
        .replace("%1", __version__)
        .replace("%2", where)
        .replace("%3", qVersion())
        .replace("%4", PySide6.__version__),
    )
