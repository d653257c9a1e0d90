"""First-run and settings dialogs: nothing is saved until the person confirms."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from studio import settings
from studio.store import settings as stored
from studio.store import stations
from studio.store.models import StationKind
from studio.store.stations import StationProfile
from tests.ui.keyboard import type_text

from studio.ui.dialogs import FirstRunDialog, SettingsDialog


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def first_run(qtbot, store, vietnamese):
    dialog = FirstRunDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def test_first_run_creates_the_station(first_run, qtbot, store):
    assert first_run.windowTitle() == "Thiết lập đài của bạn"
    form = first_run.form
    assert [label.text() for label in form.labels] == [
        "Tên đài",
        "Loại đài",
        "Tỉnh/thành phố",
        "Mã đơn vị hành chính",
        "Đài cấp trên",
    ]
    assert form.kind.currentText() == "Đài cấp xã"
    type_text(form.name, "Đài truyền thanh xã Nghiên Loan")
    form.province.setCurrentText("Thái Nguyên")
    type_text(form.code, "02173")
    type_text(form.parent_name, "Đài PT-TH Thái Nguyên")
    ok(first_run)

    assert first_run.result() == FirstRunDialog.DialogCode.Accepted
    station = stations.local_station(store)
    assert station.name == "Đài truyền thanh xã Nghiên Loan"
    assert station.province == "Thái Nguyên"
    assert station.admin_code == "02173"
    assert stations.parent_name(store, station) == "Đài PT-TH Thái Nguyên"


def test_first_run_explains_what_is_missing_and_saves_nothing(first_run, qtbot, store):
    first_run.form.province.setCurrentText("Cao Bằng")
    ok(first_run)
    assert first_run.error.text() == "Cần nhập tên đài."
    assert first_run.isVisible() or first_run.result() != FirstRunDialog.DialogCode.Accepted
    assert stations.local_station(store) is None


def test_province_list_offers_the_34_units_and_accepts_older_names(first_run):
    province = first_run.form.province
    assert province.count() == 34
    assert province.findText("TP. Hồ Chí Minh") >= 0
    province.setCurrentText("Bắc Kạn")  # merged in 2025, still typed by some
    assert first_run.form.profile().province == "Bắc Kạn"


@pytest.fixture
def settings_dialog(qtbot, store, vietnamese):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_show_the_stored_values(settings_dialog):
    d = settings_dialog
    assert d.station_form.name.text() == "Xã Bằng Thành"
    assert d.language.currentData() == "vi"
    assert d.target.value() == -16.0
    assert d.preset.currentText() == "Loa ngoài trời (−16 LUFS)"
    assert d.ceiling.value() == -1.0
    assert [d.tabs.tabText(i) for i in range(3)] == ["Đài", "Chung", "Âm lượng"]


def test_settings_save_loudness_preset_station_and_language(settings_dialog, store):
    d = settings_dialog
    d.preset.setCurrentIndex(d.preset.findData("ebu_r128"))
    d.preset.activated.emit(d.preset.currentIndex())
    assert d.target.value() == -23.0
    d.ceiling.setValue(-2.0)
    d.station_form.name.setText("Đài truyền thanh xã Bằng Thành")
    d.station_form.kind.setCurrentIndex(d.station_form.kind.findData(StationKind.COMMUNE))
    d.language.setCurrentIndex(d.language.findData("en"))
    assert d.parent_may_edit.text() == "Đài cấp trên được sửa lịch phát của đài này"
    assert not d.parent_may_edit.isChecked(), "a commune keeps its schedule by default"
    d.parent_may_edit.click()
    ok(d)

    assert stored.get(store, settings.LOUDNESS_TARGET) == -23.0
    assert stored.get(store, settings.TRUE_PEAK_CEILING) == -2.0
    assert stored.get(store, settings.LANGUAGE) == "en"
    assert stored.get(store, settings.PARENT_MAY_EDIT_SCHEDULE) is True
    assert stations.local_station(store).name == "Đài truyền thanh xã Bằng Thành"


def test_cancelled_settings_change_nothing(settings_dialog, store):
    d = settings_dialog
    d.target.setValue(-20.0)
    d.station_form.name.setText("Tên khác")
    d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert stored.get(store, settings.LOUDNESS_TARGET) == -16.0
    assert stations.local_station(store).name == "Xã Bằng Thành"


def test_invalid_station_in_settings_keeps_the_dialog_open(settings_dialog, store):
    d = settings_dialog
    d.station_form.name.setText("")
    d.target.setValue(-20.0)
    ok(d)
    assert d.error.text() == "Cần nhập tên đài."
    assert stored.get(store, settings.LOUDNESS_TARGET) == -16.0, "nothing half-saved"


def test_qt_standard_buttons_speak_vietnamese(qtbot, vietnamese):
    """Qt has no Vietnamese of its own: a question must not offer "Yes" and "No"."""
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Đóng",
        "Vẫn đóng?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = [box.button(b).text() for b in (box.StandardButton.Yes, box.StandardButton.No)]
    assert texts == ["&Có", "&Không"]
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert "&Dán" in [a.text().split("\t")[0] for a in menu.actions()]
