"""Produce: a typed notice becomes a voiced bulletin, read at the station's loudness."""

from __future__ import annotations

import numpy as np
import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from studio import settings
from studio.audio import codec, library
from studio.i18n import translate
from studio.store import assets, bulletins, stations
from studio.store import settings as stored
from studio.store.models import AssetKind, BulletinSource, Priority
from studio.store.stations import StationProfile
from tests.audio.signals import speechlike
from tests.ui.keyboard import type_text

from studio.ui.library import LibraryPage
from studio.ui.produce import ProducePage
from studio.ui.tasks import InlineTaskRunner


@pytest.fixture
def page(qtbot, store, vietnamese):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    p = ProducePage(store, InlineTaskRunner())
    qtbot.addWidget(p)
    p.show()
    return p


def test_save_and_read_aloud_with_the_offline_voice(page, qtbot, store):
    stored.put(store, settings.LOUDNESS_TARGET, -18.0)
    type_text(page.title_edit, "Thông báo lịch tiêm chủng")
    type_text(page.text_edit, "Ngày 05/12, Trạm Y tế xã tiêm chủng cho trẻ em dưới 5 tuổi.")
    page.engine.setCurrentIndex(page.engine.findData("offline"))
    assert page.engine.currentText() == "Giọng đọc: ngoại tuyến"
    qtbot.mouseClick(page.voice_button, Qt.MouseButton.LeftButton)

    assert page.message.text().startswith("Đã đọc bằng Giọng eSpeak NG (ngoại tuyến):")
    bulletin = bulletins.list_bulletins(store)[0]
    assert bulletin.title == "Thông báo lịch tiêm chủng"
    assert bulletin.source == BulletinSource.TTS and bulletin.asset_id is not None
    (voice,) = assets.list_assets(store, AssetKind.SPEECH)
    assert voice.id == bulletin.asset_id
    assert 3.0 < voice.duration_s < 15.0, "a sentence of speech"
    assert voice.integrated_lufs == pytest.approx(-18.0, abs=0.5), "the station's loudness"
    assert voice.true_peak_dbtp <= -1.0 + 0.05
    assert not page.progress.isVisible() and page.voice_button.isEnabled()


def test_nothing_to_read_says_so(page, qtbot, store):
    qtbot.mouseClick(page.voice_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Hãy nhập nội dung thông báo trước."
    type_text(page.title_edit, "Chỉ có tiêu đề")
    qtbot.mouseClick(page.voice_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Không có văn bản để đọc."
    assert bulletins.list_bulletins(store)[0].asset_id is None


RATE = 48000


@pytest.fixture
def take(tmp_path):
    """What the recorder hands over after Stop: a cleaned 48 kHz mono WAV."""
    return codec.write(tmp_path / "take.clean.wav", speechlike(RATE, 6.0, plosives=4.0), RATE)


def cut_the_first_quarter(qtbot, editor) -> None:
    view = editor.view
    y = view.height() // 2
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(0, y))
    qtbot.mouseMove(view, QPoint(view.width() // 4, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 4, y))
    qtbot.mouseClick(editor.cut_button, Qt.MouseButton.LeftButton)


def test_record_tab_holds_the_recorder_above_the_editor(page):
    assert page.tabs.indexOf(page.record_tab) == 1
    page.tabs.setCurrentWidget(page.record_tab)
    assert page.recorder.isVisible() and page.editor.isVisible()
    assert page.recorder.y() < page.editor.y() < page.record_title.y()
    assert not page.record_save_button.isEnabled(), "nothing recorded yet"


def test_a_recording_is_edited_and_saved_as_a_bulletin(page, qtbot, store, take):
    page.resize(1000, 900)
    page.tabs.setCurrentWidget(page.record_tab)
    page.recorder.recorded.emit(take)  # Stop pressed: the cleaned take goes to the editor
    assert page.editor.clip is not None and page.editor.clip.frames == 6 * RATE
    cut_the_first_quarter(qtbot, page.editor)
    edited = page.editor.clip.samples
    assert len(edited) < 5 * RATE
    type_text(page.record_title, "Thông báo họp tổ dân phố")
    type_text(page.record_author, "Nông Thị Hoa")
    page.record_priority.setCurrentIndex(page.record_priority.findData(Priority.PRIORITY))
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.record_save_button, Qt.MouseButton.LeftButton)

    (bulletin,) = bulletins.list_bulletins(store)
    assert bulletin.title == "Thông báo họp tổ dân phố" and bulletin.author == "Nông Thị Hoa"
    assert bulletin.source == BulletinSource.RECORDED and bulletin.priority == Priority.PRIORITY
    (sound,) = assets.list_assets(store, AssetKind.SPEECH)
    assert sound.id == bulletin.asset_id
    assert sound.duration_s == pytest.approx(len(edited) / RATE)
    # brought to the station's target (−16 LUFS, −1 dBTP by default) whatever the take was
    assert page.editor.loudness.integrated_lufs < -20, "the take itself was quiet"
    assert sound.integrated_lufs == pytest.approx(-16.0, abs=0.5)
    assert sound.true_peak_dbtp <= -1.0
    kept, rate = codec.read(library.library(store).path(sound.sha256))
    assert rate == RATE and kept.shape == edited.shape
    same = np.corrcoef(kept[:, 0], edited[:, 0])[0, 1]
    assert same > 0.97, "the edited sound is what is kept, louder (peaks limited)"
    assert page.record_title.text() == ""
    shelf = LibraryPage(store, page.tasks)
    qtbot.addWidget(shelf)
    row = [shelf.table.item(0, c).text() for c in range(shelf.table.columnCount())]
    assert row[0] == "Thông báo họp tổ dân phố" and "Nông Thị Hoa" in row
    left = [*store.files_dir.glob(".record-*"), *store.files_dir.glob(".bulletin-*")]
    assert not left, "no temporary files left"


def test_a_recording_without_a_title_is_not_saved(page, qtbot, store, take):
    page.recorder.recorded.emit(take)
    qtbot.mouseClick(page.record_save_button, Qt.MouseButton.LeftButton)
    assert bulletins.list_bulletins(store) == [] and assets.list_assets(store) == []
    assert page.record_message.text() == translate(
        "ProducePage", "Give the bulletin a title first."
    )


def test_a_library_sound_opens_in_the_editor(page, qtbot, store, take, monkeypatch):
    imported = library.import_file(store, take, AssetKind.OTHER).asset
    offered = []

    def choose(parent, title, text, items, *rest):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    qtbot.mouseClick(page.library_button, Qt.MouseButton.LeftButton)
    assert offered == ["take.clean (0:06.0)"]
    assert page.editor.clip.frames == 6 * RATE
    assert page.record_title.text() == imported.title
    assert page.record_save_button.isEnabled()
