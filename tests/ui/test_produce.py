"""Produce: a typed notice becomes a voiced bulletin, read at the station's loudness."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from studio import settings
from studio.store import assets, bulletins, stations
from studio.store import settings as stored
from studio.store.models import AssetKind, BulletinSource
from studio.store.stations import StationProfile
from tests.ui.keyboard import type_text

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
