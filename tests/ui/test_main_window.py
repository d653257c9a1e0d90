"""The main window as an operator sees it: Vietnamese by default, English on request."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QMessageBox, QTableWidget

from studio import demo, i18n, settings
from studio.paths import resources_dir
from studio.store import bulletins, stations
from studio.store import settings as stored
from tests.ui.keyboard import type_text

from studio.ui.main_window import MainWindow
from studio.ui.tasks import InlineTaskRunner

SIDEBAR_VI = [
    "Thư viện",
    "Sản xuất",
    "Lịch phát sóng",
    "Thiết bị",
    "Máy phát FM",
    "Đồng bộ",
    "Báo cáo",
]
SIDEBAR_EN = ["Library", "Produce", "Schedule", "Devices", "FM transmitter", "Sync", "Reports"]


@pytest.fixture
def window(qtbot, store, vietnamese):
    demo.seed(store)
    w = MainWindow(store, InlineTaskRunner())
    w.show()
    qtbot.waitExposed(w)
    yield w
    # a window with unsaved text asks before closing; the fixture closes it silently
    w.pages["produce"].title_edit.clear()
    w.pages["produce"].text_edit.clear()
    w.close()
    w.deleteLater()
    i18n.install("en")


def sidebar_texts(w: MainWindow) -> list[str]:
    return [w.sidebar.item(i).text() for i in range(w.sidebar.count())]


def visible_texts(w: MainWindow) -> set[str]:
    """Every text a person can read in the window, on every page."""
    texts = {w.windowTitle(), *sidebar_texts(w)}
    texts |= {a.text().replace("&", "") for a in w.menuBar().actions()}
    for key in [k for k in w.pages]:
        w.show_page(key)
        page = w.pages[key]
        for label in page.findChildren(QLabel):
            texts.add(label.text())
        for button in page.findChildren(QAbstractButton):
            texts.add(button.text().replace("&", ""))
        for table in page.findChildren(QTableWidget):
            for c in range(table.columnCount()):
                texts.add(table.horizontalHeaderItem(c).text())
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    texts.add(table.item(r, c).text())
    for label in w.statusBar().findChildren(QLabel):
        texts.add(label.text())
    return {t for t in texts if t}


def english_sources_with_translations() -> set[str]:
    tree = ET.parse(resources_dir() / "i18n" / "studio_vi.ts")
    out = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if source and text and text != source:
            out.add(source.replace("&", ""))
    return out


def test_opens_in_vietnamese_with_no_english_left(window):
    assert sidebar_texts(window) == SIDEBAR_VI
    assert window.windowTitle() == "Studio — Đài truyền thanh cơ sở"
    english = english_sources_with_translations()
    leftovers = visible_texts(window) & english
    assert leftovers == set(), f"untranslated texts on screen: {leftovers}"
    assert window.station_label.text() == "Đài truyền thanh xã Bằng Thành"
    assert window.pending_label.text() == "Chờ gửi: 0"


def test_switching_language_changes_every_text_at_once_and_is_remembered(window, store):
    window.set_language("en")
    assert sidebar_texts(window) == SIDEBAR_EN
    assert window.windowTitle() == "Studio — commune radio"
    window.show_page("library")
    library = window.pages["library"]
    assert library.heading.text() == "Library"
    headers = [library.table.horizontalHeaderItem(c).text() for c in range(9)]
    assert headers == [
        "Title",
        "Type",
        "Duration",
        "Loudness",
        "Priority",
        "Status",
        "Author",
        "Approver",
        "Created",
    ]
    assert stored.get(store, settings.LANGUAGE) == "en"

    window.set_language("vi")
    assert sidebar_texts(window) == SIDEBAR_VI
    assert library.heading.text() == "Thư viện"
    assert stored.get(store, settings.LANGUAGE) == "vi"


def test_sidebar_switches_pages(window, qtbot):
    for row, key in enumerate(
        ["library", "produce", "schedule", "devices", "fm", "sync", "reports"]
    ):
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_pages_show_what_the_store_holds(window):
    window.show_page("devices")
    devices = window.pages["devices"].table
    names = {devices.item(r, 0).text() for r in range(devices.rowCount())}
    assert names == {"Loa IP Nà Lạ 1", "Loa IP Khuổi Ha 1", "Bộ điều khiển máy phát FM"}
    window.show_page("schedule")
    schedule = window.pages["schedule"]
    problems = [schedule.problems.item(i).text() for i in range(schedule.problems.count())]
    assert problems == [
        "“Bản tin buổi sáng” (05:30–06:00) không có nội dung để phát.",
        "“Bản tin buổi chiều” (17:30–18:00) không có nội dung để phát.",
    ], "the demo's empty sessions are pointed out"
    window.show_page("sync")
    sync = window.pages["sync"].table
    assert sync.item(1, 0).text() == "Đài Phát thanh và Truyền hình Thái Nguyên"
    window.show_page("reports")
    assert window.pages["reports"].empty.isVisible()
    assert (
        window.pages["reports"].empty.text() == "Chưa phát sóng nội dung nào trong thời gian này."
    )


def test_a_typed_notice_is_saved_as_a_draft_and_shows_in_the_library(window, qtbot, store):
    window.show_page("produce")
    produce = window.pages["produce"]
    type_text(produce.title_edit, "Thông báo cắt điện")
    type_text(produce.text_edit, "Ngày 25/11, cắt điện thôn Nà Lạ từ 7h đến 11h.")
    type_text(produce.author_edit, "Hoàng Văn Ất")
    produce.priority.setCurrentIndex(1)
    qtbot.mouseClick(produce.save_button, Qt.MouseButton.LeftButton)

    assert produce.message.text() == "Đã lưu bản nháp “Thông báo cắt điện”."
    assert produce.title_edit.text() == "" and not produce.has_unsaved_work()
    saved = bulletins.list_bulletins(store)[0]
    assert (saved.title, saved.author, saved.priority.value) == (
        "Thông báo cắt điện",
        "Hoàng Văn Ất",
        "priority",
    )
    assert saved.text == "Ngày 25/11, cắt điện thôn Nà Lạ từ 7h đến 11h."
    window.show_page("library")
    assert window.pages["library"].table.item(0, 0).text() == "Thông báo cắt điện"
    assert window.pages["library"].table.item(0, 4).text() == "Ưu tiên"


def test_a_draft_without_title_is_not_saved_and_says_why(window, qtbot, store):
    produce = window.pages["produce"]
    type_text(produce.text_edit, "Nội dung chưa có tiêu đề")
    qtbot.mouseClick(produce.save_button, Qt.MouseButton.LeftButton)
    assert produce.message.text() == "Bản tin cần có tiêu đề."
    assert produce.text_edit.toPlainText() == "Nội dung chưa có tiêu đề", "the text is kept"
    assert len(bulletins.list_bulletins(store)) == 2  # the demo's two


@pytest.mark.parametrize(
    "answer, closes, saved",
    [
        (QMessageBox.StandardButton.Save, True, True),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Cancel, False, False),
    ],
)
def test_closing_with_unsaved_text_asks_first(
    window, qtbot, store, monkeypatch, answer, closes, saved
):
    produce = window.pages["produce"]
    type_text(produce.title_edit, "Thông báo họp dân")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    assert window.close() is closes
    titles = [b.title for b in bulletins.list_bulletins(store)]
    assert ("Thông báo họp dân" in titles) is saved


def test_status_bar_counts_messages_waiting_to_send(window, store):
    from studio.store.models import OutboxMessage

    with store.session() as s:
        for i in range(3):
            s.add(OutboxMessage(seq=i, message_id=f"m{i}", topic="t", payload=b"{}"))
    window.refresh_status()
    assert window.pending_label.text() == "Chờ gửi: 3"


def test_sidebar_is_keyboard_accessible(window, qtbot):
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(0)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page() == "schedule"
    assert isinstance(window.sidebar, QListWidget)


def test_demo_is_seeded_only_once(store):
    assert demo.seed(store) is True
    assert demo.seed(store) is False
    assert len(stations.list_devices(store)) == 3


def test_emergency_bulletins_stand_out_in_the_library(window):
    window.show_page("library")
    table = window.pages["library"].table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    emergency = table.item(rows["Cảnh báo mưa lớn, lũ quét"], 0).background().color()
    normal = table.item(rows["Thông báo lịch tiêm chủng mở rộng tháng 12"], 0).background()
    assert emergency.red() > 200 and emergency.green() < 220, "a red background"
    assert normal.style() == Qt.BrushStyle.NoBrush


def test_closing_while_on_air_asks_and_no_keeps_the_broadcast(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _parent, title, text, *a: (
            asked.append((title, text)) or QMessageBox.StandardButton.No
        ),
    )
    fm = window.pages["fm"]
    fm._job = object()  # the schedule is playing
    try:
        assert not window.close(), "No keeps Studio open"
        assert window.isVisible() and window.current_page() == "fm"
        assert asked == [
            (
                "Đang phát sóng",
                "Máy phát FM đang phát theo lịch. Đóng Studio sẽ dừng buổi phát. Vẫn đóng?",
            )
        ]
    finally:
        fm._job = None
