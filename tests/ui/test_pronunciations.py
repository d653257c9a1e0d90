"""The pronunciation dictionary editor: entries saved in the store, and their effect shown."""

from __future__ import annotations

import pytest

from studio.store import pronunciations, stations
from studio.store.stations import StationProfile
from tests.ui.keyboard import type_text

from studio.ui.pronunciations import PronunciationEditor


@pytest.fixture
def editor(qtbot, store, vietnamese):
    stations.create_local_station(store, StationProfile("Xã Bằng Thành", "Bắc Kạn"))
    e = PronunciationEditor(store)
    qtbot.addWidget(e)
    e.show()
    return e


def test_an_entry_changes_what_the_voice_says(editor, store):
    type_text(editor.sample, "Huyện Pác Nặm có 1.416 hộ")
    assert (
        editor.heard.text() == "Giọng đọc sẽ nói: Huyện Pác Nặm có một nghìn bốn trăm mười sáu hộ"
    )
    type_text(editor.written, "Pác Nặm")
    type_text(editor.spoken, "Pác Nậm")
    editor.save_button.click()
    assert editor.message.text() == "Đã lưu."
    assert pronunciations.as_dict(store) == {"Pác Nặm": "Pác Nậm"}
    assert editor.table.item(0, 0).text() == "Pác Nặm"
    assert (
        editor.heard.text() == "Giọng đọc sẽ nói: Huyện Pác Nậm có một nghìn bốn trăm mười sáu hộ"
    )


def test_remove_and_refuse_half_entries(editor, store):
    pronunciations.put(store, "COVID-19", "cô vít mười chín")
    editor.refresh()
    editor.table.selectRow(0)
    assert editor.written.text() == "COVID-19"
    editor.remove_button.click()
    assert pronunciations.as_dict(store) == {}
    type_text(editor.written, "UBND")
    editor.save_button.click()
    assert editor.message.text() == "Mục phát âm cần có cả cách viết và cách đọc."
    assert pronunciations.as_dict(store) == {}
