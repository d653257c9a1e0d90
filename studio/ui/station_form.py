"""The station profile form, shared by the first-run dialog and the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from studio.provinces import PROVINCES
from studio.store.models import Station, StationKind
from studio.store.stations import StationProfile

from studio.ui.labels import label
from studio.ui.widgets import Translatable, form_rows


class StationForm(Translatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for k in StationKind:
            self.kind.addItem("", k)
        self.province = QComboBox()
        self.province.setEditable(True)  # older province names are still valid input
        self.province.addItems(PROVINCES)
        self.province.setCurrentIndex(-1)
        self.code = QLineEdit()
        self.parent_name = QLineEdit()
        self.labels = form_rows(
            QFormLayout(self), (self.name, self.kind, self.province, self.code, self.parent_name)
        )
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Station name"),
            self.tr("Station type"),
            self.tr("Province"),
            self.tr("Administrative code"),
            self.tr("Parent station"),
        )
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, label(self.kind.itemData(i)))
        self.name.setPlaceholderText(self.tr("e.g. Bằng Thành commune radio"))
        self.code.setPlaceholderText(self.tr("digits, optional"))
        self.parent_name.setPlaceholderText(self.tr("optional"))

    def profile(self) -> StationProfile:
        return StationProfile(
            name=self.name.text(),
            province=self.province.currentText(),
            kind=self.kind.currentData(),
            admin_code=self.code.text(),
            parent_name=self.parent_name.text(),
        )

    def load(self, station: Station, parent_name: str | None) -> None:
        self.name.setText(station.name)
        self.kind.setCurrentIndex(self.kind.findData(station.kind))
        self.province.setCurrentText(station.province)
        self.code.setText(station.admin_code or "")
        self.parent_name.setText(parent_name or "")
